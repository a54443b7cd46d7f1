/** Parameters a message is built from: ajv error params, or the details of a pack error. */
export type MessageParams = Record<string, unknown>;

/** One message template: params in, text out. */
export type MessageTemplate = (params: MessageParams) => string;

/**
 * A message catalog for one locale: keys are `kw.<ajv keyword>` for data validation
 * and `pack.<code>` for pack errors. Catalogs are plain data passed in, never mutated.
 */
export type MessageCatalog = Readonly<Record<string, MessageTemplate>>;


/** Reads a param as text for a message (`undefined` becomes an empty string). */
export function str(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Lists values as `a, b, c` for a message. */
export function list(value: unknown): string {
  return Array.isArray(value) ? value.map(str).join(', ') : str(value);
}
