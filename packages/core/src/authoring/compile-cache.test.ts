import { beforeAll, describe, expect, it } from 'vitest';
import type { MetaSchemaDoc } from '../pack/meta-validator.js';
import type { PackSource } from '../pack/types.js';
import { resolveAuthoredForm } from '../schema/resolve-form.js';
import { addMatrixColumn, setCategoryItemLabel, setFormLabel, setMatrixColumn } from './commands.js';
import { cachedResolveForm, compileKey } from './compile-cache.js';
import { EditSession } from './edit-session.js';
import { checkDraftPack } from './problems.js';
import { loadTayHo2018Pack, testMetaSchemas } from './test-support/packs.js';

let meta: MetaSchemaDoc[];
let tayHo: PackSource;
beforeAll(async () => {
  meta = await testMetaSchemas();
  tayHo = await loadTayHo2018Pack();
});

const form = (pack: PackSource, id: string) => pack.forms.find((f) => f['x-fp-id'] === id)!;

describe('cachedResolveForm', () => {
  it('gives the same resolution for a form an edit did not touch, and a new one for the edited form', () => {
    const s = new EditSession(tayHo);
    const before02 = cachedResolveForm(s.doc, form(s.doc, 'bieu-02'));
    const before01 = cachedResolveForm(s.doc, form(s.doc, 'bieu-01'));
    expect(before02).toEqual(resolveAuthoredForm(s.doc, form(s.doc, 'bieu-02')));
    s.apply(setFormLabel('bieu-01', { vi: 'Biểu 01 (sửa)', en: 'Form 01 (edited)' }));
    expect(cachedResolveForm(s.doc, form(s.doc, 'bieu-02'))).toBe(before02);
    const after01 = cachedResolveForm(s.doc, form(s.doc, 'bieu-01'));
    expect(after01).not.toBe(before01);
    expect(after01.title.vi).toBe('Biểu 01 (sửa)');
  });

  it('resolves again when a category set the form may read changes', () => {
    const s = new EditSession(tayHo);
    const before = cachedResolveForm(s.doc, form(s.doc, 'bieu-02'));
    const set = s.doc.categorySets.find((c) => c.id === 'hcdb-dieu-10')!;
    s.apply(setCategoryItemLabel('hcdb-dieu-10', set.items[0].code, { vi: 'Nhóm đổi tên', en: 'Renamed group' }));
    const after = cachedResolveForm(s.doc, form(s.doc, 'bieu-02'));
    expect(after).not.toBe(before);
    expect(JSON.stringify(after.schema)).toContain('Nhóm đổi tên');
  });

  it('never remembers a document that is not frozen (it could be changed in place)', () => {
    const pack = structuredClone(tayHo);
    const first = cachedResolveForm(pack, form(pack, 'bieu-02'));
    expect(cachedResolveForm(pack, form(pack, 'bieu-02'))).not.toBe(first);
  });

  it('leaves checkDraftPack finding an edit that breaks a form after the unchanged forms were remembered', () => {
    const s = new EditSession(tayHo);
    expect(checkDraftPack(s.doc, meta)).toEqual([]);
    s.apply(addMatrixColumn('bieu-02', '/so_lieu', { code: 'moi', label: { vi: 'Cột mới', en: 'New column' }, type: 'count' }, 1));
    expect(checkDraftPack(s.doc, meta)).toEqual([]);
    s.apply(setMatrixColumn('bieu-02', '/so_lieu', 'tong_so', { computed: 'sum(khong_co)' }));
    const problems = checkDraftPack(s.doc, meta);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].message.en).toMatch(/khong_co/);
    s.undo();
    expect(checkDraftPack(s.doc, meta)).toEqual([]);
  });
});

describe('compileKey', () => {
  it('is the same after a rename (labels do not decide whether a schema compiles) and differs after a new column', () => {
    const s = new EditSession(tayHo);
    const key = () => compileKey(cachedResolveForm(s.doc, form(s.doc, 'bieu-02')).schema);
    const before = key();
    s.apply(setMatrixColumn('bieu-02', '/so_lieu', 'duoc_tro_giup', { label: { vi: 'Được giúp', en: 'Helped' } }));
    s.apply(setFormLabel('bieu-02', { vi: 'Biểu 02 (sửa)', en: 'Form 02 (edited)' }));
    expect(key()).toBe(before);
    s.apply(addMatrixColumn('bieu-02', '/so_lieu', { code: 'moi', label: { vi: 'Cột mới', en: 'New column' }, type: 'count' }, 1));
    expect(key()).not.toBe(before);
  });

  it('keeps what ajv checks: a type, a bound, a title that is not a string', () => {
    const field = (type: string, minimum: number, label: string) => ({ type, minimum, 'x-fp-label': { vi: label } });
    const base = { type: 'object', title: 'A', properties: { a: field('integer', 0, 'a') } };
    expect(compileKey({ ...base, title: 'B', properties: { a: field('integer', 0, 'b') } })).toBe(compileKey(base));
    expect(compileKey({ ...base, properties: { a: field('number', 0, 'a') } })).not.toBe(compileKey(base));
    expect(compileKey({ ...base, properties: { a: field('integer', 1, 'a') } })).not.toBe(compileKey(base));
    expect(compileKey({ ...base, title: 7 })).not.toBe(compileKey(base));
  });
});
