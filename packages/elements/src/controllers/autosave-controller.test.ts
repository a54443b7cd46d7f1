// AutosaveController in chromium: debounce, user-only saves, flush on hide/disconnect,
// one save at a time, conflicts, failures.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { AjvValidator, FormModel, MemoryStore } from '@formplan/core';
import type { DraftKey } from '@formplan/core';
import { AutosaveController, draftConflictOf, modelSession } from './autosave-controller.js';

class AutosaveTestHost extends LitElement {
  store?: MemoryStore;
  model?: FormModel;
  readonly autosave = new AutosaveController(this, {
    delay: 100,
    save: (data, revision) => this.store!.saveDraft(KEY, data, revision),
    conflictOf: draftConflictOf,
    loadTheirs: (theirs) => this.model?.reset(theirs?.data ?? {}),
  });
  override render() {
    return html`<p role="status" aria-live="polite">${this.autosave.state}</p>`;
  }
}
customElements.define('fp-autosave-test-host', AutosaveTestHost);

const KEY: DraftKey = { packId: 'p', packVersion: '1.0.0', formId: 'f', ward: 'W1', period: '2018-H1' };
const validator = new AjvValidator();
const schema = { type: 'object', properties: { a: { type: 'integer' }, b: { type: 'string' } } };

class CountingStore extends MemoryStore {
  saves: { data: unknown; expected: number }[] = [];
  gate?: Promise<void>;
  override async saveDraft(...args: Parameters<MemoryStore['saveDraft']>) {
    this.saves.push({ data: args[1], expected: args[2] });
    if (this.gate) await this.gate;
    return super.saveDraft(...args);
  }
}

async function setup() {
  const host = await fixture<AutosaveTestHost>(html`<fp-autosave-test-host></fp-autosave-test-host>`);
  const store = new CountingStore();
  const model = new FormModel({ schema, validator });
  Object.assign(host, { store, model });
  host.autosave.attach(modelSession(model, 0));
  return { host, store, model };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('AutosaveController', () => {
  it('host is accessible', async () => {
    const { host } = await setup();
    await expect(host).to.be.accessible();
  });

  it('debounces user edits into one save and sends fp-saved', async () => {
    const { host, store, model } = await setup();
    const revisions: number[] = [];
    host.addEventListener('fp-saved', (e) => revisions.push(e.detail.revision));
    model.set('/a', 1, { user: true });
    await sleep(30);
    model.set('/a', 2, { user: true });
    model.set('/b', 'x', { user: true });
    expect(host.autosave.pending).to.equal(true);
    await sleep(250);
    expect(store.saves).to.deep.equal([{ data: { a: 2, b: 'x' }, expected: 0 }]);
    expect(revisions).to.deep.equal([1]);
    expect(host.autosave.state).to.equal('saved');
    expect(host.autosave.pending).to.equal(false);
  });

  it('ignores changes that are not user edits', async () => {
    const { store, model } = await setup();
    model.set('/a', 1);
    model.reset({ a: 3 });
    model.touch('/a');
    await sleep(200);
    expect(store.saves).to.have.length(0);
  });

  it('flushes when the page becomes hidden and when the host leaves the DOM', async () => {
    const { host, store, model } = await setup();
    model.set('/a', 1, { user: true });
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await sleep(20);
      expect(store.saves).to.have.length(1);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    model.set('/a', 2, { user: true });
    host.remove();
    await sleep(20);
    expect(store.saves.map((s) => s.data)).to.deep.equal([{ a: 1 }, { a: 2 }]);
    expect((await store.getDraft(KEY))!.revision).to.equal(2);
  });

  it('saves one at a time: an edit during a save is saved after it with the new revision', async () => {
    const { host, store, model } = await setup();
    let open!: () => void;
    store.gate = new Promise<void>((r) => (open = r));
    model.set('/a', 1, { user: true });
    const first = host.autosave.flush();
    model.set('/a', 2, { user: true });
    const second = host.autosave.flush();
    await sleep(20);
    expect(store.saves).to.have.length(1);
    open();
    await Promise.all([first, second]);
    expect(store.saves).to.deep.equal([{ data: { a: 1 }, expected: 0 }, { data: { a: 2 }, expected: 1 }]);
    expect(host.autosave.revision).to.equal(2);
  });

  it('stops at a conflict until the user chooses, and retries a failed save on the next edit', async () => {
    const { host, store, model } = await setup();
    await store.saveDraft(KEY, { a: 9 }, 0);
    model.set('/a', 1, { user: true });
    await host.autosave.flush();
    expect(host.autosave.state).to.equal('conflict');
    expect(host.autosave.theirs!.data).to.deep.equal({ a: 9 });
    model.set('/a', 2, { user: true });
    await sleep(200);
    await host.autosave.flush();
    expect((await store.getDraft(KEY))!.data).to.deep.equal({ a: 9 });
    await host.autosave.keepMine();
    expect((await store.getDraft(KEY))!).to.include({ revision: 2 });
    expect((await store.getDraft(KEY))!.data).to.deep.equal({ a: 2 });

    const failing = store.saveDraft.bind(store);
    let fail = true;
    store.saveDraft = async (...args) => {
      if (fail) throw new Error('no disk');
      return failing(...args);
    };
    model.set('/a', 3, { user: true });
    await host.autosave.flush();
    expect(host.autosave.state).to.equal('failed');
    expect(host.autosave.error).to.deep.equal({ vi: 'no disk', en: 'no disk' });
    fail = false;
    model.set('/b', 'y', { user: true });
    await sleep(200);
    expect(host.autosave.state).to.equal('saved');
    expect((await store.getDraft(KEY))!.data).to.deep.equal({ a: 3, b: 'y' });
  });
});
