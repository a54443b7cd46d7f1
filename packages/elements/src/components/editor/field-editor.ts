/**
 * One field of the selected form in the forms tab: label vi/en side by side, type, required,
 * bounds, unit, widget, help vi/en, formula and visibility (picked from the form's fields with
 * `<fp-expression-input>`, checked as typed), retire/restore and the shared reorder controls. A
 * matrix field is edited as a grid (`<fp-editor-matrix>`).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { escapePointerToken, expressionTypeOfField, moveField, restoreField, retireField, setFieldProps } from '@formplan/core';
import type { Bilingual, EditCommand, ExpressionType, FieldProps, FieldSpec, PackProblem } from '@formplan/core';
import './expression-input.js';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { term } from '../../i18n/term.js';
import { bilingual, inputValue } from './apply.js';
import { problemAttrs, problemsAt, renderProblemsAt } from './problems-at.js';
import type { ReorderController } from './reorder.js';
import { renderReorder } from './reorder.js';

export type FieldNode = Record<string, unknown>;

/** What a field editor needs from its panel. */
export interface FieldContext {
  lang: Lang;
  formId: string;
  /** pointer of the form in the pack, e.g. `/forms/1` */
  formPointer: string;
  problems: readonly PackProblem[];
  reorder: ReorderController;
  /** applies a command; false when refused (the panel shows why) */
  apply: (cmd: () => EditCommand) => boolean;
  /** the codes of the fields whose details are open */
  open: ReadonlySet<string>;
  toggle: (code: string, open: boolean) => void;
  /** what an expression of the form may name (core's `draftExpressionFields`) */
  fields: readonly { code: string; label: Bilingual; type: string }[];
}

const TYPES: FieldSpec['type'][] = ['integer', 'number', 'string', 'boolean', 'date', 'enum'];
const UNITS = ['', 'person', 'household', 'case', 'VND', 'percent'] as const;
const WIDGETS = ['', 'textarea', 'radio', 'select', 'checkbox', 'date', 'money'] as const;
/** the keywords each input of a field edits (their pointers are the field's places) */
const PLACES = ['/x-fp-label/vi', '/x-fp-label/en', '/type', '/minimum', '/maximum', '/x-fp-unit', '/x-fp-widget',
  '/x-fp-help/vi', '/x-fp-help/en', '/x-fp-computed', '/x-fp-visible-if', '/x-fp-matrix'];

/** The kind of a field as the editor shows it. */
export function fieldKind(node: FieldNode): FieldSpec['type'] | 'matrix' | 'object' {
  if (node['x-fp-matrix'] !== undefined) return 'matrix';
  if (node.format === 'date') return 'date';
  if (Array.isArray(node.enum) || node['x-fp-category'] !== undefined) return 'enum';
  const t = node.type;
  return TYPES.includes(t as FieldSpec['type']) ? (t as FieldSpec['type']) : 'object';
}

/** The fields of a form in display order (`x-fp-order`, then the rest). */
export function orderedCodes(form: FieldNode): string[] {
  const props = Object.keys((form.properties ?? {}) as object);
  const order = Array.isArray(form['x-fp-order']) ? (form['x-fp-order'] as string[]).filter((c) => props.includes(c)) : [];
  return [...order, ...props.filter((c) => !order.includes(c))];
}

function numberOrNull(v: string): number | null {
  const n = Number(v.replace(',', '.'));
  return v.trim() === '' || !Number.isFinite(n) ? null : n;
}

function text(ctx: FieldContext, place: string, label: string, value: string, onChange: (v: string) => void, places: string[]): TemplateResult {
  const found = problemsAt(ctx.problems, place, places);
  const a = problemAttrs(place, found);
  return html`<label>${label}<input type="text" data-pointer=${place} .value=${value} aria-invalid=${a.invalid}
    aria-describedby=${a.describedBy ?? nothing} @change=${(e: Event) => onChange(inputValue(e))}>
    ${renderProblemsAt(place, found, ctx.lang)}</label>`;
}

function expression(ctx: FieldContext, place: string, label: string, value: string, expect: ExpressionType | undefined,
  onChange: (v: string) => void, places: string[]): TemplateResult {
  const found = problemsAt(ctx.problems, place, places);
  const change = (e: Event) => onChange((e.target as HTMLInputElement).value);
  return html`<div class="expr">
    <fp-expression-input data-pointer=${place} label=${label} .value=${value} .fields=${ctx.fields} lang=${ctx.lang}
      expect=${expect === undefined || expect === 'any' ? nothing : expect} @change=${change}></fp-expression-input>
    ${renderProblemsAt(place, found, ctx.lang)}</div>`;
}

/**
 * The editor of one field.
 * @param matrix - renders the grid of a matrix field
 */
