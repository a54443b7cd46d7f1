/**
 * `<fp-rollover>`: the new-year wizard. An administrator turns last year's published pack into
 * the draft of the new year in eight steps, without writing JSON. Editor entry only.
 */
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { autoMatchCriteria, errorMessages, freeVersion, isIsoDate, loadPack, resolveAuthoredForm, rolloverPackId } from '@formplan/core';
import type { Bilingual, ChangeLogEntry, CriteriaMatch, CriteriaSet, FreeVersion, LoadResult, MetaSchemaDoc, PackSource, PackVersionRef, Store } from '@formplan/core';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { PackCheckController } from '../../controllers/pack-check-controller.js';
import { emit } from '../../events/emit.js';
import { pick } from '../../i18n/lang.js';
import { term } from '../../i18n/term.js';
import type { KeyOf } from '../../i18n/registry.js';
import { readCriteriaFile } from '../editor/panels/criteria-file.js';
import { buildRolloverDraft } from './rollover-draft.js';
import type { RolloverDraft } from './rollover-draft.js';
import { renderCarryStep, renderCriteriaStep, renderPickStep, renderStructureStep } from './rollover-steps.js';
import type { CriteriaMode, RolloverView } from './rollover-steps.js';
import { renderCreateStep, renderDeadlinesStep, renderPreviewStep, renderReviewStep } from './rollover-steps-late.js';
import type { LateView } from './rollover-steps-late.js';
import { readPreviewData } from './preview-data.js';
import { rolloverStyles } from './rollover.styles.js';
import './rollover-strings.js';

/** Detail of `fp-rollover-create`: the new draft pack, how it was made, and what it was made from. */
export interface FpRolloverCreateDetail {
  pack: PackSource;
  changes: ChangeLogEntry[];
  basedOn: { id: string; version: string };
}
export type FpRolloverCreateEvent = CustomEvent<FpRolloverCreateDetail>;
declare global {
  interface GlobalEventHandlersEventMap {
    'fp-rollover-create': FpRolloverCreateEvent;
  }
}

const STEPS = ['pick', 'carry', 'criteria', 'structure', 'deadlines', 'review', 'preview', 'create'] as const;
const STEP_KEYS = STEPS.map((s) => `step.${s}` as KeyOf<'rollover'>);

/**
 * @summary The new-year wizard: pick a pack and a year, then carry over, criteria set, structure,
 * deadlines, change log, preview with last year's data, create.
 *
 * Each step's heading takes focus when the step opens; the step list marks the current step with
 * `aria-current="step"`. Create is enabled only when core's `loadPack` accepts the new pack.
 *
 * @event fp-rollover-create - the administrator created the draft (`{ pack, changes, basedOn }`)
 * @csspart steps - the ordered list of steps
 * @csspart nav - the Back / Next / Create buttons
 */
export class FpRollover extends LitElement {
  static override styles = rolloverStyles;

  /** the published packs to start from */
  @property({ attribute: false }) packs: PackSource[] = [];
  /** the meta-schemas: a new pack and an imported criteria set are checked against them */
  @property({ attribute: false }) metaSchemas?: MetaSchemaDoc[];
  /**
   * every stored pack version, published or draft: when the new year's pack id has versions
   * already, the draft takes the next free one (core `freeVersion`) and the first step says so
   */
  @property({ attribute: false }) taken: readonly PackVersionRef[] = [];
  /** where last year's figures are read for the preview (optional) */
  @property({ attribute: false }) store?: Store;
  /** the interface language (`vi`/`en`); default the provider's, else `vi` */
  @property() override lang = '';
  /** check the new pack with the CSP-safe interpreter instead of ajv (a page under a strict CSP; see pack-check-controller.ts) */
  @property({ type: Boolean }) interpret = false;

  /** the open step, 0–7 */
  @state() step = 0;
  @state() private packIndex = 0;
  @state() private yearText = '';
  @state() private yearError?: Bilingual;
  @state() private carryTargets = true;
  @state() private carryTasks = true;
  @state() private criteriaMode: CriteriaMode = 'keep';
  @state() private pickedSetId = '';
  @state() private importedSet?: CriteriaSet;
  @state() private importErrors: Bilingual[] = [];
  @state() private criteriaRows: CriteriaMatch[] = [];
  @state() private manual = new Set<string>();
  @state() private leaveOut = new Set<string>();
  @state() private dues: Record<string, string> = {};
  @state() private dueErrors: Record<string, boolean> = {};
  @state() private stepError?: Bilingual;
  @state() private previewForm = '';
  @state() private previewWard = '';
  @state() private created = false;

