/**
 * Steps 5–8 of `<fp-rollover>`: deadlines (old → new, 29 February), the change log by area,
 * the preview with last year's data, and the check before Create.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatDisplayDate, parsePointer } from '@formplan/core';
import type { Bilingual, ChangeLogEntry, PackError, PackSource, SchemaNode } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { term } from '../../i18n/term.js';
import type { KeyOf } from '../../i18n/registry.js';
import { describePointer, isDateChange } from './rollover-draft.js';
import { renderProblems } from './rollover-steps.js';
import '../form/form.js';

/** Last year's figures shown in the preview. */
export interface PreviewData {
  data: unknown;
  source: 'submitted' | 'draft';
  period: string;
  revision: number;
  at: string;
}

/** What steps 5–8 read and call. */
export interface LateView {
  lang: Lang;
  year: number;
  base: PackSource;
  pack: PackSource;
  changes: ChangeLogEntry[];
  dues: Readonly<Record<string, string>>;
  dueErrors: Readonly<Record<string, boolean>>;
  previewForm: string;
  previewWard: string;
  /** the resolved schema of the chosen form in the new pack */
  previewSchema?: SchemaNode;
  preview: { state: 'none' | 'no-store' | 'loading' | 'failed'; detail?: string } | { state: 'ready'; data: PreviewData };
  check: { state: 'checking' | 'no-meta' } | { state: 'done'; errors: PackError[] };
  on: {
    due(pointer: string, value: string): void;
    previewForm(id: string): void;
    previewWard(code: string): void;
  };
}

const t = (v: { lang: Lang }, key: KeyOf<'rollover'>, params?: Record<string, string | number>): string => term(v.lang, 'rollover', key, params);

function leapNote(v: LateView, c: { before: string; after: string }): string {
  if (c.before.endsWith('-02-29')) return t(v, 'deadlines.leapFrom', { year: String(v.year) });
  if (c.after.endsWith('-02-29')) return t(v, 'deadlines.leapTo', { year: String(v.year) });
  return '';
}

/** Step 5: every date changed, old → new; due dates editable. */
export function renderDeadlinesStep(v: LateView): TemplateResult {
  const rows = v.changes.filter(isDateChange);
  if (rows.length === 0) return html`<p>${t(v, 'deadlines.none')}</p>`;
  return html`
    <p>${t(v, 'deadlinesIntro')}</p>
    <table class="deadlines">
      <thead><tr>
        <th scope="col">${t(v, 'deadlines.what')}</th><th scope="col">${t(v, 'deadlines.old')}</th>
        <th scope="col">${t(v, 'deadlines.new')}</th><th scope="col">${t(v, 'deadlines.note')}</th>
      </tr></thead>
      <tbody>${rows.map((c) => {
        const what = describePointer(v.pack, c.pointer, v.lang);
        const editable = c.pointer.endsWith('/due');
        const leap = leapNote(v, c);
        const edited = c.pointer in v.dues;
        const bad = v.dueErrors[c.pointer] === true;
        const errId = `due-error-${c.pointer.replace(/[^a-z0-9]/gi, '-')}`;
        return html`<tr data-pointer=${c.pointer} class=${leap ? 'leap' : ''}>
          <th scope="row">${what}</th>
          <td>${formatDisplayDate(c.before)}</td>
          <td>${editable
            ? html`<input type="date" .value=${c.after} aria-label=${t(v, 'deadlines.editLabel', { what })}
                aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${bad ? errId : nothing}
                @change=${(e: Event) => v.on.due(c.pointer, (e.target as HTMLInputElement).value)}>
                <span class="shown-date">${formatDisplayDate(c.after)}</span>
                ${bad ? html`<span class="error" id=${errId} role="alert">${t(v, 'deadlines.badDate')}</span>` : nothing}`
            : formatDisplayDate(c.after)}</td>
          <td>${leap ? html`<span class="leap-note">${leap}</span>` : nothing}${edited ? html` <span class="edited">${t(v, 'deadlines.edited')}</span>` : nothing}</td>
        </tr>`;
      })}</tbody>
    </table>`;
}

const AREAS = ['manifest', 'calendar', 'plan', 'forms', 'criteriaSets', 'orgUnits', 'agencies', 'categorySets'] as const;

