/**
 * Steps 1–4 of `<fp-rollover>`: pick a pack and a year, what carries over, the criteria set,
 * structure changes. Plain render functions over the wizard's view of its state.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { MAX_FILE_BYTES } from '@formplan/core';
import type { Bilingual, ChangeLogEntry, CriteriaMatch, CriteriaSet, FreeVersion, PackSource } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { term } from '../../i18n/term.js';
import { isDateChange } from './rollover-draft.js';

/** How the criteria set of the new year is chosen. */
export type CriteriaMode = 'keep' | 'pick' | 'import';

/** What the step templates read and call. */
export interface RolloverView {
  lang: Lang;
  packs: readonly PackSource[];
  base?: PackSource;
  packIndex: number;
  yearText: string;
  yearError?: Bilingual;
  /** the new pack's version and the versions its id has already */
  newVersion?: FreeVersion;
  carryTargets: boolean;
  carryTasks: boolean;
  /** the set the base pack uses (undefined when it has none) */
  oldSet?: CriteriaSet;
  criteriaMode: CriteriaMode;
  pickedSetId: string;
  importedSet?: CriteriaSet;
  importErrors: Bilingual[];
  /** the set that replaces the old one, when one is chosen */
  newSet?: CriteriaSet;
  matches: CriteriaMatch[];
  manual: ReadonlySet<string>;
  leaveOut: ReadonlySet<string>;
  changes: ChangeLogEntry[];
  on: {
    pack(index: number): void;
    year(text: string): void;
    carry(what: 'targets' | 'tasks', on: boolean): void;
    criteriaMode(mode: CriteriaMode): void;
    pickSet(id: string): void;
    importFile(file: File | undefined): void;
    map(oldCode: string, newCode: string | null): void;
    carryForm(id: string, on: boolean): void;
  };
}

const t = (v: RolloverView, key: Parameters<typeof term<'rollover'>>[2], params?: Record<string, string | number>): string =>
  term(v.lang, 'rollover', key, params);

