/**
 * `<fp-editor-criteria>`: the pack's criteria sets. Edit the criteria, indicators and recognition
 * rule of a set; import a criteria-set file (JSON, bounded, validated against the criteria-set
 * meta-schema; a clear vi/en error and nothing changed when it is not one); swap the set the pack
 * uses for another with an old → new mapping table (matched by code, unmatched rows flagged, each
 * row a choice of new criterion or "không ánh xạ"), applied with one button.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addCriteriaSet, autoMatchCriteria, criteriaSetUsage, draftBindingFields, useCriteriaSet } from '@formplan/core';
import type { CriteriaSet, MetaSchemaDoc, PackSource } from '@formplan/core';
import { pick } from '../../../i18n/lang.js';
import type { Lang } from '../../../i18n/lang.js';
import { term } from '../../../i18n/registry.js';
import type { KeyOf, Params } from '../../../i18n/registry.js';
import { EditorPanel } from './panel-base.js';
import { renderCriteria, renderRecognition } from './criteria-set-fields.js';
import { readCriteriaFile } from './criteria-file.js';
import { panelStyles } from './panel.styles.js';
import './editor-criteria-strings.js';

/** The criteria set the pack uses: the one its self-assessment form is generated from, else the first. */
export function criteriaSetInUse(doc: PackSource): CriteriaSet | undefined {
  return doc.criteriaSets.find((s) => criteriaSetUsage(doc, s.id).length > 0) ?? doc.criteriaSets[0];
}

const IMPORT_PLACE = '/criteriaSets';
const SWAP_PLACE = '/criteriaSets/swap';

/**
 * @summary Criteria sets editor (a panel of `<fp-schema-editor>`).
 * @tagname fp-editor-criteria
 * @example
 * ```html
 * <fp-editor-criteria .session=${session} .metaSchemas=${metaSchemas}></fp-editor-criteria>
 * ```
 */
export class FpEditorCriteria extends EditorPanel {
  static override styles = panelStyles;

  /** the meta-schemas an imported criteria-set file is validated against */
  @property({ attribute: false }) metaSchemas?: MetaSchemaDoc[];
  /** largest criteria-set file read, in bytes (default: the pack loader's per-file limit) */
  @property({ type: Number, attribute: 'max-file-bytes' }) maxFileBytes?: number;

  /** the set shown for editing (default: the one in use) */
  @state() private shownId?: string;
  /** the set chosen to replace the one in use */
  @state() private swapId?: string;
  /** the user's choices in the mapping table (old code → new code or null) over the automatic match */
  @state() private chosen: Record<string, string | null> = {};
  /** the outcome of the last import or swap, announced politely */
  @state() private done = '';

  private t(key: KeyOf<'editorCriteria'>, params?: Params): string {
    return term(this.effectiveLang, 'editorCriteria', key, params);
  }

  override render(): TemplateResult {
    const doc = this.doc;
    const lang = this.effectiveLang;
    if (!doc) return html`<p>${term(lang, 'editorPanels', 'noSession')}</p>`;
    const inUse = criteriaSetInUse(doc);
    const shownIndex = Math.max(0, doc.criteriaSets.findIndex((s) => s.id === (this.shownId ?? inUse?.id)));
    const shown = doc.criteriaSets[shownIndex];
    return html`<h2>${this.t('heading')}</h2>
      ${this.renderLive()}
      <p role="status" data-done>${this.done}</p>
      ${inUse ? html`<p data-in-use=${inUse.id}>${this.t('inUse', { title: pick(inUse.title, lang), id: inUse.id })}</p>` : nothing}
      ${doc.criteriaSets.length > 1 ? html`<label class="field"><span class="label">${this.t('show')}</span>
        <select data-show-set @change=${(e: Event) => { this.shownId = (e.target as HTMLSelectElement).value; }}>
          ${doc.criteriaSets.map((s) => html`<option value=${s.id} ?selected=${s === shown}>${pick(s.title, lang)} (${s.id})</option>`)}
        </select></label>` : nothing}
      ${shown ? html`<section aria-labelledby="shown-set" data-set=${shown.id}>
        <h3 id="shown-set">${this.t('set', { title: pick(shown.title, lang) })}</h3>
        ${renderCriteria(this, shown, shownIndex, draftBindingFields(doc))}
        ${renderRecognition(this, shown, shownIndex)}
      </section>` : nothing}
      ${this.renderImport()}
      ${inUse ? this.renderSwap(doc, inUse, lang) : nothing}`;
  }