/** Step 6: the change log grouped by area, with counts. */
export function renderReviewStep(v: LateView): TemplateResult {
  const byArea = new Map<string, ChangeLogEntry[]>();
  for (const c of v.changes) {
    const area = parsePointer(c.pointer)[0] ?? 'manifest';
    byArea.set(area, [...(byArea.get(area) ?? []), c]);
  }
  const areas = [...AREAS.filter((a) => byArea.has(a)), ...[...byArea.keys()].filter((a) => !(AREAS as readonly string[]).includes(a))];
  const areaName = (a: string): string => ((AREAS as readonly string[]).includes(a) ? t(v, `area.${a}` as KeyOf<'rollover'>) : a);
  return html`
    <p>${t(v, 'reviewIntro', { n: v.changes.length })}</p>
    ${areas.map((a) => html`<section class="area" data-area=${a} aria-labelledby=${`area-${a}`}>
      <h4 id=${`area-${a}`}>${t(v, 'groupCount', { area: areaName(a), n: byArea.get(a)?.length ?? 0 })}</h4>
      <ul class="changes">${(byArea.get(a) ?? []).map((c) => html`<li><span class="kind kind-${c.kind}">${t(v, `kind.${c.kind}`)}</span> ${pick(c.message, v.lang)}</li>`)}</ul>
    </section>`)}`;
}

/** Step 7: a form of the new pack with a ward's figures of last year, read-only. */
export function renderPreviewStep(v: LateView): TemplateResult {
  const wards = v.base.orgUnits.filter((u) => u.level === 'ward');
  const p = v.preview;
  const status = p.state === 'ready'
    ? (p.data.source === 'submitted'
      ? t(v, 'preview.submitted', { period: p.data.period, revision: String(p.data.revision) })
      : t(v, 'preview.draft', { period: p.data.period, date: formatDisplayDate(p.data.at.slice(0, 10)) }))
    : p.state === 'loading' ? t(v, 'preview.loading')
      : p.state === 'no-store' ? t(v, 'preview.noStore')
        : p.state === 'none' ? t(v, 'preview.none') : '';
  return html`
    <p>${t(v, 'previewIntro')}</p>
    <div class="row">
      <div class="field"><label for="preview-form">${t(v, 'preview.form')}</label>
        <select id="preview-form" @change=${(e: Event) => v.on.previewForm((e.target as HTMLSelectElement).value)}>
          ${v.pack.forms.map((f) => html`<option value=${f['x-fp-id']} ?selected=${f['x-fp-id'] === v.previewForm}>${pick(f['x-fp-label'], v.lang)}</option>`)}
        </select></div>
      <div class="field"><label for="preview-ward">${t(v, 'preview.ward')}</label>
        <select id="preview-ward" @change=${(e: Event) => v.on.previewWard((e.target as HTMLSelectElement).value)}>
          ${wards.map((u) => html`<option value=${u.code} ?selected=${u.code === v.previewWard}>${u.name}</option>`)}
        </select></div>
    </div>
    ${p.state === 'failed'
      ? html`<p class="error" role="alert">${t(v, 'preview.failed', { detail: p.detail ?? '' })}</p>`
      : html`<p role="status" class="preview-status">${status}</p>`}
    ${v.previewSchema && p.state !== 'loading' && p.state !== 'failed'
      ? html`<fp-form class="preview" readonly lang=${v.lang} .schema=${v.previewSchema} .value=${p.state === 'ready' ? p.data.data : {}}></fp-form>`
      : nothing}`;
}

/** Step 8: the check before Create. */
export function renderCreateStep(v: LateView): TemplateResult {
  const m = v.pack.manifest;
  const c = v.check;
  const problems: Bilingual[] = c.state === 'done'
    ? c.errors.map((e) => ({ vi: `${e.file}${e.pointer}: ${e.message.vi}`, en: `${e.file}${e.pointer}: ${e.message.en ?? e.message.vi}` }))
    : [];
  return html`
    <p>${t(v, 'createIntro', { id: m.id, year: String(m.year), version: m.version })}</p>
    ${c.state === 'checking' ? html`<p role="status">${t(v, 'checking')}</p>` : nothing}
    ${c.state === 'no-meta' ? html`<p class="error" role="alert">${t(v, 'noMetaSchemas')}</p>` : nothing}
    ${c.state === 'done' && c.errors.length === 0 ? html`<p role="status" class="ok">${t(v, 'checkOk')}</p>` : nothing}
    ${renderProblems(v.lang, problems.slice(0, 50), 'create-problems', t(v, 'checkFailed', { n: problems.length }))}`;
}
