/**
 * `<fp-provider>`: gives the elements inside it their services through `@lit/context`: the store,
 * the pack registry, the interface language, the clock, the renderer registry and the validator.
 * Consumers subscribe, so changing a property here updates every element below live.
 */
import { ContextProvider } from '@lit/context';
import { LitElement, css, html } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Store, Validator } from '@formplan/core';
import type { Clock } from '../../contexts/clock-context.js';
import { clockContext } from '../../contexts/clock-context.js';
import { localeContext } from '../../contexts/locale-context.js';
import { packRegistryContext } from '../../contexts/pack-registry-context.js';
import { rendererRegistryContext } from '../../contexts/renderer-registry-context.js';
import { storeContext } from '../../contexts/store-context.js';
import { stringsContext } from '../../contexts/strings-context.js';
import { validatorContext } from '../../contexts/validator-context.js';
import type { Lang } from '../../i18n/lang.js';
import { toLang } from '../../i18n/lang.js';
import type { StringOverrides } from '../../i18n/registry.js';
import type { RendererRegistry } from '../../renderers/registry.js';
import { StorePackRegistry, UrlPackRegistry } from '../../services/pack-registry.js';
import type { PackRegistry } from '../../services/pack-registry.js';
import { WaitingPackRegistry, loadPrecompiledValidator } from '../../services/precompiled-validators.js';
import { prefetchFormCode } from '../../services/prefetch.js';

/** The validators module of `validators-src` being loaded, then loaded. */
interface PrecompiledLoad {
  url: string;
  ready: Promise<void>;
  validator?: Validator;
  /** the registry in effect, held back until `ready` (one per registry) */
  waiting?: { inner: PackRegistry; packs: PackRegistry };
}

/**
 * @summary Provides store, packs, language, texts, clock, renderers and validator to the elements inside.
 * @slot - the elements that use these services (e.g. `<fp-form>`)
 *
 * Unset services are provided as `undefined`, and each element then uses the page default of
 * `services/defaults.ts` (one of each, shared by every element of the page): store = one
 * `IdbStore` named `formplan`; packs = the packs in the store in effect; language = `vi` (an
 * element's own `lang` wins); clock = the system clock; renderers = the built-in registry;
 * validator = one CSP-safe `InterpretingValidator`. Elements reach these through `ServicesController`.
 *
 * A page under a strict Content-Security-Policy (`script-src 'self'`, no `'unsafe-eval'`) gives
 * `pack-src` the pack and `validators-src` the validators module that `formplan build` writes
 * beside it: pack forms are then judged by ajv's code compiled ahead of time, and nothing on the
 * page compiles a schema. The two URLs are given separately (no naming convention is assumed).
 * @example
 * ```html
 * <fp-provider lang="vi" .store=${new IdbStore()}>
 *   <fp-form pack="tay-ho-2018" form="bieu-02" ward="P00091" period="2018-H1"></fp-form>
 * </fp-provider>
 * <fp-provider pack-src="/packs/tay-ho-2018-1.0.0.pack.json" validators-src="/packs/tay-ho-2018-1.0.0.validators.js">
 *   <fp-form pack="tay-ho-2018" form="bieu-02" ward="P00091" period="2018-H1"></fp-form>
 * </fp-provider>
 * ```
 */
