// Services resolved once: without <fp-provider> every element uses the one default store of the
// page (services/defaults.ts), not one IndexedDB connection each; with a provider, the provider's.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { MemoryStore } from '@formplan/core';
import type { DraftKey, Store } from '@formplan/core';
import '../../packages/elements/src/components/form/form.js';
import '../../packages/elements/src/components/provider/provider.js';
import type { FpForm } from '../../packages/elements/src/components/form/form.component.js';
import type { FpProvider } from '../../packages/elements/src/components/provider/provider.component.js';
import { ServicesController } from '../../packages/elements/src/controllers/services-controller.js';
import { defaultPacks, defaultRenderers, defaultStore, defaultValidator } from '../../packages/elements/src/services/defaults.js';
import { StaticPackRegistry } from '../../packages/elements/src/services/pack-registry.js';
import { testPack, testRegistry, until } from './form-fixtures.js';

class ServicesTestHost extends LitElement {
  ownStore?: Store;
  readonly services = new ServicesController(this, { store: () => this.ownStore });
}
customElements.define('fp-services-test-host', ServicesTestHost);

/** Counts `getDraft` calls on one store instance (each form reads its draft once when it loads). */
function countDrafts(store: Store): { calls: () => number; restore: () => void } {
  const original = store.getDraft;
  let calls = 0;
  store.getDraft = (key: DraftKey) => {
    calls++;
    return original.call(store, key);
  };
  return { calls: () => calls, restore: () => void (store.getDraft = original) };
}

const loaded = (form: FpForm) => until(() => form.formModel !== undefined || !!form.shadowRoot?.querySelector('[part="notice"]'));

describe('ServicesController and the page defaults', () => {
  it('without a provider: the page defaults, one of each; an own property wins', async () => {
    const a = await fixture<ServicesTestHost>(html`<fp-services-test-host></fp-services-test-host>`);
    const b = await fixture<ServicesTestHost>(html`<fp-services-test-host></fp-services-test-host>`);
    expect(a.services.store).to.equal(defaultStore());
    expect(b.services.store).to.equal(a.services.store);
    expect(a.services.packs).to.equal(defaultPacks(defaultStore()));
    expect(a.services.validator).to.equal(defaultValidator());
    expect(a.services.registry).to.equal(defaultRenderers());
    expect(a.services.clock().getTime()).to.be.closeTo(Date.now(), 1000);
    expect(a.services.providerLang).to.equal(undefined);
    const own = new MemoryStore();
    a.ownStore = own;
    expect(a.services.store).to.equal(own);
  });

  it('with a provider: the provider’s services, updated live', async () => {
    const store = new MemoryStore();
    const provider = await fixture<FpProvider>(html`<fp-provider lang="en" .store=${store}><fp-services-test-host></fp-services-test-host></fp-provider>`);
    const host = provider.querySelector<ServicesTestHost>('fp-services-test-host')!;
    expect(host.services.store).to.equal(store);
    expect(host.services.providerLang).to.equal('en');
    const next = new MemoryStore();
    provider.store = next;
    await provider.updateComplete;
    expect(host.services.store).to.equal(next);
  });

  it('two <fp-form>s without a provider share one store instance', async () => {
    const pack = testPack();
    const store = defaultStore();
    await store.putPack({ id: pack.manifest.id, version: pack.manifest.version, source: pack });
    const spy = countDrafts(store);
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <fp-form pack="thu-2018" form="bieu-thu" ward="W1" period="2018-H1"></fp-form>
        <fp-form pack="thu-2018" form="bieu-thu" ward="W2" period="2018-H1"></fp-form>
      </div>`);
      const forms = [...wrap.querySelectorAll('fp-form')];
      await Promise.all(forms.map(loaded));
      expect(forms.map((f) => f.formModel === undefined)).to.deep.equal([false, false]);
      expect(spy.calls()).to.equal(2);
    } finally {
      spy.restore();
    }
  });

  it('two <fp-form>s inside a provider use the provider’s store', async () => {
    const shared = countDrafts(defaultStore());
    const store = new MemoryStore();
    const mine = countDrafts(store);
    try {
      const provider = await fixture<FpProvider>(html`<fp-provider .store=${store} .packs=${new StaticPackRegistry([testPack()])} .registry=${testRegistry()}>
        <fp-form pack="thu-2018" form="bieu-thu" ward="W1" period="2018-H1"></fp-form>
        <fp-form pack="thu-2018" form="bieu-thu" ward="W2" period="2018-H1"></fp-form>
      </fp-provider>`);
      const forms = [...provider.querySelectorAll('fp-form')];
      await Promise.all(forms.map((f) => f.loadComplete));
      expect(forms.map((f) => f.formModel === undefined)).to.deep.equal([false, false]);
      expect(mine.calls()).to.equal(2);
      expect(shared.calls()).to.equal(0);
    } finally {
      shared.restore();
      mine.restore();
    }
  });
});
