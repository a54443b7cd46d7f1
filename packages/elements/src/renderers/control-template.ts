/**
 * The one template of a text-like control (text, textarea, date and number renderers): the
 * `<input>` or `<textarea>` wired like every control (id for the label, `aria-describedby` to
 * help and feedback, `aria-invalid`, `aria-required`, read-only, `data-pointer` for the error
 * summary). Each renderer says only what makes it different, as a {@link TextControlSpec}.
 */
import { html as plain, noChange, nothing } from 'lit';
import type { ElementPart, TemplateResult } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { html, literal } from 'lit/static-html.js';
import type { Bilingual, FieldError, SchemaNode } from '@formplan/core';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { term } from '../i18n/form-term.js';

/** What a text-like control differs in. */
export interface TextControlSpec {
  /** a one-line `<input>` (default) or a multi-line `<textarea>` */
  tag?: 'input' | 'textarea';
  /** the input's `type` (inputs only) */
  type?: 'text' | 'date';
  inputmode?: 'numeric' | 'decimal';
  /** a short example of the expected text */
  placeholder?: string;
  autocomplete?: 'off';
  rows?: number;
  /** the schema's `maxLength`, when it is a length */
  maxlength?: number;
  min?: string;
  max?: string;
  /** the text to show, kept live; leave it out when the renderer syncs the text itself */
  value?: string;
  /** the event that writes the edit to the model: `input` (default) or `change` */
  commitOn?: 'input' | 'change';
  /** turns the control's text into the model value (default: the text as it is) */
  parse?: (text: string) => unknown;
  /** runs on blur after the value is marked touched, with the input (or textarea) */
  afterBlur?: (control: HTMLInputElement | HTMLTextAreaElement) => void;
}

/** What the template reads from the control it belongs to (see `FpControlBase.renderTextControl`). */
export interface TextControlView {
  id: string;
  pointer: string;
  describedBy: string;
  invalid: boolean;
  required: boolean;
  locked: boolean;
  commit(value: unknown): void;
  touch(): void;
  /** keeps the control's text in step with `value` (a light cell has no `updated()` to do it) */
  sync?: { value: unknown; apply: SyncInput };
}

/** Writes a model value into a text-like control (see `cells/*`). */
export type SyncInput = (control: HTMLInputElement | HTMLTextAreaElement, value: unknown) => void;

/** Calls `apply(control, value)` when the value differs from the one last written (and at first). */
class SyncedValue extends Directive {
  private last?: { value: unknown };

  render(_value: unknown, _apply: SyncInput): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [value, apply]: [unknown, SyncInput]): typeof noChange {
    const el = part.element;
    if (this.last && Object.is(this.last.value, value)) return noChange;
    // a control just made from its template is empty: no value to show means nothing to do
    const fresh = !this.last;
    this.last = { value };
    if (fresh && value === undefined) return noChange;
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) apply(el, value);
    return noChange;
  }
}

/** An element binding: keeps a text-like control showing a model value (see {@link SyncedValue}). */
export const syncedValue = directive(SyncedValue);

/** Ids of the parts of one field: input, help, feedback and (dates) the format hint. */
export interface FieldIds {
  input: string;
  help: string;
  feedback: string;
  hint: string;
}

/** The help text of a node in `lang`: `x-fp-help`, else the schema's `description`. */
export function helpText(schema: SchemaNode, lang: Lang): string {
  const h = schema['x-fp-help'] as Bilingual | undefined;
  return pick(h, lang) || (typeof schema.description === 'string' ? schema.description : '');
}

/** The required mark: a visible asterisk and, for screen readers, the word "required". */
export function requiredMark(required: boolean, lang: Lang): TemplateResult | typeof nothing {
  return required
    ? plain`<span class="required" aria-hidden="true">*</span><span class="sr-only"> (${term(lang, 'ui', 'required')})</span>`
    : nothing;
}

/** `<label for=…>` with the required mark. */
export function labelFor(forId: string, label: string, required: boolean, lang: Lang): TemplateResult {
  return plain`<label part="label" for=${forId}>${label}${requiredMark(required, lang)}</label>`;
}

/** The help text (when any) and the feedback region (a live region announcing errors). */
export function feedbackFor(ids: FieldIds, help: string, errors: readonly FieldError[], lang: Lang): TemplateResult {
  return plain`${help ? plain`<div class="help" id=${ids.help} part="help">${help}</div>` : nothing}
    <div class="feedback" id=${ids.feedback} part="feedback" aria-live="polite">${errorLines(errors, lang)}</div>`;
}

/** The messages of a feedback region, one line each, in `lang`. */
export function errorLines(errors: readonly FieldError[], lang: Lang): TemplateResult[] {
  return errors.map((e) => plain`<div>${lang === 'en' ? e.message.en ?? e.message.vi : e.message.vi}</div>`);
}

const OPEN = { input: literal`input`, textarea: literal`textarea` };
const CLOSE = { input: literal``, textarea: literal`</textarea>` };

/** The `maxLength` of a schema as an attribute value (a non-negative number, else none). */
export function maxLengthOf(max: unknown): number | undefined {
  return typeof max === 'number' && max >= 0 ? max : undefined;
}

/** The input (or textarea) of a text-like control. */
export function textControl(view: TextControlView, spec: TextControlSpec): TemplateResult {
  const tag = spec.tag ?? 'input';
  const parse = spec.parse ?? ((text: string) => text);
  const edit = (e: Event) => view.commit(parse((e.target as HTMLInputElement | HTMLTextAreaElement).value));
  const onChange = spec.commitOn === 'change';
  return html`<${OPEN[tag]}
        id=${view.id}
        part="input"
        type=${ifDefined(spec.type)}
        inputmode=${ifDefined(spec.inputmode)}
        placeholder=${ifDefined(spec.placeholder)}
        autocomplete=${ifDefined(spec.autocomplete)}
        rows=${ifDefined(spec.rows)}
        data-pointer=${view.pointer}
        maxlength=${ifDefined(spec.maxlength)}
        min=${ifDefined(spec.min || undefined)}
        max=${ifDefined(spec.max || undefined)}
        .value=${spec.value === undefined ? noChange : live(spec.value)}
        aria-describedby=${view.describedBy}
        aria-invalid=${view.invalid ? 'true' : 'false'}
        aria-required=${view.required ? 'true' : 'false'}
        ?readonly=${view.locked}
        @input=${onChange ? nothing : edit}
        @change=${onChange ? edit : nothing}
        ${view.sync ? syncedValue(view.sync.value, view.sync.apply) : nothing}
        @blur=${(e: Event) => {
          view.touch();
          spec.afterBlur?.(e.target as HTMLInputElement | HTMLTextAreaElement);
        }}
      />${CLOSE[tag]}`;
}