export class FpProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** where drafts and submissions go (and, by default, where packs are found) */
  @property({ attribute: false }) store?: Store;
  /** where packs are found; default: the packs in `store` (a `StorePackRegistry`) */
  @property({ attribute: false }) packs?: PackRegistry;
  /**
   * a URL serving one pack as JSON, used when `packs` is not set: lets a plain HTML page embed a
   * pack form with no script of its own (`<fp-provider pack-src="/packs/tay-ho-2018.json">`)
   */
  @property({ attribute: 'pack-src' }) packSrc?: string;
  /** the interface language of the elements inside (`vi` or `en`) */
  @property({ reflect: true }) override lang: Lang = 'vi';
  /**
   * texts that replace built-in ones for the elements inside, by language and namespace, e.g.
   * `{ vi: { ui: { submit: 'Nộp báo cáo' } }, en: { ui: { submit: 'Send' } } }`; they win over
   * the catalogues and over `registerStrings()`, here only
   */
  @property({ attribute: false }) strings?: StringOverrides;
  /** "now" (e.g. to review a past year as if it were then); default: the system clock */
  @property({ attribute: false }) clock?: Clock;
  /** the renderers forms choose from; default: the built-in registry */
  @property({ attribute: false }) registry?: RendererRegistry;
  /**
   * the validator of form data (both modes); default: the precompiled validators of
   * `validators-src`, else the page's one CSP-safe `InterpretingValidator`
   */
  @property({ attribute: false }) validator?: Validator;
  /**
   * the URL (same origin) of the ES module of validators `formplan build` compiled ahead of time
   * (`<id>-<version>.validators.js`), loaded with `import()` when `validator` is not set. Pack forms
   * wait for it; a form it does not hold (or holds from another version) is judged by the
   * interpreter, and the console says so once. A module that cannot be loaded is said once too.
   */
  @property({ attribute: 'validators-src' }) validatorsSrc?: string;

  private readonly storeProvider = new ContextProvider(this, { context: storeContext });
  private readonly packsProvider = new ContextProvider(this, { context: packRegistryContext });
  private readonly localeProvider = new ContextProvider(this, { context: localeContext, initialValue: 'vi' });
  private readonly stringsProvider = new ContextProvider(this, { context: stringsContext });
  private readonly clockProvider = new ContextProvider(this, { context: clockContext });
  private readonly registryProvider = new ContextProvider(this, { context: rendererRegistryContext });
  private readonly validatorProvider = new ContextProvider(this, { context: validatorContext });
  private defaultPacks?: { store: Store; packs: PackRegistry };
  private urlPacks?: { url: string; packs: PackRegistry };
  private precompiled?: PrecompiledLoad;

  /**
   * The pack registry in effect: `packs`, else the pack at `pack-src`, else one over `store`;
   * while the module of `validators-src` loads, it answers once the module is there.
   */
  get effectivePacks(): PackRegistry | undefined {
    const inner = this.ownPacks();
    const load = this.precompiledLoad();
    if (!inner || !load) return inner;
    if (load.waiting?.inner !== inner) load.waiting = { inner, packs: new WaitingPackRegistry(inner, load.ready) };
    return load.waiting.packs;
  }

  /** The validator in effect: `validator`, else the precompiled one of `validators-src` once loaded. */
  get effectiveValidator(): Validator | undefined {
    return this.validator ?? this.precompiledLoad()?.validator;
  }

  private precompiledLoad(): PrecompiledLoad | undefined {
    const url = this.validatorsSrc;
    if (!url || this.validator) return undefined;
    if (this.precompiled?.url !== url) {
      const load: PrecompiledLoad = { url, ready: Promise.resolve() };
      load.ready = loadPrecompiledValidator(url).then((v) => {
        load.validator = v;
        if (this.precompiled === load) this.requestUpdate();
      });
      this.precompiled = load;
    }
    return this.precompiled;
  }

  private ownPacks(): PackRegistry | undefined {
    if (this.packs) return this.packs;
    if (this.packSrc) {
      if (this.urlPacks?.url !== this.packSrc) this.urlPacks = { url: this.packSrc, packs: new UrlPackRegistry(this.packSrc) };
      return this.urlPacks.packs;
    }
    if (!this.store) return undefined;
    if (this.defaultPacks?.store !== this.store) this.defaultPacks = { store: this.store, packs: new StorePackRegistry(this.store) };
    return this.defaultPacks.packs;
  }

  override connectedCallback(): void {
    // give values before the children connect and ask for them (before the first update)
    this.provideAll();
    super.connectedCallback();
    // the code forms load on first need comes now, while the network is there (offline later)
    prefetchFormCode(!this.validatorsSrc);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.provideAll();
  }

  private provideAll(): void {
    this.storeProvider.setValue(this.store);
    this.packsProvider.setValue(this.effectivePacks);
    this.localeProvider.setValue(toLang(this.lang));
    this.stringsProvider.setValue(this.strings);
    this.clockProvider.setValue(this.clock);
    this.registryProvider.setValue(this.registry);
    this.validatorProvider.setValue(this.effectiveValidator);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
