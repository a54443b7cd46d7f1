// AutosaveController and the draft journal in chromium: every edit journaled at once, the entry
// cleared when the save commits, replayed on the next attach through the revision-checked save
// (another tab's newer draft becomes a conflict), untrusted entries refused, and `beforeunload`
// asking only when an edit is in neither the store nor the journal.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AjvValidator, DraftJournal, FormModel, MemoryKeyValueStorage, MemoryStore, journalKey } from '@formplan/core';
import type { DraftKey } from '@formplan/core';
import { AutosaveController, draftConflictOf, modelSession, sameDraftData } from './autosave-controller.js';

const KEY: DraftKey = { packId: 'p', packVersion: '1.0.0', formId: 'f', ward: 'W1', period: '2018-H1' };
const JKEY = journalKey('draft', ['test', KEY.packId, KEY.packVersion, KEY.formId, KEY.ward, KEY.period]);
const validator = new AjvValidator();
const schema = { type: 'object', properties: { a: { type: 'integer' }, b: { type: 'string' } } };

class JournalTestHost extends LitElement {
  store!: MemoryStore;
  storage!: MemoryKeyValueStorage;
  model?: FormModel;
  readonly autosave = new AutosaveController(this, {
    delay: 100,
    save: (data, revision) => this.store.saveDraft(KEY, data, revision),
    conflictOf: draftConflictOf,
    sameData: sameDraftData,
    loadTheirs: (theirs) => this.model?.reset(theirs?.data ?? {}),
    journal: () => new DraftJournal(this.storage, { warn: () => undefined }),
  });
  override render() {
    return html`<p role="status">${this.autosave.state}</p>`;
  }
}
customElements.define('fp-journal-test-host', JournalTestHost);

/** One page: a host over the shared store and storage, its model loaded from the stored draft. */
async function openPage(store: MemoryStore, storage: MemoryKeyValueStorage) {
  const host = await fixture<JournalTestHost>(html`<fp-journal-test-host></fp-journal-test-host>`);
  const draft = await store.getDraft(KEY);
  const model = new FormModel({ schema, validator, value: draft?.data });
  Object.assign(host, { store, storage, model });
  host.autosave.attach(modelSession(model, draft?.revision ?? 0, JKEY));
  return { host, model };
}

/** The page goes without saving (a reload or a crash: no flush). */
function vanish(host: JournalTestHost): void {
  host.autosave.detach();
  host.remove();
}

const entry = (storage: MemoryKeyValueStorage) => JSON.parse(storage.items.get(JKEY) ?? 'null') as { data: unknown; baseRevision: number } | null;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const settle = async (host: JournalTestHost) => {
  await host.autosave.flush();
  await host.updateComplete;
};

/** This page journals a = 5 over revision 1 and goes; another tab saves a = 9 (revision 2); the page opens again. */
async function replayOverOtherTab() {
  const store = new MemoryStore();
  const storage = new MemoryKeyValueStorage();
  await store.saveDraft(KEY, { a: 1 }, 0);
  const mine = await openPage(store, storage);
  mine.model.set('/a', 5, { user: true });
  vanish(mine.host);
  await store.saveDraft(KEY, { a: 9 }, 1);
  const again = await openPage(store, storage);
  await settle(again.host);
  return { store, storage, ...again };
}

