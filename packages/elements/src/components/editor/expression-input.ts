/**
 * `<fp-expression-input>`: an expression (computed field, rule, visibility, binding) written
 * without knowing the codes by heart - a field picker and function buttons insert at the caret -
 * with the checks of core's expression checker shown under the input while typing: syntax with
 * its position, unknown names, wrong types (Vietnamese first, English second).
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { EXPRESSION_FUNCTIONS, checkExpressionAgainstFields, parseExpression } from '@formplan/core';
import type { ExpressionError, ExpressionType, FunctionSpec } from '@formplan/core';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { emit } from '../../events/emit.js';
import { term } from '../../i18n/registry.js';
import { FieldPicker, type PickableField } from './field-picker.js';
import { expressionInputStyles } from './expression-input.styles.js';
import './expression-input-strings.js';

/** Milliseconds of quiet typing before the expression is checked. */
export const CHECK_DELAY_MS = 150;

/** Detail of `fp-expression-invalid`: the text as typed and why it does not parse. */
export interface ExpressionInvalidDetail {
  value: string;
  errors: ExpressionError[];
}

/** Detail of the element's `change`: the new expression and its remaining (non-syntax) problems. */
export interface ExpressionChangeDetail {
  value: string;
  errors: ExpressionError[];
}

/**
 * @summary A labelled expression input with a field picker, function buttons and live checks.
 * @event change - the expression changed and parses; `detail: { value, errors }` (also `.value`)
 * @event fp-expression-invalid - the text typed does not parse; `detail: { value, errors }`
 * @example
 * ```html
 * <fp-expression-input label="Công thức" expect="number" .fields=${fields} value="a + b"></fp-expression-input>
 * ```
 */
export class FpExpressionInput extends LitElement {
  static override styles = expressionInputStyles;

  private readonly l10n = new LocalizeController(this);
  private readonly picker = new FieldPicker(this);

  /** `vi` (default) or `en`; else the language of the `<fp-provider>` around */
  @property() override lang = '';
  /** the expression text */
  @property() value = '';
  /** the fields the expression may name (codes as written in expressions, e.g. `so_lieu.*.tong_so`) */
  @property({ attribute: false }) fields: PickableField[] | undefined;
  /** the visible label of the input */
  @property() label = '';
  /** the type the place of the expression needs (`boolean` for rules and visibility) */
  @property() expect: Exclude<ExpressionType, 'any'> | undefined;

  /** the text in the input (differs from `value` while it does not parse) */
  @state() private text = '';
  @state() private errors: ExpressionError[] = [];
  @state() private checked = false;