  private readonly l10n = new LocalizeController(this);
  private readonly checker = new PackCheckController(this, () => void this.checkTask.run());
  private focusHeading = false;
  private cache?: { key: string; base: PackSource; set?: CriteriaSet; result: { draft: RolloverDraft } | { error: Bilingual } };

  private readonly checkTask = new Task(this, {
    args: () => [this.step === 7 ? this.draft?.pack : undefined, this.metaSchemas] as const,
    task: async ([pack, meta]): Promise<LoadResult | 'no-meta' | undefined> => {
      if (!pack) return undefined;
      if (!meta || meta.length === 0) return 'no-meta';
      await new Promise((r) => setTimeout(r, 0)); // let "checking" paint first
      return loadPack(pack, { metaSchemas: meta, ...await this.checker.ready() });
    },
  });

  private readonly previewTask = new Task(this, {
    args: () => [this.step === 6, this.store, this.base, this.previewForm, this.previewWard] as const,
    task: ([open, store, base, form, ward]) => (open && store && base && form && ward
      ? readPreviewData(store, { packId: base.manifest.id, packVersion: base.manifest.version, formId: form, ward })
      : Promise.resolve(undefined)),
  });

  /** The pack chosen to start from. */
  get base(): PackSource | undefined {
    return this.packs[this.packIndex];
  }

  /** The draft the current choices make (undefined while the year is not valid). */
  get draft(): RolloverDraft | undefined {
    const r = this.result();
    return r && 'draft' in r ? r.draft : undefined;
  }

  /** Resolves when the Create check (step 8) is done. */
  get checkComplete(): Promise<unknown> {
    return this.checkTask.taskComplete.catch(() => undefined);
  }

  /** Resolves when the preview's figures (step 7) are read. */
  get previewComplete(): Promise<unknown> {
    return this.previewTask.taskComplete.catch(() => undefined);
  }

  private get oldSet(): CriteriaSet | undefined {
    const b = this.base;
    if (!b) return undefined;
    const used = b.forms.map((f) => f['x-fp-from-criteria']).find((id) => typeof id === 'string');
    return b.criteriaSets.find((s) => s.id === used) ?? b.criteriaSets[0];
  }

  private get newSet(): CriteriaSet | undefined {
    if (this.criteriaMode === 'pick') return this.base?.criteriaSets.find((s) => s.id === this.pickedSetId);
    return this.criteriaMode === 'import' ? this.importedSet : undefined;
  }

  /** The new pack's version and the versions its id has already (undefined while no pack or year is chosen). */
  get newVersion(): FreeVersion | undefined {
    const year = Number(this.yearText);
    if (!this.base || !Number.isInteger(year)) return undefined;
    return freeVersion(rolloverPackId(this.base.manifest.id, year), this.taken);
  }

