/**
 * The report side of `<fp-assessment mode="self">`: what the district has of it (latest
 * revision, latest review), the confirm step, "Sửa và gửi lại", and the submission itself
 * through core's `submitAssessment` (which refuses invalid answers).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AssessmentScore, Bilingual, Code, CriteriaSet, PackSource, Store, SubmissionRecord } from '@formplan/core';
import { formatIsoDate, submitAssessment } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { term } from '../../i18n/term.js';
import { describeError } from '@formplan/core';
import type { AssessmentReport, SubmitHandlers, SubmitView } from './assessment-submit.js';
import { wardMayEdit } from './assessment-submit.js';

/** What the controller reads from its element at submission time. */
export interface ReportSource {
  pack: PackSource;
  criteria: CriteriaSet;
  score: AssessmentScore;
  answers: Record<Code, unknown>;
  evidence: Record<Code, string>;
  ward: string;
  year: number;
}

/** How the controller reaches its element. */
export interface ReportOptions {
  /** what to submit, or undefined while not ready */
  source(): ReportSource | undefined;
  store(): Store;
  clock(): Date;
  /** the default "Người lập biểu" */
  author(): string;
  /** saves pending edits; false when a save conflict stands in the way */
  flush(): Promise<boolean>;
  /** focuses the first element matching a selector in the element's root */
  focus(selector: string): void;
  /** called with each new revision */
  submitted(submission: SubmissionRecord): void;
}

function invalidOf(score: AssessmentScore | undefined): Bilingual[] {
  return (score?.reasons ?? []).filter((r) => r.code === 'invalid-answer').map((r) => r.message);
}

export class AssessmentReportController implements ReactiveController {
  /** latest revision sent and the district's latest review */
  report: AssessmentReport = {};
  editingAgain = false;
  confirming = false;
  preparer = '';
  busy = false;
  #notice?: (lang: Lang) => SubmitView['notice'];

  constructor(private readonly host: ReactiveControllerHost, private readonly opts: ReportOptions) {
    host.addController(this);
  }

  hostConnected(): void {
    // nothing to set up: state lives here, the host renders it
  }

  /** Takes a freshly loaded report; leaves any confirm step or "Sửa và gửi lại". */
  load(report: AssessmentReport): void {
    this.report = report;
    this.editingAgain = false;
    this.confirming = false;
    this.host.requestUpdate();
  }

  /** Whether the ward may change its answers now (given whether they differ from the latest sent revision). */
  mayEdit(unsent: boolean): boolean {
    return wardMayEdit(this.report, this.editingAgain, unsent);
  }

  /** What the submit section shows. */
  view(lang: Lang, pack: PackSource | undefined, editable: boolean, unsent: boolean): SubmitView {
    const period = pack?.calendar.periods.find((p) => p.id === this.report.key?.period);
    const notice = this.#notice?.(lang);
    return {
      lang, report: this.report, due: period?.due ?? null, editable, unsent,
      confirming: this.confirming, preparer: this.preparer, busy: this.busy, ...(notice ? { notice } : {}),
    };
  }

  private set(notice: ((lang: Lang) => SubmitView['notice']) | undefined): void {
    this.#notice = notice;
    this.host.requestUpdate();
  }

  private refuse(messages: Bilingual[]): void {
    this.confirming = false;
    this.set((l) => ({ kind: 'error', text: term(l, 'assessment', 'invalidAnswers', { count: messages.length }), items: messages.map((m) => pick(m, l)) }));
    this.opts.focus('[aria-invalid="true"]');
  }

  /**
   * Submits a new revision (the confirm step's action). Refused while any answer is invalid.
   * @returns whether it was submitted
   */
  async submit(): Promise<boolean> {
    const src = this.opts.source();
    if (!src) return false;
    const invalid = invalidOf(src.score);
    if (invalid.length > 0) {
      this.refuse(invalid);
      return false;
    }
    const author = this.preparer.trim();
    if (!author) {
      this.set((l) => ({ kind: 'error', text: term(l, 'assessment', 'preparerRequired') }));
      this.opts.focus('#preparer');
      return false;
    }
    this.busy = true;
    this.host.requestUpdate();
    try {
      if (!(await this.opts.flush())) {
        this.set((l) => ({ kind: 'error', text: term(l, 'ui', 'resolveConflictFirst') }));
        return false;
      }
      const r = await submitAssessment(this.opts.store(), src.pack, {
        criteriaSetId: src.criteria.id, ward: src.ward, year: src.year, answers: src.answers, evidence: src.evidence,
        cutOffDate: formatIsoDate(this.opts.clock()), author,
      });
      if (!r.ok) {
        this.refuse(r.problems.map((p) => p.message));
        return false;
      }
      const submission = r.value;
      this.report = { ...(this.report.key ? { key: this.report.key } : {}), latest: submission };
      this.editingAgain = false;
      this.confirming = false;
      this.set((l) => ({ kind: 'ok', text: term(l, 'assessment', 'submitted', { revision: submission.revision }) }));
      this.opts.submitted(submission);
      return true;
    } catch (error) {
      this.set((l) => ({ kind: 'error', text: term(l, 'assessment', 'notSubmitted', { detail: describeError(error, l) }) }));
      return false;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** What the submit section calls. */
  readonly handlers: SubmitHandlers = {
    ask: () => {
      const invalid = invalidOf(this.opts.source()?.score);
      if (invalid.length > 0) {
        this.refuse(invalid);
        return;
      }
      this.preparer = this.preparer || this.opts.author();
      this.confirming = true;
      this.set(undefined);
      this.opts.focus('#preparer');
    },
    confirm: () => void this.submit(),
    cancel: () => {
      this.confirming = false;
      this.host.requestUpdate();
    },
    editAgain: () => {
      this.editingAgain = true;
      this.set(undefined);
    },
    preparer: (text) => {
      this.preparer = text;
      this.host.requestUpdate();
    },
  };
}
