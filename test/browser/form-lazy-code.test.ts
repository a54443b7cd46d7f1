// <fp-form> when a chunk of its code loaded on demand (the interpreter, the parser; a validator's
// `ready()`) cannot be fetched: the form says so in Vietnamese, as an alert, and never answers
// "valid" for data nothing checked.
import { expect, fixture, html } from '@open-wc/testing';
import { MemoryStore } from '@formplan/core';
import type { Validator } from '@formplan/core';
import '../../packages/elements/src/components/form/form.js';
import '../../packages/elements/src/components/provider/provider.js';
import type { FpProvider } from '../../packages/elements/src/components/provider/provider.component.js';
import { StaticPackRegistry } from '../../packages/elements/src/services/pack-registry.js';
import { testPack, testRegistry, until } from './form-fixtures.js';

/** A validator whose code cannot be fetched. */
const unreachable = (): Validator => ({
  validate: () => [],
  ready: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
});

const notice = (root: Element): Element | null => root.shadowRoot?.querySelector('[part="notice"]') ?? null;

describe('<fp-form> with code that cannot be loaded', () => {
  it('pack mode: the form is not built and the notice says the code did not load', async () => {
    const provider = await fixture<FpProvider>(html`<fp-provider .store=${new MemoryStore()} .packs=${new StaticPackRegistry([testPack()])}
      .registry=${testRegistry()} .validator=${unreachable()} .clock=${() => new Date('2018-06-10T03:00:00Z')}>
      <fp-form pack="thu-2018" form="bieu-thu" ward="W1" period="2018-H1"></fp-form>
    </fp-provider>`);
    const form = provider.querySelector('fp-form')!;
    await until(() => notice(form) !== null);
    expect(notice(form)!.getAttribute('role')).to.equal('alert');
    expect(notice(form)!.textContent).to.contain('Không tải được một phần mã của biểu mẫu');
    expect(form.formModel).to.equal(undefined);
  });

  it('schema mode: validate() reports the notice as an error, never "valid"', async () => {
    const provider = await fixture<FpProvider>(html`<fp-provider .validator=${unreachable()}><fp-form lang="en"></fp-form></fp-provider>`);
    const form = provider.querySelector('fp-form')!;
    form.schema = { type: 'object', properties: { n: { type: 'integer' } } };
    await form.updateComplete;
    await until(() => notice(form) !== null);
    expect(notice(form)!.textContent).to.contain('Could not load part of the form');
    const errors = form.validate();
    expect(errors).to.have.length(1);
    expect(errors[0]!.message.vi).to.contain('Không tải được một phần mã');
  });
});
