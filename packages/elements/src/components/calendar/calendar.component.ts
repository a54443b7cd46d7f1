/**
 * `<fp-calendar>`: the reporting calendar. With `ward`: one ward's forms × periods, each cell
 * the report's status, due date and a button to open it. With `period`: the district board,
 * wards × forms for that period, with how many wards submitted and who is late.
 */
import { describeError } from '@formplan/core';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { activeWards, isIsoDate, periodById, statusGrid, toCalendarDate } from '@formplan/core';
import type {
  IsoDate, PackSource, PeriodStatusBoard, ReportStatusResult, ScheduledPeriod, Store, WardStatusGrid,
} from '@formplan/core';
import type { Clock } from '../../contexts/clock-context.js';
import { loadSettled, renderFailure, renderPending } from '../../controllers/load-task.js';
import { ServicesController } from '../../controllers/services-controller.js';
import { emit } from '../../events/emit.js';
import '../../events/fp-open.js';
import type { Lang } from '../../i18n/lang.js';
import { pick, toLang } from '../../i18n/lang.js';
import { statusText } from './calendar-strings.js';
import { srOnlyStyles } from '../../styles/sr-only-styles.js';
import { calendarStyles } from './calendar.styles.js';
import { loadReportLookup, type LoadedReports } from './report-lookup.js';
import { PackNotFoundError, displayDate, findPack } from './report-services.js';
import { term } from '../../i18n/term.js';

/** Statuses that count as "submitted" in the district summary (a returned report does not). */
const SUBMITTED = new Set(['submitted', 'accepted']);
/** Statuses listed as late in the district summary. */
const LATE = new Set(['late', 'locked']);

/**
 * @summary The reporting calendar of a ward (forms × periods) or of a period (wards × forms).
 * @event fp-open - the user chose a report to open; detail `{ formId, periodId, ward }`
 * @csspart table - the status table
 * @csspart summary - the district summary (period mode)
 * @csspart cell - each report's button (also carries `data-status`)
 * @cssproperty --fp-status-late-bg - background of late cells (likewise `-not-due-`, `-open-`,
 *   `-draft-`, `-submitted-`, `-accepted-`, `-returned-`, `-locked-`, `-reopened-`)
 *
 * Services come from `<fp-provider>` when the properties are not set: store (default: the page's
 * one IndexedDB store `formplan`), pack registry (default: packs in the store), language (default:
 * `vi`) and clock (default: the system clock). `today` overrides every clock.
 * @example
 * ```html
 * <fp-calendar .pack=${pack} ward="P00109" today="2018-05-16"></fp-calendar>
 * <fp-calendar pack="tay-ho-2018" period="2018-H1"></fp-calendar>
 * ```
 */
export class FpCalendar extends LitElement {
  /** the `<fp-provider .strings>` around this element apply to its texts */
  private readonly providerStrings = new LocalizeController(this);

  static override styles = [srOnlyStyles, calendarStyles];

  /** the pack, or a pack id found through the pack registry (or the store) */
  @property() pack?: PackSource | string;
  /** with a pack id: the version wanted (default: the newest) */
  @property({ attribute: 'pack-version' }) packVersion = '';
  /** ward mode: the ward's org unit code */
  @property() ward = '';
  /** district mode (when no `ward`): the period id, e.g. `2018-H1` */
  @property() period = '';
  /** district mode: show only this form (default: every form filed for the period) */
  @property() form = '';
  /** interface language (`vi`, `en`); default: the provider's, else `vi` */
  @property() override lang = '';
  /** the day to show statuses at (`YYYY-MM-DD`); overrides `clock` and the provider's clock */
  @property() today = '';
  /** "now"; default: the provider's clock, else the system clock */
  @property({ attribute: false }) clock?: Clock;
  /** where drafts and submissions are read; default: the provider's store, else the page's default store */
  @property({ attribute: false }) store?: Store;

