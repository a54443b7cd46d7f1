/**
 * Labelled inputs of the editor panels. Each input carries `data-pointer` (RFC 6901, into the
 * PackSource) so the problems list can focus it, a visible label, and the message of a refused
 * edit under it (role=alert, linked by aria-describedby). Texts come as vi and en side by side.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formatDisplayDate } from '@formplan/core';
import type { Bilingual, EditCommand } from '@formplan/core';
import type { Lang } from '../../../i18n/lang.js';
import { term } from '../../../i18n/registry.js';
import '../expression-input.js';
import './editor-panels-strings.js';

/** What the field helpers need from their panel. */
export interface FieldHost {
  readonly effectiveLang: Lang;
  edit(place: string, cmd: EditCommand, coalesce?: boolean): boolean;
  setProblem(place: string, message: Bilingual | undefined): void;
  problemAt(place: string): string | undefined;
  renderProblem(place: string): TemplateResult | typeof nothing;
}

/** The id of the message element of a place (ids need no spaces; pointers are encoded). */
export function errorId(place: string): string {
  return `problem-${encodeURIComponent(place)}`;
}

function invalid(host: FieldHost, place: string) {
  return host.problemAt(place) === undefined ? undefined : ({ describedby: errorId(place), invalid: 'true' } as const);
}

/** Options of a one-line text input. */
export interface TextFieldOptions {
  pointer: string;
  label: string;
  value: string;
  /** the command for the typed text; typing coalesces into one undo step */
  command: (text: string) => EditCommand;
  /** removes the value (a "Xoá" button is shown while there is one) */
  clear?: () => EditCommand;
  type?: 'text' | 'date';
  /** apply on `change` (dates, short codes) instead of on every keystroke */
  onChange?: boolean;
}

/** A labelled text (or date) input. */
export function textField(host: FieldHost, o: TextFieldOptions): TemplateResult {
  const inv = invalid(host, o.pointer);
  const apply = (e: Event) => host.edit(o.pointer, o.command((e.target as HTMLInputElement).value), !o.onChange);
  return html`<label class="field">
      <span class="label">${o.label}</span>
      <input type=${o.type ?? 'text'} data-pointer=${o.pointer} .value=${o.value}
        aria-invalid=${ifDefined(inv?.invalid)} aria-describedby=${ifDefined(inv?.describedby)}
        @input=${o.onChange ? undefined : apply} @change=${o.onChange ? apply : undefined}>
    </label>${clearButton(host, { pointer: o.pointer, label: o.label, has: o.value !== '', clear: o.clear })}${host.renderProblem(o.pointer)}`;
}

/**
 * The "Xoá …" button of an optional value, shown while it has one: applies `clear` (a command
 * that removes the value; `null` in core's clearing commands) and moves focus to the input.
 */
export function clearButton(host: FieldHost, o: { pointer: string; label: string; has: boolean; clear?: () => EditCommand }): TemplateResult | typeof nothing {
  if (!o.clear || !o.has) return nothing;
  const clear = o.clear;
  return html`<button type="button" class="clear" data-clear=${o.pointer} @click=${(e: Event) => {
    if (!host.edit(o.pointer, clear())) return;
    const root = (e.currentTarget as HTMLElement).getRootNode() as ParentNode;
    root.querySelector<HTMLElement>(`[data-pointer="${o.pointer}"]`)?.focus();
  }}>${term(host.effectiveLang, 'editorPanels', 'clear', { label: o.label })}</button>`;
}

/** Options of a date input: the value is ISO or null (empty input). */
export interface DateFieldOptions {
  pointer: string;
  label: string;
  value: string | null | undefined;
  command: (date: string | null) => EditCommand;
  /** text under the input when empty, e.g. "no due date" */
  emptyText?: string;
  /** the dd/mm/yyyy text ("Hạn nộp: {date}") */
  shown?: (date: string) => string;
  /** removes the date (a "Xoá" button is shown while there is one) */
  clear?: () => EditCommand;
}

/** A labelled date input with the date written dd/mm/yyyy beside it. */
export function dateField(host: FieldHost, o: DateFieldOptions): TemplateResult {
  const inv = invalid(host, o.pointer);
  const shown = o.value ? (o.shown ?? ((d: string) => d))(formatDisplayDate(o.value)) : o.emptyText ?? '';
  return html`<label class="field">
      <span class="label">${o.label}</span>
      <input type="date" data-pointer=${o.pointer} .value=${o.value ?? ''}
        aria-invalid=${ifDefined(inv?.invalid)} aria-describedby=${ifDefined(inv?.describedby)}
        @change=${(e: Event) => host.edit(o.pointer, o.command((e.target as HTMLInputElement).value || null))}>
      <span class="shown-date" data-shown-date>${shown}</span>
    </label>${clearButton(host, { pointer: o.pointer, label: o.label, has: !!o.value, clear: o.clear })}${host.renderProblem(o.pointer)}`;
}

/** Options of a number input: empty means undefined (when `optional`). */
export interface NumberFieldOptions {
  pointer: string;
  label: string;
  value: number | undefined | null;
  command: (n: number | undefined) => EditCommand;
  optional?: boolean;
  /** smallest accepted value (default 0) */
  min?: number;
  /** accept fractions (default: whole numbers only) */
  fraction?: boolean;
  placeholder?: string;
  /** removes the value (a "Xoá" button is shown while there is one) */
  clear?: () => EditCommand;
}

