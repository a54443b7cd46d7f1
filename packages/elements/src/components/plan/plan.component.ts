import { LitElement, html } from 'lit';
import { describeError } from '@formplan/core';
import { LocalizeController } from '../../controllers/localize-controller.js';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { FigureSource, PackSource, PlanProgressRecord, Store, TargetContext } from '@formplan/core';
import { evaluateTargets } from '@formplan/core';
import { isFailed, loadSettled, renderFailure } from '../../controllers/load-task.js';
import { ServicesController } from '../../controllers/services-controller.js';
import { emit } from '../../events/emit.js';
import '../../events/fp-task-change.js';
import type { Lang } from '../../i18n/lang.js';
import { toLang } from '../../i18n/lang.js';
import { computePlanContext } from './plan-context.js';
import { renderPlanDocument } from './plan-document.js';
import type { TaskStatus, TrackerHandlers } from './plan-tracker.js';
import { renderTracker } from './plan-tracker.js';
import { PLAN_PAGE_CSS, planStyles } from './plan.styles.js';
import { term } from '../../i18n/term.js';
let pageSheetAdopted = false;

function adoptPageSheet(): void {
  if (pageSheetAdopted || typeof CSSStyleSheet === 'undefined') return;
  pageSheetAdopted = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PLAN_PAGE_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * @summary The year's plan: as the signed document (`view="document"`, printable) or as a
 * tracker of task progress and targets (`view="tracker"`).
 *
 * The document is built from pack data only (manifest issuer, document number/date/place; plan).
 * The tracker saves each task's status and note with `store.putPlanProgress` and evaluates the
 * targets with `evaluateTargets` against `context`, or, when `context` is not given, against
 * figures computed from the store (see `computePlanContext`: `wards_total`, `wards_assessed`,
 * `wards_recognised`, `wards_not_recognised` from stored assessments; `wards_plan_built` null;
 * `children_injured_serious`, `children_injury_deaths`, `children_participating`,
 * `children_total` from the latest year reports).
 *
 * @event fp-task-change - the user set a task's status or note (after it is stored)
 * @csspart document - the document view's article
 * @csspart document-header - the header block (issuer, number; national title, date)
 * @csspart document-footer - recipients and signature
 * @csspart signature - the signature block
 * @csspart assignment - an assignment block of section III
 * @csspart gap - the mark of text missing in the source
 * @csspart refs - legal references of a content item (screen only)
 * @csspart tracker - the tracker view
 * @csspart targets - the targets table
 * @csspart block - a block of tasks in the tracker
 * @cssproperty --fp-plan-font - the document's font (Times New Roman-like)
 * @cssproperty --fp-plan-size - the document's font size (14pt)
 * @cssproperty --fp-plan-paper - the document's background
 * @cssproperty --fp-plan-ok - colour of a met target
 * @cssproperty --fp-plan-bad - colour of a target not met and of errors
 * @cssproperty --fp-plan-muted - colour of secondary text
 */
export class FpPlan extends LitElement {
  /** the `<fp-provider .strings>` around this element apply to its texts */
  private readonly providerStrings = new LocalizeController(this);

  static override styles = [planStyles];

  /** the pack (manifest and plan) */
  @property({ attribute: false }) pack?: PackSource;
  /** `document` (the plan as signed) or `tracker` (progress and targets) */
  @property({ reflect: true }) view: 'document' | 'tracker' = 'document';
  /** the store; default: the provider's, else the page's default store (`services/defaults.ts`) */
  @property({ attribute: false }) store?: Store;
  /** figures for target bindings by name; default: computed from the store */
  @property({ attribute: false }) context?: Record<string, number | null>;
  /** criteria set for `wards_recognised`; default the pack's first */
  @property({ attribute: 'criteria-set' }) criteriaSet = '';
  /** report figures to compute when `context` is not given; default `defaultFigures(year)` */
  @property({ attribute: false }) figures?: Record<string, FigureSource>;

  @state() private progress = new Map<string, PlanProgressRecord>();
  @state() private computed?: TargetContext;
  /** why the last task change was not stored */
  @state() private error = '';

  private readonly services = new ServicesController(this, { store: () => this.store });
  /** the tracker's data (progress, figures), loaded again when its inputs change (tracker view only) */
  private readonly loadTask = new Task(this, {
    args: () => [this.pack, this.view, this.services.store, this.context, this.criteriaSet, this.figures] as const,
    task: async ([pack, view, store, context, criteriaSet, figures]) => {
      if (!pack || view !== 'tracker') return undefined;
      const [records, computed] = await Promise.all([
        store.listPlanProgress(pack.manifest.id, pack.manifest.version),
        context ? Promise.resolve(undefined) : computePlanContext(pack, store, { criteriaSet, ...(figures ? { figures } : {}) }),
      ]);
      return { records, computed };
    },
    onComplete: (loaded) => {
      if (!loaded) return;
      this.progress = new Map(loaded.records.map((r) => [r.taskCode, r]));
      this.computed = loaded.computed;
      this.error = '';
    },
  });

  /** The interface language: the `lang` attribute, else the locale context, else `vi`. */
  get uiLang(): Lang {
    return this.hasAttribute('lang') ? toLang(this.getAttribute('lang')) : this.services.providerLang ?? 'vi';
  }

  /** Resolves when the tracker's data (progress, figures) is loaded (or failed to) and rendered. */
  get loadComplete(): Promise<boolean> {
    return loadSettled(this, this.loadTask);
  }

  /** The figures the targets are evaluated against now. */
  get targetValues(): Record<string, number | null> {
    return this.context ?? this.computed?.values ?? {};
  }

  /** Reloads progress and computed figures from the store. */
  async reload(): Promise<void> {
    await this.loadTask.run();
  }

  /**
   * Sets a task's status and note, stores it and sends `fp-task-change`.
   * @param taskCode - the task code
   * @param status - the new status
   * @param note - the note (default: the stored one)
   */
  async setTask(taskCode: string, status?: TaskStatus, note?: string): Promise<void> {
    if (!this.pack) return;
    const cur = this.progress.get(taskCode);
    const input = {
      packId: this.pack.manifest.id,
      packVersion: this.pack.manifest.version,
      taskCode,
      status: status ?? cur?.status ?? 'not-started',
      note: (note ?? cur?.note ?? '').normalize('NFC'),
    };
    try {
      const rec = await this.services.store.putPlanProgress(input);
      const next = new Map(this.progress);
      next.set(taskCode, rec);
      this.progress = next;
      this.error = '';
      emit(this, 'fp-task-change', { taskCode, status: rec.status, note: rec.note });
    } catch (e) {
      this.error = term(this.uiLang, 'plan', 'saveFailed', { detail: String((e as Error)?.message ?? e) });
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.view === 'document') adoptPageSheet();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && this.view === 'document' && this.isConnected) adoptPageSheet();
  }

  private readonly handlers: TrackerHandlers = {
    status: (code, status) => void this.setTask(code, status),
    note: (code, note) => void this.setTask(code, undefined, note),
  };

  override render(): TemplateResult {
    const lang = this.uiLang;
    if (!this.pack) return html`<p>${term(lang, 'plan', 'noPack')}</p>`;
    if (this.view !== 'tracker') return renderPlanDocument(this.pack, lang);
    const ctx: Record<string, number | null> | TargetContext = this.context ?? this.computed ?? {};
    const targets = evaluateTargets(this.pack.plan, ctx);
    return html`<h2 class="tracker-title">${term(lang, 'plan', 'trackerLabel')}</h2>
      ${isFailed(this.loadTask) ? renderFailure(describeError(this.loadTask.error, lang), lang) : ''}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : ''}
      ${renderTracker({ pack: this.pack, lang, progress: this.progress, targets, values: this.targetValues }, this.handlers)}`;
  }
}
