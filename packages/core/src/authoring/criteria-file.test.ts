import { beforeAll, describe, expect, it } from 'vitest';
import type { MetaSchemaDoc } from '../pack/meta-validator.js';
import type { PackSource } from '../pack/types.js';
import { InterpretingValidator } from '../validation/interpreting-validator.js';
import { readCriteriaSetFile } from './criteria-file.js';
import { loadTayHo2018Pack, testMetaSchemas } from './test-support/packs.js';

let pack: PackSource;
let metaSchemas: MetaSchemaDoc[];
beforeAll(async () => { [pack, metaSchemas] = await Promise.all([loadTayHo2018Pack(), testMetaSchemas()]); });

const vi = (r: ReturnType<typeof readCriteriaSetFile>) => (r.ok ? [] : r.errors.map((e) => e.vi));

describe('readCriteriaSetFile', () => {
  it('reads a valid criteria set', () => {
    const text = JSON.stringify(pack.criteriaSets[0]);
    const r = readCriteriaSetFile(`\ufeff${text}`, { metaSchemas, file: 'qd-34-2014.json' });
    expect(r).toEqual({ ok: true, set: pack.criteriaSets[0] });
  });

  it('refuses text that is not JSON, naming the file and line', () => {
    const r = readCriteriaSetFile('{ "id": ', { metaSchemas, file: 'hong.json' });
    expect(vi(r)).toHaveLength(1);
    expect(vi(r)[0]).toMatch(/^Tệp "hong.json" không phải JSON hợp lệ: .*dòng 1/);
    expect(r.ok ? '' : r.errors[0].en).toMatch(/^File "hong.json" is not valid JSON/);
  });

  it('refuses a file over the limit before parsing it', () => {
    const r = readCriteriaSetFile('x'.repeat(2000), { metaSchemas, maxBytes: 1000, file: 'lon.json' });
    expect(vi(r)).toEqual(['Tệp "lon.json" quá lớn (2000 byte); tối đa 1000 byte.']);
    // multi-byte text is measured in UTF-8 bytes
    expect(readCriteriaSetFile(`"${'ệ'.repeat(400)}"`, { metaSchemas, maxBytes: 1000 }).ok).toBe(false);
  });

  it('refuses forbidden keys and text that is not NFC, with pointers', () => {
    const set = structuredClone(pack.criteriaSets[0]) as unknown as Record<string, unknown>;
    const text = JSON.stringify(set).replace('{', '{"__proto__":{"polluted":true},');
    const r = readCriteriaSetFile(text, { metaSchemas, file: 'xau.json' });
    expect(r.ok).toBe(false);
    expect(vi(r)[1]).toMatch(/^Tệp "xau.json" \/__proto__: /);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const nfd = JSON.stringify({ ...pack.criteriaSets[0], title: { vi: 'Tiêu chí'.normalize('NFD') } });
    expect(vi(readCriteriaSetFile(nfd, { metaSchemas, file: 'nfd.json' }))[1]).toMatch(/^Tệp "nfd.json" \/title\/vi: /);
  });

  it('refuses what the criteria-set meta-schema refuses, listing a bounded number of errors', () => {
    const r = readCriteriaSetFile(JSON.stringify({ id: 'x' }), { metaSchemas, file: 'thieu.json', maxErrors: 2 });
    expect(vi(r)[0]).toMatch(/^Tệp "thieu.json" không phải bộ tiêu chí hợp lệ \(\d+ lỗi\)\.$/);
    expect(vi(r).length).toBeLessThanOrEqual(3);
  });

  it('refuses without meta-schemas rather than trusting the file', () => {
    expect(vi(readCriteriaSetFile(JSON.stringify(pack.criteriaSets[0]), { metaSchemas: [] }))).toEqual(['Chưa có lược đồ để kiểm tra tệp bộ tiêu chí.']);
  });

  it('judges with the interpreter (a page under a strict CSP) as with ajv', () => {
    const interpreter = new InterpretingValidator();
    const good = JSON.stringify(pack.criteriaSets[0]);
    expect(readCriteriaSetFile(good, { metaSchemas, interpreter })).toEqual({ ok: true, set: pack.criteriaSets[0] });
    const bad = JSON.stringify({ ...pack.criteriaSets[0], criteria: [{ code: 1 }] });
    const ajv = readCriteriaSetFile(bad, { metaSchemas, file: 'sai.json' });
    const interpreted = readCriteriaSetFile(bad, { metaSchemas, file: 'sai.json', interpreter });
    expect(vi(ajv).length).toBeGreaterThan(1);
    expect(vi(interpreted)[0]).toEqual(vi(ajv)[0]);
  });
});
