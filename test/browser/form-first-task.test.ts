// <fp-form> in schema mode once its run-time chunk has loaded (formplan.js starts fetching it when
// <fp-form> is defined): the form renders, checks its schema and settles `updateComplete` in the
// task that mounted it, before any timer or frame, so nothing waits a frame for code already there.
import { expect } from '@open-wc/testing';
import '../../packages/elements/src/components/form/form.js';
import type { FpForm } from '../../packages/elements/src/components/form/form.component.js';
import { loadRuntime } from '../../packages/elements/src/services/load-runtime.js';
import { loadInterpreter } from '../../packages/elements/src/services/lazy-interpreter.js';

const SCHEMA = {
  type: 'object',
  properties: {
    rows: {
      type: 'object',
      properties: Object.fromEntries(['HCDB_01', 'HCDB_02', 'HCDB_03'].map((r) => [r, {
        type: 'object', title: r, properties: { nam: { type: 'integer', minimum: 0, title: 'Nam' }, nu: { type: 'integer', minimum: 0, title: 'Nữ' } },
      }])),
    },
  },
};

describe('<fp-form> with its run-time chunk loaded', () => {
  before(async () => {
    await loadInterpreter();
  });

  it('loadRuntime() settles before a timer set ahead of it', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    await loadRuntime();
    order.push('runtime');
    await new Promise((r) => setTimeout(r, 0));
    expect(order).to.deep.equal(['runtime', 'timer']);
  });

  it('a schema form is rendered and its schema checked before any timer fires', async () => {
    let timer = false;
    const el = document.createElement('fp-form') as FpForm;
    document.body.append(el);
    el.schema = SCHEMA;
    el.value = { rows: { HCDB_02: { nam: -1 } } };
    setTimeout(() => { timer = true; }, 0);
    await el.updateComplete;
    expect(timer, 'updateComplete waited for a timer').to.equal(false);
    const errors = el.validate();
    expect(errors.map((e) => e.pointer)).to.deep.equal(['/rows/HCDB_02/nam']);
    el.remove();
  });

  it('a schema the interpreter refuses shows its notice by updateComplete, before any timer fires', async () => {
    let timer = false;
    const el = document.createElement('fp-form') as FpForm;
    document.body.append(el);
    el.schema = { type: 'object', properties: { n: { type: 'nope' } } };
    setTimeout(() => { timer = true; }, 0);
    await el.updateComplete;
    expect(timer).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('Lược đồ biểu mẫu không hợp lệ');
    el.remove();
  });
});
