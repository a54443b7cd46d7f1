/**
 * The services an element uses when no `<fp-provider>` (and no own property) gives one. This is
 * the only place defaults are chosen; every element reaches them through `ServicesController`.
 * Each default is created lazily, on first use, and then shared by every element of the page:
 *
 * - store: one `IdbStore` (IndexedDB database `formplan`), so a page without a provider opens one
 *   connection however many elements it holds; its code loads from the run-time chunk on first use
 *   (deferred-store.ts);
 * - packs: the packs in the store in effect (one `StorePackRegistry` per store);
 * - validator (pack mode and schema mode): one `InterpretingValidator`, which generates no code,
 *   so a page under a strict Content-Security-Policy can validate, loaded from the run-time chunk when
 *   a form first needs it (lazy-interpreter.ts). Pack forms are judged exactly as ajv does,
 *   faster, with the validators `formplan build` compiled ahead of time
 *   (`<fp-provider validators-src>`); ajv's compiler is never on a ward's page;
 * - renderers: the built-in registry (`defaultRegistry()`);
 * - clock: the system clock (`new Date()`);
 * - language: Vietnamese (`vi`).
 */
import type { Store, Validator } from '@formplan/core';
import type { Clock } from '../contexts/clock-context.js';
import type { Lang } from '../i18n/lang.js';
import { defaultRegistry } from '../renderers/default-registry.js';
import type { RendererRegistry } from '../renderers/registry.js';
import { DeferredIdbStore } from './deferred-store.js';
import { lazyInterpreter, loadedInterpreter } from './lazy-interpreter.js';
import { StorePackRegistry } from './pack-registry.js';
import type { PackRegistry } from './pack-registry.js';

let store: Store | undefined;
let registry: RendererRegistry | undefined;
const storePacks = new WeakMap<Store, PackRegistry>();

/** The page's default store: one `IdbStore` named `formplan`, loaded on first use. */
export function defaultStore(): Store {
  return (store ??= new DeferredIdbStore());
}

/** The default pack registry over `over`: the packs stored in it (one registry per store). */
export function defaultPacks(over: Store): PackRegistry {
  let packs = storePacks.get(over);
  if (!packs) storePacks.set(over, (packs = new StorePackRegistry(over)));
  return packs;
}

/**
 * The page's default validator of pack forms: the one CSP-safe `InterpretingValidator`, loaded on
 * demand (the same object before and after, so a pack form loads once; it awaits `ready`).
 */
export function defaultValidator(): Validator {
  return lazyInterpreter;
}

/**
 * The page's default validator of schema-mode forms: the one CSP-safe `InterpretingValidator`
 * once loaded, before that its stand-in (a form built with the stand-in rebuilds when it changes).
 */
export function defaultSchemaValidator(): Validator {
  return loadedInterpreter() ?? lazyInterpreter;
}

/** The page's default renderers: the built-in registry. */
export function defaultRenderers(): RendererRegistry {
  return (registry ??= defaultRegistry());
}

/** The default clock: the system clock. */
export const systemClock: Clock = () => new Date();

/** The default interface language. */
export const DEFAULT_LANG: Lang = 'vi';