/** A list of vi/en problems as an alert (nothing when empty). */
export function renderProblems(lang: Lang, problems: readonly Bilingual[], id?: string, lead?: string): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<div class="problems" role="alert" id=${id ?? nothing}>
    ${lead ? html`<p>${lead}</p>` : nothing}
    <ul>${problems.map((p) => html`<li>${pick(p, lang)}</li>`)}</ul>
  </div>`;
}

/** Step 1: the pack and the new year. */
export function renderPickStep(v: RolloverView): TemplateResult {
  if (v.packs.length === 0) return html`<p role="status">${t(v, 'noPacks')}</p>`;
  const suggested = v.base ? String(v.base.manifest.year + 1) : '';
  return html`
    <div class="field">
      <label for="pack">${t(v, 'pack')}</label>
      <select id="pack" @change=${(e: Event) => v.on.pack(Number((e.target as HTMLSelectElement).value))}>
        ${v.packs.map((p, i) => html`<option value=${i} ?selected=${i === v.packIndex}>${t(v, 'packOption', {
          title: pick(p.manifest.title, v.lang), id: p.manifest.id, version: p.manifest.version })}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="year">${t(v, 'year')}</label>
      <input id="year" type="number" inputmode="numeric" min="1900" max="2999" step="1" .value=${v.yearText}
        aria-invalid=${v.yearError ? 'true' : 'false'} aria-describedby=${v.yearError ? 'year-help year-error' : 'year-help'}
        @input=${(e: Event) => v.on.year((e.target as HTMLInputElement).value)}>
      <span class="help" id="year-help">${t(v, 'yearHelp', { year: suggested })}</span>
      ${v.yearError ? html`<p class="error" id="year-error" role="alert">${pick(v.yearError, v.lang)}</p>` : nothing}
    </div>
    ${v.newVersion?.taken.length && !v.yearError ? html`<p class="note" id="version-taken" role="status">${t(v, 'versionTaken', {
      year: v.yearText, versions: v.newVersion.taken.join(', '), version: v.newVersion.version })}</p>` : nothing}`;
}

/** Step 2: what core's rollover carries, with the two plan options. */
export function renderCarryStep(v: RolloverView): TemplateResult {
  const b = v.base;
  if (!b) return html``;
  const dates = v.changes.filter(isDateChange).length;
  const tasks = (list: PackSource['plan']['assignments']): number =>
    list.reduce((n, a) => n + a.tasks.length + tasks(a.children ?? []), 0);
  const item = (text: string) => html`<li><span class="tick" aria-hidden="true">✓</span> ${text}</li>`;
  return html`
    <p>${t(v, 'carryIntro', { id: v.changes.find((c) => c.pointer === '/manifest/id')?.after as string ?? '', year: v.yearText, from: String(b.manifest.year) })}</p>
    <ul class="checklist">
      ${item(t(v, 'carry.forms', { n: b.forms.length }))}
      ${item(t(v, 'carry.categorySets', { n: b.categorySets.length }))}
      ${item(t(v, 'carry.orgUnits', { n: b.orgUnits.length }))}
      ${item(t(v, 'carry.agencies', { n: b.agencies.length }))}
      ${item(t(v, 'carry.criteria', { n: b.criteriaSets.length }))}
      ${item(t(v, 'carry.calendar', { n: b.calendar.periods.length, dates, year: v.yearText }))}
      ${item(t(v, 'carry.cleared'))}
    </ul>
    <fieldset>
      <legend>${t(v, 'carry.planLabel')}</legend>
      <label class="check"><input type="checkbox" id="carry-targets" .checked=${v.carryTargets}
        @change=${(e: Event) => v.on.carry('targets', (e.target as HTMLInputElement).checked)}>
        ${t(v, 'carry.targets', { n: b.plan.targets.length })}</label>
      <label class="check"><input type="checkbox" id="carry-tasks" .checked=${v.carryTasks}
        @change=${(e: Event) => v.on.carry('tasks', (e.target as HTMLInputElement).checked)}>
        ${t(v, 'carry.tasks', { n: tasks(b.plan.assignments) })}</label>
    </fieldset>`;
}

function renderMapping(v: RolloverView): TemplateResult | typeof nothing {
  const oldSet = v.oldSet;
  const newSet = v.newSet;
  if (!oldSet || !newSet) return nothing;
  const unmatched = v.matches.filter((m) => m.new === null).length;
  const by = (m: CriteriaMatch): string => (v.manual.has(m.old) ? t(v, 'criteria.byHand')
    : m.matchedBy === 'code' ? t(v, 'criteria.byCode') : m.matchedBy === 'title' ? t(v, 'criteria.byTitle') : t(v, 'criteria.unmatched'));
  return html`
    <table class="mapping">
      <caption>${t(v, 'criteria.mapping')}</caption>
      <thead><tr><th scope="col">${t(v, 'criteria.old')}</th><th scope="col">${t(v, 'criteria.new')}</th><th scope="col">${t(v, 'criteria.matchedBy')}</th></tr></thead>
      <tbody>${v.matches.map((m) => {
        const old = oldSet.criteria.find((c) => c.code === m.old);
        return html`<tr class=${m.new === null ? 'unmatched' : ''} data-old=${m.old}>
          <th scope="row" id=${`old-${m.old}`}>${m.old} — ${pick(old?.title, v.lang)}</th>
          <td><select aria-labelledby=${`old-${m.old}`} data-map=${m.old}
            @change=${(e: Event) => v.on.map(m.old, (e.target as HTMLSelectElement).value || null)}>
            <option value="" ?selected=${m.new === null}>${t(v, 'criteria.noTarget')}</option>
            ${newSet.criteria.map((c) => html`<option value=${c.code} ?selected=${m.new === c.code}>${c.code} — ${pick(c.title, v.lang)}</option>`)}
          </select></td>
          <td>${by(m)}</td>
        </tr>`;
      })}</tbody>
    </table>
    ${unmatched > 0 ? html`<p class="warning" role="status">${t(v, 'criteria.unmatchedCount', { n: unmatched })}</p>` : nothing}`;
}

/** Step 3: keep or swap the criteria set, with the mapping table. */
export function renderCriteriaStep(v: RolloverView): TemplateResult {
  const others = v.base?.criteriaSets.filter((s) => s.id !== v.oldSet?.id) ?? [];
  const kept = v.oldSet ? v.changes.find((c) => c.kind === 'kept' && c.pointer === `/criteriaSets/${v.base?.criteriaSets.indexOf(v.oldSet as CriteriaSet)}`) : undefined;
  const radio = (mode: CriteriaMode, label: string, disabled = false) => html`<label class="check">
    <input type="radio" name="criteria-mode" value=${mode} .checked=${v.criteriaMode === mode} ?disabled=${disabled}
      @change=${() => v.on.criteriaMode(mode)}> ${label}</label>`;
  return html`
    <p>${v.oldSet ? t(v, 'criteria.current', { title: pick(v.oldSet.title, v.lang) }) : t(v, 'criteria.none')}</p>
    ${kept ? html`<p class="note">${pick(kept.message, v.lang)}</p>` : nothing}
    <fieldset>
      <legend>${t(v, 'criteria.legend')}</legend>
      ${radio('keep', t(v, 'criteria.keep'))}
      ${radio('pick', others.length > 0 ? t(v, 'criteria.pick') : `${t(v, 'criteria.pick')} (${t(v, 'criteria.noOther')})`, others.length === 0)}
      ${radio('import', t(v, 'criteria.import'))}
    </fieldset>
    ${v.criteriaMode === 'pick' && others.length > 0 ? html`<div class="field">
      <label for="pick-set">${t(v, 'criteria.pickLabel')}</label>
      <select id="pick-set" @change=${(e: Event) => v.on.pickSet((e.target as HTMLSelectElement).value)}>
        ${others.map((s) => html`<option value=${s.id} ?selected=${s.id === v.pickedSetId}>${pick(s.title, v.lang)} (${s.id})</option>`)}
      </select></div>` : nothing}
    ${v.criteriaMode === 'import' ? html`<div class="field">
      <label for="criteria-file">${t(v, 'criteria.file', { size: `${MAX_FILE_BYTES / 1024 / 1024} MB` })}</label>
      <input id="criteria-file" type="file" accept=".json,application/json"
        aria-describedby=${v.importErrors.length > 0 ? 'criteria-errors' : nothing}
        @change=${(e: Event) => v.on.importFile((e.target as HTMLInputElement).files?.[0])}>
      ${renderProblems(v.lang, v.importErrors, 'criteria-errors')}
      ${v.importedSet ? html`<p role="status">${t(v, 'criteria.loaded', {
        title: pick(v.importedSet.title, v.lang), n: v.importedSet.criteria.length })}</p>` : nothing}
    </div>` : nothing}
    ${v.criteriaMode !== 'keep' ? renderMapping(v) : nothing}`;
}

/** Step 4: structure changes: which forms carry over; the rest is for the editor. */
export function renderStructureStep(v: RolloverView): TemplateResult {
  const forms = v.base?.forms ?? [];
  return html`
    <p>${t(v, 'structureIntro')}</p>
    <fieldset class="forms">
      <legend>${t(v, 'structureLegend')}</legend>
      ${forms.map((f) => html`<label class="check"><input type="checkbox" data-form=${f['x-fp-id']} .checked=${!v.leaveOut.has(f['x-fp-id'])}
        @change=${(e: Event) => v.on.carryForm(f['x-fp-id'], (e.target as HTMLInputElement).checked)}>
        ${pick(f['x-fp-label'], v.lang)} (${f['x-fp-id']})</label>`)}
    </fieldset>
    ${v.leaveOut.size > 0 ? html`<p role="status">${t(v, 'structureLeftOut', { n: v.leaveOut.size })}</p>` : nothing}`;
}