  @query('#expr') private input!: HTMLInputElement;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private announced = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && this.value !== this.text) {
      this.text = this.value ?? '';
      this.announced = this.text;
      this.runCheck(false);
    } else if ((changed.has('fields') || changed.has('expect')) && this.checked) {
      this.runCheck(false);
    }
  }

  /** Focuses the expression text box. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  /** Inserts a field code at the caret (the picker's choice). */
  insertCode(code: string): void {
    this.insertText(code, code.length);
  }

  /** Focuses the expression input (after the picker closes). */
  focusInput(): void {
    this.input?.focus();
  }

  /** Inserts `before` + the selected text + `after` at the caret; the caret lands inside when nothing was selected. */
  private insertText(before: string, caret: number, after = ''): void {
    const el = this.input;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    const selected = el.value.slice(start, end);
    el.value = el.value.slice(0, start) + before + selected + after + el.value.slice(end);
    const at = selected === '' ? start + caret : start + before.length + selected.length + after.length;
    el.focus();
    el.setSelectionRange(at, at);
    this.text = el.value;
    clearTimeout(this.timer);
    this.runCheck(true);
  }

  private insertFunction(spec: FunctionSpec): void {
    this.insertText(`${spec.name}(`, spec.name.length + 1, ')');
  }

  private onInput(): void {
    this.text = this.input.value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.runCheck(true), CHECK_DELAY_MS);
  }

  /** Checks now (leaving the input or pressing Enter does not wait for the delay). */
  private flush(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.runCheck(true);
  }

  private runCheck(notify: boolean): void {
    this.timer = undefined;
    // an emptied box removes the expression (no formula, no rule): not a syntax error
    const text = this.text.trim() === '' ? '' : this.text;
    const parsed = text === '' ? { ok: true as const } : parseExpression(text);
    const fields = this.fields;
    this.errors = !parsed.ok ? [{ ...parsed.error, kind: 'syntax' }]
      : fields && text !== '' ? checkExpressionAgainstFields(text, fields, { expect: this.expect }) : [];
    this.checked = true;
    if (!notify) return;
    if (!parsed.ok) {
      emit(this, 'fp-expression-invalid', { value: text, errors: this.errors });
      return;
    }
    if (text === this.announced) return;
    this.announced = text;
    this.value = text;
    const detail: ExpressionChangeDetail = { value: text, errors: this.errors };
    this.dispatchEvent(new CustomEvent('change', { detail, bubbles: true, composed: true }));
  }

  private goTo(index: number): void {
    this.input.focus();
    this.input.setSelectionRange(index, index);
  }

  private renderProblem(e: ExpressionError): TemplateResult {
    const lang = this.l10n.lang;
    const at = e.index !== undefined && e.kind !== 'syntax' ? ` ${term(lang, 'expression', 'at', { n: e.index })}` : '';
    return html`<li>${this.l10n.pick(e.message)}${at}${e.index === undefined ? nothing : html`
      <button type="button" class="link" @click=${() => this.goTo(e.index ?? 0)}>${term(lang, 'expression', 'goTo', { n: e.index })}</button>`}</li>`;
  }

  private renderFeedback(): TemplateResult | typeof nothing {
    const lang = this.l10n.lang;
    if (!this.checked || this.text.trim() === '') return nothing;
    if (this.errors.length === 0) return html`<span class="ok">${term(lang, 'expression', 'valid')}</span>`;
    return html`<span>${term(lang, 'expression', 'problems', { n: this.errors.length })}</span>
      <ul>${this.errors.map((e) => this.renderProblem(e))}</ul>`;
  }

  protected override render(): TemplateResult {
    const lang = this.l10n.lang;
    const invalid = this.checked && this.text.trim() !== '' && this.errors.length > 0;
    return html`
      <label for="expr">${this.label}</label>
      <div class="row">
        <input id="expr" class="expr" type="text" autocomplete="off" spellcheck="false" .value=${this.text}
          aria-describedby="help feedback" aria-invalid=${invalid ? 'true' : 'false'}
          @input=${() => this.onInput()} @change=${(e: Event) => { e.stopPropagation(); this.flush(); }}
          @keydown=${(e: KeyboardEvent) => { if (e.key === 'Enter') this.flush(); else if (e.key === 'Escape' && this.picker.open) this.picker.toggle(false); }} />
        ${this.picker.render(lang)}
      </div>
      <div class="functions" role="group" aria-label=${term(lang, 'expression', 'functions')}>
        <span aria-hidden="true">${term(lang, 'expression', 'functions')}:</span>
        ${EXPRESSION_FUNCTIONS.map((f) => html`<button type="button" data-function=${f.name}
          aria-label=${term(lang, 'expression', 'insertFunction', { signature: `${f.name}(…)`, description: this.l10n.pick(f.description) })}
          title=${this.l10n.pick(f.description)} @click=${() => this.insertFunction(f)}>${f.name}(…)</button>`)}
      </div>
      <p class="help" id="help">${term(lang, 'expression', 'help')}</p>
      <div class="feedback" id="feedback" role="status" aria-live="polite">${this.renderFeedback()}</div>
    `;
  }
}

if (!customElements.get('fp-expression-input')) customElements.define('fp-expression-input', FpExpressionInput);

declare global {
  interface HTMLElementTagNameMap {
    'fp-expression-input': FpExpressionInput;
  }
  interface GlobalEventHandlersEventMap {
    'fp-expression-invalid': CustomEvent<ExpressionInvalidDetail>;
  }
}
