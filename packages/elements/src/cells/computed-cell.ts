/**
 * Read-only output of a computed value (or a column total): the number in Vietnamese format,
 * a visible "incomplete" marker when some inputs are missing, "missing" (never 0) when all
 * are, and "—" marked "không tính được" when it cannot be computed (e.g. an invalid input).
 */
import { formatVietnameseNumber } from '@formplan/core';
import type { ComputedState } from '@formplan/core';
import type { Lang } from '../i18n/lang.js';
import { pick } from '../i18n/lang.js';
import { term } from '../i18n/form-term.js';

/** The value shown for a total or computed value that cannot be computed (an input is invalid): never a number. */
export const NOT_COMPUTABLE = '—';

/** What an output shows: the value text, the marker and the full spoken text. */
export interface ComputedText {
  /** the value, formatted (`''` when missing) */
  value: string;
  /** the short visible marker (`chưa đủ`) or `''` */
  marker: string;
  /** everything a screen reader should hear */
  spoken: string;
}

/**
 * The text of a computed state.
 * @param state - from `model.computedState(ptr)` or `model.columnTotal(…)`; undefined is missing
 * @param lang - interface language
 */
export function computedText(state: ComputedState | undefined, lang: Lang): ComputedText {
  if (state?.error) {
    const msg = pick(state.error, lang);
    return { value: NOT_COMPUTABLE, marker: term(lang, 'ui', 'computeFailed'), spoken: `${term(lang, 'ui', 'computeFailed')}: ${msg}` };
  }
  const value = typeof state?.value === 'number' ? formatVietnameseNumber(state.value) : typeof state?.value === 'string' ? state.value : '';
  const incomplete = !state || state.incomplete || value === '';
  const marker = incomplete ? term(lang, 'ui', value === '' ? 'missingShort' : 'incompleteShort') : '';
  const spoken = [value, incomplete ? `(${term(lang, 'ui', value === '' ? 'missingShort' : 'incomplete')})` : ''].filter(Boolean).join(' ');
  return { value, marker, spoken };
}

/**
 * Paints a computed state into an output element made of a value span and a marker span
 * (`.v` and `.m`); touches the DOM only when the text changed.
 * @returns whether anything changed
 */
export function paintComputed(output: HTMLElement, state: ComputedState | undefined, lang: Lang): boolean {
  const c = computedText(state, lang);
  const key = `${c.value}|${c.marker}`;
  if (output.dataset.painted === key) return false;
  output.dataset.painted = key;
  const v = output.querySelector<HTMLElement>('.v');
  const m = output.querySelector<HTMLElement>('.m');
  if (v) {
    v.textContent = c.value;
    v.toggleAttribute('aria-hidden', c.value === NOT_COMPUTABLE);
  }
  if (m) {
    m.textContent = c.marker;
    m.hidden = c.marker === '';
  }
  output.toggleAttribute('data-incomplete', c.marker !== '');
  output.toggleAttribute('data-not-computable', state?.error !== undefined);
  return true;
}