  private renderImport(): TemplateResult {
    return html`<fieldset data-import>
      <legend>${this.t('importLegend')}</legend>
      <label class="field"><span class="label">${this.t('import')}</span>
        <input type="file" accept=".json,application/json" data-import-file @change=${this.onImport}></label>
      ${this.renderProblem(IMPORT_PLACE)}
    </fieldset>`;
  }

  private readonly onImport = async (e: Event): Promise<void> => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const read = await readCriteriaFile(file, this.metaSchemas, this.maxFileBytes);
    if (!read.ok) {
      this.setProblem(IMPORT_PLACE, read.error);
      return;
    }
    if (!this.edit(IMPORT_PLACE, addCriteriaSet(read.set))) return;
    input.value = '';
    this.swapId = read.set.id;
    this.chosen = {};
    this.done = this.t('imported', { title: pick(read.set.title, this.effectiveLang) });
  };

  private renderSwap(doc: PackSource, inUse: CriteriaSet, lang: Lang): TemplateResult {
    const others = doc.criteriaSets.filter((s) => s.id !== inUse.id);
    const target = others.find((s) => s.id === this.swapId) ?? others[0];
    if (!target) return html`<section aria-labelledby="swap-h"><h3 id="swap-h">${this.t('swap')}</h3><p>${this.t('noOther')}</p></section>`;
    const rows = autoMatchCriteria(inUse, target).map((r) => (r.old in this.chosen
      ? { ...r, new: this.chosen[r.old], matchedBy: 'user' as const } : r));
    const mapping = Object.fromEntries(rows.map((r) => [r.old, r.new]));
    const title = (set: CriteriaSet, code: string | null) => {
      const c = code === null ? undefined : set.criteria.find((x) => x.code === code);
      return c ? `${c.code} — ${pick(c.title, lang)}` : '';
    };
    return html`<section aria-labelledby="swap-h" data-swap>
      <h3 id="swap-h">${this.t('swap')}</h3>
      <label class="field"><span class="label">${this.t('swapTo')}</span>
        <select data-swap-to @change=${(e: Event) => { this.swapId = (e.target as HTMLSelectElement).value; this.chosen = {}; }}>
          ${others.map((s) => html`<option value=${s.id} ?selected=${s === target}>${pick(s.title, lang)} (${s.id})</option>`)}
        </select></label>
      <table data-mapping>
        <caption>${this.t('mapping')}</caption>
        <thead><tr>
          <th scope="col" id="map-old">${this.t('old', { set: inUse.id })}</th>
          <th scope="col" id="map-new">${this.t('new', { set: target.id })}</th>
          <th scope="col">${this.t('match')}</th>
        </tr></thead>
        <tbody>${rows.map((r, i) => html`<tr data-old=${r.old} class=${r.new === null ? 'unmatched' : ''}>
          <th scope="row" id=${`map-row-${i}`}>${title(inUse, r.old)}</th>
          <td><select aria-labelledby=${`map-new map-row-${i}`} data-map=${r.old}
            @change=${(e: Event) => { const v = (e.target as HTMLSelectElement).value; this.chosen = { ...this.chosen, [r.old]: v === '' ? null : v }; }}>
            <option value="" ?selected=${r.new === null}>${this.t('noMapping')}</option>
            ${target.criteria.map((c) => html`<option value=${c.code} ?selected=${c.code === r.new}>${title(target, c.code)}</option>`)}
          </select></td>
          <td data-match>${r.matchedBy === null ? html`<strong>${this.t('unmatched')}</strong>` : this.t(`matched.${r.matchedBy}`)}</td>
        </tr>`)}</tbody>
      </table>
      <div class="actions">
        <button type="button" data-use-set @click=${() => this.swap(target, inUse, mapping)}>
          ${this.t('useSet', { title: pick(target.title, lang), old: pick(inUse.title, lang) })}</button>
      </div>
      ${this.renderProblem(SWAP_PLACE)}
    </section>`;
  }

  private swap(target: CriteriaSet, inUse: CriteriaSet, mapping: Record<string, string | null>): void {
    if (!this.edit(SWAP_PLACE, useCriteriaSet(target.id, mapping, inUse.id))) return;
    this.chosen = {};
    this.swapId = undefined;
    this.shownId = undefined;
    this.done = this.t('swapped', { title: pick(target.title, this.effectiveLang) });
  }
}
