/**
 * The base of every renderer: a view over one value of a {@link FormModel} at a JSON Pointer.
 * It derives label, help, value and visible errors from the model and the schema node, wires
 * `aria-describedby`/`aria-invalid`, and turns user edits into `model.set` + `fp-change`.
 */
import { LocalizeController } from '../controllers/localize-controller.js';
import { LitElement, html, nothing } from 'lit';
import type { CSSResultGroup, PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { FieldError, FormModel, SchemaNode } from '@formplan/core';
import { fieldLabel, lastSegment } from '@formplan/core';
import { ModelController, fieldView, sameFieldView } from '../controllers/model-controller.js';
import type { FieldView } from '../controllers/model-controller.js';
import { emit } from '../events/emit.js';
import type { Lang } from '../i18n/lang.js';
import { controlStyles } from '../styles/control-styles.js';
import type { RendererRegistry } from './registry.js';
import { feedbackFor, helpText, labelFor, requiredMark, textControl } from './control-template.js';
import type { FieldIds, TextControlSpec } from './control-template.js';

/** Id of the input inside a control's shadow root (labels point at it). */
export const INPUT_ID = 'input';
/** Id of the feedback region (errors) inside a control's shadow root. */
export const FEEDBACK_ID = 'feedback';
/** Id of the help text inside a control's shadow root. */
export const HELP_ID = 'help';

/** The ids of a control's own parts (each control has its own shadow root). */
const OWN_IDS: FieldIds = { input: INPUT_ID, help: HELP_ID, feedback: FEEDBACK_ID, hint: 'hint' };

const NO_FIELD: FieldView = { value: undefined, errors: [], hidden: false };

/**
 * Base class of renderers. Subclasses render their input with {@link renderLabel},
 * {@link describedBy} and {@link renderFeedback}, and call {@link commit} on user edits.
 * @csspart label - the label
 * @csspart feedback - the error messages
 * @csspart help - the help text
 */
export abstract class FpControlBase extends LitElement {
  /** the `<fp-provider .strings>` around this element apply to its texts */
  private readonly providerStrings = new LocalizeController(this);

  static override styles: CSSResultGroup = [controlStyles];

  /** the form model the value lives in */
  @property({ attribute: false }) model?: FormModel;
  /** the (resolved) schema node this control renders */
  @property({ attribute: false }) schema: SchemaNode = {};
  /** JSON Pointer of the value in the form data */
  @property() pointer = '';
  /** interface language */
  @property() override lang: Lang = 'vi';
  /** shows the value without letting it change */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** whether the parent object requires this property */
  @property({ type: Boolean }) required = false;
  /** the renderers nested content is chosen from */
  @property({ attribute: false }) registry?: RendererRegistry;

  private readonly view = new ModelController(this, {
    model: () => this.model,
    select: (m) => fieldView(m, this.pointer),
    equals: (a, b) => sameFieldView(a, b, this.showsValue),
  });

  /** Whether the control shows its value (containers repaint only on errors and visibility). */
  protected get showsValue(): boolean {
    return true;
  }

  /** What this control shows of the model: value, visible errors, hidden (as of the last change). */
  protected get field(): FieldView {
    return this.view.value ?? NO_FIELD;
  }

  /** The label: `x-fp-label` in the current language, else `title`, else the code. */
  protected get label(): string {
    return fieldLabel(this.schema, lastSegment(this.pointer), this.lang);
  }

  /** The help text in the current language. */
  protected get help(): string {
    return helpText(this.schema, this.lang);
  }

  /** The errors to show now. */
  protected get errors(): FieldError[] {
    return this.field.errors;
  }

  /** Whether the control shows an error. */
  protected get invalid(): boolean {
    return this.field.errors.some((e) => e.severity === 'error');
  }

  /** Whether the value is computed or read-only in the schema (or the control is read-only). */
  protected get locked(): boolean {
    return this.readonly || this.schema.readOnly === true || 'x-fp-computed' in this.schema;
  }

  /** Ids for `aria-describedby`: the help text (when any) and the feedback region. */
  protected get describedBy(): string {
    return [this.help ? HELP_ID : '', FEEDBACK_ID].filter(Boolean).join(' ');
  }

  /** The required mark: a visible asterisk and, for screen readers, the word "required". */
  protected renderRequiredMark(): TemplateResult | typeof nothing {
    return requiredMark(this.required, this.lang);
  }

  /** `<label for=…>` with the required mark. */
  protected renderLabel(forId = INPUT_ID): TemplateResult {
    return labelFor(forId, this.label, this.required, this.lang);
  }

  /**
   * A group of radio choices: a `<fieldset role=radiogroup>` whose `<legend>` is the label,
   * wired to help and feedback like any input, then the feedback region.
   */
  protected renderChoiceGroup(choices: readonly TemplateResult[], after: unknown = nothing): TemplateResult {
    return html`<fieldset
        id=${INPUT_ID}
        part="input"
        role="radiogroup"
        aria-describedby=${this.describedBy}
        aria-invalid=${this.invalid ? 'true' : 'false'}
        aria-required=${this.required ? 'true' : 'false'}
        aria-readonly=${this.locked ? 'true' : 'false'}
      >
        <legend part="label">${this.label}${this.renderRequiredMark()}</legend>
        <div class="options">${choices}</div>
        ${after}
      </fieldset>${this.renderFeedback()}`;
  }

  /** The help text and the feedback region (a live region announcing errors). */
  protected renderFeedback(): TemplateResult {
    return feedbackFor(OWN_IDS, this.help, this.errors, this.lang);
  }

  /** The provider's `.strings` overrides in effect (a repaint is due when they change). */
  protected get stringOverrides(): unknown {
    return this.providerStrings.overrides;
  }

  /** Writes a user edit to the model and sends `fp-change`. */
  protected commit(value: unknown, pointer = this.pointer): void {
    if (!this.model || this.locked) return;
    this.model.set(pointer, value, { user: true });
    emit(this, 'fp-change', { path: pointer, value: this.model.get(pointer), isTriggeredByUser: true });
  }

  /** Marks the value as touched (errors may show from now on). */
  protected touch(pointer = this.pointer): void {
    this.model?.touch(pointer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.toggleAttribute('hidden', this.model?.isHidden(this.pointer) ?? false);
  }

  // ---- Text-like inputs (text, textarea, date, number): one template, in control-template.ts ----

  /** The label, a text-like input wired like every control, then help and feedback. */
  protected renderTextControl(spec: TextControlSpec): TemplateResult {
    const view = {
      id: INPUT_ID,
      pointer: this.pointer,
      describedBy: this.describedBy,
      invalid: this.invalid,
      required: this.required,
      locked: this.locked,
      commit: (value: unknown) => this.commit(value),
      touch: () => this.touch(),
    };
    return html`${this.renderLabel()}
      ${textControl(view, spec)}${this.renderFeedback()}`;
  }

  /** Focuses the control's input for the value at `pointer` (used by the error summary). */
  focusPointer(pointer: string): boolean {
    const el = this.renderRoot.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(pointer)}"]`);
    if (el) {
      el.focus();
      return true;
    }
    return false;
  }
}
