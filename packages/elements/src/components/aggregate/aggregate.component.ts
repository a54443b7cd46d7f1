/**
 * `<fp-aggregate>`: the district totals of one form and period, from every ward's latest
 * submission, with completeness, a drill-down to each ward's figure, last year's totals and an
 * XLSX export.
 */
import { describeError } from '@formplan/core';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { formatVietnameseNumber } from '@formplan/core';
import type { PackSource, Store } from '@formplan/core';
import { loadSettled, renderFailure, renderPending } from '../../controllers/load-task.js';
import { ServicesController } from '../../controllers/services-controller.js';
import type { Lang } from '../../i18n/lang.js';
import { pick, toLang } from '../../i18n/lang.js';
import { writeXlsx } from '../../services/xlsx-export.js';
import { PackNotFoundError, findPack } from '../calendar/report-services.js';
import { srOnlyStyles } from '../../styles/sr-only-styles.js';
import { aggregateStyles } from './aggregate.styles.js';
import { FormNotFoundError, loadTotals, type AggregatePrevious, type LoadedTotals } from './load-totals.js';
import { totalsWorkbook } from './totals-workbook.js';
import type { ListSection, MatrixSection, TotalCell } from './totals-view.js';
import { term } from '../../i18n/term.js';

const DETAIL_ID = 'detail';

/** A total as shown: Vietnamese number format, rates to one decimal. */
function num(value: number): string {
  return formatVietnameseNumber(Number.isInteger(value) ? value : Math.round(value * 10) / 10);
}

/**
 * @summary District totals of one form and period, with completeness, drill-down and XLSX export.
 * @csspart header - form title, district and period
 * @csspart completeness - how many wards submitted, who is missing
 * @csspart table - each totals table
 * @csspart detail - the drill-down (each ward's figure of the chosen total)
 * @csspart total-row - the district total row at the foot of a table
 * @cssproperty --fp-aggregate-incomplete-bg - background of incomplete totals (always also marked in words)
 * @cssproperty --fp-aggregate-selected-bg - background of the total whose drill-down is open
 *
 * Counted: each ward's latest submission when `submitted` or `accepted`. A `returned` report is
 * not counted: the ward is listed as returned and its figures show as missing. Missing is never
 * zero: a total with missing wards is marked "chưa đủ"; a figure no ward gave shows "—".
 * Computed figures (rates, row totals) are recomputed from the totals, not added up.
 * @example
 * ```html
 * <fp-aggregate .pack=${pack} form="bieu-02" period="2018-H1"
 *   .previous=${{ pack: pack2017, period: '2017-H1' }}></fp-aggregate>
 * ```
 */
export class FpAggregate extends LitElement {
  /** the `<fp-provider .strings>` around this element apply to its texts */
  private readonly providerStrings = new LocalizeController(this);

  static override styles = [srOnlyStyles, aggregateStyles];

  /** the pack, or a pack id found through the pack registry (or the store) */
  @property() pack?: PackSource | string;
  /** with a pack id: the version wanted (default: the newest) */
  @property({ attribute: 'pack-version' }) packVersion = '';
  /** the form id, e.g. `bieu-02` */
  @property() form = '';
  /** the period id, e.g. `2018-H1` */
  @property() period = '';
  /** interface language (`vi`, `en`); default: the provider's, else `vi` */
  @property() override lang = '';
  /** where submissions are read; default: the provider's store, else the page's default store */
  @property({ attribute: false }) store?: Store;
  /** last year's figures for a "Năm trước" column: a pack and period, or totals by code path */
  @property({ attribute: false }) previous?: AggregatePrevious;

  /** pointer of the total whose drill-down is open */
  @state() private selected: string | null = null;

  private readonly services = new ServicesController(this, { store: () => this.store });
  /** the totals, computed again when what names them or the store changes */
  private readonly totalsTask = new Task(this, {
    args: () => [this.pack, this.packVersion, this.form, this.period, this.previous, this.services.store, this.services.packs] as const,
    task: async ([pack, version, form, period, previous, store, packs]) => {
      if (pack === undefined || pack === '' || !form || !period) return undefined;
      const found = await findPack(pack, packs, store, version);
      if (!found) throw new PackNotFoundError(String(pack));
      return loadTotals(store, found, form, period, previous);
    },
  });

  /** The language in effect. */
  get effectiveLang(): Lang {
    return toLang(this.lang || this.services.providerLang || this.closest('[lang]')?.getAttribute('lang'));
  }

  /** The totals shown now; undefined while loading or on error. */
  get totals(): LoadedTotals | undefined {
    return this.totalsTask.status === TaskStatus.COMPLETE ? this.totalsTask.value : undefined;
  }

