/**
 * Which bare input ("cell") shows a value: chosen from the cell's schema node, with the matrix
 * column's measure type as a fallback. Never throws: anything unknown is `unsupported`.
 */
import { schemaType } from '@formplan/core';
import type { SchemaNode } from '@formplan/core';

/** The kinds of cells a table can show. */
export type CellKind = 'number' | 'boolean' | 'text' | 'computed' | 'unsupported';

const BY_COLUMN_TYPE: Record<string, CellKind> = {
  count: 'number',
  number: 'number',
  money: 'number',
  percent: 'number',
  boolean: 'boolean',
  text: 'text',
};

/**
 * The cell kind for a value.
 * @param schema - the cell's schema node (may be missing when the data and schema disagree)
 * @param columnType - the matrix column's `type`, used when the node says nothing
 * @returns `computed` for `x-fp-computed` nodes, else by JSON type, else `unsupported`
 * @example
 * ```ts
 * cellKind({ type: 'integer', minimum: 0 }); // 'number'
 * cellKind(undefined, 'boolean');             // 'boolean'
 * ```
 */
export function cellKind(schema: SchemaNode | undefined, columnType?: string): CellKind {
  if (schema && typeof schema['x-fp-computed'] === 'string') return 'computed';
  const type = schema ? schemaType(schema) : undefined;
  if (type === 'integer' || type === 'number') return 'number';
  if (type === 'boolean') return 'boolean';
  if (type === 'string') return 'text';
  if (!type && columnType && Object.prototype.hasOwnProperty.call(BY_COLUMN_TYPE, columnType)) return BY_COLUMN_TYPE[columnType];
  return 'unsupported';
}
