import { describe, expect, it } from 'vitest';
import { DraftJournal, MemoryKeyValueStorage, journalKey } from './draft-journal.js';

const KEY = journalKey('draft', ['idb:formplan', 'tay-ho-2018', '1.0.0', 'bieu-02', 'P00094', '2018-H1']);
const NOW = () => new Date('2018-05-10T08:00:00Z');

function setup(options: { maxChars?: number; writer?: string } = {}) {
  const storage = new MemoryKeyValueStorage();
  const warnings: string[] = [];
  const journal = new DraftJournal(storage, { now: NOW, warn: (m) => warnings.push(m), writer: 'tab-a', ...options });
  return { storage, warnings, journal };
}

describe('DraftJournal', () => {
  it('writes synchronously and reads the entry back', () => {
    const { journal } = setup();
    expect(journal.write(KEY, { so_lieu: { HCDB_01: { duoi_6__nam: 3 } } }, 2)).toBe('written');
    expect(journal.read(KEY)).toEqual({
      data: { so_lieu: { HCDB_01: { duoi_6__nam: 3 } } }, baseRevision: 2, savedAt: '2018-05-10T08:00:00.000Z', writer: 'tab-a', seq: 1,
    });
  });

  it('keys name the kind and every key field', () => {
    expect(KEY).toBe('formplan:journal:draft:["idb:formplan","tay-ho-2018","1.0.0","bieu-02","P00094","2018-H1"]');
    expect(journalKey('draft', ['a', 'b'])).not.toBe(journalKey('draft', ['a"', 'b']));
  });

  it('clears the entry once the store committed its data, keeps a newer one over the new revision', () => {
    const { journal } = setup();
    journal.write(KEY, { a: 1 }, 0);
    const seq = journal.lastSeq;
    journal.write(KEY, { a: 2 }, 0); // typed while the save was in flight
    journal.committed(KEY, seq, 1);
    expect(journal.read(KEY)).toMatchObject({ data: { a: 2 }, baseRevision: 1 });
    journal.committed(KEY, journal.lastSeq, 2);
    expect(journal.read(KEY)).toBeUndefined();
  });

  it("leaves another tab's entry alone when this tab's save commits", () => {
    const { storage, journal } = setup();
    const other = new DraftJournal(storage, { now: NOW, writer: 'tab-b' });
    journal.write(KEY, { a: 1 }, 0);
    const seq = journal.lastSeq;
    other.write(KEY, { a: 9 }, 0);
    journal.committed(KEY, seq, 1);
    expect(journal.read(KEY)).toMatchObject({ data: { a: 9 }, writer: 'tab-b', baseRevision: 0 });
  });

  it('skips an entry over the size bound with a warning and removes the stale one', () => {
    const { journal, warnings } = setup({ maxChars: 200 });
    expect(journal.write(KEY, { a: 1 }, 0)).toBe('written');
    expect(journal.write(KEY, { text: 'x'.repeat(500) }, 0)).toBe('too-large');
    expect(journal.read(KEY)).toBeUndefined();
    expect(warnings.join()).toMatch(/skipped/);
  });

  it('reports a full or missing storage as unavailable', () => {
    const { storage, journal } = setup();
    storage.quota = 0;
    expect(journal.write(KEY, { a: 1 }, 0)).toBe('unavailable');
    expect(new DraftJournal(undefined).write(KEY, { a: 1 }, 0)).toBe('unavailable');
    expect(new DraftJournal(undefined).read(KEY)).toBeUndefined();
  });

  it('returns text in NFC', () => {
    const { journal } = setup();
    journal.write(KEY, { nguoi_lap: 'Nguyễn Thị Lan'.normalize('NFD') }, 0);
    expect(journal.read(KEY)?.data).toEqual({ nguoi_lap: 'Nguyễn Thị Lan'.normalize('NFC') });
  });

  it('refuses untrusted entries: forbidden keys, bad fields, not JSON, too deep', () => {
    const { storage, journal, warnings } = setup();
    const entry = (data: string, extra = '"baseRevision":1') => `{"data":${data},${extra},"savedAt":"2018-05-10T08:00:00Z","writer":"x","seq":1}`;
    const refused = [
      entry('{"__proto__":{"polluted":true}}'),
      entry('{"a":{"constructor":{"prototype":{}}}}'),
      entry('{}', '"baseRevision":-1'),
      entry('{}', '"baseRevision":"1"'),
      '{"data":{}',
      '[1,2]',
      entry('['.repeat(80) + ']'.repeat(80)),
    ];
    for (const text of refused) {
      storage.items.set(KEY, text);
      expect(journal.read(KEY), text).toBeUndefined();
      expect(storage.items.has(KEY), 'a refused entry is removed').toBe(false);
    }
    expect(warnings).toHaveLength(refused.length);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