describe('AutosaveController journal', () => {
  it('journals each edit at once and clears the entry when the save commits', async () => {
    const store = new MemoryStore();
    const storage = new MemoryKeyValueStorage();
    const { host, model } = await openPage(store, storage);
    model.set('/a', 7, { user: true });
    expect(entry(storage)).to.deep.include({ data: { a: 7 }, baseRevision: 0 });
    expect(host.autosave.atRisk).to.equal(false);
    await sleep(250);
    expect((await store.getDraft(KEY))?.data).to.deep.equal({ a: 7 });
    expect(entry(storage)).to.equal(null);
  });

  it('replays an entry left by a page that went before saving: shown and saved', async () => {
    const store = new MemoryStore();
    const storage = new MemoryKeyValueStorage();
    await store.saveDraft(KEY, { a: 1 }, 0);
    const first = await openPage(store, storage);
    first.model.set('/a', 2, { user: true });
    first.model.set('/b', 'Nguyễn'.normalize('NFD'), { user: true });
    vanish(first.host);
    const { host, model } = await openPage(store, storage);
    await settle(host);
    expect(model.value).to.deep.equal({ a: 2, b: 'Nguyễn'.normalize('NFC') });
    const saved = await store.getDraft(KEY);
    expect(saved).to.deep.include({ revision: 2, data: { a: 2, b: 'Nguyễn' } });
    expect(host.autosave.state).to.equal('saved');
    expect(entry(storage)).to.equal(null);
  });

  it("an entry over an older revision (another tab saved since) is a conflict, not an overwrite", async () => {
    const { store, storage, host, model } = await replayOverOtherTab();
    expect(host.autosave.state).to.equal('conflict');
    expect(host.autosave.theirs?.revision).to.equal(2);
    expect(model.value).to.deep.equal({ a: 5 });
    expect((await store.getDraft(KEY))?.data).to.deep.equal({ a: 9 });
    host.autosave.loadTheirs();
    expect(model.value).to.deep.equal({ a: 9 });
    expect(entry(storage)).to.equal(null);
  });

  it('keep mine after a replayed conflict saves over the other tab and clears the entry', async () => {
    const { store, storage, host } = await replayOverOtherTab();
    await host.autosave.keepMine();
    expect(await store.getDraft(KEY)).to.deep.include({ revision: 3, data: { a: 5 } });
    expect(entry(storage)).to.equal(null);
  });

  it("a second tab that replayed this page's unsaved journal is no conflict for this page", async () => {
    const store = new MemoryStore();
    const storage = new MemoryKeyValueStorage();
    await store.saveDraft(KEY, { a: 1 }, 0);
    const a = await openPage(store, storage);
    a.model.set('/a', 5, { user: true });
    const b = await openPage(store, storage); // opened while a's save waits for its debounce
    await settle(b.host);
    expect(await store.getDraft(KEY)).to.deep.include({ revision: 2, data: { a: 5 } });
    await settle(a.host);
    expect(a.host.autosave.state).to.equal('saved');
    expect(a.host.autosave.revision).to.equal(2);
    a.model.set('/a', 6, { user: true });
    await settle(a.host);
    expect(await store.getDraft(KEY)).to.deep.include({ revision: 3, data: { a: 6 } });
    expect(entry(storage)).to.equal(null);
  });

  it('refuses an untrusted entry and drops one equal to the stored draft', async () => {
    const store = new MemoryStore();
    const storage = new MemoryKeyValueStorage();
    await store.saveDraft(KEY, { a: 1 }, 0);
    storage.items.set(JKEY, '{"data":{"__proto__":{"a":3}},"baseRevision":1,"savedAt":"2018-05-10T00:00:00Z","writer":"x","seq":1}');
    const first = await openPage(store, storage);
    await settle(first.host);
    expect(first.model.value).to.deep.equal({ a: 1 });
    expect((await store.getDraft(KEY))?.revision).to.equal(1);
    expect(storage.items.has(JKEY)).to.equal(false);
    vanish(first.host);
    storage.items.set(JKEY, '{"data":{"a":1},"baseRevision":0,"savedAt":"2018-05-10T00:00:00Z","writer":"x","seq":1}');
    const { host } = await openPage(store, storage);
    await settle(host);
    expect((await store.getDraft(KEY))?.revision).to.equal(1);
    expect(storage.items.has(JKEY)).to.equal(false);
  });

  it('asks before leaving only while an edit is in neither the store nor the journal', async () => {
    const store = new MemoryStore();
    const storage = new MemoryKeyValueStorage();
    const { host, model } = await openPage(store, storage);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    model.set('/a', 1, { user: true });
    expect(leave(), 'journaled: nothing to ask').to.equal(false);
    storage.quota = 0;
    model.set('/a', 2, { user: true });
    expect(host.autosave.atRisk).to.equal(true);
    expect(leave(), 'journal full, save pending').to.equal(true);
    await sleep(250);
    expect((await store.getDraft(KEY))?.data).to.deep.equal({ a: 2 });
    expect(leave(), 'saved').to.equal(false);
  });
});
