import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../storage/memory-store.js';
import type { FormDataKey } from '../storage/records.js';
import { importBundle } from './import-bundle.js';
import { importReviewBundle } from './import-reviews.js';
import { exportBundles, exportReviewBundles, versionsToExport } from './export-versions.js';

const WARD = 'NHAT_TAN';
const KEY: FormDataKey = { packId: 'tay-ho-2018', packVersion: '1.0.0', formId: 'bieu-02', ward: WARD, period: '2018-Q1' };
const pack = (version: string) => ({ id: 'tay-ho-2018', version, source: { manifest: { id: 'tay-ho-2018', version } } });
const selection = { packId: 'tay-ho-2018', packVersion: '1.1.0', ward: WARD };

let ward: MemoryStore;
let district: MemoryStore;

beforeEach(async () => {
  ward = new MemoryStore();
  district = new MemoryStore();
  for (const s of [ward, district]) for (const v of ['1.0.0', '1.1.0']) await s.putPack(pack(v));
  // submitted under 1.0.0; the district has since published 1.1.0
  await ward.submit({ key: KEY, data: { so_tre: 10 }, cutOffDate: '2018-03-31', author: 'Lan' });
});

describe('a ward\'s files across the versions of the year\'s pack', () => {
  it('versionsToExport: the version in use first, then the others that hold records, newest first', () => {
    expect(versionsToExport(selection, [{ packVersion: '1.0.0' }, { packVersion: '1.0.2' }, { packVersion: '1.1.0' }])).toEqual(['1.1.0', '1.0.2', '1.0.0']);
    expect(versionsToExport(selection, [])).toEqual(['1.1.0']);
  });

  it('the ward sends one file per version; the district takes the 1.0.0 one, and its decision comes back to the ward', async () => {
    const files = await exportBundles(ward, selection);
    expect(files.map((f) => [f.packVersion, f.submissions.length])).toEqual([['1.1.0', 0], ['1.0.0', 1]]);
    for (const f of files) await importBundle(district, JSON.stringify(f), { validate: async () => [], knownWards: [WARD] });
    await district.review({ key: KEY, revision: 1, decision: 'accept', comment: '', reviewer: 'Quận' });
    const back = await exportReviewBundles(district, selection);
    expect(back.map((f) => [f.packVersion, f.reviews.length])).toEqual([['1.1.0', 0], ['1.0.0', 1]]);
    const refused = await importReviewBundle(ward, JSON.stringify(back[1]), { ward: WARD, packId: 'tay-ho-2019' });
    expect(refused.fatal?.en).toMatch(/belongs to pack tay-ho-2018; this computer uses tay-ho-2019/);
    const report = await importReviewBundle(ward, JSON.stringify(back[1]), { ward: WARD, packId: 'tay-ho-2018' });
    expect(report.taken.length).toBe(1);
    expect((await ward.latestSubmission(KEY))?.status).toBe('accepted');
  });
});
