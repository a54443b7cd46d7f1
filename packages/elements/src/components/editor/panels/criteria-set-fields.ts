/**
 * The inputs of one criteria set in `<fp-editor-criteria>`: each criterion (title vi/en, points)
 * with its indicators (title, points, scoring kind and target, evidence, binding), the
 * recognition rule (minimum total per locality class, all criteria met, no zero criterion), and
 * the forms that add a criterion or an indicator.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import {
  addCriterion, addIndicator, setCriteriaSetTitle, setCriterion, setCriterionMinPoints, setIndicator, setIndicatorOptional, setRecognition,
} from '@formplan/core';
import type { CriteriaSet, Criterion, Indicator, LabelledExpressionField } from '@formplan/core';
import { pick } from '../../../i18n/lang.js';
import { term } from '../../../i18n/registry.js';
import type { KeyOf, Params } from '../../../i18n/registry.js';
import { addForm } from './add-form.js';
import { bilingualField, checkField, clearButton, expressionField, numberField, selectField } from './panel-fields.js';
import type { FieldHost } from './panel-fields.js';
import './editor-criteria-strings.js';
import './editor-panels-strings.js';

type Scoring = Indicator['scoring'];
const KINDS: Scoring['kind'][] = ['boolean', 'percent-threshold', 'count-max', 'points'];
const OPS = ['>=', '>', '<=', '<'] as const;
const PROPOSED = { status: 'proposed' } as const;

/** The scoring of an indicator switched to another kind, keeping its target where it has one. */
export function scoringOfKind(kind: string, old: Scoring): Scoring {
  const target = 'target' in old ? old.target : undefined;
  if (kind === 'percent-threshold') return { kind, op: old.kind === 'percent-threshold' ? old.op : '>=', target: target ?? 100 };
  if (kind === 'count-max') return { kind, target: target ?? 0 };
  return kind === 'points' ? { kind: 'points' } : { kind: 'boolean' };
}

/** The type an indicator's binding gives for its scoring. */
function bindingType(s: Scoring): 'boolean' | 'number' | undefined {
  return s.kind === 'boolean' ? 'boolean' : s.kind === 'points' ? undefined : 'number';
}

/**
 * The set's title, every criterion (closed `<details>`, opened by focusPointer) and the add forms.
 * @param fields - what an indicator binding may name (core's `draftBindingFields`)
 */
export function renderCriteria(host: FieldHost, set: CriteriaSet, si: number, fields: readonly LabelledExpressionField[]): TemplateResult {
  const lang = host.effectiveLang;
  const t = (key: KeyOf<'editorCriteria'>, params?: Params) => term(lang, 'editorCriteria', key, params);
  return html`${bilingualField(host, { pointer: `/criteriaSets/${si}/title`, label: t('setTitle'), value: set.title, command: (title) => setCriteriaSetTitle(set.id, title) })}
    ${set.criteria.map((c, ci) => renderCriterion(host, set, si, c, ci, fields))}
    ${addForm(host, {
      place: `/criteriaSets/${si}/criteria`, legend: t('addCriterion'), submit: t('addCriterion'),
      fields: [
        { name: 'code', label: t('newCode') },
        { name: 'vi', label: term(lang, 'editorPanels', 'inVi', { label: t('newTitle') }) },
        { name: 'en', label: term(lang, 'editorPanels', 'inEn', { label: t('newTitle') }) },
        { name: 'maxPoints', label: t('maxPoints'), type: 'number' },
      ],
      command: (v) => addCriterion(set.id, { code: v.code, title: v.en ? { vi: v.vi, en: v.en } : { vi: v.vi },
        maxPoints: Number(v.maxPoints), indicators: [], provenance: PROPOSED }),
    })}`;
}

function renderCriterion(host: FieldHost, set: CriteriaSet, si: number, c: Criterion, ci: number, fields: readonly LabelledExpressionField[]): TemplateResult {
  const lang = host.effectiveLang;
  const at = `/criteriaSets/${si}/criteria/${ci}`;
  const t = (key: KeyOf<'editorCriteria'>, params?: Params) => term(lang, 'editorCriteria', key, params);
  return html`<details data-criterion=${c.code}>
    <summary>${t('criterion', { code: c.code, title: pick(c.title, lang) })}</summary>
    ${bilingualField(host, { pointer: `${at}/title`, label: t('title'), value: c.title, command: (title) => setCriterion(set.id, c.code, { title }) })}
    <div class="row">
      ${numberField(host, { pointer: `${at}/maxPoints`, label: t('maxPoints'), value: c.maxPoints, command: (n) => setCriterion(set.id, c.code, { maxPoints: n }) })}
      ${numberField(host, { pointer: `${at}/minPoints`, label: t('minPoints'), value: c.minPoints, optional: true,
        command: (n) => setCriterionMinPoints(set.id, c.code, n ?? null), clear: () => setCriterionMinPoints(set.id, c.code, null) })}
    </div>
    ${c.indicators.map((ind, ii) => renderIndicator(host, set, c, ind, `${at}/indicators/${ii}`, fields))}
    ${addForm(host, {
      place: `${at}/indicators`, legend: t('addIndicator', { code: c.code }), submit: t('addIndicator', { code: c.code }),
      fields: [
        { name: 'code', label: t('newCode') },
        { name: 'vi', label: term(lang, 'editorPanels', 'inVi', { label: t('newTitle') }) },
        { name: 'en', label: term(lang, 'editorPanels', 'inEn', { label: t('newTitle') }) },
        { name: 'maxPoints', label: t('maxPoints'), type: 'number' },
      ],
      command: (v) => addIndicator(set.id, c.code, { code: v.code, title: v.en ? { vi: v.vi, en: v.en } : { vi: v.vi },
        maxPoints: Number(v.maxPoints), scoring: { kind: 'boolean' }, provenance: PROPOSED }),
    })}
  </details>`;
}

