/**
 * The sync status in the header, for a ward or the district when sync is on: what waits to be
 * sent, when it last synced, offline or the error with the next retry (one `role="status"`
 * region, read out politely when it changes), and "Đồng bộ ngay".
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { describeError } from '@formplan/core';
import { pick } from '@formplan/elements/i18n';
import { term } from './host-strings.js';
import type { Lang } from './host-strings.js';
import type { HostSync } from './host-sync.js';
import { href } from './route.js';

/** The status bar, or nothing when sync is off. */
export function syncStatusBar(sync: HostSync, lang: Lang): TemplateResult | typeof nothing {
  if (!sync.settings) return nothing;
  const label = term(lang, 'host', 'sync.status');
  if (sync.loadError) {
    return html`<div class="sync-bar" role="alert">${term(lang, 'host', 'sync.loadFailed', { detail: describeError(sync.loadError, lang) })}</div>`;
  }
  if (!sync.settings.user || sync.loggedIn === false) {
    return html`<div class="sync-bar" role="status" aria-label=${label}>
      <span class="sync-problem">${term(lang, 'host', 'sync.notLoggedIn')}</span>
      <a href=${href('sync')}>${term(lang, 'host', 'sync.openSettings')}</a>
    </div>`;
  }
  const status = sync.status;
  const problem = status && (!status.online || status.error);
  const [first, ...rest] = sync.messages.map((m) => pick(m, lang));
  return html`<div class="sync-bar">
    <p class="sync-text" role="status" aria-live="polite" aria-label=${label}>
      ${first ? html`<span class=${problem ? 'sync-problem' : ''}>${first}</span>` : nothing}${rest.map((m) => html`<span> · ${m}</span>`)}
    </p>
    <button type="button" @click=${() => sync.syncNow()}>${term(lang, 'host', 'sync.now')}</button>
  </div>`;
}
