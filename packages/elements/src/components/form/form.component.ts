/**
 * `<fp-form>`: a whole form. Schema mode: any JSON Schema 2020-12 object (`schema`) and its data
 * (`value`). Pack mode: a form of a pack (`pack`, `form`) for one ward and period, with its draft
 * loaded from the store and saved as the user types. Shows the header of the official appendix
 * form, the fields, an error summary after a submit attempt, and submits to the store after an
 * in-page confirm step. Pack mode follows core's `reportPolicy`: a period not in the plan does not
 * open; a locked period or an accepted report is read-only with the reason; a sent report is
 * read-only until the ward chooses "Sửa và gửi lại" (or the district returns or reopens it).
 */
import { describeError } from '@formplan/core';
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import type { FieldError, FormModel, SchemaNode, SubmissionRecord, Validator } from '@formplan/core';
import { AutosaveController, draftConflictOf, modelSession, sameDraftData } from '../../controllers/autosave-controller.js';
import type { SaveState } from '../../controllers/autosave-controller.js';
import { isPending, loadSettled, renderFailure, renderPending } from '../../controllers/load-task.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { draftJournalKey, localJournal } from '../../controllers/page-journal.js';
import { ModelController } from '../../controllers/model-controller.js';
import { ServicesController } from '../../controllers/services-controller.js';
import { emit } from '../../events/emit.js';
import { adoptPageRule, printStyles } from '../../styles/print-styles.js';
import { renderErrorSummary } from './error-summary.js';
import { buildModel, checkSchema, codeFailedNotice, invalidSchemaNotice, loadPackForm, noticeError, prepareSoon, readySoon } from './form-load.js';
import type { LoadedForm, Notice, PackFormRequest } from './form-load.js';
import { headerInfoOf, renderHeader, renderSignatures } from './form-header.js';
import { renderProblems, renderStatus } from './form-status.js';
import { nextRevision, readonlyText, renderActions, renderLifecycle, sentText } from './form-lifecycle.js';
import type { ReportLifecycle } from './form-lifecycle.js';
import { LifecycleController } from './lifecycle-controller.js';
import { deepQuery, focusPointerIn } from './deep-query.js';
import { formStyles } from './form.styles.js';
import { formView, sameFormView, submissionMeta } from './form-view.js';
import { term } from '../../i18n/form-term.js';
import { ExcelController, offerDownload } from './excel-controller.js';
import type { BieuImport } from '@formplan/core/xlsx';
import { renderExcelBar } from './excel-view.js';
import { excelStyles } from './excel.styles.js';
import type { Lang } from '../../i18n/lang.js';

