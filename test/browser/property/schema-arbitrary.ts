// fast-check arbitraries of JSON Schema 2020-12 object schemas that ajv strict mode accepts:
// nested objects, numbers with bounds, strings (maxLength, date, enum), booleans, consts,
// arrays of primitives or small objects, required lists, x-fp-label, and constructs formplan
// cannot render (they must show <fp-unsupported>).
import fc from 'fast-check';

/** A JSON Schema node as plain data. */
export type Schema = Record<string, unknown>;

/**
 * Property names the generator uses: ASCII, Vietnamese (already NFC), and pointer-escaped
 * characters (`/`, `~`). Never `__proto__`/`constructor`/`prototype` (the model drops those keys).
 */
export const KEY_POOL = ['a', 'b', 'so_luong', 'ten', 'ngay', 'ghi_chu', 'danh_sach', 'co', 'tỷ lệ', 'a/b', 'm~n', 'x1'] as const;

/** Marks a node the renderers cannot show (the test looks for its <fp-unsupported>). */
export const UNSUPPORTED = 'x-test-unsupported';

const label = fc.record({ vi: fc.constantFrom('Số trẻ em', 'Tên', 'Ngày', 'Ghi chú <b>đậm</b>', 'Nhãn <img src=x onerror=alert(1)>'), en: fc.constantFrom('Children', 'Name', 'Date') }, { noNullPrototype: true });

/** Adds an `x-fp-label` to about one node in three. */
function labelled(arb: fc.Arbitrary<Schema>): fc.Arbitrary<Schema> {
  return fc.tuple(arb, fc.option(label, { freq: 2 })).map(([s, l]) => (l ? { ...s, 'x-fp-label': l } : s));
}

/** Optional `minimum`/`maximum`, ordered. */
function bounds(n: fc.Arbitrary<number>, lo: string, hi: string): fc.Arbitrary<Schema> {
  return fc.tuple(fc.option(n), fc.option(n)).map(([a, b]) => {
    const out: Schema = {};
    if (a !== null && b !== null) {
      out[lo] = Math.min(a, b);
      out[hi] = Math.max(a, b);
    } else if (a !== null) out[lo] = a;
    else if (b !== null) out[hi] = b;
    return out;
  });
}

const integerSchema = bounds(fc.integer({ min: -50, max: 500 }), 'minimum', 'maximum').map((b) => ({ type: 'integer', ...b }));
const numberSchema = bounds(fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }), 'minimum', 'maximum')
  .map((b) => ({ type: 'number', ...b }));
const stringSchema = fc.oneof(
  fc.option(fc.integer({ min: 0, max: 20 })).map((m) => (m === null ? { type: 'string' } : { type: 'string', maxLength: m })),
  fc.constant({ type: 'string', format: 'date' }),
  fc.uniqueArray(fc.constantFrom('nam', 'nữ', 'khác', 'Phường Nhật Tân'), { minLength: 1, maxLength: 4 }).map((e) => ({ type: 'string', enum: e })),
);
const booleanSchema = fc.constant({ type: 'boolean' });
const constSchema = fc.constantFrom<Schema>({ const: 'co' }, { const: 3 });

/** Nodes no built-in renderer applies to. */
export const unsupportedSchema: fc.Arbitrary<Schema> = fc
  .constantFrom<Schema>(
    { oneOf: [{ type: 'string' }, { type: 'integer' }] },
    { type: ['string', 'integer'] },
    { not: { type: 'string' } },
    {},
    { anyOf: [{ type: 'boolean' }, { type: 'number', minimum: 0 }] },
  )
  .map((s) => ({ ...s, [UNSUPPORTED]: true }));

const primitive = fc.oneof(integerSchema, numberSchema, stringSchema, booleanSchema);

/** Optional ordered `minItems`/`maxItems`. */
const itemBounds = bounds(fc.integer({ min: 0, max: 3 }), 'minItems', 'maxItems');

/** An object schema of nesting depth at most `depth` (0: only leaves). */
export function objectSchema(depth: number): fc.Arbitrary<Schema> {
  const children: fc.Arbitrary<Schema>[] = [primitive, primitive, labelled(constSchema), unsupportedSchema];
  const arrayItems = depth > 0 ? fc.oneof(primitive, objectSchema(Math.min(depth - 1, 1))) : primitive;
  children.push(fc.tuple(arrayItems, itemBounds).map(([items, b]) => ({ type: 'array', items, ...b })));
  if (depth > 0) children.push(objectSchema(depth - 1));
  const child = labelled(fc.oneof(...children));
  return labelled(
    fc
      .tuple(
        fc.uniqueArray(fc.constantFrom(...KEY_POOL), { maxLength: depth > 1 ? 5 : 4 }),
        fc.array(child, { minLength: 5, maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        fc.boolean(),
        fc.nat(9),
      )
      .map(([keys, kids, req, withRequired, closed]) => {
        const properties: Record<string, Schema> = {};
        keys.forEach((k, i) => (properties[k] = kids[i]));
        const node: Schema = { type: 'object', properties };
        const required = keys.filter((_, i) => req[i]);
        if (withRequired && required.length) node.required = required;
        if (closed < 2) node.additionalProperties = false;
        return node;
      }),
  );
}

/** Pointers (outside arrays) of the unsupported nodes, which must show a notice. */
export function unsupportedPointers(schema: Schema, pointer = ''): string[] {
  if (schema[UNSUPPORTED]) return [pointer];
  const props = schema.properties as Record<string, Schema> | undefined;
  if (!props) return [];
  const esc = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');
  return Object.entries(props).flatMap(([k, s]) => unsupportedPointers(s, `${pointer}/${esc(k)}`));
}

/** A copy without the test marker keyword (ajv strict mode refuses unknown keywords). */
export function stripMarkers(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(stripMarkers);
  if (schema && typeof schema === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(schema)) if (k !== UNSUPPORTED) out[k] = stripMarkers(v);
    return out;
  }
  return schema;
}