function renderIndicator(host: FieldHost, set: CriteriaSet, c: Criterion, ind: Indicator, at: string, fields: readonly LabelledExpressionField[]): TemplateResult {
  const lang = host.effectiveLang;
  const t = (key: KeyOf<'editorCriteria'>, params?: Params) => term(lang, 'editorCriteria', key, params);
  const put = (props: Partial<Omit<Indicator, 'code'>>) => setIndicator(set.id, c.code, ind.code, props);
  const s = ind.scoring;
  return html`<fieldset data-indicator=${ind.code}>
    <legend>${t('indicator', { code: ind.code, title: pick(ind.title, lang) })}</legend>
    ${bilingualField(host, { pointer: `${at}/title`, label: t('title'), value: ind.title, command: (title) => put({ title }) })}
    <div class="row">
      ${numberField(host, { pointer: `${at}/maxPoints`, label: t('maxPoints'), value: ind.maxPoints, command: (n) => put({ maxPoints: n }) })}
      ${selectField(host, { pointer: `${at}/scoring/kind`, label: t('scoring'), value: s.kind,
        options: KINDS.map((k) => ({ value: k, text: t(`kind.${k}`) })), command: (k) => put({ scoring: scoringOfKind(k, s) }) })}
      ${s.kind === 'percent-threshold' ? selectField(host, { pointer: `${at}/scoring/op`, label: t('op'), value: s.op,
        options: OPS.map((o) => ({ value: o, text: o })), command: (op) => put({ scoring: { ...s, op: OPS.find((x) => x === op) ?? s.op } }) }) : nothing}
      ${s.kind === 'percent-threshold' || s.kind === 'count-max' ? numberField(host, { pointer: `${at}/scoring/target`, label: t('target'),
        value: s.target, fraction: true, command: (n) => put({ scoring: { ...s, target: n ?? 0 } }) }) : nothing}
    </div>
    ${bilingualField(host, { pointer: `${at}/evidence`, label: t('evidence'), value: ind.evidence, command: (evidence) => put({ evidence }) })}
    ${clearButton(host, { pointer: `${at}/evidence/vi`, label: t('evidence'), has: ind.evidence !== undefined,
      clear: () => setIndicatorOptional(set.id, c.code, ind.code, { evidence: null }) })}
    ${expressionField(host, { pointer: `${at}/binding`, label: t('binding'), value: ind.binding, fields, expect: bindingType(s),
      command: (binding) => setIndicatorOptional(set.id, c.code, ind.code, { binding }),
      clear: () => setIndicatorOptional(set.id, c.code, ind.code, { binding: null }) })}
  </fieldset>`;
}

/** The recognition rule of a set. */
export function renderRecognition(host: FieldHost, set: CriteriaSet, si: number): TemplateResult {
  const lang = host.effectiveLang;
  const rec = set.recognition;
  const at = `/criteriaSets/${si}/recognition`;
  return html`<fieldset data-recognition>
    <legend>${term(lang, 'editorCriteria', 'recognition')}</legend>
    ${rec.thresholds.map((th, ti) => numberField(host, {
      pointer: `${at}/thresholds/${ti}/minTotal`, label: term(lang, 'editorCriteria', 'threshold', { label: pick(th.label, lang), class: th.localityClass }),
      value: th.minTotal, command: (n) => setRecognition(set.id, { ...rec, thresholds: rec.thresholds.map((x, i) => (i === ti ? { ...x, minTotal: n ?? 0 } : x)) }),
    }))}
    ${checkField(host, { pointer: `${at}/allCriteriaMet`, label: term(lang, 'editorCriteria', 'allMet'), checked: rec.allCriteriaMet,
      command: (allCriteriaMet) => setRecognition(set.id, { ...rec, allCriteriaMet }) })}
    ${checkField(host, { pointer: `${at}/noZeroCriterion`, label: term(lang, 'editorCriteria', 'noZero'), checked: rec.noZeroCriterion,
      command: (noZeroCriterion) => setRecognition(set.id, { ...rec, noZeroCriterion }) })}
  </fieldset>`;
}