export function renderField(ctx: FieldContext, code: string, node: FieldNode, index: number, count: number, required: boolean,
  matrix: (fieldPointer: string) => TemplateResult): TemplateResult {
  const { lang, formId } = ctx;
  const base = `${ctx.formPointer}/properties/${escapePointerToken(code)}`;
  const fieldPointer = `/${escapePointerToken(code)}`;
  const places = [base, ...PLACES.map((p) => `${base}${p}`)];
  const label = (node['x-fp-label'] ?? { vi: code }) as Bilingual;
  const help = node['x-fp-help'] as Bilingual | undefined;
  const kind = fieldKind(node);
  const retired = node['x-fp-retired'] === true;
  const name = pick(label, lang) || code;
  const set = (props: FieldProps) => ctx.apply(() => setFieldProps(formId, fieldPointer, props));
  const own = problemsAt(ctx.problems, base, places);
  const a = problemAttrs(base, own);
  const scalar = kind !== 'matrix' && kind !== 'object';
  const num = (key: 'minimum' | 'maximum') => {
    const place = `${base}/${key}`;
    const found = problemsAt(ctx.problems, place, places);
    const pa = problemAttrs(place, found);
    return html`<label>${term(lang, 'editor', key)}<input type="number" data-pointer=${place} .value=${node[key] === undefined ? '' : String(node[key])}
      aria-invalid=${pa.invalid} aria-describedby=${pa.describedBy ?? nothing} @change=${(e: Event) => set({ [key]: numberOrNull(inputValue(e)) })}>
      ${renderProblemsAt(place, found, lang)}</label>`;
  };
  const open = ctx.open.has(code);
  const bodyId = `body-${code}`;
  return html`<li class="field ${retired ? 'retired' : ''}" data-code=${code}>
    <div class="field-head">
      <button type="button" class="disclosure" data-pointer=${base} aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? bodyId : nothing}
        aria-invalid=${a.invalid} aria-describedby=${a.describedBy ?? nothing} @click=${() => ctx.toggle(code, !open)}>
        ${term(lang, 'editor', 'fieldHeading', { label: name, code })} <span class="muted">${term(lang, 'editor', kind === 'matrix' ? 'type.matrix' : `type.${kind}`)}</span>
        ${retired ? html`<span class="badge">${term(lang, 'editor', 'retiredBadge')}</span>` : nothing}
      </button>
      ${renderReorder(ctx.reorder, { key: code, name, index, count }, (to) => ctx.apply(() => moveField(formId, fieldPointer, to)), lang)}
      ${retired
        ? html`<button type="button" data-action="restore" aria-label=${`${term(lang, 'editor', 'restore')} '${name}'`}
            @click=${() => ctx.apply(() => restoreField(formId, fieldPointer))}>${term(lang, 'editor', 'restore')}</button>`
        : html`<button type="button" data-action="retire" aria-label=${`${term(lang, 'editor', 'retire')} '${name}'`}
            @click=${() => ctx.apply(() => retireField(formId, fieldPointer))}>${term(lang, 'editor', 'retire')}</button>`}
    </div>
    ${renderProblemsAt(base, own, lang)}
    ${open ? html`<div class="field-body" id=${bodyId}>
      <div class="pair">
        ${text(ctx, `${base}/x-fp-label/vi`, term(lang, 'editor', 'labelVi'), label.vi, (v) => set({ label: bilingual(v, label.en) }), places)}
        ${text(ctx, `${base}/x-fp-label/en`, term(lang, 'editor', 'labelEn'), label.en ?? '', (v) => set({ label: bilingual(label.vi, v) }), places)}
      </div>
      ${scalar ? html`<div class="props">
        <label>${term(lang, 'editor', 'type')}<select data-pointer=${`${base}/type`} @change=${(e: Event) => set({ type: inputValue(e) as FieldSpec['type'] })}>
          ${TYPES.map((t) => html`<option value=${t} ?selected=${t === kind}>${term(lang, 'editor', `type.${t}`)}</option>`)}</select></label>
        <label class="check"><input type="checkbox" .checked=${required} @change=${(e: Event) => set({ required: (e.target as HTMLInputElement).checked })}>${term(lang, 'editor', 'required')}</label>
        ${kind === 'integer' || kind === 'number' ? html`${num('minimum')}${num('maximum')}` : nothing}
        <label>${term(lang, 'editor', 'unit')}<select data-pointer=${`${base}/x-fp-unit`} @change=${(e: Event) => set({ unit: (inputValue(e) || null) as FieldSpec['unit'] | null })}>
          ${UNITS.map((u) => html`<option value=${u} ?selected=${(node['x-fp-unit'] ?? '') === u}>${u || '—'}</option>`)}</select></label>
        <label>${term(lang, 'editor', 'widget')}<select data-pointer=${`${base}/x-fp-widget`} @change=${(e: Event) => set({ widget: (inputValue(e) || null) as FieldSpec['widget'] | null })}>
          ${WIDGETS.map((w) => html`<option value=${w} ?selected=${(node['x-fp-widget'] ?? '') === w}>${w || '—'}</option>`)}</select></label>
      </div>` : nothing}
      <div class="pair">
        ${text(ctx, `${base}/x-fp-help/vi`, term(lang, 'editor', 'helpVi'), help?.vi ?? '', (v) => set({ help: v.trim() === '' ? null : bilingual(v, help?.en) }), places)}
        ${text(ctx, `${base}/x-fp-help/en`, term(lang, 'editor', 'helpEn'), help?.en ?? '', (v) => set({ help: bilingual(help?.vi ?? v, v) }), places)}
      </div>
      ${scalar ? html`
        ${expression(ctx, `${base}/x-fp-computed`, term(lang, 'editor', 'computed'), String(node['x-fp-computed'] ?? ''), expressionTypeOfField(kind), (v) => set({ computed: v.trim() === '' ? null : v.trim() }), places)}
        ${expression(ctx, `${base}/x-fp-visible-if`, term(lang, 'editor', 'visibleIf'), String(node['x-fp-visible-if'] ?? ''), 'boolean', (v) => set({ visibleIf: v.trim() === '' ? null : v.trim() }), places)}` : nothing}
      ${kind === 'matrix' ? matrix(fieldPointer) : nothing}
    </div>` : nothing}
  </li>`;
}