  /** Resolves when the current load finished (done or failed) and its outcome is rendered. */
  get loadComplete(): Promise<boolean> {
    return loadSettled(this, this.totalsTask);
  }

  /** Reads the submissions again and recomputes the totals. */
  async refresh(): Promise<void> {
    await this.totalsTask.run();
    await this.updateComplete;
  }

  /**
   * The totals as an `.xlsx` workbook: sheet 1 the totals (header rows: district, form, period,
   * completeness), sheet 2 every ward's figures. The XLSX library loads on first call.
   * @throws Error when the totals are not loaded yet
   */
  async exportXlsx(): Promise<Blob> {
    const totals = this.totals;
    if (!totals) throw new Error(term(this.effectiveLang, 'aggregate', 'notReady'));
    return writeXlsx(totalsWorkbook(totals, this.effectiveLang));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const keys = ['pack', 'packVersion', 'form', 'period', 'store', 'previous'] as const;
    if (keys.some((k) => changed.has(k))) this.selected = null;
  }

  override render(): TemplateResult {
    const lang = this.effectiveLang;
    const loading = () => renderPending(term(lang, 'aggregate', 'loading'));
    return this.totalsTask.render({
      initial: loading,
      pending: loading,
      error: (e) => renderFailure(this.failureText(e, lang)),
      complete: (totals) => (totals ? this.renderTotals(totals, lang) : renderFailure(term(lang, 'aggregate', 'noPack'))),
    }) ?? nothing;
  }

  private failureText(e: unknown, lang: Lang): string {
    if (e instanceof PackNotFoundError) return term(lang, 'aggregate', 'packMissing', { pack: e.pack });
    if (e instanceof FormNotFoundError) {
      return term(lang, 'aggregate', 'formMissing', { form: this.form, pack: typeof this.pack === 'string' ? this.pack : this.pack?.manifest.id ?? '' });
    }
    return term(lang, 'aggregate', 'loadFailed', { detail: describeError(e, lang) });
  }

  private renderTotals(t: LoadedTotals, lang: Lang): TemplateResult {
    const c = t.result.completeness;
    const names = (codes: readonly string[]): string => codes.map((w) => t.wardNames.get(w) ?? w).join(', ');
    const notSubmitted = c.missing.filter((w) => !c.returned.includes(w));
    return html`<header part="header">
        <h2>${pick(t.form.title, lang)}</h2>
        <p>${t.wardNames.get(t.pack.manifest.district) ?? t.pack.manifest.district} — ${pick(t.period.label, lang)}</p>
      </header>
      <p part="completeness" class="completeness">${term(lang, 'aggregate', 'completeness', { n: c.submitted, total: c.total })}
        ${notSubmitted.length ? html`<span class="missing-wards">${term(lang, 'aggregate', 'notSubmitted', { wards: names(notSubmitted) })}</span>` : nothing}
        ${c.returned.length ? html`<span class="returned-wards">${term(lang, 'aggregate', 'returnedNotCounted', { wards: names(c.returned) })}</span>` : nothing}
      </p>
      ${t.sections.map((s) => (s.kind === 'matrix' ? this.renderMatrix(s, lang) : this.renderList(s, t, lang)))}
      ${this.renderDetail(t, lang)}`;
  }

  private renderTotal(c: TotalCell, lang: Lang, withPrevious: boolean): TemplateResult {
    let main: TemplateResult;
    if (!c.additive) main = html`<span aria-hidden="true">—</span><span class="marker">${term(lang, 'aggregate', 'notSummed')}</span>`;
    else if (c.total === null) main = html`<span aria-hidden="true">—</span><span class="sr-only">${term(lang, 'aggregate', 'noData')}</span>`;
    else main = html`<span class="value">${num(c.total)}</span>${c.complete ? nothing : html`<span class="marker">${term(lang, 'aggregate', 'incomplete')}</span>`}`;
    const open = this.selected === c.pointer;
    const shown = !c.additive ? 'not-summed' : c.total === null ? 'empty' : c.complete ? 'complete' : 'incomplete';
    return html`<button type="button" class="total" data-pointer=${c.pointer} data-complete=${String(c.complete)} data-state=${shown}
      aria-expanded=${String(open)} aria-controls=${DETAIL_ID} @click=${() => this.toggle(c.pointer)}>
      ${main}${withPrevious && c.previous !== undefined
        ? html`<span class="prev">${term(lang, 'aggregate', 'previous')}: ${c.previous === null ? '—' : num(c.previous)}</span>` : nothing}
    </button>`;
  }

