/**
 * The interface language of an element: its own `lang` (attribute or property) when it is `vi`/`en`,
 * else the language a `<fp-provider>` gives through the locale context, else Vietnamese; and the
 * provider's `.strings` overrides. The host re-renders when either changes.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { localeContext } from '../contexts/locale-context.js';
import type { Bilingual } from '@formplan/core';
import { stringsContext } from '../contexts/strings-context.js';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import type { KeyOf, Namespace, Params, StringOverrides } from '../i18n/registry.js';
import { renderWithStrings } from '../i18n/registry.js';
// The element's own modules register its catalogues (i18n/form-term.js or i18n/term.js).
import { term } from '../i18n/registry.js';

/**
 * Language and interface texts for an element.
 * @example
 * ```ts
 * private readonly l10n = new LocalizeController(this);
 * render() { return html`<button>${this.l10n.term('ui', 'submit')}</button>`; }
 * ```
 */
export class LocalizeController implements ReactiveController {
  private readonly host: ReactiveElement;
  private readonly locale: ContextConsumer<typeof localeContext, ReactiveElement>;
  private readonly strings: ContextConsumer<typeof stringsContext, ReactiveElement>;

  constructor(host: ReactiveElement) {
    this.host = host;
    this.locale = new ContextConsumer(host, { context: localeContext, subscribe: true });
    this.strings = new ContextConsumer(host, { context: stringsContext, subscribe: true });
    host.addController(this);
  }

  /** The language in effect: own `lang` attribute, else the provider's, else `vi`. */
  get lang(): Lang {
    const own = this.host.lang;
    if (own === 'vi' || own === 'en') return own;
    return this.locale.value === 'en' ? 'en' : 'vi';
  }

  /** The provider's text overrides, if any. */
  get overrides(): StringOverrides | undefined {
    return this.strings.value;
  }

  /** An interface text in the language in effect (plain text); the provider's `.strings` win. */
  term<N extends Namespace>(namespace: N, key: KeyOf<N>, params?: Params): string {
    return term(this.lang, namespace, key, params, this.strings.value);
  }

  /** A `{ vi, en }` text in the language in effect (plain text). */
  pick(text: Bilingual | string | undefined | null): string {
    return pick(text, this.lang);
  }

  hostConnected(): void {}

  /** The provider's `.strings` apply to every `term()` of this element's update. */
  hostUpdate(): void {
    renderWithStrings(this.strings.value);
  }

  hostUpdated(): void {
    renderWithStrings(undefined);
  }
}
