/**
 * `<fp-editor-plan>`: the plan as data: its document (number, date, place), signer, targets
 * (text vi/en and the binding that measures them: expression, comparison, value), content items,
 * the agencies of each assignment (checkboxes) and the recipients.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import {
  addContentItem, addPlanTarget, moveContentItem, moveInArray, setAssignmentAgencies, setContentItemText, setManifest, setPlanRecipients,
  setPlanSigner, setPlanTarget, setPlanTargetBinding, targetFigureFields,
} from '@formplan/core';
import type { Agency, Assignment, ContentItem, LabelledExpressionField, PackSource, Plan, PlanTarget } from '@formplan/core';
import { pick } from '../../../i18n/lang.js';
import { term } from '../../../i18n/registry.js';
import type { KeyOf, Params } from '../../../i18n/registry.js';
import { EditorPanel } from './panel-base.js';
import { addForm } from './add-form.js';
import { bilingualField, dateField, expressionField, numberField, selectField, textField } from './panel-fields.js';
import { panelStyles } from './panel.styles.js';
import './editor-criteria-strings.js';

type Binding = NonNullable<PlanTarget['binding']>;
const OPS: Binding['op'][] = ['>=', '>', '=', '<=', '<'];
const SIGNER: { key: keyof Plan['signer']; label: KeyOf<'editorCriteria'> }[] = [
  { key: 'on_behalf', label: 'plan.onBehalf' }, { key: 'capacity', label: 'plan.capacity' },
  { key: 'title', label: 'plan.signerTitle' }, { key: 'name', label: 'plan.signerName' },
];

/** The figures the targets may name, kept while the targets do not change (the inputs are not re-checked). */
const figures = new WeakMap<PlanTarget[], LabelledExpressionField[]>();
function figuresOf(doc: PackSource): LabelledExpressionField[] {
  let f = figures.get(doc.plan.targets);
  if (!f) figures.set(doc.plan.targets, f = targetFigureFields(doc));
  return f;
}