  private renderMatrix(s: MatrixSection, lang: Lang): TemplateResult {
    const prev = this.totals?.previousLabel !== undefined;
    return html`<div class="wrap"><table part="table" data-pointer=${s.pointer}>
      <caption>${pick(s.label, lang)}</caption>
      <thead><tr><th scope="col">${term(lang, 'aggregate', 'group')}</th>${s.columns.map((c) => html`<th scope="col">${pick(c.label, lang)}</th>`)}</tr></thead>
      <tbody>${s.rows.map((r, i) => html`<tr>
        <th scope="row" class=${r.depth === 2 ? 'depth-2' : ''}>${pick(r.label, lang)}</th>
        ${s.cells[i].map((c) => html`<td class="num">${this.renderTotal(c, lang, prev)}</td>`)}
      </tr>`)}</tbody>
      ${s.totalRow.length ? html`<tfoot><tr part="total-row"><th scope="row">${term(lang, 'aggregate', 'districtTotal')}</th>
        ${s.totalRow.map((c) => html`<td class="num">${this.renderTotal(c, lang, prev)}</td>`)}</tr></tfoot>` : nothing}
    </table></div>`;
  }

  private renderList(s: ListSection, t: LoadedTotals, lang: Lang): TemplateResult {
    const prev = t.previousLabel !== undefined;
    const prevHead = t.previousLabel ? `${term(lang, 'aggregate', 'previous')} (${t.previousLabel})` : term(lang, 'aggregate', 'previous');
    return html`<div class="wrap"><table part="table" data-pointer=${s.pointer}>
      <caption>${s.label ? pick(s.label, lang) : term(lang, 'aggregate', 'otherFigures')}</caption>
      <thead><tr><th scope="col">${term(lang, 'aggregate', 'figure')}</th><th scope="col">${term(lang, 'aggregate', 'total')}</th>
        ${prev ? html`<th scope="col">${prevHead}</th>` : nothing}</tr></thead>
      <tbody>${s.items.map((c) => html`<tr>
        <th scope="row">${pick(c.label, lang)}</th>
        <td class="num">${this.renderTotal(c, lang, false)}</td>
        ${prev ? html`<td class="num previous">${c.previous == null ? '—' : num(c.previous)}</td>` : nothing}
      </tr>`)}</tbody>
    </table></div>`;
  }

  private renderDetail(t: LoadedTotals, lang: Lang): TemplateResult {
    const cell = this.selected ? this.findCell(t, this.selected) : undefined;
    if (!cell) return html`<section id=${DETAIL_ID} part="detail" hidden></section>`;
    const status = new Map(t.result.wards.map((w) => [w.ward, w.status]));
    const missingText = (ward: string): string => {
      const s = status.get(ward);
      return s === 'missing' ? term(lang, 'aggregate', 'missingNotSubmitted') : s === 'returned' ? term(lang, 'aggregate', 'missingReturned') : term(lang, 'aggregate', 'missing');
    };
    const title = term(lang, 'aggregate', 'detailOf', { label: pick(cell.fullLabel, lang) });
    return html`<section id=${DETAIL_ID} part="detail" class="detail" aria-labelledby="detail-title">
      <h3 id="detail-title" tabindex="-1">${title}</h3>
      <table>
        <thead><tr><th scope="col">${term(lang, 'aggregate', 'ward')}</th><th scope="col">${term(lang, 'aggregate', 'value')}</th></tr></thead>
        <tbody>${cell.wards.map((w) => html`<tr data-ward=${w.ward}>
          <th scope="row">${w.name}</th>
          <td class="num">${w.value === null ? html`<span class="marker">${missingText(w.ward)}</span>` : num(w.value)}</td>
        </tr>`)}</tbody>
        <tfoot><tr><th scope="row">${term(lang, 'aggregate', 'total')}</th>
          <td class="num">${cell.total === null ? '—' : num(cell.total)}${cell.complete || cell.total === null ? nothing : html` <span class="marker">${term(lang, 'aggregate', 'incomplete')}</span>`}</td></tr></tfoot>
      </table>
      <button type="button" @click=${() => this.toggle(cell.pointer)}>${term(lang, 'aggregate', 'close')}</button>
    </section>`;
  }

  private findCell(t: LoadedTotals, pointer: string): TotalCell | undefined {
    for (const s of t.sections) {
      const found = (s.kind === 'matrix' ? [...s.cells.flat(), ...s.totalRow] : s.items).find((c) => c.pointer === pointer);
      if (found) return found;
    }
    return undefined;
  }

  private async toggle(pointer: string): Promise<void> {
    const closing = this.selected === pointer;
    this.selected = closing ? null : pointer;
    await this.updateComplete;
    if (closing) {
      this.renderRoot.querySelector<HTMLElement>(`button.total[data-pointer="${CSS.escape(pointer)}"]`)?.focus();
    } else {
      this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
    }
  }
}
