import type { KeywordDefinition } from 'ajv';

const localized = {
  type: 'object',
  required: ['vi'],
  properties: { vi: { type: 'string' }, en: { type: 'string' } },
};
const stringList = { type: 'array', items: { type: 'string' } };

/**
 * The x-fp presentation vocabulary, declared to ajv so strict mode stays on. Each keyword is an
 * annotation (it never fails validation); its value is checked by the given meta-schema when a
 * schema is compiled. `x-fp-indicator` is added by the resolver on self-assessment answers.
 */
export const FP_KEYWORDS: readonly KeywordDefinition[] = [
  { keyword: 'x-fp-id', metaSchema: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } },
  { keyword: 'x-fp-label', metaSchema: localized },
  { keyword: 'x-fp-help', metaSchema: localized },
  { keyword: 'x-fp-period-kinds', metaSchema: stringList },
  { keyword: 'x-fp-provenance', metaSchema: { type: 'object', required: ['status'], properties: { status: { enum: ['confirmed', 'proposed'] } } } },
  { keyword: 'x-fp-order', metaSchema: stringList },
  { keyword: 'x-fp-widget', metaSchema: { enum: ['textarea', 'radio', 'select', 'checkbox', 'date', 'money'] } },
  { keyword: 'x-fp-unit', metaSchema: { enum: ['person', 'household', 'case', 'VND', 'percent'] } },
  { keyword: 'x-fp-computed', metaSchema: { type: 'string' } },
  { keyword: 'x-fp-visible-if', metaSchema: { type: 'string' } },
  { keyword: 'x-fp-category', metaSchema: { type: 'object', required: ['categorySet'], properties: { categorySet: { type: 'string' } } } },
  { keyword: 'x-fp-matrix', metaSchema: { type: 'object', required: ['rows', 'columns'], properties: { rows: {}, columns: {} } } },
  { keyword: 'x-fp-rules', metaSchema: {
    type: 'array',
    items: { type: 'object', required: ['code', 'expr'], properties: { code: { type: 'string' }, expr: { type: 'string' } } },
  } },
  { keyword: 'x-fp-from-criteria', metaSchema: { type: 'string' } },
  { keyword: 'x-fp-header', metaSchema: { type: 'boolean' } },
  { keyword: 'x-fp-indicator', metaSchema: { type: 'object' } },
  { keyword: 'x-fp-retired', metaSchema: { type: 'boolean' } },
];

/** Names of every x-fp keyword. */
export const FP_KEYWORD_NAMES: readonly string[] = FP_KEYWORDS.map((k) => String(k.keyword));
