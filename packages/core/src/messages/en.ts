import { list, str, type MessageCatalog } from './catalog.js';

/** English messages for data validation keywords and pack errors. */
export const en: MessageCatalog = {
  'kw.required': () => 'This field is required',
  'kw.type': (p) =>
    p.type === 'integer' && p.nonNegative === true
      ? 'Must be a non-negative whole number'
      : `Must be ${String(p.type).split(',').map((t) => (t === 'integer' ? 'a whole number' : `a ${t}`)).join(' or ')}`,
  'kw.minimum': (p) => (p.limit === 0 ? 'Must not be negative' : `Must be at least ${str(p.limit)}`),
  'kw.maximum': (p) => `Must be at most ${str(p.limit)}`,
  'kw.exclusiveMinimum': (p) => `Must be greater than ${str(p.limit)}`,
  'kw.exclusiveMaximum': (p) => `Must be less than ${str(p.limit)}`,
  'kw.multipleOf': (p) => `Must be a multiple of ${str(p.multipleOf)}`,
  'kw.enum': (p) => `Must be one of: ${list(p.allowedValues)}`,
  'kw.const': (p) => `Must equal ${str(p.allowedValue)}`,
  'kw.format': (p) => (p.format === 'date' ? 'Must be a valid date (dd/mm/yyyy)' : `Must match format ${str(p.format)}`),
  'kw.pattern': (p) => `Must match the pattern ${str(p.pattern)}`,
  'kw.additionalProperties': (p) => `Field "${str(p.additionalProperty)}" is not allowed`,
  'kw.maxLength': (p) => `Must be at most ${str(p.limit)} characters`,
  'kw.minLength': (p) => (p.limit === 1 ? 'Must not be empty' : `Must be at least ${str(p.limit)} characters`),
  'kw.maxItems': (p) => `Must have at most ${str(p.limit)} items`,
  'kw.minItems': (p) => `Must have at least ${str(p.limit)} items`,
  'kw.uniqueItems': (p) => `Items must be unique (items ${str(p.j)} and ${str(p.i)} are equal)`,
  'kw.oneOf': () => 'Must match exactly one allowed shape',
  'kw.anyOf': () => 'Must match one of the allowed shapes',
  'kw.not': () => 'Value is not allowed',
  'kw.propertyNames': (p) => `Invalid field name: "${str(p.propertyName)}"`,
  'kw.minProperties': (p) => `Must have at least ${str(p.limit)} fields`,
  'kw.maxProperties': (p) => `Must have at most ${str(p.limit)} fields`,
  'kw.unevaluatedProperties': (p) => `Field "${str(p.unevaluatedProperty)}" is not allowed`,
  'kw.dependentRequired': (p) => `When "${str(p.property)}" is present, "${str(p.missingProperty)}" is required`,
  'kw.contains': () => 'The list lacks a required item',
  'kw.false schema': () => 'No value is allowed here',
  'kw.unknown': (p) => `Invalid value (${str(p.keyword)})`,
};
