import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { AjvValidator } from '../validation/ajv-validator.js';
import { resolvePack } from '../schema/resolve-form.js';
import { loadPackFromDir } from './load-dir.js';
import { loadPack } from './load-pack.js';
import type { MetaSchemaDoc } from './meta-validator.js';
import { MINIMAL_PACK } from './test-support/fixture-pack.js';
import { testMetaSchemas } from './test-support/meta-schemas.js';

const TAY_HO = fileURLToPath(new URL('../../../../schemas/packs/tay-ho-2018/', import.meta.url));
let metaSchemas: MetaSchemaDoc[];
let source: Record<string, unknown>;

beforeAll(async () => {
  metaSchemas = await testMetaSchemas();
  const read = async (f: string): Promise<unknown> => JSON.parse(await readFile(join(MINIMAL_PACK, f), 'utf8'));
  source = {
    manifest: await read('pack.json'), orgUnits: await read('org-units.json'), agencies: await read('agencies.json'),
    categorySets: await read('category-sets.json'), calendar: await read('calendar.json'), plan: await read('plan.json'),
    criteriaSets: [await read('criteria/cf.json')], forms: [await read('forms/bieu-01.json'), await read('forms/tu-danh-gia.json')],
  };
});

describe('loadPack (object, browser-safe)', () => {
  it('loads a pack given as one object', () => {
    const r = loadPack(source, { metaSchemas });
    expect(r.ok).toBe(true);
  });

  it('refuses non-objects and names files of object parts', () => {
    expect(loadPack(null, { metaSchemas })).toMatchObject({ ok: false, errors: [{ code: 'not-a-pack' }] });
    expect(loadPack([], { metaSchemas })).toMatchObject({ ok: false, errors: [{ code: 'not-a-pack' }] });
    const bad = structuredClone(source) as { forms: Record<string, unknown>[] };
    bad.forms[0]['x-fp-period-kinds'] = ['ZZ'];
    const r = loadPack(bad, { metaSchemas });
    expect(r).toMatchObject({ ok: false, errors: [{ file: 'forms/bieu-01.json', pointer: '/x-fp-period-kinds/0', code: 'unknown-period-kind' }] });
  });

  it('refuses functions, cycles and class instances without throwing', () => {
    const cyclic = structuredClone(source) as Record<string, unknown> & { plan: Record<string, unknown> };
    cyclic.plan.self = cyclic.plan;
    const r = loadPack(cyclic, { metaSchemas });
    expect(r.ok ? [] : r.errors).toContainEqual(expect.objectContaining({ file: 'plan.json', code: 'too-deep' }));
    const fn = { ...source, agencies: [{ code: 'A', name: { vi: 'A' }, f: () => 1 }] };
    const rf = loadPack(fn, { metaSchemas });
    expect(rf.ok ? [] : rf.errors).toContainEqual(expect.objectContaining({ file: 'agencies.json', pointer: '/0/f', code: 'not-json-value' }));
    const dated = { ...source, agencies: [{ code: 'A', name: { vi: 'A' }, d: new Date() }] };
    expect(loadPack(dated, { metaSchemas }).ok).toBe(false);
  });

  it('reports a broken meta-schema instead of throwing', () => {
    const r = loadPack(source, { metaSchemas: [{ file: 'schemas/meta/x.schema.json', schema: { $id: 'urn:formplan:meta:x', type: 'objekt' } }] });
    expect(r).toMatchObject({ ok: false, errors: [{ file: 'schemas/meta/x.schema.json', code: 'meta-schema' }] });
  });
});

describe('the Tây Hồ 2018 pack', () => {
  it('loads, resolves, and every resolved form accepts an empty draft with only the header missing', async () => {
    const r = await loadPackFromDir(TAY_HO, { metaSchemas });
    if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 5)));
    const forms = resolvePack(r.pack);
    expect(forms.length).toBe(r.pack.forms.length);
    const v = new AjvValidator();
    for (const f of forms) {
      const errs = v.validate(f.schema, {});
      expect(errs.every((e) => e.keyword === 'required')).toBe(true);
    }
  });
});
