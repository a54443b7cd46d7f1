/**
 * Text normalisation on the way in: Vietnamese is stored in NFC so that the same word typed
 * with combining marks (NFD, e.g. from macOS) and precomposed letters compares equal.
 */
import { FORBIDDEN_KEYS } from '../common/safe-keys.js';

/** Returns `value` with every string NFC-normalised (objects and arrays are copied; forbidden keys dropped). */
export function normalizeText(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeText);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (FORBIDDEN_KEYS.has(k)) continue;
      out[k.normalize('NFC')] = normalizeText(v);
    }
    return out;
  }
  return value;
}