/**
 * @summary A whole form: header, fields, error summary, autosave and submit.
 *
 * Services come from an enclosing `<fp-provider>`, else the page defaults (`services/defaults.ts`:
 * one shared `IdbStore`, used in pack mode only; the packs in that store; the system clock; the
 * built-in registry; one CSP-safe `InterpretingValidator`, or the precompiled validators of
 * `<fp-provider validators-src>`). Language: the own `lang` attribute, else the
 * provider's, else `vi`.
 *
 * @event fp-change - a renderer: the user changed a value (`{ path, value, isTriggeredByUser }`)
 * @event fp-saved - the draft was saved (`{ revision }`), pack mode
 * @event fp-invalid - a submit was refused (`{ errors }`)
 * @event fp-submit - the form was submitted (`{ value, submission? }`)
 * @event fp-excel-import - an uploaded Excel Biểu was written (`{ action: 'applied', report }`) or undone (`'restored'`)
 *
 * @csspart header - the header (title, ward, period, cut-off date)
 * @csspart letterhead - the print-only committee / national motto block
 * @csspart title - the form title
 * @csspart meta - the ward / period / cut-off list
 * @csspart status - the save status line (aria-live polite)
 * @csspart conflict - the draft conflict box with its two buttons
 * @csspart notice - a message (missing pack or form, invalid schema, store failure)
 * @csspart summary - the error summary
 * @csspart body - the fields
 * @csspart signatures - the signature block (print only unless a host shows it)
 * @csspart lifecycle - where the report stands (sent, revision not yet sent, returned, reopened, locked, accepted)
 * @csspart revise - the "Sửa và gửi lại" button of a sent report
 * @csspart confirm - the confirm step before a submission, with `confirm-send` and `confirm-cancel`
 * @csspart actions - the row of the submit button
 * @csspart submit - the submit button
 * @csspart excel - the Excel buttons (attribute `excel`, pack mode): download blank / with figures, upload, `excel-restore`
 * @csspart excel-dialog - the upload report dialog (modal), with `excel-apply` and `excel-cancel`
 * @csspart confirm-send - the "Gửi" button of the confirm step
 * @csspart confirm-cancel - the "Hủy" button of the confirm step
 * @csspart print-actions - the row of the print button (screen only)
 * @csspart print - the "In biểu mẫu" / "Print" button
 *
 * @cssproperty --fp-form-max-width - maximum width (default 72rem)
 * @cssproperty --fp-form-padding - padding (default 1rem)
 * @cssproperty --fp-form-gap - space between blocks (default 1rem)
 * @cssproperty --fp-color-primary - submit button colour
 * @cssproperty --fp-color-danger - error colour
 * @cssproperty --fp-color-link - error summary link colour
 *
 * @example
 * ```html
 * <fp-form pack="tay-ho-2018" form="bieu-02" ward="P00091" period="2018-H1"></fp-form>
 * <fp-form .schema=${schema} .value=${data}></fp-form>
 * ```
 */
export class FpForm extends LitElement {
  static override styles = [formStyles, excelStyles, printStyles];

  /** schema mode: any JSON Schema 2020-12 object (ignored when `pack` is set) */
  @property({ attribute: false }) schema?: SchemaNode;

  /** the form data: setting it loads data (not a user edit); reading it gives the current data */
  @property({ attribute: false })
  get value(): unknown {
    return this.model ? this.model.value : this.initialValue;
  }
  set value(v: unknown) {
    this.initialValue = v;
    this.model?.reset(v);
  }

  /** pack mode: the pack id */
  @property() pack = '';
  /** pack mode: the pack version (default: the newest) */
  @property({ attribute: 'pack-version' }) packVersion = '';
  /** pack mode: the form id (`x-fp-id`) */
  @property() form = '';
  /** pack mode: the ward's org unit code */
  @property() ward = '';
  /** pack mode: the period id of the calendar */
  @property() period = '';
  /** who submits (default: the preparer `thong_tin.nguoi_lap`) */
  @property() author = '';
  /** the interface language (`vi`/`en`); default: the provider's, else `vi` */
  @property() override lang = '';
  /** pack mode: shows the Excel buttons (download the Biểu, upload it filled) */
  @property({ type: Boolean, reflect: true }) excel = false;
  /** shows everything read-only: no autosave, no submit button */
  @property({ type: Boolean, reflect: true }) readonly = false;

  @state() private notice?: Notice;
  @state() private loadNotice?: Notice;
  @state() private submitNotice?: Notice;
  @state() private showSummary = false;
  @state() private model?: FormModel;

  private get summaryEl(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#summary');
  }

