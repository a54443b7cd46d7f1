// <fp-form> over light cells: the error summary focuses a field painted in its group's shadow root.
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/components/form/form.js';
import type { FpForm } from '../../packages/elements/src/components/form/form.component.js';
import { deepActive } from '../suites/control-harness.js';
import { inputAt, until } from './form-fixtures.js';

const schema = {
  type: 'object',
  required: ['nhom'],
  properties: {
    nhom: {
      type: 'object',
      'x-fp-label': { vi: 'Nhóm', en: 'Group' },
      required: ['so_tre'],
      properties: {
        so_tre: { type: 'integer', minimum: 0, 'x-fp-label': { vi: 'Số trẻ', en: 'Children' } },
        ten: { type: 'string', 'x-fp-label': { vi: 'Tên', en: 'Name' } },
      },
    },
  },
};

describe('<fp-form> light cells', () => {
  it('a summary line focuses the light cell of its field; the cell is invalid and says why', async () => {
    const form = await fixture<FpForm>(html`<fp-form .schema=${schema} .value=${{ nhom: { so_tre: -2 } }}></fp-form>`);
    await form.updateComplete;
    await until(() => { try { inputAt(form, '/nhom/so_tre'); return true; } catch { return false; } });
    const input = inputAt(form, '/nhom/so_tre');
    expect(input.closest('.leaf'), 'the field is a light cell of its group').to.not.equal(null);
    expect(form.validate().map((e) => e.pointer)).to.deep.equal(['/nhom/so_tre']);
    await form.updateComplete;
    await until(() => input.getAttribute('aria-invalid') === 'true');
    const link = form.shadowRoot!.querySelector<HTMLButtonElement>('.summary-link[data-target="/nhom/so_tre"]')!;
    link.click();
    expect(deepActive()).to.equal(input);
    const root = input.getRootNode() as ShadowRoot;
    const feedback = input.getAttribute('aria-describedby')!.split(' ').map((id) => root.getElementById(id)!.textContent).join(' ');
    expect(feedback).to.include(form.formModel!.visibleErrorsAt('/nhom/so_tre')[0].message.vi);
    await expect(form).to.be.accessible();
  });
});
