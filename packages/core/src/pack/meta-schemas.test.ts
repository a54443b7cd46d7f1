// The meta-schemas compile under strict ajv, every file of the Tây Hồ 2018 pack conforms to its
// part's meta-schema, and the meta-schemas refuse what they must refuse.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

const META_DIR = fileURLToPath(new URL('../../../../schemas/meta/', import.meta.url));
const PACK_DIR = fileURLToPath(new URL('../../../../schemas/packs/tay-ho-2018/', import.meta.url));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const readJson = (path: string): Json => JSON.parse(readFileSync(path, 'utf8')) as Json;
const clone = <T>(v: T): T => structuredClone(v);

const metaFiles = readdirSync(META_DIR).filter((f) => f.endsWith('.schema.json')).sort();

function createAjv(): InstanceType<typeof Ajv2020> {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  (addFormats as unknown as (a: InstanceType<typeof Ajv2020>) => void)(ajv);
  for (const f of metaFiles) ajv.addSchema(readJson(META_DIR + f) as Obj);
  return ajv;
}

const ajv = createAjv();
function validator(name: string) {
  const fn = ajv.getSchema(`urn:formplan:meta:${name}`);
  if (!fn) throw new Error(`no meta-schema ${name}`);
  return fn;
}
const isValid = (name: string, value: unknown): boolean => validator(name)(value) === true;

/** Every pack file with the meta-schema of its part. */
const packFiles: [string, string][] = [
  ['pack.json', 'manifest'],
  ['org-units.json', 'org-units'],
  ['agencies.json', 'agencies'],
  ['category-sets.json', 'category-sets'],
  ['calendar.json', 'calendar'],
  ['plan.json', 'plan'],
  ...readdirSync(PACK_DIR + 'criteria').sort().map((f): [string, string] => [`criteria/${f}`, 'criteria-set']),
  ...readdirSync(PACK_DIR + 'forms').sort().map((f): [string, string] => [`forms/${f}`, 'form']),
];

function keysDeep(v: Json, out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x) => keysDeep(x, out));
  else if (v !== null && typeof v === 'object') {
    for (const k of Object.keys(v)) {
      out.push(k);
      keysDeep(v[k], out);
    }
  }
  return out;
}

