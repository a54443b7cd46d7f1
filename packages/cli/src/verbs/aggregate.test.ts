import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportBundle, MemoryStore, type ExchangeBundle } from '@formplan/core';
import { loadPackFromDir } from '@formplan/core/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINIMAL_PACK } from '../../../core/src/pack/test-support/fixture-pack.js';
import type { AggregateOutput } from './aggregate.js';
import { capture } from '../capture.test-helper.js';

const thong_tin = { ngay_chot_so_lieu: '2018-06-30', nguoi_lap: 'Nguyễn Thị Lan' };
let dir: string;
let bundles: Record<'W1' | 'W2', ExchangeBundle>;
const write = async (name: string, value: unknown): Promise<string> => {
  const path = join(dir, name);
  await writeFile(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fp-aggregate-'));
  const loaded = await loadPackFromDir(MINIMAL_PACK);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const { id, version } = loaded.pack.manifest;
  const ward = new MemoryStore({ now: () => new Date('2018-05-14T03:00:00Z') }); // before H1 locks
  await ward.putPack({ id, version, source: loaded.pack });
  const key = (w: string, period = '2018-H1') => ({ packId: id, packVersion: version, formId: 'bieu-01', ward: w, period });
  const submit = (w: string, data: unknown, period?: string) =>
    ward.submit({ key: key(w, period), data: { thong_tin, ...(data as object) }, cutOffDate: '2018-06-30', author: 'Lan' });
  await submit('W1', { tong_tre_em: 10, so_lieu: { HCDB_01: { duoi_6__nam: 1, duoi_6__nu: 2 } } });
  await submit('W1', { tong_tre_em: 12, so_lieu: { HCDB_01: { duoi_6__nam: 3, duoi_6__nu: 2 } } }); // revision 2 supersedes 1
  await submit('W1', { tong_tre_em: 99 }, '2018-Y'); // another period: not counted
  await submit('W2', { tong_tre_em: 20, so_lieu: { HCDB_01: { duoi_6__nam: 4 } } });
  bundles = {
    W1: await exportBundle(ward, { packId: id, packVersion: version, ward: 'W1' }),
    W2: await exportBundle(ward, { packId: id, packVersion: version, ward: 'W2' }),
  };
}, 60_000);
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('formplan aggregate', { timeout: 60_000 }, () => {
  it('imports two ward bundles and totals each cell over the latest revisions, complete', async () => {
    const files = [await write('w1.json', bundles.W1), await write('w2.json', bundles.W2)];
    const r = await capture(['aggregate', MINIMAL_PACK, 'bieu-01', '2018-H1', ...files, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const { result, imports } = JSON.parse(r.out) as AggregateOutput;
    expect(imports.map((i) => [i.file, i.report.taken.length, i.report.refused.length])).toEqual([[files[0], 3, 0], [files[1], 1, 0]]);
    expect(result.completeness).toEqual({ submitted: 2, total: 2, missing: [], returned: [] });
    expect(result.cells['/tong_tre_em']).toMatchObject({ sum: 32, complete: true, count: 2, missingWards: [] });
    expect(result.cells['/so_lieu/HCDB_01/duoi_6__nam']).toMatchObject({ sum: 7, complete: true });
    expect(result.cells['/so_lieu/HCDB_01/duoi_6__nu']).toMatchObject({ sum: 2, complete: false, missingWards: ['W2'] });
    expect(result.cells['/tong_tre_em'].contributors).toEqual([{ ward: 'W1', value: 12, revision: 2 }, { ward: 'W2', value: 20, revision: 1 }]);
  });

  it('lists a tampered item and an unreadable bundle as refusals (exit 1), and the ward they leave missing', async () => {
    const tampered = structuredClone(bundles.W2);
    (tampered.submissions[0].data as { tong_tre_em: number }).tong_tre_em = 2000;
    const files = [await write('w1.json', bundles.W1), await write('w2-tampered.json', tampered), await write('junk.json', '{ not json')];
    const r = await capture(['aggregate', MINIMAL_PACK, 'bieu-01', '2018-H1', ...files, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^bieu-01 2018-H1: 1\/2 wards reported$/m);
    expect(r.out).toMatch(/^Missing: W2$/m);
    expect(r.out).toMatch(/^ {2}\/tong_tre_em {2}12 {2}\(1\/2\) {2}missing: W2$/m);
    expect(r.out).toContain(`  ${files[1]} [0] (bieu-01 W2 2018-H1 #1): The hash does not match the content`);
    expect(r.out).toMatch(/^ {2}junk\.json: Invalid JSON at line 1/m);
    expect(r.out).not.toMatch(/\n\s+at /);
  });

  it('exits 1 for an unknown period or form, and 2 without a bundle', async () => {
    const file = await write('w1.json', bundles.W1);
    const period = await capture(['aggregate', MINIMAL_PACK, 'bieu-01', '2018-Q3', file, '--lang', 'en']);
    expect(period.code).toBe(1);
    expect(period.err).toBe('The pack has no period "2018-Q3" (it has: 2018-H1, 2018-Y)\n');
    const form = await capture(['aggregate', MINIMAL_PACK, 'bieu-09', '2018-H1', file]);
    expect(form.code).toBe(1);
    expect(form.err).toMatch(/^Gói không có biểu "bieu-09"/);
    expect((await capture(['aggregate', MINIMAL_PACK, 'bieu-01', '2018-H1'])).code).toBe(2);
  });
});
