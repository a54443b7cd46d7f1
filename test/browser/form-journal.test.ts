// <fp-form> over real IndexedDB and localStorage: each keystroke is journaled synchronously, the
// next load replays a journal the store does not have yet (through the revision-checked save) and
// shows a conflict when another tab saved since; a form over an in-memory store journals nothing.
import { expect, fixture, html } from '@open-wc/testing';
import { DraftJournal, IdbStore, MemoryStore } from '@formplan/core';
import type { DraftKey, Store } from '@formplan/core';
import '../../packages/elements/src/components/form/form.js';
import '../../packages/elements/src/components/provider/provider.js';
import type { FpForm } from '../../packages/elements/src/components/form/form.component.js';
import type { FpProvider } from '../../packages/elements/src/components/provider/provider.component.js';
import { draftJournalKey } from '../../packages/elements/src/controllers/page-journal.js';
import { StaticPackRegistry } from '../../packages/elements/src/services/pack-registry.js';
import { inputAt, testPack, testRegistry, typeInto, until } from './form-fixtures.js';

const KEY: DraftKey = { packId: 'thu-2018', packVersion: '1.0.0', formId: 'bieu-thu', ward: 'W1', period: '2018-H1' };
/** before the test pack's H1 due date: the period is open, the form editable */
const BEFORE_DUE = (): Date => new Date('2018-06-10T03:00:00Z');
const dbNames: string[] = [];
const uniqueDb = (): IdbStore => {
  const name = `fp-journal-wtr-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  dbNames.push(name);
  return new IdbStore({ name });
};

async function mount(store: Store): Promise<FpForm> {
  const provider = await fixture<FpProvider>(html`<fp-provider .store=${store} .packs=${new StaticPackRegistry([testPack()])} .registry=${testRegistry()} .clock=${BEFORE_DUE}>
    <fp-form pack="thu-2018" form="bieu-thu" ward="W1" period="2018-H1"></fp-form>
  </fp-provider>`);
  const form = provider.querySelector('fp-form')!;
  await until(() => {
    try {
      inputAt(form, '/so_tre_em');
      return true;
    } catch {
      return false;
    }
  });
  return form;
}

/** Journals `data` over `revision` the way a page that went before its save did. */
function leaveJournal(store: Store, data: unknown, revision: number): string {
  const key = draftJournalKey(store, KEY)!;
  new DraftJournal(localStorage).write(key, data, revision);
  return key;
}

after(async () => {
  await Promise.all(dbNames.map((name) => new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  })));
});

describe('<fp-form> draft journal', () => {
  it('journals a keystroke synchronously, before any save', async () => {
    const store = uniqueDb();
    const form = await mount(store);
    typeInto(form, '/so_tre_em', '7');
    const entry = JSON.parse(localStorage.getItem(draftJournalKey(store, KEY)!) ?? 'null') as { data: unknown } | null;
    expect(entry?.data).to.deep.equal({ so_tre_em: 7 });
    await form.flush();
    expect(localStorage.getItem(draftJournalKey(store, KEY)!)).to.equal(null);
  });

  it('replays a journal the store does not have: shown, saved, cleared', async () => {
    const store = uniqueDb();
    await store.saveDraft(KEY, { so_tre_em: 1 }, 0);
    const key = leaveJournal(store, { so_tre_em: 12, ghi_chu: 'Đã kiểm tra' }, 1);
    const form = await mount(store);
    await until(() => inputAt(form, '/so_tre_em').value === '12');
    await until(() => form.saveState === 'saved');
    expect(await store.getDraft(KEY)).to.deep.include({ revision: 2, data: { so_tre_em: 12, ghi_chu: 'Đã kiểm tra' } });
    expect(localStorage.getItem(key)).to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('a journal over an older revision shows the conflict and keeps the newer draft', async () => {
    const store = uniqueDb();
    await store.saveDraft(KEY, { so_tre_em: 1 }, 0);
    await store.saveDraft(KEY, { so_tre_em: 30 }, 1); // another tab saved since
    leaveJournal(store, { so_tre_em: 12 }, 1);
    const form = await mount(store);
    await until(() => form.saveState === 'conflict');
    expect((await store.getDraft(KEY))?.data).to.deep.equal({ so_tre_em: 30 });
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('[part="conflict"]')).to.not.equal(null);
  });

  it('an in-memory store journals nothing (it does not outlive the page)', async () => {
    const store = new MemoryStore();
    const before = localStorage.length;
    const form = await mount(store);
    typeInto(form, '/so_tre_em', '3');
    expect(draftJournalKey(store, KEY)).to.equal(undefined);
    expect(localStorage.length).to.equal(before);
  });
});
