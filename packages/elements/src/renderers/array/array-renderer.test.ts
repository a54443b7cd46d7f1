import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AjvValidator, FormModel } from '@formplan/core';
import type { SchemaNode } from '@formplan/core';
import { deepActive, deepElements, settleTree } from '../../../../../test/suites/control-harness.js';
import { nestingRegistry } from '../../../../../test/suites/nesting-registry.js';
import { arrayTester } from './array-renderer.component.js';
import type { FpArrayRenderer } from './array-renderer.component.js';
import './array-renderer.js';

const registry = nestingRegistry();

const LIST: SchemaNode = {
  type: 'array',
  'x-fp-label': { vi: 'Các lớp tập huấn', en: 'Training courses' },
  minItems: 1,
  maxItems: 3,
  items: {
    type: 'object',
    'x-fp-label': { vi: 'Lớp', en: 'Course' },
    properties: { so_nguoi: { type: 'integer', minimum: 0, 'x-fp-label': { vi: 'Số người dự', en: 'Participants' } } },
  },
};

let n = 0;
async function mount(value: unknown, opts: { schema?: SchemaNode; readonly?: boolean } = {}) {
  const schema = opts.schema ?? LIST;
  const root = { $id: `urn:formplan:test:array:${++n}`, type: 'object', properties: { lop: schema } };
  const model = new FormModel({ schema: root, validator: new AjvValidator(), value: value === undefined ? {} : { lop: value } });
  const el = document.createElement('fp-array-renderer') as FpArrayRenderer;
  Object.assign(el, { model, schema, pointer: '/lop', registry, readonly: !!opts.readonly });
  await fixture(el);
  await settleTree(el);
  const events: CustomEvent[] = [];
  el.addEventListener('fp-change', (e) => events.push(e as CustomEvent));
  return { el, model, events, root: el.shadowRoot! };
}

const button = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name)!;

