import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackSource } from '../pack/types.js';
import { AuthoringError } from './authoring-error.js';
import { EditSession, type EditCommand } from './edit-session.js';
import { fakeClock, loadMinimalPack } from './test-support/packs.js';

let base: PackSource;
beforeAll(async () => { base = await loadMinimalPack(); });

const rename = (vi: string): EditCommand => ({
  label: { vi: 'Đổi tên gói', en: 'Rename the pack' },
  recipe: (d) => { d.manifest.title.vi = vi; },
});
const addAgency = (code: string): EditCommand => ({
  label: { vi: `Thêm cơ quan ${code}`, en: `Add agency ${code}` },
  recipe: (d) => { d.agencies.push({ code, name: { vi: code } }); },
});
const dropFirstAgency: EditCommand = {
  label: { vi: 'Xóa cơ quan', en: 'Remove agency' },
  recipe: (d) => { d.agencies.shift(); },
};
const setGrace = (n: number): EditCommand => ({
  label: { vi: 'Số ngày ân hạn', en: 'Grace days' },
  recipe: (d) => { d.calendar.graceDays = n; },
});

describe('EditSession', () => {
  it('applies, undoes and redoes; a no-op is not a step', () => {
    const s = new EditSession(base);
    expect(s.canUndo).toBe(false);
    const tx = s.apply(rename('Gói mới'));
    expect(tx?.label.vi).toBe('Đổi tên gói');
    expect(s.doc.manifest.title.vi).toBe('Gói mới');
    expect(s.base.manifest.title.vi).toBe(base.manifest.title.vi);
    expect(s.apply(rename('Gói mới'))).toBeUndefined();
    expect(s.undo()).toBe(tx);
    expect(s.doc).toEqual(base);
    expect(s.canRedo).toBe(true);
    s.redo();
    expect(s.doc.manifest.title.vi).toBe('Gói mới');
    expect(s.redo()).toBeUndefined();
    expect(Object.isFrozen(s.doc.manifest)).toBe(true);
  });

  it('coalesces typing with the same key within a second into one undo step', () => {
    const s = new EditSession(base, undefined, { now: fakeClock(300) });
    for (const text of ['G', 'Gó', 'Gói']) s.apply(rename(text), { coalesceKey: 'title' });
    expect(s.history().past).toHaveLength(1);
    s.undo();
    expect(s.doc.manifest.title.vi).toBe(base.manifest.title.vi);
  });

  it('does not coalesce across keys, pauses or an undo', () => {
    const slow = new EditSession(base, undefined, { now: fakeClock(1500) });
    slow.apply(rename('A'), { coalesceKey: 'title' });
    slow.apply(rename('B'), { coalesceKey: 'title' });
    expect(slow.history().past).toHaveLength(2);
    const s = new EditSession(base, undefined, { now: fakeClock(10) });
    s.apply(rename('A'), { coalesceKey: 'title' });
    s.apply(setGrace(9), { coalesceKey: 'grace' });
    expect(s.history().past).toHaveLength(2);
    s.undo();
    s.apply(setGrace(8), { coalesceKey: 'title' });
    expect(s.history().past).toHaveLength(2);
  });

  it('a refused command changes nothing', () => {
    const s = new EditSession(base);
    const refuse: EditCommand = {
      label: { vi: 'x', en: 'x' },
      recipe: (d) => { d.calendar.graceDays = 99; throw new AuthoringError('invalid', { vi: 'Không', en: 'No' }); },
    };
    expect(() => s.apply(refuse)).toThrow(AuthoringError);
    expect(s.doc).toEqual(base);
    expect(s.canUndo).toBe(false);
  });

  it('notifies subscribers until they unsubscribe', () => {
    const s = new EditSession(base);
    const seen: string[] = [];
    const off = s.subscribe((doc, tx) => seen.push(`${doc.calendar.graceDays}:${tx?.label.en}`));
    s.apply(setGrace(3));
    s.undo();
    off();
    s.redo();
    expect(seen).toEqual(['3:Grace days', `${base.calendar.graceDays}:Grace days`]);
  });

  it('replays a stored history onto the base and refuses one that does not fit', () => {
    const s = new EditSession(base);
    s.apply(addAgency('A1'));
    s.apply(rename('X'));
    s.undo();
    const stored = JSON.parse(JSON.stringify(s.history())) as ReturnType<EditSession['history']>;
    const again = new EditSession(base, stored);
    expect(again.doc).toEqual(s.doc);
    again.redo();
    expect(again.doc.manifest.title.vi).toBe('X');
    const broken = { past: [{ ...stored.past[0], patches: [{ op: 'replace' as const, path: ['nope', 'deeper', 'x'], value: 1 }] }], future: [] };
    expect(() => new EditSession(base, broken)).toThrow(AuthoringError);
  });

  it('property: undo all gives the base, redo all the final doc, the JSON history the same doc', () => {
    const cmd = fc.oneof(
      fc.string({ maxLength: 4 }).map(rename),
      fc.stringMatching(/^[A-Z][A-Z0-9]{0,3}$/).map(addAgency),
      fc.constant(dropFirstAgency),
      fc.integer({ min: 0, max: 30 }).map(setGrace),
    );
    fc.assert(fc.property(fc.array(fc.tuple(cmd, fc.option(fc.constantFrom('a', 'b'), { nil: undefined })), { maxLength: 25 }), (cmds) => {
      const s = new EditSession(base, undefined, { now: fakeClock(400) });
      for (const [c, key] of cmds) s.apply(c, { coalesceKey: key });
      const final = s.doc;
      const replayed = new EditSession(base, JSON.parse(JSON.stringify(s.history())) as ReturnType<EditSession['history']>);
      expect(replayed.doc).toEqual(final);
      while (s.canUndo) s.undo();
      expect(s.doc).toEqual(base);
      while (s.canRedo) s.redo();
      expect(s.doc).toEqual(final);
    }), { numRuns: 60 });
  });
});
