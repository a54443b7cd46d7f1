import { LitElement, html, nothing } from 'lit';
import { describeError } from '@formplan/core';
import { LocalizeController } from '../../controllers/localize-controller.js';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type {
  AssessmentInput, AssessmentRecord, AssessmentScore, Code, CriteriaSet, IndicatorVerification, PackSource,
  PrefilledAnswer, Store,
} from '@formplan/core';
import {
  AssessmentConflictError, assessmentDiffersFrom, formatVietnameseNumber, latestSubmissions, prefillAnswers, readAssessmentAcrossVersions, scoreAssessment,
  verificationOfRecord,
} from '@formplan/core';
import { numberFromText, syncNumberInput } from '../../cells/number-cell.js';
import { AutosaveController } from '../../controllers/autosave-controller.js';
import { isFailed, isPending, loadSettled, renderFailure, renderPending } from '../../controllers/load-task.js';
import { ServicesController } from '../../controllers/services-controller.js';
import { emit } from '../../events/emit.js';
import '../../events/fp-assessment-change.js';
import type { Lang } from '../../i18n/lang.js';
import { pick, toLang } from '../../i18n/lang.js';
import { effectiveAnswers, ownValue, pickCriteriaSet, prefillReports, prefillSourceText } from './assessment-data.js';
import type { AssessmentReport } from './assessment-submit.js';
import { loadAssessmentReport, renderReportForDistrict, renderSubmitSection } from './assessment-submit.js';
import { AssessmentReportController } from './assessment-report-controller.js';
import { assessmentInput, journaledAssessment } from './assessment-data.js';
import { assessmentJournalKey, localJournal } from '../../controllers/page-journal.js';
import type { IndicatorHandlers } from './assessment-indicator.js';
import { renderIndicator } from './assessment-indicator.js';
import { renderSummary } from './assessment-summary.js';
import { assessmentStyles } from './assessment.styles.js';
import { term } from '../../i18n/term.js';

/**
 * @summary A ward's child-friendly self-assessment (QĐ 34/2014 style), or the district's
 * verification of it, with the live score and recognition result.
 *
 * Loads the ward's stored assessment and its latest submitted reports (for prefill through the
 * indicators' bindings), scores every change with `scoreAssessment` and saves through
 * `store.saveAssessment` guarded by the revision, with the same autosave as `<fp-form>`
 * (debounced, and at once when the page is hidden or left). A conflict shows a message and
 * stops saving until the user chooses; it never overwrites silently.
 *
 * Saved answers are the ward's own answers plus prefilled values it kept, so the stored record
 * scores the same at the district. The district's decisions (verdict, granted points, the answer
 * decided on) are kept in `verification.indicators` (core's `storedDecisions` /
 * `verificationOfRecord`); an answer changed after a decision shows the decision as stale.
 *
 * In `self` mode the assessment is also a report: "Gửi bản tự đánh giá" (with a confirm step)
 * submits it through core's `submitAssessment` as the pack's generated form for its period, so
 * the calendar, the district's review (accept / return) and the exchange file treat it as any
 * report. Once sent it is read-only until "Sửa và gửi lại" or a return; accepted is final.
 *
 * @event fp-assessment-change - the user changed something; `detail.score` is the new score
 * @event fp-saved - the assessment was saved; `detail.revision`
 * @event fp-submit - the ward submitted it; `detail.submission` is the stored revision
 * @csspart criterion - a criterion's fieldset
 * @csspart indicator - an indicator's fieldset
 * @csspart answer-input - a number answer input
 * @csspart evidence - an evidence textarea
 * @csspart source - the prefilled value and its source
 * @csspart summary - the live result region
 * @csspart stale - the note that an answer changed after the district verified it
 * @csspart report - the submit section (status, confirm step, "Sửa và gửi lại")
 * @csspart submit - the "Gửi bản tự đánh giá" button
 * @cssproperty --fp-assessment-gap - spacing
 * @cssproperty --fp-assessment-border - border colour
 * @cssproperty --fp-assessment-ok - colour of a recognised result
 * @cssproperty --fp-assessment-bad - colour of errors and a not-recognised result
 */
export class FpAssessment extends LitElement {
  /** the `<fp-provider .strings>` around this element apply to its texts */
  private readonly providerStrings = new LocalizeController(this);

  static override styles = [assessmentStyles];

