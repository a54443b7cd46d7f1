/**
 * The interface language of an element: its own `lang` (attribute or property) when it is `vi`/`en`,
 * else the language a `<fp-provider>` gives through the locale context, else Vietnamese.
 * The host re-renders when either changes.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { localeContext } from '../contexts/locale-context.js';
import type { LocalizedText } from '@formplan/core';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { t } from '../i18n/ui-strings.js';
import type { UiKey } from '../i18n/ui-strings.js';

/**
 * Language and interface texts for an element.
 * @example
 * ```ts
 * private readonly l10n = new LocalizeController(this);
 * render() { return html`<button>${this.l10n.t('submit')}</button>`; }
 * ```
 */
export class LocalizeController implements ReactiveController {
  private readonly host: ReactiveElement;
  private readonly locale: ContextConsumer<typeof localeContext, ReactiveElement>;

  constructor(host: ReactiveElement) {
    this.host = host;
    this.locale = new ContextConsumer(host, { context: localeContext, subscribe: true });
    host.addController(this);
  }

  /** The language in effect: own `lang` attribute, else the provider's, else `vi`. */
  get lang(): Lang {
    const own = this.host.lang;
    if (own === 'vi' || own === 'en') return own;
    return this.locale.value === 'en' ? 'en' : 'vi';
  }

  /** An interface text in the language in effect (plain text). */
  t(key: UiKey, params?: Record<string, string | number>): string {
    return t(this.lang, key, params);
  }

  /** A `{ vi, en }` text in the language in effect (plain text). */
  pick(text: LocalizedText | string | undefined | null): string {
    return pick(text, this.lang);
  }

  hostConnected(): void {}
}