  private readonly l10n = new LocalizeController(this);
  private readonly services = new ServicesController(this);
  /** pack mode: where the report stands, "Sửa và gửi lại" chosen, the confirm step */
  private readonly life = new LifecycleController(this);
  private readonly autosave = new AutosaveController(this, {
    save: (data, revision) => {
      const loaded = this.loaded;
      if (!loaded) return Promise.reject(new Error('no draft'));
      return loaded.store.saveDraft(loaded.key, data, revision, this.author ? { author: this.author } : undefined);
    },
    conflictOf: draftConflictOf,
    sameData: sameDraftData,
    loadTheirs: (theirs) => this.model?.reset(theirs?.data ?? {}),
    journal: localJournal,
  });
  /** repaints only when what the template shows of the model changes (header values, shown errors) */
  private readonly view = new ModelController(this, {
    model: () => this.model,
    select: (m) => formView(m, this.showSummary),
    equals: sameFormView,
  });
  /** pack mode: loads the pack form and its draft whenever what names it or a service changes */
  private readonly packTask = new Task(this, {
    args: () => {
      const services = this.pack ? this.services : undefined; // schema mode opens no store
      return [this.pack, this.packVersion, this.form, this.ward, this.period, services?.store, services?.packs, services?.validator, services?.clock] as const;
    },
    task: ([packId, packVersion, formId, ward, period, store, packs, validator, clock], { signal }) =>
      this.loadPack(store && packs && validator && clock
        ? { packs, store, validator, packId, packVersion, formId, ward, period, clock: clock() }
        : undefined, signal),
  });
  /** pack mode: Excel download, upload report, apply and restore */
  private readonly xl = new ExcelController(this, () => (this.loaded && this.model ? {
    loaded: this.loaded, model: this.model, lang: this.l10n.lang,
    readOnlyReason: this.isReadOnly ? { vi: readonlyText(this.life.lifecycle, 'vi') ?? term('vi', 'excel', 'readonly'), en: readonlyText(this.life.lifecycle, 'en') ?? term('en', 'excel', 'readonly') } : undefined,
  } : undefined));
  private initialValue: unknown;
  /** the model autosave is attached to (pack mode) */
  private attachedTo?: FormModel;
  private loaded?: LoadedForm;
  /** schema mode: the validator and schema the model was built with (rebuilt when either changes) */
  private builtWith?: Validator;
  private builtSchema?: SchemaNode;
  /** schema mode: a schema that cannot be used, as the one error `validate()` reports */
  private schemaProblem?: FieldError;
  /** the pending deferred compile of a schema-mode form, or the load of its validator (see buildFromSchema) */
  private schemaCheck?: Promise<void>;
  /** schema mode: the validator and schema whose `ready()` has resolved (a model built before is rebuilt) */
  private readyFor?: { validator: Validator; schema: SchemaNode | undefined };

  /** The live form model (undefined while loading or when the form cannot be built). */
  get formModel(): FormModel | undefined {
    return this.model;
  }

  /** The revision of the stored draft this form last saved or loaded (pack mode). */
  get revision(): number {
    return this.autosave.revision;
  }

  /** The save state: `idle`, `saving`, `saved`, `failed` or `conflict`. */
  get saveState(): SaveState {
    return this.autosave.state;
  }

  /** Pack mode: where the report stands (status, editable, canSubmit, reason); undefined in schema mode. */
  get policy(): ReportLifecycle['policy'] | undefined {
    return this.life.lifecycle?.policy;
  }

  /** Whether the fields are read-only: the `readonly` attribute, or the report's policy (pack mode). */
  get isReadOnly(): boolean {
    return this.life.readOnly(this.readonly);
  }

  /** Resolves when the pack form is loaded (or failed to load) and rendered. */
  get loadComplete(): Promise<boolean> {
    return loadSettled(this, this.packTask);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptPageRule(this.ownerDocument);
    // schema mode: start loading the validator's code (the interpreter chunk) now, so a schema set
    // later is judged at once (the parser loads only for a schema with expressions)
    if (!this.pack) this.schemaCheck ??= readySoon(this.services.schemaValidator, {}, false, () => undefined, () => undefined);
  }

  /** Checks the whole form and shows every error (and the summary); sends nothing. @returns every problem (errors and warnings) */
  validate(): FieldError[] {
    if (!this.pack && (this.schema !== this.builtSchema || this.builtWith !== this.services.schemaValidator)) this.buildFromSchema();
    const prepared = this.model?.prepare();
    if (prepared && !prepared.ok) this.failSchema(invalidSchemaNotice(prepared.error));
    if (this.schemaProblem) return [this.schemaProblem];
    if (!this.model) return [];
    this.model.markSubmitted();
    this.showSummary = true;
    return this.model.errors;
  }