  private result(): { draft: RolloverDraft } | { error: Bilingual } | undefined {
    const base = this.base;
    if (!base || this.yearText.trim() === '') return undefined;
    const oldSet = this.oldSet;
    const newSet = this.newSet;
    const choices = {
      year: Number(this.yearText), version: this.newVersion?.version, carryTargets: this.carryTargets, carryTasks: this.carryTasks,
      criteria: oldSet && newSet ? { set: newSet, oldSetId: oldSet.id, mapping: Object.fromEntries(this.criteriaRows.map((m) => [m.old, m.new])) } : undefined,
      leaveOut: [...this.leaveOut], dues: this.dues,
    };
    const key = JSON.stringify({ ...choices, criteria: choices.criteria && { id: newSet?.id, mapping: choices.criteria.mapping } });
    if (this.cache?.key === key && this.cache.base === base && this.cache.set === newSet) return this.cache.result;
    let result: { draft: RolloverDraft } | { error: Bilingual };
    try {
      result = { draft: buildRolloverDraft(base, choices) };
    } catch (e) {
      result = { error: errorMessages(e, { vi: String(e), en: String(e) }) };
    }
    this.cache = { key, base, set: newSet, result };
    return result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('packs') && this.yearText === '' && this.base) this.yearText = String(this.base.manifest.year + 1);
  }

  protected override updated(): void {
    if (!this.focusHeading) return;
    this.focusHeading = false;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  private text(key: KeyOf<'rollover'>, params?: Record<string, string | number>): string {
    return this.l10n.term('rollover', key, params);
  }

  /** A wizard text in both languages (kept in state, shown in the language in effect). */
  private both(key: KeyOf<'rollover'>, params?: Record<string, string | number>): Bilingual {
    return { vi: term('vi', 'rollover', key, params), en: term('en', 'rollover', key, params) };
  }

  private go(step: number): void {
    this.step = Math.max(0, Math.min(STEPS.length - 1, step));
    this.stepError = undefined;
    this.focusHeading = true;
  }

  /** Moves on when the open step allows it; otherwise shows why and keeps the step. */
  next(): void {
    const r = this.result();
    if (this.step === 0) {
      if (this.yearText.trim() === '') this.yearError = this.both('yearEmpty');
      else if (r && 'error' in r) this.yearError = r.error;
      if (this.yearError || !r) {
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#year')?.focus());
        return;
      }
    } else if (this.step === 2 && this.criteriaMode !== 'keep' && !this.newSet) {
      this.stepError = this.both('fixFirst');
      return;
    } else if (r && 'error' in r) {
      this.stepError = r.error;
      return;
    }
    if (this.step === 5) this.openPreview();
    this.go(this.step + 1);
  }

  private openPreview(): void {
    const pack = this.draft?.pack;
    if (!pack) return;
    if (!pack.forms.some((f) => f['x-fp-id'] === this.previewForm)) this.previewForm = pack.forms[0]?.['x-fp-id'] ?? '';
    if (!this.previewWard) this.previewWard = this.base?.orgUnits.find((u) => u.level === 'ward')?.code ?? '';
  }

  private readonly on: RolloverView['on'] & LateView['on'] = {
    pack: (i) => {
      this.packIndex = i;
      this.yearText = String((this.base?.manifest.year ?? 0) + 1);
      this.yearError = undefined;
      this.criteriaMode = 'keep';
      this.importedSet = undefined;
      this.importErrors = [];
      this.criteriaRows = [];
      this.leaveOut = new Set();
      this.dues = {};
    },
    year: (text) => {
      this.yearText = text;
      this.yearError = undefined;
      this.dues = {};
    },
    carry: (what, on) => {
      if (what === 'targets') this.carryTargets = on;
      else this.carryTasks = on;
    },
    criteriaMode: (mode) => {
      this.criteriaMode = mode;
      this.stepError = undefined;
      if (mode === 'pick' && !this.pickedSetId) this.pickedSetId = this.base?.criteriaSets.find((s) => s.id !== this.oldSet?.id)?.id ?? '';
      this.rematch();
    },
    pickSet: (id) => {
      this.pickedSetId = id;
      this.rematch();
    },
    importFile: (file) => void this.importFile(file),
    map: (oldCode, newCode) => {
      this.criteriaRows = this.criteriaRows.map((m) => (m.old === oldCode ? { ...m, new: newCode } : m));
      this.manual = new Set([...this.manual, oldCode]);
    },
    carryForm: (id, on) => {
      const next = new Set(this.leaveOut);
      if (on) next.delete(id);
      else next.add(id);
      this.leaveOut = next;
    },
    due: (pointer, value) => {
      const ok = isIsoDate(value);
      this.dueErrors = { ...this.dueErrors, [pointer]: !ok };
      if (ok) this.dues = { ...this.dues, [pointer]: value };
    },
    previewForm: (id) => { this.previewForm = id; },
    previewWard: (code) => { this.previewWard = code; },
  };

  private rematch(): void {
    const oldSet = this.oldSet;
    const newSet = this.newSet;
    this.manual = new Set();
    this.criteriaRows = oldSet && newSet ? autoMatchCriteria(oldSet, newSet) : [];
  }

  /** Reads a criteria-set file; a refused file shows its problems and keeps the set imported before, if any. */
  private async importFile(file: File | undefined): Promise<void> {
    this.importErrors = [];
    if (!file) return;
    const r = await readCriteriaFile(file, this.metaSchemas);
    if (!r.ok) {
      this.importErrors = r.errors;
      return;
    }
    const clash = this.base?.criteriaSets.some((s) => s.id === r.set.id);
    if (clash) {
      this.importErrors = [this.both('criteria.sameId', { id: r.set.id })];
      return;
    }
    this.importedSet = r.set;
    this.importErrors = [];
    this.rematch();
  }

  private create(): void {
    const draft = this.draft;
    const base = this.base;
    const check = this.checkTask.value;
    if (!draft || !base || !check || check === 'no-meta' || !check.ok) return;
    this.created = true;
    emit(this, 'fp-rollover-create', {
      pack: structuredClone(draft.pack), changes: structuredClone(draft.changes),
      basedOn: { id: base.manifest.id, version: base.manifest.version },
    });
  }

  private lateView(draft: RolloverDraft, base: PackSource): LateView {
    const check = this.checkTask.value;
    const form = draft.pack.forms.find((f) => f['x-fp-id'] === this.previewForm);
    let previewSchema;
    try {
      previewSchema = form ? resolveAuthoredForm(draft.pack, form).schema : undefined;
    } catch {
      previewSchema = undefined;
    }
    const pv = this.previewTask;
    const data = pv.value;
    return {
      lang: this.l10n.lang, year: draft.pack.manifest.year, base, pack: draft.pack, changes: draft.changes,
      dues: this.dues, dueErrors: this.dueErrors, previewForm: this.previewForm, previewWard: this.previewWard, previewSchema,
      preview: !this.store ? { state: 'no-store' }
        : pv.status === TaskStatus.PENDING ? { state: 'loading' }
          : pv.status === TaskStatus.ERROR ? { state: 'failed', detail: errorMessages(pv.error, { vi: String(pv.error), en: String(pv.error) })[this.l10n.lang] ?? '' }
            : data ? { state: 'ready', data } : { state: 'none' },
      check: check === undefined ? { state: 'checking' } : check === 'no-meta' ? { state: 'no-meta' } : { state: 'done', errors: check.ok ? [] : check.errors },
      on: this.on,
    };
  }

  private renderStep(): TemplateResult {
    const base = this.base;
    const r = this.result();
    const draft = r && 'draft' in r ? r.draft : undefined;
    const view: RolloverView = {
      lang: this.l10n.lang, packs: this.packs, base, packIndex: this.packIndex, yearText: this.yearText, yearError: this.yearError,
      carryTargets: this.carryTargets, carryTasks: this.carryTasks, oldSet: this.oldSet, criteriaMode: this.criteriaMode,
      newVersion: this.newVersion, pickedSetId: this.pickedSetId, importedSet: this.importedSet, importErrors: this.importErrors, newSet: this.newSet,
      matches: this.criteriaRows, manual: this.manual, leaveOut: this.leaveOut, changes: draft?.changes ?? [], on: this.on,
    };
    switch (STEPS[this.step]) {
      case 'pick': return renderPickStep(view);
      case 'carry': return renderCarryStep(view);
      case 'criteria': return renderCriteriaStep(view);
      case 'structure': return renderStructureStep(view);
      default: break;
    }
    if (!draft || !base) return html``;
    const late = this.lateView(draft, base);
    switch (STEPS[this.step]) {
      case 'deadlines': return renderDeadlinesStep(late);
      case 'review': return renderReviewStep(late);
      case 'preview': return renderPreviewStep(late);
      default: return renderCreateStep(late);
    }
  }

  protected override render(): TemplateResult {
    const last = this.step === STEPS.length - 1;
    const check = this.checkTask.value;
    const canCreate = last && !!check && check !== 'no-meta' && check.ok && !this.created;
    const r = this.result();
    const buildError = this.step > 0 && r && 'error' in r ? r.error : this.stepError;
    return html`
      <section class="wizard" aria-labelledby="wizard-title" lang=${this.l10n.lang}>
        <h2 id="wizard-title">${this.text('title')}</h2>
        <ol class="steps" part="steps" aria-label=${this.text('stepsLabel')}>
          ${STEP_KEYS.map((k, i) => html`<li aria-current=${i === this.step ? 'step' : nothing} class=${i < this.step ? 'done' : ''}>${this.text(k)}</li>`)}
        </ol>
        <div class="step" data-step=${STEPS[this.step]}>
          <p class="step-of">${this.text('stepOf', { n: this.step + 1, total: STEPS.length })}</p>
          <h3 id="step-heading" tabindex="-1">${this.text(STEP_KEYS[this.step])}</h3>
          ${this.renderStep()}
          ${buildError ? html`<p class="error" role="alert" id="step-error">${pick(buildError, this.l10n.lang)}</p>` : nothing}
          ${this.created && this.draft ? html`<p role="status" class="ok">${this.text('created', { id: this.draft.pack.manifest.id })}</p>` : nothing}
        </div>
        <div class="nav" part="nav">
          <button type="button" id="back" ?disabled=${this.step === 0} @click=${() => this.go(this.step - 1)}>${this.text('back')}</button>
          ${last
            ? html`<button type="button" id="create" class="primary" ?disabled=${!canCreate} @click=${() => this.create()}>${this.text('create')}</button>`
            : html`<button type="button" id="next" class="primary" ?disabled=${this.packs.length === 0} @click=${() => this.next()}>${this.text('next')}</button>`}
        </div>
      </section>`;
  }
}
