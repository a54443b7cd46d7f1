/**
 * `<fp-editor-calendar>`: the reporting calendar of the draft pack: the period kinds, every
 * period (its data coverage, due date as a date input shown dd/mm/yyyy, its own grace days) and
 * the default grace days.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { formatDisplayDate, setDefaultGraceDays, setPeriodDue, setPeriodGraceDays, setPeriodKindLabel, setPeriodLabel } from '@formplan/core';
import type { Period } from '@formplan/core';
import { pick } from '../../../i18n/lang.js';
import type { Lang } from '../../../i18n/lang.js';
import { term } from '../../../i18n/registry.js';
import { EditorPanel } from './panel-base.js';
import { bilingualField, dateField, numberField } from './panel-fields.js';
import { panelStyles } from './panel.styles.js';
import './editor-panels-strings.js';

/**
 * @summary Calendar editor (a panel of `<fp-schema-editor>`).
 * @tagname fp-editor-calendar
 * @example
 * ```html
 * <fp-editor-calendar .session=${session}></fp-editor-calendar>
 * ```
 */
export class FpEditorCalendar extends EditorPanel {
  static override styles = panelStyles;

  override render(): TemplateResult {
    const doc = this.doc;
    const lang = this.effectiveLang;
    if (!doc) return html`<p>${term(lang, 'editorPanels', 'noSession')}</p>`;
    const cal = doc.calendar;
    return html`<h2>${term(lang, 'editorPanels', 'cal.heading')}</h2>
      ${numberField(this, { pointer: '/calendar/graceDays', label: term(lang, 'editorPanels', 'cal.defaultGrace'), value: cal.graceDays,
        command: (n) => setDefaultGraceDays(n ?? 0) })}
      <h3 id="kinds">${term(lang, 'editorPanels', 'cal.kinds')}</h3>
      <ul aria-labelledby="kinds">${cal.periodKinds.map((k, i) => html`<li data-kind=${k.code}>
        ${bilingualField(this, { pointer: `/calendar/periodKinds/${i}/label`, label: term(lang, 'editorPanels', 'cal.kindLabel', { code: k.code }), value: k.label,
          command: (label) => setPeriodKindLabel(k.code, label) })}</li>`)}</ul>
      <h3>${term(lang, 'editorPanels', 'cal.periods')}</h3>
      ${cal.periods.map((p, i) => this.renderPeriod(p, i, cal.graceDays, lang))}`;
  }

  private renderPeriod(p: Period, i: number, defaultGrace: number, lang: Lang): TemplateResult {
    const at = `/calendar/periods/${i}`;
    return html`<fieldset data-period=${p.id}>
      <legend>${term(lang, 'editorPanels', 'cal.period', { label: pick(p.label, lang), id: p.id })}</legend>
      ${bilingualField(this, { pointer: `${at}/label`, label: term(lang, 'editorPanels', 'cal.periodLabel'), value: p.label, command: (label) => setPeriodLabel(p.id, label) })}
      <p class="muted">${term(lang, 'editorPanels', 'cal.coverage', { from: formatDisplayDate(p.coverage.from), to: formatDisplayDate(p.coverage.to) })}</p>
      <div class="row">
        ${dateField(this, { pointer: `${at}/due`, label: term(lang, 'editorPanels', 'cal.due'), value: p.due,
          emptyText: term(lang, 'editorPanels', 'cal.noDue'), shown: (date) => term(lang, 'editorPanels', 'cal.dueShown', { date }),
          command: (due) => setPeriodDue(p.id, due) })}
        ${numberField(this, { pointer: `${at}/graceDays`, label: term(lang, 'editorPanels', 'cal.grace', { n: defaultGrace }), value: p.graceDays,
          optional: true, command: (n) => setPeriodGraceDays(p.id, n), clear: () => setPeriodGraceDays(p.id, undefined) })}
      </div>
    </fieldset>`;
  }
}
