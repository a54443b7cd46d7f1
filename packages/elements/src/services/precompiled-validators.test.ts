import { expect, fixture, html } from '@open-wc/testing';
import { InterpretingValidator, PrecompiledValidatorBase, schemaHash } from '@formplan/core';
import type { PackSource } from '@formplan/core';
import '../components/provider/provider.js';
import type { FpProvider } from '../components/provider/provider.component.js';
import { StaticPackRegistry } from './pack-registry.js';
import { WaitingPackRegistry, loadPrecompiledValidator } from './precompiled-validators.js';

const schema = { 'x-fp-id': 'demo', type: 'object', properties: { n: { type: 'integer', minimum: 0 } } };
const pack = { manifest: { id: 'demo-2018', version: '1.0.0' } } as unknown as PackSource;

/** A validators module as `formplan build` writes one (its function stands in for ajv's standalone code). */
function moduleSource(hash: string): string {
  return `const v = (d) => { v.errors = d && d.n < 0 ? [{ keyword: 'minimum', instancePath: '/n', schemaPath: '#/properties/n/minimum', params: { comparison: '>=', limit: 0 } }] : null; return !v.errors; };
export default { format: 1, pack: { id: 'demo-2018', version: '1.0.0' }, forms: { demo: { hash: ${JSON.stringify(hash)}, validate: v } } };`;
}
const moduleUrl = (source: string): string => URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));

/** Collects console.warn while `run` runs. */
async function warnings(run: () => Promise<void>): Promise<string[]> {
  const said: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void said.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return said;
}

describe('precompiled validators in the page', () => {
  it('loads a validators module by URL and judges its form with it', async () => {
    const v = await loadPrecompiledValidator(moduleUrl(moduleSource(schemaHash(schema))));
    expect(v).to.be.instanceOf(PrecompiledValidatorBase);
    expect(v.has(schema)).to.equal(true);
    expect(v.validate(schema, { n: -1 })).to.deep.equal([
      { pointer: '/n', keyword: 'minimum', params: { comparison: '>=', limit: 0 }, message: { vi: 'Phải là số không âm', en: 'Must not be negative' }, severity: 'error' },
    ]);
  });

  it('a module that cannot be loaded, or is not a validators module, is said once and the interpreter (loaded when ready() is awaited) judges', async () => {
    const said = await warnings(async () => {
      const v = await loadPrecompiledValidator('/nowhere/validators.js');
      await v.ready(schema); // the interpreter, loaded on demand
      expect(v.validate(schema, { n: -1 })[0]?.keyword).to.equal('minimum');
      expect(v.validate(schema, { n: -2 })[0]?.keyword).to.equal('minimum');
    });
    expect(said.length).to.equal(2);
    expect(said[0]).to.match(/không tải được \/nowhere\/validators\.js \/ cannot load/);
    expect(said[1]).to.match(/biểu "demo" không có bộ kiểm tra biên dịch sẵn/);
    const other = await warnings(async () => void (await loadPrecompiledValidator('/x.js', async () => ({ default: { forms: {} } }))));
    expect(other[0]).to.match(/is not a validators module/);
  });

  it('a waiting registry answers only once the module is there', async () => {
    let open!: () => void;
    const ready = new Promise<void>((resolve) => (open = resolve));
    let answered = false;
    const asked = new WaitingPackRegistry(new StaticPackRegistry([pack]), ready).getPack('demo-2018').then((p) => (answered = true, p));
    await new Promise((r) => setTimeout(r, 20));
    expect(answered).to.equal(false);
    open();
    expect((await asked)?.manifest.id).to.equal('demo-2018');
  });

  it('<fp-provider validators-src> provides the precompiled validator once loaded; its packs wait for it; a given validator wins', async () => {
    const url = moduleUrl(moduleSource(schemaHash(schema)));
    const el = await fixture<FpProvider>(html`<fp-provider validators-src=${url} .packs=${new StaticPackRegistry([pack])}></fp-provider>`);
    expect((await el.effectivePacks?.getPack('demo-2018'))?.manifest.id).to.equal('demo-2018');
    await el.updateComplete;
    const v = el.effectiveValidator;
    expect(v).to.be.instanceOf(PrecompiledValidatorBase);
    expect((v as PrecompiledValidatorBase).has(schema)).to.equal(true);
    const given = new InterpretingValidator();
    el.validator = given;
    await el.updateComplete;
    expect(el.effectiveValidator).to.equal(given);
    expect(el.effectivePacks).to.be.instanceOf(StaticPackRegistry);
  });
});
