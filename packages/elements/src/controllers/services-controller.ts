/**
 * Resolves an element's services once: its own property when it has one, else what the
 * enclosing `<fp-provider>` gives through the contexts, else the page defaults of
 * `services/defaults.ts`. The host re-renders when a provider changes a value, so a `Task` whose
 * arguments read these getters reloads by itself.
 */
import { ContextConsumer } from '@lit/context';
import type { Context } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Store, Validator } from '@formplan/core';
import { clockContext } from '../contexts/clock-context.js';
import type { Clock } from '../contexts/clock-context.js';
import { localeContext } from '../contexts/locale-context.js';
import { packRegistryContext } from '../contexts/pack-registry-context.js';
import { rendererRegistryContext } from '../contexts/renderer-registry-context.js';
import { storeContext } from '../contexts/store-context.js';
import { validatorContext } from '../contexts/validator-context.js';
import type { Lang } from '../i18n/lang.js';
import type { RendererRegistry } from '../renderers/registry.js';
import { defaultPacks, defaultRenderers, defaultSchemaValidator, defaultStore, defaultValidator, systemClock } from '../services/defaults.js';
import type { PackRegistry } from '../services/pack-registry.js';

/** Services an element may set itself (its own properties win over the provider's). */
export interface OwnServices {
  store?: () => Store | undefined;
  clock?: () => Clock | undefined;
}

/**
 * The services of one element.
 * @example
 * ```ts
 * @property({ attribute: false }) store?: Store;
 * private readonly services = new ServicesController(this, { store: () => this.store });
 * // this.services.store, .packs, .clock, .validator, .registry, .providerLang
 * ```
 */
export class ServicesController implements ReactiveController {
  private readonly own: OwnServices;
  private readonly ctx: {
    store: ContextConsumer<typeof storeContext, ReactiveElement>;
    packs: ContextConsumer<typeof packRegistryContext, ReactiveElement>;
    clock: ContextConsumer<typeof clockContext, ReactiveElement>;
    registry: ContextConsumer<typeof rendererRegistryContext, ReactiveElement>;
    validator: ContextConsumer<typeof validatorContext, ReactiveElement>;
    locale: ContextConsumer<typeof localeContext, ReactiveElement>;
  };

  constructor(host: ReactiveElement, own: OwnServices = {}) {
    this.own = own;
    const consume = <C extends Context<unknown, unknown>>(context: C) => new ContextConsumer(host, { context, subscribe: true });
    this.ctx = {
      store: consume(storeContext),
      packs: consume(packRegistryContext),
      clock: consume(clockContext),
      registry: consume(rendererRegistryContext),
      validator: consume(validatorContext),
      locale: consume(localeContext),
    };
    host.addController(this);
  }

  /** Where drafts, submissions, assessments and plan progress are read and written. */
  get store(): Store {
    return this.own.store?.() ?? this.ctx.store.value ?? defaultStore();
  }

  /** Where packs are found: the provider's registry, else the packs in {@link store}. */
  get packs(): PackRegistry {
    return this.ctx.packs.value ?? defaultPacks(this.store);
  }

  /** "Now". */
  get clock(): Clock {
    return this.own.clock?.() ?? this.ctx.clock.value ?? systemClock;
  }

  /**
   * The validator of form data: the provider's (e.g. the precompiled one of `validators-src`),
   * else the page's CSP-safe interpreter (no runtime code generation).
   */
  get validator(): Validator {
    return this.ctx.validator.value ?? defaultValidator();
  }

  /**
   * The validator of a schema given at run time (schema mode): the provider's, else the page's
   * CSP-safe interpreter (no runtime code generation).
   */
  get schemaValidator(): Validator {
    return this.ctx.validator.value ?? defaultSchemaValidator();
  }

  /** The renderers forms choose from. */
  get registry(): RendererRegistry {
    return this.ctx.registry.value ?? defaultRenderers();
  }

  /** The provider's language, if a provider gives one (each element applies its own `lang` first). */
  get providerLang(): Lang | undefined {
    return this.ctx.locale.value;
  }

  hostConnected(): void {}
}
