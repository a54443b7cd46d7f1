import { open, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackFromDir } from './load-dir.js';
import { MAX_FILE_BYTES } from './file-limits.js';
import type { MetaSchemaDoc } from './meta-validator.js';
import type { LoadResult, PackError } from './pack-error.js';
import { copyMinimalPack, editJson, MINIMAL_PACK } from './test-support/fixture-pack.js';
import { testMetaSchemas } from './test-support/meta-schemas.js';

let metaSchemas: MetaSchemaDoc[];
beforeAll(async () => {
  metaSchemas = await testMetaSchemas();
});

const errorsOf = (r: LoadResult): PackError[] => {
  if (r.ok) throw new Error('expected errors');
  return r.errors;
};
const load = (dir: string): Promise<LoadResult> => loadPackFromDir(dir, { metaSchemas });

describe('loadPackFromDir', () => {
  it('loads the minimal valid pack', async () => {
    const r = await load(MINIMAL_PACK);
    expect(r.ok ? r.pack.manifest.id : r.errors).toBe('mini-2018');
    if (r.ok) expect(r.pack.forms.map((f) => f['x-fp-id'])).toEqual(['bieu-01', 'tu-danh-gia']);
  });

  it('reports a missing required part by file', async () => {
    const dir = await copyMinimalPack();
    await rm(join(dir, 'calendar.json'));
    const errs = errorsOf(await load(dir));
    expect(errs).toContainEqual(expect.objectContaining({ file: 'calendar.json', pointer: '', code: 'missing-part' }));
    expect(errs[0].message.vi).toMatch(/Thiếu phần bắt buộc/);
  });

  it('reports a wrong type with file and pointer', async () => {
    const dir = await copyMinimalPack();
    await editJson(dir, 'pack.json', (p) => { p.year = '2018'; });
    const errs = errorsOf(await load(dir));
    expect(errs).toContainEqual(expect.objectContaining({ file: 'pack.json', pointer: '/year', keyword: 'type' }));
  });

  it('reports a missing required property at its own pointer', async () => {
    const dir = await copyMinimalPack();
    await editJson(dir, 'agencies.json', (a) => { delete a[1].name; });
    const errs = errorsOf(await load(dir));
    expect(errs).toContainEqual(expect.objectContaining({ file: 'agencies.json', pointer: '/1/name', keyword: 'required' }));
  });

  it('reports dangling references: period kind, category set, agency, parent', async () => {
    const dir = await copyMinimalPack();
    await editJson(dir, 'forms/bieu-01.json', (f) => {
      f['x-fp-period-kinds'] = ['H1', 'Q9'];
      f.properties.so_lieu['x-fp-matrix'].rows.categorySet = 'khong-co';
    });
    await editJson(dir, 'plan.json', (p) => { p.assignments[0].children[0].agencies = ['XX']; });
    await editJson(dir, 'org-units.json', (o) => { o[2].parent = 'D9'; });
    const errs = errorsOf(await load(dir));
    expect(errs).toEqual(expect.arrayContaining([
      expect.objectContaining({ file: 'forms/bieu-01.json', pointer: '/x-fp-period-kinds/1', code: 'unknown-period-kind' }),
      expect.objectContaining({ file: 'forms/bieu-01.json', pointer: '/properties/so_lieu/x-fp-matrix/rows/categorySet', code: 'unknown-category-set' }),
      expect.objectContaining({ file: 'plan.json', pointer: '/assignments/0/children/0/agencies/0', code: 'unknown-agency' }),
      expect.objectContaining({ file: 'org-units.json', pointer: '/2/parent', code: 'unknown-org-unit' }),
    ]));
  });

  it('reports duplicate codes pointing at the second one', async () => {
    const dir = await copyMinimalPack();
    await editJson(dir, 'org-units.json', (o) => { o[2].code = 'W1'; });
    await editJson(dir, 'category-sets.json', (c) => { c[2].items[1].code = 'HCDB_01_a'; });
    const errs = errorsOf(await load(dir));
    expect(errs).toEqual(expect.arrayContaining([
      expect.objectContaining({ file: 'org-units.json', pointer: '/2/code', code: 'duplicate-code' }),
      expect.objectContaining({ file: 'category-sets.json', pointer: '/2/items/1/code', code: 'duplicate-code' }),
    ]));
  });

  it('reports criteria points that do not add up', async () => {
    const dir = await copyMinimalPack();
    await editJson(dir, 'criteria/cf.json', (c) => { c.criteria[1].indicators[1].maxPoints = 4; });
    const errs = errorsOf(await load(dir));
    expect(errs).toContainEqual(expect.objectContaining({ file: 'criteria/cf.json', pointer: '/criteria/1/maxPoints', code: 'points-mismatch' }));
  });

  it('refuses a non-NFC label with its pointer', async () => {
    const dir = await copyMinimalPack();
    await editJson(dir, 'agencies.json', (a) => { a[0].name.vi = 'Phòng Lao động'.normalize('NFD'); });
    const errs = errorsOf(await load(dir));
    expect(errs).toContainEqual(expect.objectContaining({ file: 'agencies.json', pointer: '/0/name/vi', code: 'not-nfc' }));
  });

  it('refuses a __proto__ key with its pointer and pollutes nothing', async () => {
    const dir = await copyMinimalPack();
    const text = await readFile(join(dir, 'pack.json'), 'utf8');
    await writeFile(join(dir, 'pack.json'), text.replace('"locale"', '"__proto__": { "polluted": true }, "locale"'));
    const errs = errorsOf(await load(dir));
    expect(errs).toContainEqual(expect.objectContaining({ file: 'pack.json', pointer: '/__proto__', code: 'forbidden-key' }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a 50 MB file without reading it', async () => {
    const dir = await copyMinimalPack();
    const fh = await open(join(dir, 'plan.json'), 'w');
    await fh.truncate(50 * 1024 * 1024);
    await fh.close();
    const t0 = Date.now();
    const errs = errorsOf(await load(dir));
    expect(Date.now() - t0).toBeLessThan(2000);
    const e = errs.find((x) => x.file === 'plan.json');
    expect(e).toMatchObject({ code: 'file-too-large', pointer: '' });
    expect(e?.message.en).toContain(String(MAX_FILE_BYTES));
  });

  it('reports invalid JSON with file, line and column', async () => {
    const dir = await copyMinimalPack();
    await writeFile(join(dir, 'agencies.json'), '[\n  { "code": "A",\n    "name": }\n]');
    const errs = errorsOf(await load(dir));
    expect(errs).toContainEqual(expect.objectContaining({ file: 'agencies.json', code: 'invalid-json' }));
    expect(errs.find((e) => e.file === 'agencies.json')?.message.en).toMatch(/line 3, column \d+/);
  });

  it('reports an expression naming a missing field', async () => {
    const dir = await copyMinimalPack();
    await editJson(dir, 'forms/bieu-01.json', (f) => { f['x-fp-rules'][0].expr = 'so_lieu.HCDB_09.tong_so <= tong_tre_em'; });
    const errs = errorsOf(await load(dir));
    expect(errs).toContainEqual(expect.objectContaining({ file: 'forms/bieu-01.json', pointer: '/x-fp-rules/0/expr', code: 'unknown-field' }));
  });

  it('reports an expression syntax error', async () => {
    const dir = await copyMinimalPack();
    await editJson(dir, 'forms/bieu-01.json', (f) => { f['x-fp-rules'][0].expr = 'tong_tre_em <= ('; });
    const errs = errorsOf(await load(dir));
    expect(errs).toContainEqual(expect.objectContaining({ file: 'forms/bieu-01.json', code: 'bad-expression' }));
  });

  it('reports an indicator binding naming a missing field or form', async () => {
    const dir = await copyMinimalPack();
    await editJson(dir, 'criteria/cf.json', (c) => {
      c.criteria[1].indicators[0].binding = 'bieu_01.so_lieu.HCDB_09.tong_so';
      c.criteria[1].indicators[1].binding = 'forms.bieu-09.x';
    });
    const errs = errorsOf(await load(dir));
    expect(errs).toEqual(expect.arrayContaining([
      expect.objectContaining({ file: 'criteria/cf.json', pointer: '/criteria/1/indicators/0/binding', code: 'unknown-field' }),
    ]));
    expect(errs.filter((e) => e.code === 'unknown-field' || e.code === 'bad-expression')).toHaveLength(2);
  });

  it('returns an error, not a throw, for a missing folder', async () => {
    const errs = errorsOf(await load('/nonexistent/formplan/pack'));
    expect(errs[0].code).toBe('read-failed');
  });
});