describe('<fp-array-renderer>', () => {
  it('is accessible', async () => {
    const { el } = await mount([{ so_nguoi: 3 }, { so_nguoi: 4 }]);
    await expect(el).to.be.accessible();
  });

  it('renders one row per item through fp-field, named "Lớp 1", "Lớp 2", with numbered buttons', async () => {
    const { el, root } = await mount([{ so_nguoi: 3 }, { so_nguoi: 4 }]);
    const groups = deepElements(el).filter((x) => x.localName === 'fp-object-renderer') as (HTMLElement & { pointer: string })[];
    expect(groups.map((g) => g.pointer)).to.deep.equal(['/lop/0', '/lop/1']);
    expect(groups[1].shadowRoot!.querySelector('legend')!.textContent).to.include('Lớp 2');
    expect(button(root, 'Xóa dòng 2')).to.be.instanceOf(HTMLButtonElement);
    expect(button(root, 'Chuyển dòng 1 lên').disabled).to.equal(true);
    expect(button(root, 'Chuyển dòng 2 xuống').disabled).to.equal(true);
    expect(root.querySelector('legend')!.textContent).to.equal('Các lớp tập huấn');
  });

  it('adds a row (fp-change with the array path) and focuses its first field', async () => {
    const { el, model, events, root } = await mount([{ so_nguoi: 3 }]);
    button(root, 'Thêm dòng').click();
    await settleTree(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(model.get('/lop')).to.deep.equal([{ so_nguoi: 3 }, {}]);
    expect(events.at(-1)!.detail).to.deep.include({ path: '/lop' });
    expect((deepActive() as HTMLElement | null)?.dataset.pointer).to.equal('/lop/1/so_nguoi');
    await sendKeys({ type: '12' });
    expect(model.get('/lop/1/so_nguoi')).to.equal(12);
    expect(root.getElementById('announce')!.textContent).to.equal('Đã thêm dòng 2.');
  });

  it('respects maxItems and minItems by disabling Add and Remove', async () => {
    const full = await mount([{}, {}, {}]);
    expect(button(full.root, 'Thêm dòng').disabled).to.equal(true);
    const one = await mount([{}]);
    expect(button(one.root, 'Xóa dòng 1').disabled).to.equal(true);
  });

  it('removes a row and focuses the row that took its place', async () => {
    const { el, model, root } = await mount([{ so_nguoi: 1 }, { so_nguoi: 2 }, { so_nguoi: 3 }]);
    button(root, 'Xóa dòng 2').click();
    await settleTree(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(model.get('/lop')).to.deep.equal([{ so_nguoi: 1 }, { so_nguoi: 3 }]);
    expect((deepActive() as HTMLElement | null)?.dataset.pointer).to.equal('/lop/1/so_nguoi');
    expect(root.getElementById('announce')!.textContent).to.equal('Đã xóa dòng 2.');
  });

  it('moves rows up and down; focus follows the moved row', async () => {
    const { el, model, root } = await mount([{ so_nguoi: 1 }, { so_nguoi: 2 }]);
    button(root, 'Chuyển dòng 2 lên').click();
    await settleTree(el);
    expect(model.get('/lop')).to.deep.equal([{ so_nguoi: 2 }, { so_nguoi: 1 }]);
    expect(deepActive()).to.equal(button(root, 'Chuyển dòng 1 xuống'));
    button(root, 'Chuyển dòng 1 xuống').click();
    await settleTree(el);
    expect(model.get('/lop')).to.deep.equal([{ so_nguoi: 1 }, { so_nguoi: 2 }]);
  });

  it('arrays of primitives: each item is a labelled control', async () => {
    const schema: SchemaNode = { type: 'array', 'x-fp-label': { vi: 'Số liệu', en: 'Figures' }, items: { type: 'integer', minimum: 0 } };
    const { el, model, root } = await mount([5], { schema });
    const num = deepElements(el).find((x) => x.localName === 'fp-number-renderer')!;
    expect(num.shadowRoot!.querySelector('label')!.textContent).to.include('Dòng 1');
    button(root, 'Thêm dòng').click();
    await settleTree(el);
    expect(model.get('/lop')).to.deep.equal([5, null]);
  });

  it('readonly: no buttons work and the items are read-only', async () => {
    const { el, model, root } = await mount([{ so_nguoi: 1 }, { so_nguoi: 2 }], { readonly: true });
    expect([...root.querySelectorAll('button')].every((b) => b.disabled)).to.equal(true);
    const nums = deepElements(el).filter((x): x is HTMLInputElement => x instanceof HTMLInputElement && x.dataset.pointer?.startsWith('/lop/') === true);
    expect(nums.map((i) => i.dataset.pointer)).to.deep.equal(['/lop/0/so_nguoi', '/lop/1/so_nguoi']);
    expect(nums.every((i) => i.readOnly)).to.equal(true);
    await el.addRow();
    expect(model.get('/lop')).to.deep.equal([{ so_nguoi: 1 }, { so_nguoi: 2 }]);
  });

  it('a value that is not an array shows no rows and the error, without throwing', async () => {
    const { el, model, root } = await mount('không phải danh sách');
    model.markSubmitted();
    await settleTree(el);
    expect(root.querySelectorAll('li').length).to.equal(0);
    expect(root.querySelector('fieldset')!.getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById('feedback')!.textContent).to.include(model.visibleErrorsAt('/lop')[0].message.vi);
  });

  it('ranks 1 for arrays of objects or primitives, not for tuples', () => {
    const ctx = { rootSchema: {}, pointer: '' };
    expect(arrayTester(LIST, ctx)).to.equal(1);
    expect(arrayTester({ type: 'array', items: { type: 'string' } }, ctx)).to.equal(1);
    expect(arrayTester({ type: 'array', items: [{ type: 'string' }] }, ctx)).to.equal(-1);
    expect(arrayTester({ type: 'array' }, ctx)).to.equal(-1);
  });
});
