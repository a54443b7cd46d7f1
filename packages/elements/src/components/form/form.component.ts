/**
 * `<fp-form>`: a whole form. Schema mode: any JSON Schema 2020-12 object (`schema`) and its data
 * (`value`). Pack mode: a form of a pack (`pack`, `form`) for one ward and period, with its draft
 * loaded from the store and saved as the user types. Shows the header of the official appendix
 * form, the fields, an error summary after a submit attempt, and submits to the store.
 */
import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { AjvValidator, IdbStore } from '@formplan/core';
import type { FieldError, FormModel, SchemaNode, Store, SubmissionRecord, Validator } from '@formplan/core';
import type { Clock } from '../../contexts/clock-context.js';
import { clockContext } from '../../contexts/clock-context.js';
import { packRegistryContext } from '../../contexts/pack-registry-context.js';
import { rendererRegistryContext } from '../../contexts/renderer-registry-context.js';
import { storeContext } from '../../contexts/store-context.js';
import { validatorContext } from '../../contexts/validator-context.js';
import { AutosaveController } from '../../controllers/autosave-controller.js';
import type { SaveState } from '../../controllers/autosave-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { emit } from '../../events/emit.js';
import { pick } from '../../i18n/lang.js';
import { defaultRegistry } from '../../renderers/default-registry.js';
import type { RendererRegistry } from '../../renderers/registry.js';
import { StorePackRegistry } from '../../services/pack-registry.js';
import type { PackRegistry } from '../../services/pack-registry.js';
import { adoptPageRule, printStyles } from '../../styles/print-styles.js';
import { focusPointerIn } from './deep-query.js';
import { renderErrorSummary } from './error-summary.js';
import { buildModel, errorText, loadPackForm } from './form-load.js';
import type { LoadedPackForm, Notice } from './form-load.js';
import { packHeader, renderHeader, renderSignatures, schemaTitle } from './form-header.js';
import type { HeaderInfo } from './form-header.js';
import { renderProblems, renderStatus } from './form-status.js';
import { formStyles } from './form.styles.js';
import { term } from '../../i18n/term.js';

let sharedValidator: AjvValidator | undefined;
/** The validator used when no provider gives one: one ajv validator shared by every form. */
function defaultValidator(): AjvValidator {
  return (sharedValidator ??= new AjvValidator());
}