  /**
   * Submits: refuses with `fp-invalid` and the error summary when there are errors; else (pack
   * mode) saves the draft and appends a submission to the store, then sends `fp-submit`. Sends
   * nothing while read-only (sent and not revised, locked, accepted). Does not ask (the button does).
   * @returns the stored submission (pack mode), else undefined
   */
  async submit(): Promise<SubmissionRecord | undefined> {
    const model = this.model;
    void this.life.confirm(false);
    if (!model || !this.life.canSubmit(this.readonly)) return undefined;
    this.submitNotice = undefined;
    if (await this.refusedAsInvalid()) return undefined;
    const value = model.value;
    const loaded = this.loaded;
    if (!loaded) {
      emit(this, 'fp-submit', { value });
      return undefined;
    }
    await this.autosave.flush();
    if (this.autosave.state === 'conflict') {
      this.submitNotice = (l) => term(l, 'ui', 'resolveConflictFirst', {}, this.l10n.overrides);
      return undefined;
    }
    const { cutOffDate, author } = submissionMeta(model, this.services.clock(), this.author || undefined, loaded.key.ward);
    try {
      const submission = await loaded.store.submit({ key: loaded.key, data: value, cutOffDate, author });
      this.submitNotice = (l) => sentText(l, submission);
      await this.life.refresh(loaded, this.services.clock(), false).then(() => this.syncAutosave());
      emit(this, 'fp-submit', { value, submission });
      return submission;
    } catch (error) {
      this.submitNotice = (l) => term(l, 'ui', 'notSubmitted', { detail: describeError(error, l) }, this.l10n.overrides);
      await this.life.refresh(loaded, this.services.clock()).then(() => this.syncAutosave());
      return undefined;
    }
  }

  /** Shows the error summary and sends `fp-invalid` when the form has errors; true then. */
  private async refusedAsInvalid(): Promise<boolean> {
    const errors = this.validate().filter((e) => e.severity === 'error');
    if (errors.length === 0) return false;
    emit(this, 'fp-invalid', { errors });
    await this.updateComplete;
    this.summaryEl?.focus();
    return true;
  }

  /** The submit button: checks the form, then in pack mode asks "Gửi báo cáo lần N?" (Gửi / Hủy) in the page. */
  async requestSubmit(): Promise<void> {
    if (!this.loaded) return void (await this.submit());
    if (await this.refusedAsInvalid()) return;
    this.submitNotice = undefined;
    await this.life.confirm(true, () => this.partEl('confirm-send'));
  }

  /** "Sửa và gửi lại": a sent report awaiting review becomes editable, as a new draft on top of its last revision, marked as not yet sent. */
  async revise(): Promise<void> {
    if (!this.loaded || !this.life.startRevising()) return;
    this.submitNotice = undefined;
    this.syncAutosave();
    this.autosave.edited();
    await this.autosave.flush();
    await this.updateComplete;
    deepQuery<HTMLElement>(this.renderRoot, 'input:not([readonly]), select, textarea')?.focus();
  }

  /**
   * Pack mode: the form as an Excel Biểu (`.xlsx`), offered as a download unless `offer` is false.
   * @param opts - `blank`: a template without the draft's figures
   */
  async downloadExcel(opts: { blank?: boolean; offer?: boolean } = {}): Promise<File | undefined> {
    const file = await this.xl.workbook(opts.blank === true);
    if (file && opts.offer !== false) offerDownload(file, this.ownerDocument);
    return file;
  }

  /**
   * Pack mode: reads a filled Biểu and shows its per-cell report in a dialog; writes nothing (the
   * ward confirms, or call {@link applyImport}). A read-only report refuses it.
   * @returns the report (`ok: false` with `problem` when the whole file is refused)
   */
  async importExcel(file: Blob): Promise<BieuImport> {
    const report = await this.xl.read(file);
    await this.updateComplete;
    this.partEl('excel-dialog')?.querySelector<HTMLElement>('button')?.focus();
    return report;
  }

  /** Writes a report's taken cells into the form (saved as edits) and sends `fp-excel-import`. @returns whether anything was written */
  applyImport(report: BieuImport): boolean {
    const done = this.xl.apply(report);
    if (done) emit(this, 'fp-excel-import', { action: 'applied', report });
    void this.updateComplete.then(() => this.partEl(done ? 'excel-restore' : 'excel-upload')?.focus());
    return done;
  }

