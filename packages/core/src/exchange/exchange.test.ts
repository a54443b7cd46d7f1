import { beforeEach, describe, expect, it } from 'vitest';
import { exportBundle } from './export-bundle.js';
import { importBundle } from './import-bundle.js';
import type { ExchangeBundle, ImportOptions } from './bundle.js';
import type { Bilingual } from '../common/bilingual.js';
import { MemoryStore } from '../storage/memory-store.js';
import { submissionHash } from '../storage/submission-hash.js';
import type { FormDataKey } from '../storage/records.js';

const PACK = { id: 'tay-ho-2018', version: '1.0.0', source: { manifest: { id: 'tay-ho-2018', version: '1.0.0' } } };
const WARD = 'NHAT_TAN';
const KEY: FormDataKey = { packId: PACK.id, packVersion: PACK.version, formId: 'bieu-02', ward: WARD, period: '2018-Q1' };

/** A validator like the pack's: `so_tre` must be a non-negative integer. */
const validate: ImportOptions['validate'] = async (_p, _v, _f, data) => {
  const n = (data as { so_tre?: unknown }).so_tre;
  return Number.isInteger(n) && (n as number) >= 0 ? [] : [{ vi: 'Số trẻ phải là số nguyên không âm', en: 'so_tre must be a non-negative integer' }];
};
const opts: ImportOptions = { validate, knownWards: ['PHU_THUONG', WARD] };

let ward: MemoryStore;
let district: MemoryStore;
let bundle: ExchangeBundle;

async function wardBundle(): Promise<ExchangeBundle> {
  return exportBundle(ward, { packId: PACK.id, packVersion: PACK.version, ward: WARD }, { now: () => new Date('2018-04-05T08:00:00Z') });
}

beforeEach(async () => {
  ward = new MemoryStore();
  district = new MemoryStore();
  await ward.putPack(PACK);
  await district.putPack(PACK);
  await ward.submit({ key: KEY, data: { so_tre: 10, ghi_chu: 'Phường Nhật Tân' }, cutOffDate: '2018-03-31', author: 'Lan' });
  await ward.submit({ key: KEY, data: { so_tre: 12 }, cutOffDate: '2018-03-31', author: 'Lan' });
  await ward.submit({ key: { ...KEY, period: '2018-Q2' }, data: { so_tre: 3 }, cutOffDate: '2018-06-30', author: 'Lan' });
  await ward.submit({ key: { ...KEY, ward: 'PHU_THUONG' }, data: { so_tre: 1 }, cutOffDate: '2018-03-31', author: 'Hà' });
  bundle = await wardBundle();
});

const text = (b: unknown): string => JSON.stringify(b);
const mutate = (f: (b: ExchangeBundle) => void): string => {
  const copy = JSON.parse(text(bundle)) as ExchangeBundle;
  f(copy);
  return text(copy);
};

describe('exportBundle', () => {
  it('holds every revision of one ward under one pack version, with hashes', async () => {
    expect(bundle.format).toBe('formplan-bundle');
    expect(bundle.formatVersion).toBe(1);
    expect(bundle.exportedAt).toBe('2018-04-05T08:00:00.000Z');
    expect(bundle.packHash).toBe((await ward.getPack(PACK.id, PACK.version))!.hash);
    expect(bundle.submissions.map((s) => [s.period, s.revision])).toEqual([['2018-Q1', 1], ['2018-Q1', 2], ['2018-Q2', 1]]);
    for (const s of bundle.submissions) expect(await submissionHash(s)).toBe(s.hash);
    expect(JSON.parse(text(bundle))).toEqual(bundle);
  });
});

