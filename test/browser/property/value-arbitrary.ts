// fast-check arbitraries of data for a generated schema: mostly shaped like the schema, often
// wrong (wrong types, out of bounds, negatives, extra or missing properties, markup in strings).
import fc from 'fast-check';
import { KEY_POOL } from './schema-arbitrary.js';
import type { Schema } from './schema-arbitrary.js';

/** A string that would run script if anything rendered it as HTML. */
export const XSS = '<img src=x onerror=alert(1)>';

/** Strings, all already NFC (the model normalises text, ajv does not). */
const text = fc.oneof(
  { arbitrary: fc.constant(XSS), weight: 2 },
  { arbitrary: fc.constantFrom('', 'nam', 'nữ', 'Phường Nhật Tân', '2018-06-30', '2018-02-30', '30/06/2018', '  ', '<b>x</b>', 'a"b\'c'), weight: 3 },
  { arbitrary: fc.string({ maxLength: 25 }), weight: 2 },
);

/** Any JSON value of small size, used as the "wrong" alternative. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.constantFrom(1, 'x', XSS), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom(...KEY_POOL), fc.constantFrom(1, 'x', XSS, null), { maxKeys: 2, noNullPrototype: true }),
);

/** A value of the shape of `schema` (a right one three times in four, at every level). */
export function valueFor(schema: Schema): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: shaped(schema), weight: 3 }, { arbitrary: junk, weight: 1 });
}

function shaped(schema: Schema): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.enum)) return fc.oneof(fc.constantFrom(...(schema.enum as unknown[])), text);
  if ('const' in schema) return fc.oneof(fc.constant(schema.const), junk);
  const min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
  const max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
  const lo = min ?? Math.min(-100, (max ?? 0) - 100);
  const hi = max ?? Math.max(1000, lo + 100);
  switch (schema.type) {
    case 'integer':
      return fc.integer({ min: Math.ceil(lo) - 3, max: Math.floor(hi) + 3 });
    case 'number':
      return fc.oneof(fc.double({ min: lo - 5, max: hi + 5, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -10, max: 10 }));
    case 'string':
      return schema.format === 'date' ? fc.oneof(fc.constantFrom('2018-06-30', '2018-02-30', '2018-13-01', ''), text) : text;
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const max = typeof schema.maxItems === 'number' ? schema.maxItems + 1 : 4;
      return fc.array(valueFor(schema.items as Schema), { maxLength: max });
    }
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, s] of Object.entries(props)) model[k] = valueFor(s);
      const extra = fc.option(fc.dictionary(fc.constantFrom('extra', 'thua', ...KEY_POOL), junk, { maxKeys: 2, noNullPrototype: true }), { freq: 4 });
      return fc.tuple(fc.record(model, { requiredKeys: [], noNullPrototype: true }), extra).map(([own, more]) => ({ ...(more ?? {}), ...own }));
    }
    default:
      return junk;
  }
}