  /** Puts back the values the last applied upload replaced and sends `fp-excel-import`. @returns whether anything was restored */
  restoreImport(): boolean {
    const undone = this.xl.restore();
    if (undone) emit(this, 'fp-excel-import', { action: 'restored', report: undone.report });
    return undone !== undefined;
  }

  private partEl(name: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[part="${name}"]`);
  }

  /** Saves the draft now if edits wait (pack mode). */
  flush(): Promise<void> {
    return this.autosave.flush();
  }

  /**
   * Pack mode: reads the report's state again from the store (a return, reopening or acceptance
   * that arrived meanwhile, e.g. by sync) and shows it; the fields keep what the ward typed.
   */
  async refresh(): Promise<void> {
    const loaded = this.loaded;
    if (!loaded) return;
    // an open "Gửi báo cáo?" stays open while the report can still be sent
    await this.life.refresh(loaded, this.services.clock(), this.life.revising, this.life.confirming);
    this.syncAutosave();
    await this.updateComplete;
  }

  /**
   * Focuses the input of the value at a JSON Pointer (searching the renderers' shadow roots).
   * @returns whether something was focused
   */
  focusField(pointer: string): boolean {
    return focusPointerIn(this.renderRoot, pointer) !== null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.pack) {
      if (changed.has('readonly')) this.syncAutosave();
    } else if (changed.has('pack') || this.builtSchema !== this.schema || this.builtWith !== this.services.schemaValidator) {
      this.buildFromSchema();
    }
  }

  private buildFromSchema(): void {
    this.builtWith = this.services.schemaValidator;
    this.builtSchema = this.schema;
    this.schemaProblem = undefined;
    this.autosave.detach();
    this.attachedTo = undefined;
    this.loaded = undefined;
    this.notice = undefined;
    this.submitNotice = undefined;
    this.showSummary = false;
    const value = this.value;
    if (this.schema === undefined) {
      this.model = undefined;
      return;
    }
    const built = buildModel(this.schema, this.builtWith, value);
    this.model = built.model;
    if (built.notice) this.failSchema(built.notice);
    const model = built.model;
    if (!model) return;
    const current = (): boolean => this.model === model;
    const failed = (error: unknown): void => {
      if (current()) this.failSchema(invalidSchemaNotice(error));
    };
    const { builtWith: validator, builtSchema: schema } = this;
    const ready = this.readyFor?.validator === validator && this.readyFor.schema === schema;
    // a validator that loads its code on demand: once loaded, the same model judges anew and the
    // schema is checked at once (the fields have painted meanwhile); only a model whose
    // expressions waited for the parser is built again
    const loading = ready && !built.parserMissing ? undefined : readySoon(validator, schema, built.parserMissing, () => {
      this.readyFor = { validator, schema };
      if (!current()) return;
      if (built.parserMissing) {
        this.builtSchema = undefined;
        this.requestUpdate();
        return;
      }
      model.recheck();
      checkSchema(model, failed);
    }, (error) => {
      if (current()) this.failSchema(codeFailedNotice(error));
    });
    // see prepareSoon: a schema the validator refuses ends in the translated notice
    this.schemaCheck = loading ?? prepareSoon(model, current, failed);
  }

  /** Schema mode: shows why the schema cannot be used; `validate()` then reports it as an error. */
  private failSchema(notice: Notice): void {
    this.model = undefined;
    this.notice = notice;
    this.schemaProblem = noticeError(notice);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // a settled check may start another (the validator loaded, the model rebuilt and checked)
    for (let check = this.schemaCheck; check; check = this.schemaCheck === check ? undefined : this.schemaCheck) {
      await check;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private async loadPack(req: PackFormRequest | undefined, signal: AbortSignal): Promise<void> {
    if (!req) return;
    await this.autosave.flush();
    if (signal.aborted) return;
    this.autosave.detach();
    this.attachedTo = undefined;
    this.loaded = undefined;
    this.model = undefined;
    this.life.reset(undefined);
    this.xl.reset();
    this.notice = this.loadNotice = this.submitNotice = undefined;
    this.showSummary = false;
    const result = await loadPackForm(req);
    if (signal.aborted) return;
    if (!result.form) {
      this.notice = result.notice;
      return;
    }
    this.loaded = { ...result.form, store: req.store };
    this.loadNotice = result.form.notice;
    this.life.reset(result.form.lifecycle);
    this.model = result.form.model;
    this.syncAutosave();
  }

  private syncAutosave(): void {
    const loaded = this.loaded;
    if (!loaded || !this.model) return;
    if (this.isReadOnly) {
      this.attachedTo = undefined;
      void this.autosave.flush().then(() => {
        if (this.isReadOnly) this.autosave.detach();
      });
      return;
    }
    if (this.attachedTo === this.model) return;
    this.attachedTo = this.model;
    this.autosave.attach(modelSession(this.model, this.autosave.revision || loaded.revision, draftJournalKey(loaded.store, loaded.key)));
  }

  private renderExcel(lang: Lang, readonly: boolean) {
    const actions = {
      download: (blank: boolean) => void this.downloadExcel({ blank }),
      upload: (file: File) => void this.importExcel(file),
      apply: () => this.xl.pending && this.applyImport(this.xl.pending.report),
      cancel: () => {
        this.xl.cancel();
        void this.updateComplete.then(() => this.partEl('excel-upload')?.querySelector('input')?.focus());
      },
      restore: () => this.restoreImport(),
    };
    const reason = readonly ? readonlyText(this.life.lifecycle, lang) ?? term(lang, 'excel', 'readonly') : undefined;
    return html`${renderExcelBar(this.xl, lang, reason, actions)}${this.xl.pending && this.xl.dialog ? this.xl.dialog(this.renderRoot, this.xl.pending, lang, actions) : nothing}`;
  }

  override render() {
    const lang = this.l10n.lang;
    if (this.notice) return renderFailure(this.notice(lang), lang);
    const model = this.model;
    if (!model) return isPending(this.packTask) ? renderPending(this.l10n.term('ui', 'loading'), lang) : nothing;
    const { header, errors } = this.view.value ?? formView(model, this.showSummary);
    const readonly = this.isReadOnly;
    const canSubmit = this.life.canSubmit(this.readonly);
    const { lifecycle, revising, confirming } = this.life;
    return html`<div class="form" lang=${lang} role="form" aria-labelledby="title">
      ${renderHeader(headerInfoOf(this.loaded && { pack: this.loaded.pack, title: this.loaded.resolved.title, ward: this.ward, period: this.period },
        this.model?.schema ?? this.schema, header.cutOff, lang), lang)} ${renderStatus(this.autosave, lang, readonly, readonlyText(lifecycle, lang))}
      ${renderLifecycle(lifecycle, lang, revising, { revise: () => void this.revise() })}
      ${renderProblems(this.autosave, lang, this.loadNotice)}
      ${this.excel && this.loaded ? this.renderExcel(lang, readonly) : nothing}
      ${renderErrorSummary({
        errors, lang, fields: this.loaded?.resolved.fields, schema: model.schema, onActivate: (p) => this.focusField(p),
      })}
      <div part="body">
        <fp-field .model=${model} .schema=${model.schema} pointer="" .lang=${lang} .readonly=${readonly} .registry=${this.services.registry}></fp-field>
      </div>
      ${renderSignatures(lang, header.preparer, header.signer)}
      ${renderActions({
        lang, canSubmit, confirming: this.loaded ? confirming : undefined, revision: nextRevision(lifecycle), label: this.l10n.term('ui', 'submit'),
        notice: this.submitNotice?.(lang), submit: () => void this.requestSubmit(), send: () => void this.submit(), cancel: () => void this.life.confirm(false, () => this.partEl('submit')),
      })}
      <div part="print-actions" class="screen-only"><button type="button" part="print" @click=${() => window.print()}>${this.l10n.term('ui', 'printForm')}</button></div>
    </div>`;
  }
}