function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * @summary A whole form: header, fields, error summary, autosave and submit.
 *
 * Services come from an enclosing `<fp-provider>`; without one: store = a lazily created
 * `IdbStore` (pack mode only), packs = the packs in that store, language = the own `lang`
 * attribute else `vi` (the own attribute also wins over the provider's), clock = the system clock,
 * renderers = the built-in registry, validator = one shared `AjvValidator`.
 *
 * @event fp-change - a renderer: the user changed a value (`{ path, value, isTriggeredByUser }`)
 * @event fp-saved - the draft was saved (`{ revision }`), pack mode
 * @event fp-invalid - a submit was refused (`{ errors }`)
 * @event fp-submit - the form was submitted (`{ value, submission? }`)
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
 * @csspart actions - the row of the submit button
 * @csspart submit - the submit button
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
  static override styles = [formStyles, printStyles];

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
  /** shows everything read-only: no autosave, no submit button */
  @property({ type: Boolean, reflect: true }) readonly = false;

  @consume({ context: storeContext, subscribe: true }) @state() private ctxStore?: Store;
  @consume({ context: packRegistryContext, subscribe: true }) @state() private ctxPacks?: PackRegistry;
  @consume({ context: clockContext, subscribe: true }) @state() private ctxClock?: Clock;
  @consume({ context: rendererRegistryContext, subscribe: true }) @state() private ctxRegistry?: RendererRegistry;
  @consume({ context: validatorContext, subscribe: true }) @state() private ctxValidator?: Validator;

  @state() private notice?: Notice;
  @state() private loadNotice?: Notice;
  @state() private submitNotice?: Notice;
  @state() private loading = false;
  @state() private showSummary = false;

  @query('#summary') private summaryEl?: HTMLElement;

  private readonly l10n = new LocalizeController(this);
  private readonly autosave = new AutosaveController(this);
  private initialValue: unknown;
  private model?: FormModel;
  private loaded?: LoadedPackForm & { store: Store };
  private unsubscribeModel?: () => void;
  private ownStore?: Store;
  private storePacks?: { store: Store; packs: PackRegistry };
  private loadToken = 0;
  /** the pending deferred compile of a schema-mode form (see checkSchemaSoon) */
  private schemaCheck?: Promise<void>;
  private builtInRegistry?: RendererRegistry;

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

  /** Resolves when the pack form is loaded (or failed to load) and rendered. */
  get loadComplete(): Promise<boolean> {
    return this.loadPromise.then(() => this.updateComplete);
  }
  private loadPromise: Promise<void> = Promise.resolve();

  override connectedCallback(): void {
    super.connectedCallback();
    adoptPageRule(this.ownerDocument);
  }

  /**
   * Checks the whole form and shows every error (and the summary). Sends nothing.
   * @returns every problem (errors and warnings)
   */
  validate(): FieldError[] {
    if (!this.model) return [];
    this.model.markSubmitted();
    this.showSummary = true;
    return this.model.errors;
  }

  /**
   * Submits: refuses with `fp-invalid` and the error summary when there are errors; else (pack
   * mode) saves the draft and appends a submission to the store, then sends `fp-submit`.
   * @returns the stored submission (pack mode), else undefined
   */
  async submit(): Promise<SubmissionRecord | undefined> {
    const model = this.model;
    if (!model || this.readonly) return undefined;
    this.submitNotice = undefined;
    const errors = this.validate().filter((e) => e.severity === 'error');
    if (errors.length > 0) {
      emit(this, 'fp-invalid', { errors });
      await this.updateComplete;
      this.summaryEl?.focus();
      return undefined;
    }
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
    const header = (model.get('/thong_tin') ?? {}) as { ngay_chot_so_lieu?: unknown; nguoi_lap?: unknown };
    const cutOffDate = typeof header.ngay_chot_so_lieu === 'string' && header.ngay_chot_so_lieu ? header.ngay_chot_so_lieu : isoDate(this.now());
    const author = this.author || (typeof header.nguoi_lap === 'string' && header.nguoi_lap) || loaded.key.ward;
    try {
      const submission = await loaded.store.submit({ key: loaded.key, data: value, cutOffDate, author });
      this.submitNotice = (l) => term(l, 'ui', 'submitted', { revision: submission.revision }, this.l10n.overrides);
      emit(this, 'fp-submit', { value, submission });
      return submission;
    } catch (error) {
      this.submitNotice = (l) => term(l, 'ui', 'notSubmitted', { detail: errorText(error, l) }, this.l10n.overrides);
      return undefined;
    }
  }

  /** Saves the draft now if edits wait (pack mode). */
  flush(): Promise<void> {
    return this.autosave.flush();
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
    const has = (k: string) => changed.has(k as keyof FpForm);
    if (this.pack) {
      if (['pack', 'packVersion', 'form', 'ward', 'period', 'ctxStore', 'ctxPacks', 'ctxValidator'].some(has)) {
        this.loadPromise = this.loadPack();
      } else if (has('readonly')) {
        this.syncAutosave();
      }
    } else if (has('schema') || has('ctxValidator') || has('pack')) {
      this.buildFromSchema();
    }
  }

  private now(): Date {
    return this.ctxClock ? this.ctxClock() : new Date();
  }

  private get validator(): Validator {
    return this.ctxValidator ?? defaultValidator();
  }

  private get store(): Store {
    return this.ctxStore ?? (this.ownStore ??= new IdbStore());
  }

  private get packs(): PackRegistry {
    if (this.ctxPacks) return this.ctxPacks;
    const store = this.store;
    if (this.storePacks?.store !== store) this.storePacks = { store, packs: new StorePackRegistry(store) };
    return this.storePacks.packs;
  }

  private get registry(): RendererRegistry {
    return this.ctxRegistry ?? (this.builtInRegistry ??= defaultRegistry());
  }

  private setModel(model: FormModel | undefined): void {
    this.unsubscribeModel?.();
    this.unsubscribeModel = undefined;
    this.model = model;
    if (model) this.unsubscribeModel = model.subscribe(() => this.requestUpdate());
  }

  private buildFromSchema(): void {
    this.loadToken++;
    this.autosave.detach();
    this.loaded = undefined;
    this.notice = undefined;
    this.submitNotice = undefined;
    this.showSummary = false;
    const value = this.value;
    if (this.schema === undefined) {
      this.setModel(undefined);
      return;
    }
    const built = buildModel(this.schema, this.validator, value);
    this.setModel(built.model);
    this.notice = built.notice;
    if (built.model) this.checkSchemaSoon(built.model);
  }

  /**
   * Compiles the validator just after the fields have painted (the model validates lazily and
   * shows nothing before a touch), so a large form opens without waiting for ajv; a schema ajv
   * refuses still ends in the translated notice. `updateComplete` waits for the check.
   */
  private checkSchemaSoon(model: FormModel): void {
    this.schemaCheck = new Promise<void>((resolve) => {
      setTimeout(() => {
        if (this.model === model) {
          try {
            void model.errors;
          } catch (error) {
            this.setModel(undefined);
            this.notice = (lang) => term(lang, 'ui', 'invalidSchema', { detail: errorText(error, lang) }, this.l10n.overrides);
          }
        }
        resolve();
      });
    });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.schemaCheck) return done;
    await this.schemaCheck;
    return super.getUpdateComplete();
  }

  private async loadPack(): Promise<void> {
    const token = ++this.loadToken;
    this.loading = true;
    await this.autosave.flush();
    if (token !== this.loadToken) return;
    this.autosave.detach();
    this.loaded = undefined;
    this.setModel(undefined);
    this.notice = this.loadNotice = this.submitNotice = undefined;
    this.showSummary = false;
    const store = this.store;
    const result = await loadPackForm({
      packs: this.packs, store, validator: this.validator, packId: this.pack, packVersion: this.packVersion,
      formId: this.form, ward: this.ward, period: this.period,
    });
    if (token !== this.loadToken) return;
    this.loading = false;
    if (!result.form) {
      this.notice = result.notice;
      return;
    }
    this.loaded = { ...result.form, store };
    this.loadNotice = result.form.notice;
    this.setModel(result.form.model);
    this.syncAutosave();
  }

  private syncAutosave(): void {
    const loaded = this.loaded;
    if (!loaded || !this.model) return;
    if (this.readonly) {
      void this.autosave.flush().then(() => {
        if (this.readonly) this.autosave.detach();
      });
      return;
    }
    const revision = this.autosave.revision || loaded.revision;
    this.autosave.attach({ store: loaded.store, key: loaded.key, model: this.model, revision, author: this.author || undefined });
  }

  private headerInfo(): HeaderInfo {
    const lang = this.l10n.lang;
    const cutOff = this.model?.get('/thong_tin/ngay_chot_so_lieu');
    const base: HeaderInfo = {
      title: this.loaded ? pick(this.loaded.resolved.title, lang) : schemaTitle(this.model?.schema ?? this.schema, lang),
      cutOff: typeof cutOff === 'string' ? cutOff : undefined,
    };
    return this.loaded ? { ...base, ...packHeader(this.loaded.pack, this.ward, this.period, lang) } : base;
  }

  override render() {
    const lang = this.l10n.lang;
    if (this.notice) {
      return html`<div class="notice" part="notice" role="alert" lang=${lang}>${this.notice(lang)}</div>`;
    }
    const model = this.model;
    if (!model) {
      return this.loading ? html`<div part="status" role="status" aria-live="polite">${this.l10n.term('ui', 'loading')}</div>` : nothing;
    }
    const info = this.headerInfo();
    const errors = this.showSummary ? model.errors.filter((e) => e.severity === 'error') : [];
    const preparer = model.get('/thong_tin/nguoi_lap');
    const signer = model.get('/thong_tin/lanh_dao_ky');
    return html`<div class="form" lang=${lang} role="form" aria-labelledby="title">
      ${renderHeader(info, lang)} ${renderStatus(this.autosave, lang, this.readonly)}
      ${renderProblems(this.autosave, lang, this.loadNotice)}
      ${renderErrorSummary({
        errors, lang, fields: this.loaded?.resolved.fields, schema: model.schema, onActivate: (p) => this.focusField(p),
      })}
      <div part="body">
        <fp-field .model=${model} .schema=${model.schema} pointer="" .lang=${lang} .readonly=${this.readonly} .registry=${this.registry}></fp-field>
      </div>
      ${renderSignatures(lang, typeof preparer === 'string' ? preparer : undefined, typeof signer === 'string' ? signer : undefined)}
      ${this.readonly
        ? nothing
        : html`<div part="actions">
            <button type="button" part="submit" @click=${() => void this.submit()}>${this.l10n.term('ui', 'submit')}</button>
            ${this.submitNotice ? html`<span class="submit-result" role="status">${this.submitNotice(lang)}</span>` : nothing}
          </div>`}
      <div part="print-actions" class="screen-only"><button type="button" part="print" @click=${() => window.print()}>${this.l10n.term('ui', 'printForm')}</button></div>
    </div>`;
  }
}