  private readonly services = new ServicesController(this, { store: () => this.store, clock: () => this.clock });
  /** the pack and its reports, loaded again when what names them or the store changes */
  private readonly reports = new Task(this, {
    args: () => [this.pack, this.packVersion, this.ward, this.period, this.services.store, this.services.packs] as const,
    task: async ([pack, version, ward, period, store, packs]) => {
      if (pack === undefined || pack === '') return undefined;
      const found = await findPack(pack, packs, store, version);
      if (!found) throw new PackNotFoundError(String(pack));
      return { pack: found, reports: await loadReportLookup(store, found, ward ? { ward } : { period }) };
    },
  });

  /** The language in effect. */
  get effectiveLang(): Lang {
    return toLang(this.lang || this.services.providerLang || this.closest('[lang]')?.getAttribute('lang'));
  }

  /** Resolves when the current load finished (done or failed) and its outcome is rendered. */
  get loadComplete(): Promise<boolean> {
    return loadSettled(this, this.reports);
  }

  /** The day statuses are computed at. */
  get effectiveToday(): IsoDate {
    if (isIsoDate(this.today)) return this.today;
    return toCalendarDate(this.services.clock());
  }

  /** Reads the drafts and submissions again from the store (e.g. after a submit elsewhere). */
  async refresh(): Promise<void> {
    await this.reports.run();
    await this.updateComplete;
  }

  override render(): TemplateResult {
    const lang = this.effectiveLang;
    const loading = () => renderPending(term(lang, 'calendar', 'loading'));
    return this.reports.render({
      initial: loading,
      pending: loading,
      error: (e) => renderFailure(e instanceof PackNotFoundError
        ? term(lang, 'calendar', 'packMissing', { pack: e.pack })
        : term(lang, 'calendar', 'loadFailed', { detail: describeError(e, lang) })),
      complete: (loaded) => {
        if (!loaded) return renderFailure(term(lang, 'calendar', 'noPack'));
        try {
          if (this.ward) return this.renderWard(loaded.pack, loaded.reports, lang);
          if (this.period) return this.renderDistrict(loaded.pack, loaded.reports, lang);
          return html`<p role="status">${term(lang, 'calendar', 'noTarget')}</p>`;
        } catch (e) {
          return renderFailure(describeError(e, lang));
        }
      },
    }) ?? nothing;
  }

  private wardName(pack: PackSource, code: string): string {
    return pack.orgUnits.find((u) => u.code === code)?.name ?? code;
  }

  private open(formId: string, periodId: string, ward: string): void {
    emit(this, 'fp-open', { formId, periodId, ward });
  }

  private renderCell(
    r: ReportStatusResult, period: ScheduledPeriod, formLabel: string, rowLabel: string, lang: Lang,
    open: () => void, showDue: boolean, comment?: string,
  ): TemplateResult {
    const notes: string[] = [];
    if (r.status === 'returned' && comment) notes.push(term(lang, 'calendar', 'comment', { text: comment }));
    if (r.reopen) notes.push(term(lang, 'calendar', 'reopenReason', { text: r.reopen.reason }));
    if (r.lateBy !== null && r.lateBy > 0) notes.push(term(lang, 'calendar', 'lateBy', { n: r.lateBy }));
    if (r.hasDraft && r.status !== 'draft') notes.push(term(lang, 'calendar', 'hasDraft'));
    return html`<td>
      <button type="button" part="cell" data-status=${r.status} @click=${open}>
        <span class="sr-only">${rowLabel}, ${formLabel}: </span>
        <span class="status">${statusText(lang, r.status)}</span>
        ${showDue ? html`<span class="due">${period.due ? term(lang, 'calendar', 'due', { date: displayDate(period.due) }) : term(lang, 'calendar', 'noDue')}</span>` : nothing}
        ${notes.length ? html`<span class="note">${notes.join('; ')}</span>` : nothing}
      </button>
    </td>`;
  }