  /** the pack (criteria sets, org units, calendar, forms) */
  @property({ attribute: false }) pack?: PackSource;
  /** id of the criteria set; default: the pack's first */
  @property({ attribute: 'criteria-set' }) criteriaSet = '';
  /** org unit code of the ward */
  @property() ward = '';
  /** assessment year; default: the pack's year */
  @property({ type: Number }) year?: number;
  /** `self`: the ward fills in; `verify`: the district verifies (answers read-only) */
  @property() mode: 'self' | 'verify' = 'self';
  /** who verifies (stored in `verification.by`) */
  @property() verifier = '';
  /** who prepares the ward's submission (the confirm step's "Người lập biểu" starts with it) */
  @property() author = '';
  /** milliseconds between the last edit and the save */
  @property({ type: Number, attribute: 'save-delay' }) saveDelay = 600;
  /** the store; default: the provider's, else the page's default store (`services/defaults.ts`) */
  @property({ attribute: false }) store?: Store;

  @state() private answers: Record<Code, unknown> = {};
  @state() private evidence: Record<Code, string> = {};
  @state() private decisions: Record<Code, IndicatorVerification> = {};
  @state() private prefill: Record<Code, PrefilledAnswer> = {};
  @state() private periodOf = new Map<string, string>();

  #record?: AssessmentRecord;
  private readonly services = new ServicesController(this, { store: () => this.store });
  private readonly autosave = new AutosaveController<AssessmentInput, AssessmentRecord>(this, {
    save: async (input, revision) => {
      const record = await this.services.store.saveAssessment(input, revision);
      this.#record = record;
      return record;
    },
    conflictOf: (e) => (e instanceof AssessmentConflictError ? { stored: e.stored } : undefined),
    loadTheirs: () => void this.reload(),
    delay: this.saveDelay,
    journal: localJournal,
  });
  private readonly reportCtl = new AssessmentReportController(this, {
    source: () => {
      const cs = this.criteria;
      const score = this.score;
      if (!this.pack || !cs || !score) return undefined;
      return {
        pack: this.pack, criteria: cs, score, answers: effectiveAnswers(cs, this.answers, this.prefill),
        evidence: { ...this.evidence }, ward: this.ward, year: this.year ?? this.pack.manifest.year,
      };
    },
    store: () => this.services.store,
    clock: () => this.services.clock(),
    author: () => this.author,
    flush: async () => {
      await this.autosave.flush();
      return this.autosave.state !== 'conflict';
    },
    focus: (selector) => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus()),
    submitted: (submission) => emit(this, 'fp-submit', { value: submission.data, submission }),
  });
  /** the stored assessment and the reports for prefill, loaded again when what names them changes */
  private readonly loadTask = new Task(this, {
    args: () => [this.pack, this.criteria, this.ward, this.year, this.services.store] as const,
    task: async ([pack, cs, ward, year, store]) => {
      if (!pack || !cs || !ward) return undefined;
      const key = { packId: pack.manifest.id, packVersion: pack.manifest.version, criteriaSetId: cs.id, ward, year: year ?? pack.manifest.year };
      const [record, subs, report] = await Promise.all([
        // the ward's assessment of the year, also when saved under an older version of the pack
        readAssessmentAcrossVersions(store, key),
        latestSubmissions(store, { packId: pack.manifest.id, ward }),
        loadAssessmentReport(store, pack, cs.id, ward, key.year),
      ]);
      const { reports, periodOf } = prefillReports(pack, subs);
      return { record, periodOf, report, prefill: prefillAnswers(cs, reports) };
    },
    onComplete: (loaded) => {
      if (loaded) this.apply(loaded.record, loaded.prefill, loaded.periodOf, loaded.report);
    },
  });

  /** The interface language: the `lang` attribute, else the locale context, else `vi`. */
  get uiLang(): Lang {
    return this.hasAttribute('lang') ? toLang(this.getAttribute('lang')) : this.services.providerLang ?? 'vi';
  }

  /** The criteria set in use. */
  get criteria(): CriteriaSet | undefined {
    return pickCriteriaSet(this.pack, this.criteriaSet);
  }

  /** The stored revision this element edits (0: nothing stored yet). */
  get revision(): number {
    return this.autosave.revision;
  }

  /** The live score, or undefined while there is no pack or criteria set. */
  get score(): AssessmentScore | undefined {
    const cs = this.criteria;
    if (!cs) return undefined;
    const unit = this.pack?.orgUnits.find((u) => u.code === this.ward);
    return scoreAssessment(cs, effectiveAnswers(cs, this.answers, this.prefill), {
      localityClass: unit?.localityClass ?? '', verification: this.decisions,
    });
  }

  /** Whether the ward's answers are read-only now: always in verify mode; once sent, until "Sửa và gửi lại" or a return; for good once accepted. */
  get readonly(): boolean {
    return this.mode === 'verify' || !this.reportCtl.mayEdit(this.unsent);
  }

  /** The current answers differ from the latest revision sent to the district. */
  private get unsent(): boolean {
    const cs = this.criteria;
    const latest = this.reportCtl.report.latest;
    if (!cs || !latest) return false;
    return assessmentDiffersFrom(cs, { answers: effectiveAnswers(cs, this.answers, this.prefill), evidence: this.evidence }, latest.data);
  }

  /** Resolves when the current load finished (done or failed) and its outcome is rendered. */
  get loadComplete(): Promise<boolean> {
    return loadSettled(this, this.loadTask);
  }

  /** Saves now (the debounced save, without waiting); waits for a save in flight first. Does nothing while a conflict is shown or nothing changed. */
  save(): Promise<void> {
    return this.autosave.flush();
  }

  /** Reloads the stored assessment and the reports (drops unsaved edits). */
  async reload(): Promise<void> {
    await this.loadTask.run();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('saveDelay')) this.autosave.delay = this.saveDelay;
  }

  protected override updated(): void {
    const eff = this.criteria ? effectiveAnswers(this.criteria, this.answers, this.prefill) : {};
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[data-number="answer"]')) {
      syncNumberInput(input, ownValue(eff, input.dataset.code ?? '') ?? undefined);
    }
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[data-number="verified"]')) {
      const p = ownValue(this.decisions, input.dataset.code ?? '')?.points;
      if (document.activeElement !== this || this.shadowRoot?.activeElement !== input) {
        input.value = p === undefined ? '' : formatVietnameseNumber(p);
      }
    }
  }

  private apply(record: AssessmentRecord | undefined, prefill: Record<Code, PrefilledAnswer>, periodOf: Map<string, string>, report: AssessmentReport): void {
    this.#record = record;
    this.answers = { ...(record?.answers ?? {}) };
    this.evidence = { ...(record?.evidence ?? {}) };
    this.prefill = prefill;
    this.periodOf = periodOf;
    this.reportCtl.load(report);
    this.decisions = record ? verificationOfRecord(record) : {};
    const input = this.recordInput();
    this.autosave.attach({
      data: () => this.recordInput(),
      // a record of an older version of the year's pack is the start of this version's record
      revision: record && record.packVersion === this.pack?.manifest.version ? record.revision : 0,
      journalKey: input && assessmentJournalKey(this.services.store, input),
      restore: (data) => this.restore(data),
    });
  }

  /** Puts a journaled assessment (edits a closed page had not saved) back into the page. */
  private restore(data: unknown): boolean {
    const j = journaledAssessment(data);
    if (!j) return false;
    this.answers = j.answers;
    this.evidence = j.evidence;
    if (this.mode === 'verify' && j.decisions) this.decisions = j.decisions;
    return true;
  }

  private recordInput(): AssessmentInput | undefined {
    const cs = this.criteria;
    if (!this.pack || !cs || !this.ward) return undefined;
    return assessmentInput({
      pack: this.pack, criteriaSet: cs, ward: this.ward, year: this.year, answers: this.answers, prefill: this.prefill,
      evidence: this.evidence, record: this.#record, now: this.services.clock(),
      verify: this.mode === 'verify' ? { by: this.verifier, decisions: this.decisions } : undefined,
    });
  }

  private answerOf(code: string): unknown {
    const cs = this.criteria;
    return cs ? ownValue(effectiveAnswers(cs, this.answers, this.prefill), code) ?? null : null;
  }

  /**
   * Submits the self-assessment to the district as a new revision of its report (what the
   * confirm step's button does). Refused while any answer is invalid, e.g. out of range.
   * @returns whether it was submitted
   */
  submit(): Promise<boolean> {
    return this.mode === 'self' && !this.readonly ? this.reportCtl.submit() : Promise.resolve(false);
  }

  private changed(indicator: string): void {
    this.autosave.edited();
    const score = this.score;
    if (score) emit(this, 'fp-assessment-change', { score, indicator });
  }

  private readonly handlers: IndicatorHandlers = {
    answer: (code, value) => {
      if (this.readonly) return;
      const v = typeof value === 'string' ? numberFromText(value) : value;
      this.answers = { ...this.answers, [code]: v === undefined ? null : v };
      this.changed(code);
    },
    evidence: (code, text) => {
      if (this.readonly) return;
      this.evidence = { ...this.evidence, [code]: text.normalize('NFC') };
      this.changed(code);
    },
    decide: (code, decision) => {
      if (this.mode !== 'verify') return;
      const next = { ...this.decisions };
      if (decision) next[code] = { ...decision, answer: this.answerOf(code) };
      else delete next[code];
      this.decisions = next;
      this.changed(code);
    },
    verifiedPoints: (code, points) => {
      if (this.mode !== 'verify') return;
      const cur = ownValue(this.decisions, code);
      const next = { ...this.decisions };
      const answer = this.answerOf(code);
      if (points !== undefined) next[code] = { accepted: cur?.accepted ?? true, points, answer };
      else if (cur) next[code] = { accepted: cur.accepted, answer };
      this.decisions = next;
      this.changed(code);
    },
  };

  private renderSaveState(lang: Lang): TemplateResult {
    const a = this.autosave;
    if (a.state === 'conflict') {
      return html`<div class="conflict" role="alert">
        <p>${term(lang, 'assessment', 'conflict', { stored: a.theirs?.revision ?? 0 })}</p>
        <button type="button" @click=${() => a.loadTheirs()}>${term(lang, 'ui', 'loadTheirs')}</button>
        <button type="button" @click=${() => void a.keepMine()}>${term(lang, 'ui', 'keepMine')}</button>
      </div>`;
    }
    const text = a.state === 'saving' ? term(lang, 'ui', 'saving')
      : a.state === 'saved' ? term(lang, 'ui', 'saved')
        : a.state === 'failed' ? `${term(lang, 'ui', 'saveFailed')}: ${a.error ? pick(a.error, lang) : ''}` : '';
    return html`<p class="save-state" role=${a.state === 'failed' ? 'alert' : 'status'}>${text}</p>`;
  }

  override render(): TemplateResult {
    const lang = this.uiLang;
    if (!this.pack) return html`<p>${term(lang, 'assessment', 'noPack')}</p>`;
    const cs = this.criteria;
    if (!cs) return html`<p role="alert">${term(lang, 'assessment', 'noCriteria', { id: this.criteriaSet })}</p>`;
    if (!this.ward) return html`<p role="alert">${term(lang, 'assessment', 'noWard')}</p>`;
    const unit = this.pack.orgUnits.find((u) => u.code === this.ward);
    if (!unit) return html`<p role="alert">${term(lang, 'assessment', 'unknownWard', { ward: this.ward })}</p>`;
    if (isFailed(this.loadTask)) return renderFailure(term(lang, 'ui', 'storeFailed', { detail: describeError(this.loadTask.error, lang) }), lang);
    const score = this.score as AssessmentScore;
    const eff = effectiveAnswers(cs, this.answers, this.prefill);
    const year = this.year ?? this.pack.manifest.year;
    const readonly = this.readonly;
    return html`<h2>${term(lang, 'assessment', this.mode === 'verify' ? 'headingVerify' : 'heading', { ward: unit.name, year: String(year) })}</h2>
      <p class="legal">${pick(cs.title, lang)} — ${cs.legalBasis}</p>
      ${isPending(this.loadTask) ? renderPending(term(lang, 'ui', 'loading'), lang) : nothing}
      ${this.renderSaveState(lang)}
      ${cs.criteria.map((c) => {
        const cScore = score.criteria.find((x) => x.code === c.code);
        return html`<fieldset class="criterion" part="criterion" data-criterion=${c.code}>
          <legend><span class="code">${c.code}</span> ${pick(c.title, lang)}
            (${term(lang, 'assessment', 'maxPoints', { max: formatVietnameseNumber(c.maxPoints) })})</legend>
          ${c.indicators.map((ind) => {
            const iScore = score.indicators.find((x) => x.code === ind.code);
            const invalid = score.reasons.find((r) => r.code === 'invalid-answer' && r.indicator === ind.code);
            const decision = ownValue(this.decisions, ind.code);
            const prefill = ownValue(this.prefill, ind.code);
            return iScore ? renderIndicator({
              indicator: ind,
              lang,
              mode: this.mode === 'verify' ? 'verify' : 'self',
              readonly,
              answer: ownValue(eff, ind.code),
              own: Object.prototype.hasOwnProperty.call(this.answers, ind.code),
              ...(prefill ? { prefill } : {}),
              ...(prefill ? { prefillText: prefillSourceText(this.pack as PackSource, prefill.source, this.periodOf, lang) } : {}),
              evidence: ownValue(this.evidence, ind.code) ?? '',
              score: iScore,
              ...(invalid ? { invalid: pick(invalid.message, lang) } : {}),
              ...(iScore.stale ? { stale: term(lang, 'assessment', 'stale') } : {}),
              ...(decision ? { decision } : {}),
            }, this.handlers) : nothing;
          })}
          <output class="criterion-points" data-criterion-points=${c.code}>${term(lang, 'assessment', 'criterionPoints', {
            code: c.code, points: formatVietnameseNumber(cScore?.points ?? 0), max: formatVietnameseNumber(c.maxPoints),
          })}</output>
        </fieldset>`;
      })}
      ${renderSummary(score, cs.recognition.thresholds.find((x) => x.localityClass === unit.localityClass), lang)}
      ${this.mode === 'self' ? this.renderReport(lang, readonly) : renderReportForDistrict(this.reportCtl.report, lang)}`;
  }

  private renderReport(lang: Lang, readonly: boolean): TemplateResult {
    return renderSubmitSection(this.reportCtl.view(lang, this.pack, !readonly, this.unsent), this.reportCtl.handlers);
  }
}
