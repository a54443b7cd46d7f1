/**
 * The bare date input (a "cell"): `dd/mm/yyyy` text over an ISO `YYYY-MM-DD` model value, shared
 * by the date control and the light date cells of object groups.
 */
import { displayDate, parseDisplayDate } from '../i18n/format.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The `YYYY-MM-DD` text of a model value that is an ISO date (else empty). */
export function isoDateText(value: unknown): string {
  return typeof value === 'string' && ISO_DATE.test(value) ? value : '';
}

/** What the input shows for a model value: an ISO date as `dd/mm/yyyy`, other text as typed. */
export function dateText(value: unknown): string {
  if (typeof value !== 'string') return '';
  return ISO_DATE.test(value) ? displayDate(value) : value;
}

/**
 * The model value for what the user typed: the ISO date of `d/m/yyyy` (or `d-m-yyyy`,
 * `d.m.yyyy`), `undefined` for an empty field, else the text as typed (`31/02/2018`), so
 * validation reports it and nothing is lost.
 */
export function dateFromText(text: string): unknown {
  if (text.trim() === '') return undefined;
  return parseDisplayDate(text) ?? text;
}

/**
 * Shows the model value, but leaves the text alone while the user types what it already means
 * (`force` rewrites it anyway, e.g. on blur).
 */
export function syncDateInput(input: HTMLInputElement, value: unknown, force = false): void {
  const root = input.getRootNode() as Document | ShadowRoot;
  if (!force && root.activeElement === input && dateFromText(input.value) === value) return;
  const text = dateText(value);
  if (input.value !== text) input.value = text;
}