  private renderWard(pack: PackSource, reports: LoadedReports, lang: Lang): TemplateResult {
    const grid: WardStatusGrid = statusGrid(pack, { ward: this.ward, clock: this.effectiveToday, lookup: reports.lookup });
    const caption = term(lang, 'calendar', 'wardCaption', { year: String(pack.manifest.year), ward: this.wardName(pack, this.ward) });
    return html`<div class="wrap"><table part="table">
      <caption>${caption}</caption>
      <thead><tr>
        <th scope="col">${term(lang, 'calendar', 'form')}</th>
        ${grid.periods.map((p) => html`<th scope="col">${pick(p.label, lang)}</th>`)}
      </tr></thead>
      <tbody>${grid.forms.map((f, i) => {
        const formLabel = pick(f.label, lang);
        return html`<tr>
          <th scope="row">${formLabel}</th>
          ${grid.cells[i].map((c, j) => {
            const period = grid.periods[j];
            if (!c) return html`<td class="na"><span aria-hidden="true">—</span><span class="sr-only">${term(lang, 'calendar', 'notFiled')}</span></td>`;
            return this.renderCell(c, period, pick(period.label, lang), formLabel, lang,
              () => this.open(f.id, period.id, this.ward), true, reports.returnComment(f.id, this.ward, period.id));
          })}
        </tr>`;
      })}</tbody>
    </table></div>`;
  }

  private renderDistrict(pack: PackSource, reports: LoadedReports, lang: Lang): TemplateResult {
    const { lookup } = reports;
    const period = periodById(pack, this.period);
    const wards = activeWards(pack, period.coverage);
    const board: PeriodStatusBoard = statusGrid(pack, { wards, periodId: this.period, clock: this.effectiveToday, lookup });
    const cols = board.forms.map((f, j) => ({ f, j })).filter(({ f }) => !this.form || f.id === this.form);
    const names = (list: string[]): string => (list.length ? list.map((w) => this.wardName(pack, w)).join(', ') : term(lang, 'calendar', 'none'));
    const perForm = cols.map(({ f, j }) => {
      const submitted = board.wards.filter((_, i) => SUBMITTED.has(board.cells[i][j].status));
      const late = board.wards.filter((_, i) => LATE.has(board.cells[i][j].status));
      const returned = board.wards.filter((_, i) => board.cells[i][j].status === 'returned');
      return { f, j, submitted, late, returned };
    });
    const district = this.wardName(pack, pack.manifest.district);
    const due = period.due ? ` (${term(lang, 'calendar', 'due', { date: displayDate(period.due) })})` : '';
    return html`<ul class="summary" part="summary">${perForm.map((s) => html`<li data-form=${s.f.id}>${term(lang, 'calendar', 'summary', {
      form: pick(s.f.label, lang), n: s.submitted.length, total: board.wards.length,
      late: s.late.length > 1 && s.late.length === board.wards.length ? term(lang, 'calendar', 'allWards', { n: s.late.length }) : names(s.late),
    })}${s.returned.length ? html` ${term(lang, 'calendar', 'returned', { wards: names(s.returned) })}` : nothing}</li>`)}</ul>
    <div class="wrap"><table part="table">
      <caption>${term(lang, 'calendar', 'districtCaption', { period: pick(period.label, lang), district })}${due}</caption>
      <thead><tr>
        <th scope="col">${term(lang, 'calendar', 'ward')}</th>
        ${cols.map(({ f }) => html`<th scope="col">${pick(f.label, lang)}</th>`)}
      </tr></thead>
      <tbody>${board.wards.map((w, i) => {
        const name = this.wardName(pack, w);
        return html`<tr>
          <th scope="row">${name}</th>
          ${cols.map(({ f, j }) => this.renderCell(board.cells[i][j], period, pick(f.label, lang), name, lang,
            () => this.open(f.id, period.id, w), false, reports.returnComment(f.id, w, period.id)))}
        </tr>`;
      })}</tbody>
      <tfoot><tr>
        <th scope="row">${term(lang, 'calendar', 'submittedCount')}</th>
        ${perForm.map((s) => html`<td data-form=${s.f.id}>${s.submitted.length}/${board.wards.length}</td>`)}
      </tr></tfoot>
    </table></div>`;
  }
}