describe('importBundle', () => {
  it('takes every good item, keeping revision numbers; importing twice adds nothing', async () => {
    const r1 = await importBundle(district, text(bundle), opts);
    expect(r1.fatal).toBeUndefined();
    expect(r1.refused).toEqual([]);
    expect(r1.taken.map((t) => [t.index, t.key.period, t.revision])).toEqual([[0, '2018-Q1', 1], [1, '2018-Q1', 2], [2, '2018-Q2', 1]]);
    const stored = await district.getSubmissions(KEY);
    expect(stored.map((s) => [s.revision, s.data, s.hash])).toEqual(bundle.submissions.slice(0, 2).map((s) => [s.revision, s.data, s.hash]));
    const r2 = await importBundle(district, text(bundle), opts);
    expect([r2.taken.length, r2.skipped.length, r2.refused.length]).toEqual([0, 3, 0]);
    expect((await district.listSubmissions()).length).toBe(3);
  });

  it('accepts an already parsed value and a knownWards function', async () => {
    const seen: string[] = [];
    const r = await importBundle(district, JSON.parse(text(bundle)), {
      validate, knownWards: async (p, v) => { seen.push(`${p}@${v}`); return [WARD]; },
    });
    expect(r.taken.length).toBe(3);
    expect(seen).toEqual(['tay-ho-2018@1.0.0']);
  });

  it('refuses a file over the size bound before parsing it', async () => {
    const big = `{${' '.repeat(2000)}not json at all`;
    const r = await importBundle(district, big, { ...opts, maxBytes: 1000 });
    expect(r.fatal?.vi).toMatch(/^Tệp quá lớn/);
    expect(r.fatal?.en).toMatch(/too large/);
    const multiByte = 'ệ'.repeat(400); // 400 UTF-16 units, 1200 UTF-8 bytes
    expect((await importBundle(district, multiByte, { ...opts, maxBytes: 1000 })).fatal?.en).toMatch(/too large/);
    expect((await importBundle(district, { pad: 'x'.repeat(2000) }, { ...opts, maxBytes: 1000 })).fatal?.en).toMatch(/too large/);
  });

  it.each<[string, string, RegExp]>([
    ['invalid JSON', '{"format": "formplan-bundle",', /not valid JSON/],
    ['a JSON array', '[]', /not a formplan bundle/],
    ['a wrong format', mutateLater((b) => { (b as { format: string }).format = 'other'; }), /not a formplan bundle/],
    ['a wrong format version', mutateLater((b) => { (b as { formatVersion: number }).formatVersion = 2; }), /format version 2/],
    ['missing submissions', mutateLater((b) => { delete (b as Partial<ExchangeBundle>).submissions; }), /"submissions"/],
    ['an unknown pack version', mutateLater((b) => { b.packVersion = '9.0.0'; }), /no pack tay-ho-2018 version 9\.0\.0/],
    ['a pack whose content differs', mutateLater((b) => { b.packHash = 'f'.repeat(64); }), /differs in content/],
    ['an unknown ward', mutateLater((b) => { b.ward = 'ATLANTIS'; }), /Ward "ATLANTIS"/],
  ])('refuses the whole bundle for %s', async (_label, input, pattern) => {
    const r = await importBundle(district, input.startsWith('@') ? MUTATIONS[Number(input.slice(1))]() : input, opts);
    expect(r.fatal?.en).toMatch(pattern);
    expect(r.fatal?.vi.length).toBeGreaterThan(0);
    expect(r.taken).toEqual([]);
    expect((await district.listSubmissions()).length).toBe(0);
  });

  it('refuses __proto__ at the top level (fatal) and inside an item (that item only)', async () => {
    const top = text(bundle).replace('{"format"', '{"__proto__":{"polluted":true},"format"');
    expect((await importBundle(district, top, opts)).fatal?.en).toMatch(/Forbidden key at \/__proto__/);
    const inner = mutate((b) => { b.submissions[1].data = { so_tre: 12 }; }).replace('"data":{"so_tre":12}', '"data":{"so_tre":12,"__proto__":{"x":1}}');
    const r = await importBundle(district, inner, opts);
    expect(r.refused.map((x) => [x.index, x.reason.en])).toEqual([[1, 'Forbidden key at /data/__proto__ (possibly malicious data).']]);
    expect(r.taken.map((t) => t.index)).toEqual([0, 2]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('refuses a tampered item (hash recomputed) but takes the others', async () => {
    const r = await importBundle(district, mutate((b) => { (b.submissions[0].data as { so_tre: number }).so_tre = 99; }), opts);
    expect(r.refused.map((x) => [x.index, x.revision])).toEqual([[0, 1]]);
    expect(r.refused[0].reason.vi).toMatch(/Mã băm không khớp/);
    expect(r.taken.map((t) => t.index)).toEqual([1, 2]);
  });

  it('refuses items of another ward or pack, and malformed items', async () => {
    const r = await importBundle(district, mutate((b) => {
      b.submissions[0].ward = 'PHU_THUONG';
      b.submissions[1].packVersion = '2.0.0';
      (b.submissions as unknown[]).push(42, { ...b.submissions[2], revision: 0 }, { ...b.submissions[2], cutOffDate: '31/03/2018' });
    }), opts);
    expect(r.refused.map((x) => [x.index, x.reason.en])).toEqual([
      [0, 'The submission\'s "ward" differs from its bundle\'s.'],
      [1, 'The submission\'s "packVersion" differs from its bundle\'s.'],
      [3, 'This item is not an object.'],
      [4, 'The submission field "revision" is missing or has the wrong type.'],
      [5, 'The submission field "cutOffDate" is missing or has the wrong type.'],
    ]);
    expect(r.taken.map((t) => t.index)).toEqual([2]);
  });

  it('refuses data the pack validator rejects, with its messages', async () => {
    await ward.submit({ key: { ...KEY, period: '2018-Q3' }, data: { so_tre: -1 }, cutOffDate: '2018-09-30', author: 'Lan' });
    const r = await importBundle(district, text(await wardBundle()), opts);
    expect(r.refused.length).toBe(1);
    expect(r.refused[0].key?.period).toBe('2018-Q3');
    expect(r.refused[0].reason.vi).toBe('Dữ liệu không hợp lệ theo biểu mẫu: Số trẻ phải là số nguyên không âm');
    expect(r.taken.length).toBe(3);
    const fresh = new MemoryStore();
    await fresh.putPack(PACK);
    const thrown = await importBundle(fresh, text(bundle), {
      ...opts, validate: async (): Promise<Bilingual[]> => { throw new Error('no such form'); },
    });
    expect(thrown.refused.map((x) => x.reason.en)).toEqual(Array(3).fill('The data could not be validated (no such form).'));
    expect(thrown.taken).toEqual([]);
  });

  it('refuses a revision that exists locally with a different hash, never overwriting it', async () => {
    const local = await district.submit({ key: KEY, data: { so_tre: 5 }, cutOffDate: '2018-03-31', author: 'Quận nhập hộ' });
    const r = await importBundle(district, text(bundle), opts);
    expect(r.refused.map((x) => [x.index, x.revision])).toEqual([[0, 1]]);
    expect(r.refused[0].reason.vi).toMatch(/^Xung đột: lần nộp số 1 của biểu bieu-02 kỳ 2018-Q1/);
    expect(r.taken.map((t) => t.index)).toEqual([1, 2]);
    const stored = await district.getSubmissions(KEY);
    expect(stored.map((s) => [s.revision, s.hash])).toEqual([[1, local.hash], [2, bundle.submissions[1].hash]]);
  });

  it('accepts NFD text in a bundle (hash is over NFC) and stores it as NFC', async () => {
    const nfd = mutate(() => undefined).replace('Phường Nhật Tân', 'Phường Nhật Tân'.normalize('NFD'));
    expect(nfd).not.toBe(text(bundle));
    const r = await importBundle(district, nfd, opts);
    expect(r.taken.length).toBe(3);
    expect((await district.getSubmissions(KEY))[0].data).toEqual({ so_tre: 10, ghi_chu: 'Phường Nhật Tân'.normalize('NFC') });
  });
});

// it.each tables are built before beforeEach runs; the bundle-dependent rows are deferred.
const MUTATIONS: (() => string)[] = [];
function mutateLater(f: (b: ExchangeBundle) => void): string {
  MUTATIONS.push(() => mutate(f));
  return `@${MUTATIONS.length - 1}`;
}
