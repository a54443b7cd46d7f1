/** Keys of form data records: picking, comparing and filtering. */
import type { FormDataKey } from './records.js';

/** The five fields of a form data key, in key order. */
export const FORM_KEY_FIELDS = ['packId', 'packVersion', 'formId', 'ward', 'period'] as const;

/**
 * Picks the five key fields of a form data key (drops anything else).
 * @param key an object with the key fields
 * @returns a fresh key object
 */
export function formDataKey(key: FormDataKey): FormDataKey {
  return { packId: key.packId, packVersion: key.packVersion, formId: key.formId, ward: key.ward, period: key.period };
}

/**
 * Whether a record matches a filter (every given filter field equal).
 * @param record a record
 * @param filter the filter; absent fields match anything
 * @returns true when it matches
 */
export function matchesFilter(record: object, filter: object | undefined): boolean {
  if (!filter) return true;
  const r = record as Record<string, unknown>;
  return Object.entries(filter).every(([k, v]) => v === undefined || k === 'latestOnly' || r[k] === v);
}

/**
 * One text per form data key (fields joined by NUL), for maps and ordering.
 * @param k the key
 * @returns the key text
 */
export function formKeyText(k: FormDataKey): string {
  return FORM_KEY_FIELDS.map((f) => k[f]).join('\u0000');
}


/**
 * The filter of one report under every version of its pack id (the key without `packVersion`).
 * @param key a form data key
 * @returns a filter matching the report's records under any version
 */
export function reportFilter(key: FormDataKey): Omit<FormDataKey, 'packVersion'> {
  return { packId: key.packId, formId: key.formId, ward: key.ward, period: key.period };
}
