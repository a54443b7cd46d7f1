/** `<fp-editor-agencies>`: the offices the plan assigns tasks to: rename (vi/en, short name), add. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { addAgency, moveInArray, setAgency } from '@formplan/core';
import { pick } from '../../../i18n/lang.js';
import { term } from '../../../i18n/registry.js';
import { EditorPanel } from './panel-base.js';
import { bilingualField, textField } from './panel-fields.js';
import { addForm } from './add-form.js';
import { panelStyles } from './panel.styles.js';
import './editor-panels-strings.js';

/**
 * @summary Agencies editor (a panel of `<fp-schema-editor>`).
 * @tagname fp-editor-agencies
 * @example
 * ```html
 * <fp-editor-agencies .session=${session}></fp-editor-agencies>
 * ```
 */
export class FpEditorAgencies extends EditorPanel {
  static override styles = panelStyles;

  override render(): TemplateResult {
    const doc = this.doc;
    const lang = this.effectiveLang;
    if (!doc) return html`<p>${term(lang, 'editorPanels', 'noSession')}</p>`;
    const count = doc.agencies.length;
    return html`<h2>${term(lang, 'editorPanels', 'ag.heading')}</h2>
      ${this.renderLive()}
      ${doc.agencies.map((a, i) => {
        const at = `/agencies/${i}`;
        const name = pick(a.name, lang);
        return html`<fieldset data-agency=${a.code}>
          <legend>${term(lang, 'editorPanels', 'ag.agency', { name, code: a.code })}</legend>
          ${bilingualField(this, { pointer: `${at}/name`, label: term(lang, 'editorPanels', 'ag.name'), value: a.name, command: (n) => setAgency(a.code, { name: n }) })}
          <div class="row">
            ${textField(this, { pointer: `${at}/short`, label: term(lang, 'editorPanels', 'ag.short'), value: a.short ?? '', command: (short) => setAgency(a.code, { short }) })}
            <div class="actions">${this.moveControls({ key: a.code, name, index: i, count, place: at, command: (to) => moveInArray('/agencies', i, to) })}</div>
          </div>
          ${this.renderProblem(at)}
        </fieldset>`;
      })}
      ${addForm(this, {
        place: '/agencies', legend: term(lang, 'editorPanels', 'ag.add'), submit: term(lang, 'editorPanels', 'ag.add'),
        fields: [
          { name: 'code', label: term(lang, 'editorPanels', 'ag.newCode') },
          { name: 'vi', label: term(lang, 'editorPanels', 'inVi', { label: term(lang, 'editorPanels', 'ag.newName') }) },
          { name: 'en', label: term(lang, 'editorPanels', 'inEn', { label: term(lang, 'editorPanels', 'ag.newName') }) },
        ],
        command: (v) => addAgency({ code: v.code, name: v.en ? { vi: v.vi, en: v.en } : { vi: v.vi } }),
      })}`;
  }
}