/** A labelled number input; text that is not a number is refused at the input, nothing applied. */
export function numberField(host: FieldHost, o: NumberFieldOptions): TemplateResult {
  const inv = invalid(host, o.pointer);
  const min = o.min ?? 0;
  const apply = (e: Event) => {
    const raw = (e.target as HTMLInputElement).value.trim();
    if (raw === '' && o.optional) {
      host.edit(o.pointer, o.command(undefined));
      return;
    }
    const n = Number(raw);
    if (raw === '' || !Number.isFinite(n) || n < min || (!o.fraction && !Number.isInteger(n))) {
      host.setProblem(o.pointer, { vi: term('vi', 'editorPanels', 'notANumber'), en: term('en', 'editorPanels', 'notANumber') });
      return;
    }
    host.edit(o.pointer, o.command(n));
  };
  return html`<label class="field">
      <span class="label">${o.label}</span>
      <input type="number" inputmode=${o.fraction ? 'decimal' : 'numeric'} min=${min} step=${o.fraction ? 'any' : '1'}
        data-pointer=${o.pointer} .value=${o.value == null ? '' : String(o.value)} placeholder=${ifDefined(o.placeholder)}
        aria-invalid=${ifDefined(inv?.invalid)} aria-describedby=${ifDefined(inv?.describedby)} @change=${apply}>
    </label>${clearButton(host, { pointer: o.pointer, label: o.label, has: o.value != null, clear: o.clear })}${host.renderProblem(o.pointer)}`;
}

/** Options of a vi/en pair of inputs for one {@link Bilingual} text. */
export interface BilingualFieldOptions {
  /** pointer of the `{vi, en}` object; the inputs get `<pointer>/vi` and `<pointer>/en` */
  pointer: string;
  label: string;
  value: Bilingual | undefined;
  command: (text: Bilingual) => EditCommand;
}

/** Vietnamese and English inputs side by side; an empty English text is dropped. */
export function bilingualField(host: FieldHost, o: BilingualFieldOptions): TemplateResult {
  const lang = host.effectiveLang;
  const current = o.value ?? { vi: '' };
  const withVi = (vi: string): Bilingual => (current.en === undefined ? { vi } : { vi, en: current.en });
  const withEn = (en: string): Bilingual => (en === '' ? { vi: current.vi } : { vi: current.vi, en });
  return html`<div class="bilingual">
    ${textField(host, { pointer: `${o.pointer}/vi`, label: term(lang, 'editorPanels', 'inVi', { label: o.label }), value: current.vi, command: (t) => o.command(withVi(t)) })}
    ${textField(host, { pointer: `${o.pointer}/en`, label: term(lang, 'editorPanels', 'inEn', { label: o.label }), value: current.en ?? '', command: (t) => o.command(withEn(t)) })}
  </div>`;
}

/** Options of an expression picked from fields (`<fp-expression-input>`). */
export interface ExpressionFieldOptions {
  pointer: string;
  label: string;
  value: string | undefined;
  /** what the expression may name (core's `draftBindingFields`, `targetFigureFields`, …) */
  fields: readonly { code: string; label: Bilingual; type: string }[];
  /** the type the place needs */
  expect?: 'number' | 'boolean' | 'string';
  command: (expr: string) => EditCommand;
  /** removes the expression (a "Xoá" button, or emptying the input) */
  clear?: () => EditCommand;
}

/**
 * An expression input with a field picker and live checks (syntax, unknown names, types); the
 * draft's problems and a refused edit are shown under it. Emptying it clears the expression.
 */
export function expressionField(host: FieldHost, o: ExpressionFieldOptions): TemplateResult {
  const apply = (e: Event) => {
    const text = (e.target as HTMLInputElement).value.trim();
    if (text === '') {
      if (o.clear) host.edit(o.pointer, o.clear());
    } else host.edit(o.pointer, o.command(text));
  };
  return html`<div class="expr">
    <fp-expression-input data-pointer=${o.pointer} label=${o.label} lang=${host.effectiveLang} .value=${o.value ?? ''}
      .fields=${o.fields} expect=${ifDefined(o.expect)} @change=${apply}></fp-expression-input>
    ${clearButton(host, { pointer: o.pointer, label: o.label, has: !!o.value, clear: o.clear })}
    ${host.renderProblem(o.pointer)}
  </div>`;
}

/** Options of a labelled select. */
export interface SelectFieldOptions {
  pointer: string;
  label: string;
  value: string;
  options: { value: string; text: string }[];
  command: (value: string) => EditCommand;
}

/** A labelled select applying its command on change. */
export function selectField(host: FieldHost, o: SelectFieldOptions): TemplateResult {
  const inv = invalid(host, o.pointer);
  return html`<label class="field">
      <span class="label">${o.label}</span>
      <select data-pointer=${o.pointer} aria-invalid=${ifDefined(inv?.invalid)} aria-describedby=${ifDefined(inv?.describedby)}
        @change=${(e: Event) => host.edit(o.pointer, o.command((e.target as HTMLSelectElement).value))}>
        ${o.options.map((opt) => html`<option value=${opt.value} ?selected=${opt.value === o.value}>${opt.text}</option>`)}
      </select>
    </label>${host.renderProblem(o.pointer)}`;
}

/** Options of a labelled checkbox. */
export interface CheckFieldOptions {
  pointer: string;
  label: string;
  checked: boolean;
  command: (checked: boolean) => EditCommand;
}

/** A labelled checkbox applying its command on change. */
export function checkField(host: FieldHost, o: CheckFieldOptions): TemplateResult {
  return html`<label class="check">
      <input type="checkbox" data-pointer=${o.pointer} .checked=${live(o.checked)}
        @change=${(e: Event) => host.edit(o.pointer, o.command((e.target as HTMLInputElement).checked))}>
      <span>${o.label}</span>
    </label>${host.renderProblem(o.pointer)}`;
}