describe('meta-schemas', () => {
  it('has one meta-schema per part plus common, each with a urn $id', () => {
    expect(metaFiles).toEqual([
      'agencies.schema.json', 'calendar.schema.json', 'category-sets.schema.json', 'common.schema.json',
      'criteria-set.schema.json', 'form.schema.json', 'manifest.schema.json', 'org-units.schema.json', 'plan.schema.json',
    ]);
    for (const f of metaFiles) {
      const doc = readJson(META_DIR + f) as Obj;
      expect(doc.$id).toBe(`urn:formplan:meta:${f.replace('.schema.json', '')}`);
      expect(doc.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it.each(metaFiles.map((f) => f.replace('.schema.json', '')))('compiles %s under strict ajv', (name) => {
    expect(() => createAjv().getSchema(`urn:formplan:meta:${name}`)).not.toThrow();
  });
});

describe('the tay-ho-2018 pack', () => {
  it('has every part (8 Biểu forms, the self-assessment and one criteria set)', () => {
    expect(packFiles.map(([f]) => f)).toEqual([
      'pack.json', 'org-units.json', 'agencies.json', 'category-sets.json', 'calendar.json', 'plan.json',
      'criteria/qd-34-2014.json',
      'forms/bieu-01.json', 'forms/bieu-02.json', 'forms/bieu-03.json', 'forms/bieu-04.json', 'forms/bieu-05.json',
      'forms/bieu-06.json', 'forms/bieu-07.json', 'forms/bieu-08.json', 'forms/tu-danh-gia.json',
    ]);
  });

  it.each(packFiles)('%s conforms to the %s meta-schema', (file, meta) => {
    const fn = validator(meta);
    const ok = fn(readJson(PACK_DIR + file));
    expect(fn.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(packFiles.map(([f]) => f))('%s is NFC and has no forbidden keys', (file) => {
    const text = readFileSync(PACK_DIR + file, 'utf8');
    expect(text).toBe(text.normalize('NFC'));
    const keys = keysDeep(readJson(PACK_DIR + file));
    for (const bad of ['__proto__', 'constructor', 'prototype']) expect(keys).not.toContain(bad);
  });

  it('criteria points add up: criteria to 1000, indicators to their criterion', () => {
    const set = readJson(PACK_DIR + 'criteria/qd-34-2014.json') as Obj;
    const criteria = set.criteria as Obj[];
    expect(criteria).toHaveLength(15);
    expect(criteria.reduce((s, c) => s + (c.maxPoints as number), 0)).toBe(set.maxPoints);
    expect(set.maxPoints).toBe(1000);
    for (const c of criteria) {
      const sum = (c.indicators as Obj[]).reduce((s, i) => s + (i.maxPoints as number), 0);
      expect(sum, String(c.code)).toBe(c.maxPoints);
    }
  });

  it('the Article 10 set has the 14 groups in law order, with NĐ 56 sub-groups', () => {
    const sets = readJson(PACK_DIR + 'category-sets.json') as Obj[];
    const hcdb = sets.find((s) => s.id === 'hcdb-dieu-10') as Obj;
    const items = hcdb.items as Obj[];
    expect(items.map((i) => i.code)).toEqual(Array.from({ length: 14 }, (_, i) => `HCDB_${String(i + 1).padStart(2, '0')}`));
    expect(items.map((i) => String(i.ref).slice(-1))).toEqual(['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o']);
    expect((items[2].children as Obj[]).length).toBe(12);
    expect(hcdb.exclusive).toBe(false);
  });

  it('every form period kind exists in the calendar', () => {
    const cal = readJson(PACK_DIR + 'calendar.json') as Obj;
    const kinds = new Set((cal.periodKinds as Obj[]).map((k) => k.code));
    for (const [file, meta] of packFiles) {
      if (meta !== 'form') continue;
      for (const k of (readJson(PACK_DIR + file) as Obj)['x-fp-period-kinds'] as string[]) expect(kinds.has(k), `${file} ${k}`).toBe(true);
    }
  });
});

describe('the meta-schemas refuse', () => {
  const manifest = readJson(PACK_DIR + 'pack.json') as Obj;
  const orgUnits = readJson(PACK_DIR + 'org-units.json') as Obj[];
  const bieu02 = readJson(PACK_DIR + 'forms/bieu-02.json') as Obj;
  const criteria = readJson(PACK_DIR + 'criteria/qd-34-2014.json') as Obj;

  it('a manifest without a required field', () => {
    const m = clone(manifest);
    delete m.district;
    expect(isValid('manifest', m)).toBe(false);
  });

  it('a code that breaks the pattern', () => {
    const units = clone(orgUnits);
    units[0].code = '1-bad code';
    expect(isValid('org-units', units)).toBe(false);
    const units2 = clone(orgUnits);
    units2[0].code = 'constructor';
    expect(isValid('org-units', units2)).toBe(false);
  });

  it('decomposed (non-NFC) Vietnamese text', () => {
    const m = clone(manifest);
    m.title = { vi: 'Tây Hồ'.normalize('NFD') };
    expect(isValid('manifest', m)).toBe(false);
  });

  it('confirmed provenance without a source, and an unknown status', () => {
    const m = clone(manifest);
    m.provenance = { status: 'confirmed' };
    expect(isValid('manifest', m)).toBe(false);
    m.provenance = { status: 'guessed' };
    expect(isValid('manifest', m)).toBe(false);
  });

  it('a bad ISO date', () => {
    const m = clone(manifest);
    (m.document as Obj).date = '2018-3-19';
    expect(isValid('manifest', m)).toBe(false);
  });

  it('a form missing x-fp-period-kinds, or with a misspelt x-fp keyword', () => {
    const f = clone(bieu02);
    delete f['x-fp-period-kinds'];
    expect(isValid('form', f)).toBe(false);
    const g = clone(bieu02);
    ((g.properties as Obj).tre_em_hcdb as Obj)['x-fp-widgt'] = 'radio';
    expect(isValid('form', g)).toBe(false);
  });

  it('a matrix column of an unknown type, and a rule without a message', () => {
    const f = clone(bieu02);
    const m = ((f.properties as Obj).so_lieu as Obj)['x-fp-matrix'] as Obj;
    (m.columns as Obj[])[0].type = 'integer';
    expect(isValid('form', f)).toBe(false);
    const g = clone(bieu02);
    delete (g['x-fp-rules'] as Obj[])[0].message;
    expect(isValid('form', g)).toBe(false);
  });

  it('an indicator with a scoring kind it does not know', () => {
    const c = clone(criteria);
    ((c.criteria as Obj[])[0].indicators as Obj[])[0].scoring = { kind: 'percent-threshold', op: '>=' };
    expect(isValid('criteria-set', c)).toBe(false);
  });
});
