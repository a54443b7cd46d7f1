/**
 * The status line of `<fp-form>` (saving / saved / not saved, aria-live polite) and its problem
 * boxes: a draft that could not be read, a save that failed, a conflict with another tab.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { AutosaveController } from '../../controllers/autosave-controller.js';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import type { Notice } from './form-load.js';
import { term } from '../../i18n/form-term.js';

const STATE_TEXT = { idle: undefined, saving: 'saving', saved: 'saved', failed: 'saveFailed', conflict: 'notSaved' } as const;

/** The save status line; `readonlyLabel` says why the form is read-only (default "Chỉ xem"). */
export function renderStatus(autosave: AutosaveController, lang: Lang, readonly: boolean, readonlyLabel?: string): TemplateResult {
  const key = STATE_TEXT[autosave.state];
  return html`<div part="status" role="status" aria-live="polite" data-state=${autosave.state}>
    ${readonly ? readonlyLabel ?? term(lang, 'ui', 'readonly') : key ? term(lang, 'ui', key) : nothing}
  </div>`;
}

/** The problem boxes: load notice, failed save (data kept), conflict with its two choices. */
export function renderProblems(autosave: AutosaveController, lang: Lang, loadNotice: Notice | undefined): TemplateResult | typeof nothing {
  // nothing to say (every schema-mode form, most pack forms): no template to prepare and stamp
  if (!loadNotice && autosave.state !== 'failed' && autosave.state !== 'conflict') return nothing;
  return html`${loadNotice ? html`<div class="notice" part="notice" role="alert">${loadNotice(lang)}</div>` : nothing}
    ${autosave.state === 'failed' && autosave.error
      ? html`<div class="notice" part="notice" role="alert">${term(lang, 'ui', 'storeFailed', { detail: pick(autosave.error, lang) })}</div>`
      : nothing}
    ${autosave.state === 'conflict'
      ? html`<div part="conflict" role="alert">
          <strong>${term(lang, 'ui', 'conflictTitle')}</strong>
          <p>${term(lang, 'ui', 'conflict')}</p>
          <div class="buttons">
            <button type="button" data-action="keep-mine" @click=${() => void autosave.keepMine()}>${term(lang, 'ui', 'keepMine')}</button>
            <button type="button" data-action="load-theirs" @click=${() => autosave.loadTheirs()}>${term(lang, 'ui', 'loadTheirs')}</button>
          </div>
        </div>`
      : nothing}`;
}
