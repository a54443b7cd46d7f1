import { beforeAll, describe, expect, it } from 'vitest';
import type { PackSource } from '../pack/types.js';
import { setFormLabel } from './commands-forms.js';
import { EditSession, type EditCommand } from './edit-session.js';
import { rebaseTransactions, unsavedTransactions } from './rebase-edits.js';
import { fakeClock, loadMinimalPack } from './test-support/packs.js';

let base: PackSource;
beforeAll(async () => { base = await loadMinimalPack(); });

const rename = (vi: string): EditCommand => ({ label: { vi: 'Đổi tên gói', en: 'Rename the pack' }, recipe: (d) => { d.manifest.title.vi = vi; } });
const addAgency = (code: string): EditCommand => ({
  label: { vi: `Thêm cơ quan ${code}`, en: `Add agency ${code}` }, recipe: (d) => { d.agencies.push({ code, name: { vi: code } }); },
});
const renameAgency = (i: number, vi: string): EditCommand => ({
  label: { vi: `Đổi tên cơ quan ${i}`, en: `Rename agency ${i}` }, recipe: (d) => { d.agencies[i].name.vi = vi; },
});
const dropLastAgency: EditCommand = { label: { vi: 'Xóa cơ quan', en: 'Remove agency' }, recipe: (d) => { d.agencies.pop(); } };

describe('unsavedTransactions', () => {
  it('is the past beyond what was saved', () => {
    const s = new EditSession(base);
    s.apply(rename('A'));
    const saved = s.history();
    s.apply(addAgency('X'));
    s.apply(addAgency('Y'));
    expect(unsavedTransactions(saved, s.history()).map((t) => t.label.en)).toEqual(['Add agency X', 'Add agency Y']);
    expect(unsavedTransactions(s.history(), s.history())).toEqual([]);
  });

  it('counts a saved step grown by typing only with what it added', () => {
    const s = new EditSession(base, undefined, { now: fakeClock(100) });
    s.apply(rename('A'), { coalesceKey: 'title' });
    const saved = s.history();
    s.apply(rename('AB'), { coalesceKey: 'title' });
    const [tx] = unsavedTransactions(saved, s.history());
    expect(tx.patches).toEqual([{ op: 'replace', path: ['manifest', 'title', 'vi'], value: 'AB' }]);
  });
});

describe('rebaseTransactions', () => {
  it('keeps both tabs\' edits: mine re-applied on top of the latest stored draft', () => {
    const opened = new EditSession(base);
    opened.apply(rename('Gốc'));
    const stored = opened.history();
    // tab 1 saves an agency; tab 2, opened at the same revision, renames the pack
    const one = new EditSession(base, stored);
    one.apply(addAgency('X'));
    const two = new EditSession(base, stored);
    two.apply(rename('Của tab 2'));
    const r = rebaseTransactions({ base, history: one.history() }, unsavedTransactions(stored, two.history()));
    expect(r.dropped).toEqual([]);
    expect(r.kept.map((t) => t.label.en)).toEqual(['Rename the pack']);
    expect(r.session.doc.manifest.title.vi).toBe('Của tab 2');
    expect(r.session.doc.agencies.map((a) => a.code)).toContain('X');
    expect(r.session.history().past).toHaveLength(3);
    // the result reopens from its stored history as the same document
    expect(new EditSession(base, r.session.history()).doc).toEqual(r.session.doc);
    r.session.undo();
    expect(r.session.doc.manifest.title.vi).toBe('Gốc');
  });

  it('names an edit that no longer applies and keeps the others', () => {
    const start = new EditSession(base);
    start.apply(addAgency('X'));
    const stored = start.history();
    const n = start.doc.agencies.length - 1;
    const one = new EditSession(base, stored);
    one.apply(dropLastAgency);
    const two = new EditSession(base, stored);
    two.apply(renameAgency(n, 'Đổi'));
    two.apply(rename('Vẫn giữ'));
    const r = rebaseTransactions({ base, history: one.history() }, unsavedTransactions(stored, two.history()));
    expect(r.dropped).toEqual([{ vi: `Đổi tên cơ quan ${n}`, en: `Rename agency ${n}` }]);
    expect(r.kept.map((t) => t.label.en)).toEqual(['Rename the pack']);
    expect(r.session.doc.manifest.title.vi).toBe('Vẫn giữ');
    expect(r.session.doc.agencies).toHaveLength(n);
  });
});

describe('rebaseTransactions over the commands', () => {
  it('keeps the vi name from one tab and the en name from the other: a rename patches only the language it changed', () => {
    const form = base.forms[0];
    const id = form['x-fp-id'];
    const one = new EditSession(base);
    one.apply(setFormLabel(id, { ...form['x-fp-label'], vi: 'Tên từ thẻ một' }));
    const two = new EditSession(base);
    two.apply(setFormLabel(id, { ...form['x-fp-label'], en: 'Name from tab two' }));
    expect(two.history().past[0].patches).toHaveLength(1);
    const r = rebaseTransactions({ base, history: one.history() }, unsavedTransactions({ past: [], future: [] }, two.history()));
    expect(r.session.doc.forms[0]['x-fp-label']).toEqual({ vi: 'Tên từ thẻ một', en: 'Name from tab two' });
  });
});
