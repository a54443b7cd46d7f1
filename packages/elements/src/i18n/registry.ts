/**
 * The one localisation mechanism of formplan (elements and host): catalogues registered per
 * namespace as `{ vi: {...}, en: {...} }` with typed keys, one lookup `term()`, and
 * `registerStrings()` for an embedder's texts. An entry is plain text with `{name}` placeholders or
 * a function of the parameters. Vietnamese is the fallback when an English text is missing.
 *
 * A catalogue adds its keys to {@link FpStrings} by declaration merging, so `term()` checks the
 * namespace and the key at compile time:
 * @example
 * ```ts
 * const STRINGS = { vi: { hello: 'Xin chào {name}' }, en: { hello: 'Hello {name}' } };
 * declare module '@formplan/elements/i18n' {
 *   interface FpStrings { greet: (typeof STRINGS)['vi'] }
 * }
 * defineStrings('greet', STRINGS);
 * term('en', 'greet', 'hello', { name: 'Lan' }); // 'Hello Lan'
 * ```
 */
import type { Lang } from './lang.js';
import { formatNumber } from './format.js';

/** The values a text's `{name}` placeholders are filled with. */
export type Params = Record<string, string | number>;

/** One text: a template with `{name}` placeholders, or a function of the parameters. */
export type Entry = string | ((params: Params) => string);

/** The texts of one namespace in one language. */
export type Catalogue = Record<string, Entry>;

/**
 * Every namespace and its keys. Each catalogue module adds its own entry by declaration merging
 * (`ui`, `aggregate`, `assessment`, `calendar`, `plan` in the elements, `host` in the host app).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface FpStrings {}

/** A registered namespace. */
export type Namespace = keyof FpStrings & string;

/** A key of namespace `N`. */
export type KeyOf<N extends Namespace> = keyof FpStrings[N] & string;

/** Texts that replace some of a namespace's texts. */
export type PartialCatalogue<N extends Namespace> = Partial<Record<KeyOf<N>, Entry>>;

/** Overrides by language and namespace, e.g. `{ vi: { ui: { submit: 'Nộp' } } }` (`<fp-provider .strings>`). */
export type StringOverrides = Partial<Record<Lang, { [N in Namespace]?: PartialCatalogue<N> }>>;

const builtIn = new Map<string, Record<Lang, Catalogue>>();
const registered: Record<Lang, Map<string, Catalogue>> = { vi: new Map(), en: new Map() };

/**
 * Registers the catalogue of a namespace (both languages, every key in each). Called once by the
 * module that holds the catalogue.
 */
export function defineStrings<N extends Namespace>(namespace: N, catalogue: Record<Lang, Record<KeyOf<N>, Entry>>): void {
  builtIn.set(namespace, catalogue);
}

/**
 * Replaces some texts of a namespace in one language, for every element on the page (an
 * embedder's wording). Later calls win; `<fp-provider .strings>` wins over these inside it.
 * @example
 * ```ts
 * registerStrings('vi', 'ui', { submit: 'Nộp báo cáo' });
 * ```
 */
export function registerStrings<N extends Namespace>(lang: Lang, namespace: N, texts: PartialCatalogue<N>): void {
  registered[lang].set(namespace, { ...registered[lang].get(namespace), ...(texts as Catalogue) });
}

/** The registered namespaces with their Vietnamese and English catalogues (for checks and tools). */
export function namespaces(): { namespace: string; vi: Catalogue; en: Catalogue }[] {
  return [...builtIn].map(([namespace, c]) => ({ namespace, vi: c.vi, en: c.en }));
}

/**
 * The overrides of the element whose update is running (see {@link renderWithStrings}): an
 * element's template and the helpers it calls look texts up with a bare `term(lang, …)`, and
 * still get the `.strings` of the `<fp-provider>` around that element.
 */
let rendering: StringOverrides | undefined;

/**
 * Makes `overrides` the default of {@link term} until the end of the current synchronous update
 * (a microtask clears it even when the update throws). Called by `LocalizeController` when its
 * element starts an update; an element's update renders synchronously, its children later.
 */
export function renderWithStrings(overrides: StringOverrides | undefined): void {
  rendering = overrides;
  if (overrides !== undefined) queueMicrotask(() => { if (rendering === overrides) rendering = undefined; });
}

function entryIn(lang: Lang, namespace: string, key: string, overrides: StringOverrides | undefined): Entry | undefined {
  const own = (overrides?.[lang] as Record<string, Catalogue | undefined> | undefined)?.[namespace]?.[key];
  return own ?? registered[lang].get(namespace)?.[key] ?? builtIn.get(namespace)?.[lang][key];
}

/**
 * Fills `{name}` placeholders (as plain text); an unknown name stays as it is. A number is
 * written with the separators of `lang` (`3.184` in Vietnamese); pass a year or a code as a string.
 */
function fillTemplate(lang: Lang, template: string, params: Params = {}): string {
  const text = (v: string | number) => (typeof v === 'number' ? formatNumber(v, lang) : v);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? text(params[name]) : `{${name}}`));
}

/**
 * The text for `key` of `namespace` in `lang`, placeholders filled; plain text, never HTML.
 * Order: `overrides` (a provider's), then `registerStrings`, then the catalogue; English falls
 * back to Vietnamese; an unknown key gives the key itself. Number parameters are written with the
 * separators of `lang` (`{ n: 3184 }` gives `3.184` in Vietnamese).
 * @example
 * ```ts
 * term('en', 'ui', 'errorSummary', { n: 3 }); // 'The form has 3 error(s) to fix:'
 * ```
 */
export function term<N extends Namespace>(lang: Lang, namespace: N, key: KeyOf<N>, params: Params = {}, overrides: StringOverrides | undefined = rendering): string {
  const entry = entryIn(lang, namespace, key, overrides) ?? (lang === 'vi' ? undefined : entryIn('vi', namespace, key, overrides));
  if (entry === undefined) return key;
  return typeof entry === 'function' ? entry(params) : fillTemplate(lang, entry, params);
}
