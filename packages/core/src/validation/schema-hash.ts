import { canonicalJson } from '../storage/canonical-json.js';

const hashes = new WeakMap<object, string>();

/**
 * A short, synchronous fingerprint of a resolved schema: 53-bit cyrb53 of its canonical JSON, as
 * hex. It tells a validators module built from one version of a form from another (a stale
 * module); it is not a security hash. Cached by identity.
 * @param schema - a resolved form schema (plain JSON)
 */
export function schemaHash(schema: Record<string, unknown>): string {
  let h = hashes.get(schema);
  if (h === undefined) {
    h = cyrb53(canonicalJson(schema));
    hashes.set(schema, h);
  }
  return h;
}

/** cyrb53 (public domain, bryc): two 32-bit lanes mixed into 53 bits. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
