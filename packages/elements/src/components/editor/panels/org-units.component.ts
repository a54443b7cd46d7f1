/**
 * `<fp-editor-org-units>`: the district's wards: name, locality class (the classes the criteria
 * thresholds name), valid from / valid until (wards merge); add a ward.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { addOrgUnit, setOrgUnit, setOrgUnitValidity } from '@formplan/core';
import type { OrgUnit, PackSource } from '@formplan/core';
import { pick } from '../../../i18n/lang.js';
import type { Lang } from '../../../i18n/lang.js';
import { term } from '../../../i18n/registry.js';
import { EditorPanel } from './panel-base.js';
import { dateField, selectField, textField } from './panel-fields.js';
import { addForm } from './add-form.js';
import { panelStyles } from './panel.styles.js';
import './editor-panels-strings.js';

/** The locality classes a ward may have: those of the criteria thresholds, and any in use. */
function localityClasses(doc: PackSource, lang: Lang): { value: string; text: string }[] {
  const out = new Map<string, string>();
  for (const set of doc.criteriaSets) {
    for (const t of set.recognition.thresholds) if (!out.has(t.localityClass)) out.set(t.localityClass, `${pick(t.label, lang)} (${t.localityClass})`);
  }
  for (const u of doc.orgUnits) if (u.localityClass && !out.has(u.localityClass)) out.set(u.localityClass, u.localityClass);
  return [...out].map(([value, text]) => ({ value, text }));
}

/**
 * @summary Org units (wards) editor (a panel of `<fp-schema-editor>`).
 * @tagname fp-editor-org-units
 * @example
 * ```html
 * <fp-editor-org-units .session=${session}></fp-editor-org-units>
 * ```
 */
export class FpEditorOrgUnits extends EditorPanel {
  static override styles = panelStyles;

  override render(): TemplateResult {
    const doc = this.doc;
    const lang = this.effectiveLang;
    if (!doc) return html`<p>${term(lang, 'editorPanels', 'noSession')}</p>`;
    const classes = [{ value: '', text: term(lang, 'editorPanels', 'org.noClass') }, ...localityClasses(doc, lang)];
    const district = doc.manifest.district;
    return html`<h2>${term(lang, 'editorPanels', 'org.heading')}</h2>
      ${doc.orgUnits.map((u, i) => (u.level === 'ward' ? this.renderWard(u, i, classes, lang) : ''))}
      ${addForm(this, {
        place: '/orgUnits', legend: term(lang, 'editorPanels', 'org.add'), submit: term(lang, 'editorPanels', 'org.add'),
        fields: [
          { name: 'code', label: term(lang, 'editorPanels', 'org.newCode') },
          { name: 'name', label: term(lang, 'editorPanels', 'org.newName') },
          { name: 'localityClass', label: term(lang, 'editorPanels', 'org.localityClass'), options: classes },
          { name: 'validFrom', label: term(lang, 'editorPanels', 'org.validFrom'), type: 'date', optional: true },
        ],
        command: (v) => addOrgUnit(newWard(v, district)),
      })}`;
  }

  private renderWard(u: OrgUnit, i: number, classes: { value: string; text: string }[], lang: Lang): TemplateResult {
    const at = `/orgUnits/${i}`;
    return html`<fieldset data-org-unit=${u.code}>
      <legend>${term(lang, 'editorPanels', 'org.ward', { name: u.name, code: u.code })}</legend>
      <div class="row">
        ${textField(this, { pointer: `${at}/name`, label: term(lang, 'editorPanels', 'org.name'), value: u.name, command: (name) => setOrgUnit(u.code, { name }) })}
        ${selectField(this, { pointer: `${at}/localityClass`, label: term(lang, 'editorPanels', 'org.localityClass'), value: u.localityClass ?? '',
          options: classes, command: (localityClass) => setOrgUnit(u.code, { localityClass }) })}
        ${dateField(this, { pointer: `${at}/validFrom`, label: term(lang, 'editorPanels', 'org.validFrom'), value: u.validFrom,
          command: (d) => setOrgUnitValidity(u.code, { validFrom: d }), clear: () => setOrgUnitValidity(u.code, { validFrom: null }) })}
        ${dateField(this, { pointer: `${at}/validTo`, label: term(lang, 'editorPanels', 'org.validTo'), value: u.validTo,
          command: (d) => setOrgUnitValidity(u.code, { validTo: d }), clear: () => setOrgUnitValidity(u.code, { validTo: null }) })}
      </div>
    </fieldset>`;
  }
}

/** A new ward of the district from the add form's values (its facts proposed until confirmed). */
function newWard(v: Record<string, string>, district: string): OrgUnit {
  const unit: OrgUnit = { code: v.code, name: v.name, level: 'ward', parent: district, provenance: { status: 'proposed' } };
  if (v.localityClass) unit.localityClass = v.localityClass;
  if (v.validFrom) unit.validFrom = v.validFrom;
  return unit;
}
