// The administrator's path through the store with the real 2018 pack: edit in an EditSession,
// keep the draft with its history, reload it, publish through checkDraftPack, export the zip.
import { beforeAll, describe, expect, it } from 'vitest';
import { EditSession } from '../authoring/edit-session.js';
import { setFormLabel } from '../authoring/commands-forms.js';
import { checkDraftPack } from '../authoring/problems.js';
import { loadPackFromZip, packToZip } from '../pack/pack-zip.js';
import type { MetaSchemaDoc } from '../pack/meta-validator.js';
import type { PackSource } from '../pack/types.js';
import { testMetaSchemas } from '../pack/test-support/meta-schemas.js';
import { loadTayHo2018Pack } from '../pack/test-support/tay-ho-2018.js';
import { MemoryStore } from './memory-store.js';
import { PackDraftRefusedError } from './pack-draft-errors.js';

let base: PackSource;
let metaSchemas: MetaSchemaDoc[];

beforeAll(async () => {
  const pack = await loadTayHo2018Pack();
  base = { ...pack, manifest: { ...pack.manifest, version: '1.1.0' } };
  metaSchemas = await testMetaSchemas();
});

describe('pack drafts with the 2018 pack', { timeout: 60_000 }, () => {
  it('edit → save → reload replays the same document → publish → the export loads', async () => {
    const store = new MemoryStore({ now: () => new Date('2019-01-05T02:00:00Z') });
    await store.putPack({ id: 'tay-ho-2018', version: '1.0.0', source: await loadTayHo2018Pack() });
    const session = new EditSession(base);
    session.apply(setFormLabel('bieu-02', { vi: 'Biểu 02: Trẻ em có hoàn cảnh đặc biệt (2019)', en: 'Form 02 (2019)' }));
    const input = { id: 'tay-ho-2018', version: '1.1.0', basedOn: { id: 'tay-ho-2018', version: '1.0.0' }, origin: 'edit' as const };
    const saved = await store.putPackDraft({ ...input, base, history: session.history(), source: session.doc });

    const stored = await store.getPackDraft('tay-ho-2018', '1.1.0');
    if (!stored) throw new Error('draft not stored');
    const reloaded = new EditSession(stored.base, stored.history);
    expect(reloaded.doc).toEqual(stored.source);
    expect(reloaded.canUndo).toBe(true);

    const record = await store.publishPackDraft('tay-ho-2018', '1.1.0', { metaSchemas, check: checkDraftPack, notes: 'Đổi tên biểu 02' });
    expect([record.status, record.changeCount, record.publishedAt, saved.revision]).toEqual(['published', 1, '2019-01-05T02:00:00.000Z', 1]);
    const exported = loadPackFromZip(packToZip(record.source as PackSource), { metaSchemas });
    expect(exported.ok && exported.pack.forms[1]['x-fp-label']).toEqual({ vi: 'Biểu 02: Trẻ em có hoàn cảnh đặc biệt (2019)', en: 'Form 02 (2019)' });
  });

  it('a pack with an error is not published and the draft stays', async () => {
    const store = new MemoryStore();
    const bad = structuredClone(base);
    bad.forms[1]['x-fp-period-kinds'] = ['Q1', 'ZZ'];
    await store.putPackDraft({ id: 'tay-ho-2018', version: '1.1.0', basedOn: null, origin: 'import', base: bad, history: { past: [], future: [] }, source: bad });
    const e = await store.publishPackDraft('tay-ho-2018', '1.1.0', { metaSchemas, check: checkDraftPack }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PackDraftRefusedError);
    expect((e as PackDraftRefusedError).problems.length).toBeGreaterThan(0);
    expect((e as PackDraftRefusedError).messages.vi).toMatch(/^Chưa công bố được gói tay-ho-2018 1\.1\.0: còn \d+ lỗi/);
    expect(await store.getPack('tay-ho-2018', '1.1.0')).toBeUndefined();
    expect((await store.getPackDraft('tay-ho-2018', '1.1.0'))?.revision).toBe(1);
  });
});
