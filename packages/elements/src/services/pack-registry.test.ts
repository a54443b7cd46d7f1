import { expect } from '@open-wc/testing';
import { MemoryStore } from '@formplan/core';
import type { PackSource } from '@formplan/core';
import { StaticPackRegistry, StorePackRegistry, UrlPackRegistry } from './pack-registry.js';

const pack = { manifest: { id: 'demo-2018', version: '1.0.0' } } as unknown as PackSource;
const serve = (body: string, status = 200): typeof fetch => async () => new Response(body, { status });

describe('pack registries', () => {
  it('find packs in memory and in a store, by id and version', async () => {
    expect(await new StaticPackRegistry([pack]).getPack('demo-2018')).to.equal(pack);
    expect(await new StaticPackRegistry([pack]).getPack('demo-2018', '2.0.0')).to.equal(undefined);
    const store = new MemoryStore();
    await store.putPack({ id: 'demo-2018', version: '1.0.0', source: pack });
    expect((await new StorePackRegistry(store).getPack('demo-2018'))?.manifest.id).to.equal('demo-2018');
  });

  it('reads a pack from a URL once', async () => {
    let calls = 0;
    const reg = new UrlPackRegistry('/p.json', async () => {
      calls++;
      return new Response(JSON.stringify(pack));
    });
    expect((await reg.getPack('demo-2018'))?.manifest.version).to.equal('1.0.0');
    expect(await reg.getPack('other')).to.equal(undefined);
    expect(calls).to.equal(1);
  });

  it('refuses prototype keys, HTTP errors and malformed JSON with a clear error', async () => {
    const cases: [typeof fetch, RegExp][] = [
      [serve('{"manifest":{"id":"demo-2018"},"__proto__":{"x":1}}'), /__proto__/],
      [serve('nope', 404), /HTTP 404/],
      [serve('{"manifest":'), /JSON/],
    ];
    for (const [fetcher, message] of cases) {
      let error: unknown;
      try {
        await new UrlPackRegistry('/p.json', fetcher).getPack('demo-2018');
      } catch (e) {
        error = e;
      }
      expect(String(error)).to.match(message);
    }
  });
});
