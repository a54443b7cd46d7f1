import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackFromDir } from '../pack/load-dir.js';
import { MINIMAL_PACK } from '../pack/test-support/fixture-pack.js';
import { testMetaSchemas } from '../pack/test-support/meta-schemas.js';
import { createAjv } from '../schema/create-ajv.js';
import { resolveForm } from '../schema/resolve-form.js';
import type { SchemaNode } from '../schema/resolved-form.js';
import { AjvValidator } from './ajv-validator.js';
import { InterpretingValidator } from './interpreting-validator.js';
import { PrecompiledValidator, isValidatorsModule, type ValidatorsModule } from './precompiled-validator.js';
import { schemaHash } from './schema-hash.js';
import type { Validator } from './validator.js';

let schema: SchemaNode;
let mod: ValidatorsModule;
beforeAll(async () => {
  const r = await loadPackFromDir(MINIMAL_PACK, { metaSchemas: await testMetaSchemas() });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  schema = (resolveForm(r.pack, 'bieu-01') as { schema: SchemaNode }).schema;
  // what a validators module holds: ajv's function for the form, with the hash it was built from
  const validate = createAjv({ strict: false }).compile(schema);
  mod = { format: 1, pack: { id: 'x', version: '1.0.0' }, forms: { 'bieu-01': { hash: schemaHash(schema), validate } } };
});

const header = { ngay_chot_so_lieu: '2018-05-10', nguoi_lap: 'Nguyễn Thị B' };
const bad = { thong_tin: { nguoi_lap: 42 }, tong_tre_em: -1, so_lieu: { HCDB_02: { tu_6__nu: 1.5 } } };

/** A validator that records which schemas reached it. */
function spy(inner: Validator = new InterpretingValidator()): Validator & { seen: unknown[] } {
  const seen: unknown[] = [];
  return {
    seen,
    prepare: (s) => (seen.push(s), inner.prepare?.(s) ?? { ok: true }),
    validate: (s, v) => (seen.push(s), inner.validate(s, v)),
  };
}

describe('PrecompiledValidator', () => {
  it('gives AjvValidator\'s errors, messages included, through the precompiled function', () => {
    const fallback = spy();
    const v = new PrecompiledValidator(mod, { fallback, warn: () => undefined });
    const expected = new AjvValidator().validate(schema, bad);
    expect(expected.length).toBeGreaterThan(2);
    expect(v.validate(schema, bad)).toEqual(expected);
    expect(v.validate(schema, { thong_tin: header, tong_tre_em: 3 })).toEqual([]);
    expect(v.prepare(schema)).toEqual({ ok: true });
    expect(fallback.seen).toEqual([]);
  });

  it('falls back to the interpreter for a form whose schema changed since the build, and says so once', () => {
    const warned: string[] = [];
    const fallback = spy();
    const v = new PrecompiledValidator(mod, { fallback, warn: (m) => warned.push(m) });
    const changed = structuredClone(schema);
    changed.required = ['thong_tin'];
    expect(v.has(changed)).toBe(false);
    expect(v.validate(changed, bad).map((e) => e.pointer).sort()).toEqual(new AjvValidator().validate(changed, bad).map((e) => e.pointer).sort());
    v.validate(changed, {});
    expect(fallback.seen.length).toBe(2);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatch(/biểu "bieu-01" có bộ kiểm tra biên dịch sẵn đã cũ.*form "bieu-01" precompiled validator is stale/);
  });

  it('falls back for a form the module does not hold (once in the console) and, silently, for a run-time schema', () => {
    const warned: string[] = [];
    const v = new PrecompiledValidator({ ...mod, forms: {} }, { warn: (m) => warned.push(m) });
    expect(v.validate(schema, bad).length).toBeGreaterThan(2);
    v.validate(schema, bad);
    expect(warned).toEqual([expect.stringMatching(/biểu "bieu-01" không có bộ kiểm tra biên dịch sẵn/)]);
    const plain = { type: 'object', properties: { n: { type: 'integer', minimum: 0 } } };
    expect(v.validate(plain, { n: -1 })).toEqual([expect.objectContaining({ pointer: '/n', keyword: 'minimum' })]);
    expect(warned).toHaveLength(1);
  });

  it('without a module, judges everything with the fallback; a schema the fallback refuses is refused', () => {
    const v = new PrecompiledValidator(undefined, { warn: () => undefined });
    expect(v.validate(schema, bad).length).toBeGreaterThan(2);
    expect(v.prepare({ $ref: '#/nowhere' }).ok).toBe(false);
  });

  it('recognises a validators module', () => {
    expect(isValidatorsModule(mod)).toBe(true);
    expect(isValidatorsModule({ default: mod })).toBe(false);
    expect(isValidatorsModule(null)).toBe(false);
  });
});
