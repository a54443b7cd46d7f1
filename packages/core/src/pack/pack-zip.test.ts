import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackFromZip, packFromZip, packToZip, PackZipError } from './pack-zip.js';
import type { MetaSchemaDoc } from './meta-validator.js';
import type { PackSource } from './types.js';
import { testMetaSchemas } from './test-support/meta-schemas.js';
import { loadTayHo2018Pack } from './test-support/tay-ho-2018.js';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../schemas/packs/tay-ho-2018');
let pack: PackSource;
let metaSchemas: MetaSchemaDoc[];
let folder: Record<string, string>;

beforeAll(async () => {
  [pack, metaSchemas] = await Promise.all([loadTayHo2018Pack(), testMetaSchemas()]);
  folder = {};
  for (const sub of ['', 'criteria/', 'forms/']) {
    for (const n of (await readdir(join(DIR, sub))).filter((f) => f.endsWith('.json'))) folder[`${sub}${n}`] = await readFile(join(DIR, sub, n), 'utf8');
  }
});

const zipOf = (files: Record<string, string | Uint8Array>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])));

function zipError(fn: () => unknown): PackZipError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PackZipError) return e;
    throw e;
  }
  throw new Error('expected a PackZipError');
}

describe('packToZip / packFromZip', () => {
  it('round-trips the 2018 pack: zip → pack deep-equals, and the loader accepts it', () => {
    const zip = packToZip(pack);
    expect(packFromZip(zip)).toEqual(pack);
    const loaded = loadPackFromZip(zip, { metaSchemas });
    expect(loaded.ok && loaded.pack).toEqual(pack);
    expect(packToZip(pack)).toEqual(zip);
  });

  it('an unzipped export is the committed folder byte for byte', () => {
    const files = unzipSync(packToZip(pack));
    const texts = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextDecoder().decode(v)]));
    expect(Object.keys(texts).sort()).toEqual(Object.keys(folder).sort());
    for (const [name, text] of Object.entries(folder)) expect(texts[name], name).toBe(text);
  });

  it('a zip of the 2018 folder itself (files under tay-ho-2018/) passes the loader', () => {
    const zip = zipOf({ ...Object.fromEntries(Object.entries(folder).map(([k, v]) => [`tay-ho-2018/${k}`, v])), '__MACOSX/._pack.json': 'x' });
    const r = loadPackFromZip(zip, { metaSchemas });
    expect(r.ok).toBe(true);
    expect(r.ok && r.pack.forms.map((f) => f['x-fp-id'])).toEqual(pack.forms.map((f) => f['x-fp-id']));
  });

  it('refuses a zip bomb before inflating it: per-file and total bounds, entry count', () => {
    const bomb = zipOf({ ...folder, 'forms/bieu-09.json': new Uint8Array(6 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(100_000);
    const e = zipError(() => packFromZip(bomb));
    expect(e.errors.map((x) => [x.file, x.code])).toEqual([['forms/bieu-09.json', 'file-too-large']]);
    expect(e.messages.vi).toMatch(/^forms\/bieu-09\.json: Tệp quá lớn/);
    const many = zipError(() => packFromZip(packToZip(pack), { maxEntries: 5 }));
    expect(many.errors[0].code).toBe('too-many-files');
    const total = zipError(() => packFromZip(packToZip(pack), { maxBytes: 100_000 }));
    expect(total.errors.map((x) => x.code)).toEqual(['pack-too-large']);
  });

  it.each(['../evil.json', '/etc/pack.json', 'forms\\..\\x.json', 'forms/./a.json', 'C:/pack.json'])('refuses the unsafe name %s', (name) => {
    const e = zipError(() => packFromZip(zipOf({ ...folder, [name]: '{}' })));
    expect(e.errors[0].code).toBe('unsafe-file-name');
    expect(e.messages.en).toContain(name);
  });

  it('refuses forbidden keys and non-NFC text naming the file; bad JSON with its line', () => {
    const proto = zipError(() => packFromZip(zipOf({ ...folder, 'agencies.json': '[{"__proto__": {"x": 1}}]' })));
    expect(proto.errors.map((x) => [x.file, x.pointer, x.code])).toEqual([['agencies.json', '/0/__proto__', 'forbidden-key']]);
    const nfd = zipError(() => packFromZip(zipOf({ ...folder, 'plan.json': '{"title": {"vi": "Ke\u0302\u0301 hoạch"}}' })));
    expect(nfd.errors[0]).toMatchObject({ file: 'plan.json', code: 'not-nfc' });
    const broken = loadPackFromZip(zipOf({ ...folder, 'forms/bieu-02.json': '{\n  "x-fp-id": \n}' }), { metaSchemas });
    expect(!broken.ok && broken.errors.map((x) => [x.file, x.code])).toEqual([['forms/bieu-02.json', 'invalid-json']]);
    expect(!broken.ok && broken.errors[0].message.vi).toMatch(/dòng 3/);
  });

  it('says in vi and en when the bytes are not a zip, and when an id cannot name a file', () => {
    const e = zipError(() => packFromZip(strToU8('{"manifest": {}}')));
    expect(e.errors[0].code).toBe('not-a-zip');
    expect(e.messages.vi).toMatch(/^Không phải tệp nén \.zip/);
    const bad = { ...pack, forms: [...pack.forms, { ...pack.forms[0], 'x-fp-id': '../x' }] };
    const w = zipError(() => packToZip(bad));
    expect(w.errors[0]).toMatchObject({ code: 'bad-file-id', pointer: `/forms/${pack.forms.length}` });
    expect(w.messages.en).toContain('"../x"');
  });
});
