import { canonicalJson } from './canonical-json.js';

/**
 * SHA-256 of the canonical JSON of a value, as 64 lowercase hex digits.
 *
 * Uses WebCrypto (`globalThis.crypto.subtle`), present in node ≥ 20 and in browsers
 * (secure contexts).
 * @param value a JSON-like value
 * @returns the hex digest
 * @throws {CanonicalJsonError} when the value cannot be made canonical
 */
export async function contentHash(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(value));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