/** The start of a long text, to name an item in its buttons. */
function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39).trimEnd()}…` : text;
}

/** Every content item in tree order, for the "under" choice of a new one. */
function flatContent(items: ContentItem[]): ContentItem[] {
  return items.flatMap((c) => [c, ...flatContent(c.children ?? [])]);
}

/**
 * @summary Plan editor (a panel of `<fp-schema-editor>`).
 * @tagname fp-editor-plan
 * @example
 * ```html
 * <fp-editor-plan .session=${session}></fp-editor-plan>
 * ```
 */
export class FpEditorPlan extends EditorPanel {
  static override styles = panelStyles;

  private t(key: KeyOf<'editorCriteria'>, params?: Params): string {
    return term(this.effectiveLang, 'editorCriteria', key, params);
  }

  override render(): TemplateResult {
    const doc = this.doc;
    const lang = this.effectiveLang;
    if (!doc) return html`<p>${term(lang, 'editorPanels', 'noSession')}</p>`;
    const { plan } = doc;
    const d = doc.manifest.document;
    return html`<h2>${this.t('plan.heading')}</h2>
      ${this.renderLive()}
      <fieldset data-document>
        <legend>${this.t('plan.document')}</legend>
        <div class="row">
          ${textField(this, { pointer: '/manifest/document/number', label: this.t('plan.number'), value: d.number ?? '',
            command: (v) => setManifest({ document: { number: v === '' ? null : v } }) })}
          ${dateField(this, { pointer: '/manifest/document/date', label: this.t('plan.date'), value: d.date, emptyText: this.t('plan.unsigned'),
            shown: (date) => this.t('plan.dateShown', { date }), command: (date) => setManifest({ document: { date } }) })}
          ${textField(this, { pointer: '/manifest/document/place', label: this.t('plan.place'), value: d.place ?? '',
            command: (place) => setManifest({ document: { place } }) })}
        </div>
      </fieldset>
      <fieldset data-signer>
        <legend>${this.t('plan.signer')}</legend>
        <div class="row">${SIGNER.map(({ key, label }) => textField(this, { pointer: `/plan/signer/${key}`, label: this.t(label),
          value: plan.signer[key] ?? '', command: (v) => setPlanSigner({ ...plan.signer, [key]: key === 'name' && v === '' ? null : v }) }))}</div>
      </fieldset>
      <h3>${this.t('plan.targets')}</h3>
      ${plan.targets.map((tg, i) => this.renderTarget(tg, i, plan.targets.length, figuresOf(doc)))}
      ${addForm(this, {
        place: '/plan/targets', legend: this.t('plan.addTarget'), submit: this.t('plan.addTarget'),
        fields: [
          { name: 'code', label: term(lang, 'editorPanels', 'code') },
          { name: 'vi', label: term(lang, 'editorPanels', 'inVi', { label: this.t('plan.text') }) },
          { name: 'en', label: term(lang, 'editorPanels', 'inEn', { label: this.t('plan.text') }) },
        ],
        command: (v) => addPlanTarget({ code: v.code, text: v.en ? { vi: v.vi, en: v.en } : { vi: v.vi }, provenance: { status: 'proposed' } }),
      })}
      <h3 id="content-items">${this.t('plan.contentItems')}</h3>
      ${this.renderContent(plan.contentItems, '/plan/contentItems', 'content-items')}
      ${addForm(this, {
        place: '/plan/contentItems', legend: this.t('plan.addContent'), submit: this.t('plan.addContent'),
        fields: [
          { name: 'code', label: term(lang, 'editorPanels', 'code') },
          { name: 'vi', label: term(lang, 'editorPanels', 'inVi', { label: this.t('plan.text') }) },
          { name: 'en', label: term(lang, 'editorPanels', 'inEn', { label: this.t('plan.text') }) },
          { name: 'parent', label: this.t('plan.contentParent'), options: [
            { value: '', text: this.t('plan.contentTop') },
            ...flatContent(plan.contentItems).map((c) => ({ value: c.code, text: `${c.code} — ${pick(c.text, lang)}` })),
          ] },
        ],
        command: (v) => addContentItem({ code: v.code, text: v.en ? { vi: v.vi, en: v.en } : { vi: v.vi } }, v.parent || undefined),
      })}
      <h3>${this.t('plan.assignments')}</h3>
      ${this.renderAssignments(plan.assignments, '/plan/assignments', doc.agencies)}
      <label class="field"><span class="label">${this.t('plan.recipients')}</span>
        <textarea rows="6" data-pointer="/plan/recipients" .value=${plan.recipients.join('\n')}
          @change=${(e: Event) => this.edit('/plan/recipients', setPlanRecipients((e.target as HTMLTextAreaElement).value.split('\n').map((s) => s.trim()).filter((s) => s !== '')))}></textarea>
      </label>${this.renderProblem('/plan/recipients')}`;
  }

  private renderTarget(tg: PlanTarget, i: number, count: number, fields: LabelledExpressionField[]): TemplateResult {
    const at = `/plan/targets/${i}`;
    const b = tg.binding;
    const bind = (props: Partial<Binding>) => setPlanTarget(tg.code, { binding: { expr: '', op: '>=', value: 100, ...b, ...props } });
    return html`<fieldset data-target=${tg.code}>
      <legend>${this.t('plan.target', { code: tg.code })}</legend>
      ${bilingualField(this, { pointer: `${at}/text`, label: this.t('plan.text'), value: tg.text, command: (text) => setPlanTarget(tg.code, { text }) })}
      <div class="row">
      </div>
      ${expressionField(this, { pointer: `${at}/binding/expr`, label: this.t('plan.expr'), value: b?.expr, fields, expect: 'number',
        command: (expr) => bind({ expr }), clear: () => setPlanTargetBinding(tg.code, null) })}
      <div class="row">
        ${b ? html`
          ${selectField(this, { pointer: `${at}/binding/op`, label: this.t('plan.op'), value: b.op, options: OPS.map((o) => ({ value: o, text: o })),
            command: (op) => bind({ op: OPS.find((o) => o === op) ?? b.op }) })}
          ${numberField(this, { pointer: `${at}/binding/value`, label: this.t('plan.value'), value: b.value, fraction: true, command: (value) => bind({ value: value ?? 0 }) })}
          ${textField(this, { pointer: `${at}/binding/unit`, label: this.t('plan.unit'), value: b.unit ?? '', command: (unit) => bind({ unit }) })}` : nothing}
        <div class="actions">${this.moveControls({ key: `target:${tg.code}`, name: tg.code, index: i, count, place: at, command: (to) => moveInArray('/plan/targets', i, to) })}</div>
      </div>
      ${this.renderProblem(at)}
    </fieldset>`;
  }

  private renderContent(items: ContentItem[], pointer: string, labelledBy?: string): TemplateResult {
    const lang = this.effectiveLang;
    return html`<ol aria-labelledby=${labelledBy ?? nothing}>${items.map((c, i) => {
      const at = `${pointer}/${i}`;
      return html`<li data-content=${c.code}>
        <fieldset>
          <legend>${this.t('plan.contentItem', { code: c.code })}</legend>
          ${bilingualField(this, { pointer: `${at}/text`, label: this.t('plan.text'), value: c.text, command: (text) => setContentItemText(c.code, text) })}
          <div class="actions">${this.moveControls({ key: `content:${c.code}`, name: short(pick(c.text, lang)) || c.code, index: i, count: items.length,
            place: at, command: (to) => moveContentItem(c.code, to) })}</div>
          ${this.renderProblem(at)}
        </fieldset>
        ${c.children?.length ? this.renderContent(c.children, `${at}/children`) : nothing}</li>`;
    })}</ol>`;
  }

  private renderAssignments(list: Assignment[], pointer: string, agencies: Agency[]): TemplateResult[] {
    const lang = this.effectiveLang;
    return list.map((a, i) => {
      const at = `${pointer}/${i}`;
      const toggle = (code: string, on: boolean) => setAssignmentAgencies(a.number,
        on ? agencies.map((x) => x.code).filter((c) => c === code || a.agencies.includes(c)) : a.agencies.filter((c) => c !== code));
      return html`<fieldset data-assignment=${a.number}>
        <legend>${this.t('plan.assignment', { number: a.number, heading: pick(a.heading, lang) })}</legend>
        <fieldset class="agencies">
          <legend>${this.t('plan.agenciesOf', { number: a.number })}</legend>
          <div class="row">${agencies.map((ag) => {
            const k = a.agencies.indexOf(ag.code);
            return html`<label class="check"><input type="checkbox" data-pointer=${k < 0 ? `${at}/agencies/-` : `${at}/agencies/${k}`}
              data-agency=${ag.code} .checked=${live(k >= 0)} @change=${(e: Event) => this.edit(`${at}/agencies`, toggle(ag.code, (e.target as HTMLInputElement).checked))}>
              <span>${ag.short ?? pick(ag.name, lang)}</span></label>`;
          })}</div>
          ${this.renderProblem(`${at}/agencies`)}
        </fieldset>
        ${a.children?.length ? this.renderAssignments(a.children, `${at}/children`, agencies) : nothing}
      </fieldset>`;
    });
  }
}
