// <fp-form> in schema mode (any JSON Schema object + value) and <fp-provider> contexts, in chromium.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../packages/elements/src/components/form/form.js';
import '../../packages/elements/src/components/provider/provider.js';
import type { FpForm } from '../../packages/elements/src/components/form/form.component.js';
import type { FpProvider } from '../../packages/elements/src/components/provider/provider.component.js';
import { deepActive } from '../suites/control-harness.js';
import { deepText, inputAt, testRegistry, typeInto, until } from './form-fixtures.js';

const schema = () => ({
  type: 'object',
  'x-fp-label': { vi: 'Khảo sát trẻ em', en: 'Child survey' },
  required: ['count', 'name'],
  properties: {
    count: { type: 'integer', minimum: 0, 'x-fp-label': { vi: 'Số lượng', en: 'Count' } },
    name: { type: 'string', minLength: 1, 'x-fp-label': { vi: 'Tên người lập', en: 'Preparer' } },
  },
});

async function mount(opts: { value?: unknown; schema?: unknown; lang?: string } = {}): Promise<{ provider: FpProvider; form: FpForm }> {
  const provider = await fixture<FpProvider>(html`<fp-provider .registry=${testRegistry()} lang=${opts.lang ?? 'vi'}>
    <fp-form .schema=${opts.schema ?? schema()} .value=${opts.value ?? {}}></fp-form>
  </fp-provider>`);
  const form = provider.querySelector('fp-form')!;
  await form.updateComplete;
  await until(() => !!form.shadowRoot!.querySelector('fp-field'));
  await until(() => { try { inputAt(form, '/count'); return true; } catch { return false; } });
  return { provider, form };
}

describe('<fp-form> schema mode', () => {
  it('is accessible', async () => {
    const { form } = await mount({ value: { count: 2, name: 'Lan' } });
    await expect(form).to.be.accessible();
  });

  it('renders the fields and the title, validates and sends fp-invalid then fp-submit', async () => {
    const { form } = await mount();
    expect(form.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Khảo sát trẻ em');
    expect(form.validate().map((e) => e.pointer).sort()).to.deep.equal(['/count', '/name']);
    await form.updateComplete;
    const summary = form.shadowRoot!.querySelector('[part="summary"]')!;
    expect(summary.textContent).to.contain('Biểu mẫu còn 2 lỗi cần sửa:');
    expect(summary.getAttribute('role')).to.equal('alert');

    const invalid = oneEvent(form, 'fp-invalid');
    (form.shadowRoot!.querySelector('[part="submit"]') as HTMLButtonElement).click();
    expect((await invalid).detail.errors).to.have.length(2);
    await until(() => form.shadowRoot!.activeElement === form.shadowRoot!.querySelector('#summary'));

    typeInto(form, '/count', '-3');
    typeInto(form, '/name', 'Lan');
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('1 lỗi');
    typeInto(form, '/count', '1.234');
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('[part="summary"]')).to.equal(null);

    const submitted = oneEvent(form, 'fp-submit');
    const result = await form.submit();
    expect(result).to.equal(undefined);
    const detail = (await submitted).detail;
    expect(detail.value).to.deep.equal({ count: 1234, name: 'Lan' });
    expect(detail.submission).to.equal(undefined);
  });

  it('sends fp-change only for user edits, never when value is set', async () => {
    const { form } = await mount({ value: { count: 1 } });
    const changes: unknown[] = [];
    form.addEventListener('fp-change', (e) => changes.push(e.detail));
    form.value = { count: 5, name: 'A' };
    await form.updateComplete;
    expect(form.value).to.deep.equal({ count: 5, name: 'A' });
    expect(inputAt(form, '/count').value).to.equal('5');
    expect(changes).to.have.length(0);
    typeInto(form, '/count', '7');
    expect(changes).to.deep.equal([{ path: '/count', value: 7, isTriggeredByUser: true }]);
    expect(form.value).to.deep.equal({ count: 7, name: 'A' });
  });

  it('shows a translated message for a schema it cannot compile, without throwing, and reports invalid', async () => {
    const provider = await fixture<FpProvider>(html`<fp-provider .registry=${testRegistry()}>
      <fp-form .schema=${{ type: 'object', properties: { a: { type: 'nope' } } }}></fp-form></fp-provider>`);
    const form = provider.querySelector('fp-form')!;
    await form.updateComplete;
    const notice = form.shadowRoot!.querySelector('[part="notice"]')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain('Lược đồ biểu mẫu không hợp lệ');
    form.lang = 'en';
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('The form schema is not valid');
    const [error, ...more] = form.validate();
    expect(more).to.deep.equal([]);
    expect(error).to.include({ pointer: '', keyword: 'schema', severity: 'error' });
    expect(error!.message.vi).to.contain('Lược đồ biểu mẫu không hợp lệ');
    expect(error!.message.en).to.contain('"type" must be array, boolean');
  });

  it('renders a value of the wrong shape and validation reports it', async () => {
    const { form } = await mount({ value: { count: 'mười', name: 42 } });
    expect(inputAt(form, '/count')).to.be.instanceOf(HTMLInputElement);
    const errors = form.validate();
    expect(errors.map((e) => `${e.pointer}:${e.keyword}`).sort()).to.deep.equal(['/count:type', '/name:type']);
  });

  it('renders markup in labels and values as text', async () => {
    const evil = '<img src=x onerror="window.__fpXss=1">';
    const s = schema();
    s['x-fp-label'] = { vi: evil, en: evil };
    s.properties.name['x-fp-label'] = { vi: evil, en: evil };
    const { form } = await mount({ schema: s, value: { name: evil } });
    form.validate();
    await form.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    const imgs: Element[] = [];
    const walk = (root: ParentNode) => root.querySelectorAll('*').forEach((el) => {
      if (el.localName === 'img') imgs.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    });
    walk(form.shadowRoot!);
    expect(imgs).to.have.length(0);
    expect((window as { __fpXss?: number }).__fpXss).to.equal(undefined);
    expect(form.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(evil);
    expect(inputAt(form, '/name').value).to.equal(evil);
  });

  it('switches language live from its own attribute and from the provider', async () => {
    const { provider, form } = await mount();
    form.validate();
    await form.updateComplete;
    expect(deepText(form.shadowRoot!)).to.contain('Tên người lập');
    provider.lang = 'en';
    await provider.updateComplete;
    await form.updateComplete;
    await until(() => deepText(form.shadowRoot!).includes('Preparer'));
    expect(form.shadowRoot!.querySelector('[part="submit"]')!.textContent).to.equal('Submit report');
    expect(form.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('The form has 2 error(s) to fix:');
    expect(form.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Child survey');
    form.setAttribute('lang', 'vi');
    await form.updateComplete;
    await until(() => deepText(form.shadowRoot!).includes('Tên người lập'));
    expect(form.shadowRoot!.querySelector('[part="submit"]')!.textContent).to.equal('Gửi báo cáo');
  });

  it('is read-only: inputs read-only, no submit button, edits do nothing', async () => {
    const { form } = await mount({ value: { count: 3, name: 'Lan' } });
    form.readonly = true;
    await form.updateComplete;
    await until(() => inputAt(form, '/count').readOnly);
    expect(form.shadowRoot!.querySelector('[part="submit"]')).to.equal(null);
    typeInto(form, '/count', '9');
    expect(form.value).to.deep.equal({ count: 3, name: 'Lan' });
    expect(await form.submit()).to.equal(undefined);
  });

  it('error summary buttons focus the cell of their field', async () => {
    const { form } = await mount({ value: { count: 1 } });
    form.validate();
    await form.updateComplete;
    const link = form.shadowRoot!.querySelector<HTMLButtonElement>('.summary-link[data-target="/name"]')!;
    expect(link.textContent).to.contain('Tên người lập');
    link.click();
    expect(deepActive()).to.equal(inputAt(form, '/name'));
    expect(form.focusField('/count')).to.equal(true);
    expect(deepActive()).to.equal(inputAt(form, '/count'));
  });

  it('takes the validator and registry from the provider and follows their changes', async () => {
    const { provider, form } = await mount({ value: { count: 1, name: 'x' } });
    const calls: unknown[] = [];
    provider.validator = { validate: (_s, v) => (calls.push(v), [{ pointer: '/count', keyword: 'custom', params: {}, message: { vi: 'Sai theo quy định riêng', en: 'Custom rule' }, severity: 'error' }]) };
    await provider.updateComplete;
    await form.updateComplete;
    expect(calls.length).to.be.greaterThan(0);
    expect(form.validate().map((e) => e.keyword)).to.deep.equal(['custom']);
    provider.registry = testRegistry().with({ tester: () => 50, tagName: 'fp-unsupported' });
    await provider.updateComplete;
    await until(() => !!form.shadowRoot!.querySelector('fp-unsupported'));
  });

  it('does not repaint its own template on a keystroke, only when what it shows changes', async () => {
    const { form } = await mount();
    const render = form.render.bind(form);
    let renders = 0;
    form.render = () => {
      renders++;
      return render();
    };
    typeInto(form, '/count', '5');
    typeInto(form, '/name', 'Lan');
    await form.updateComplete;
    expect(renders).to.equal(0);
    expect(form.value).to.deep.equal({ count: 5, name: 'Lan' });
    typeInto(form, '/name', '');
    form.validate();
    await form.updateComplete;
    const summary = () => form.shadowRoot!.querySelector('[part="summary"]')?.textContent ?? '';
    expect(summary()).to.contain('Biểu mẫu còn 1 lỗi cần sửa:');
    typeInto(form, '/name', 'Lan');
    await form.updateComplete;
    expect(summary()).to.not.contain('Biểu mẫu còn 1 lỗi');
  });

  it('paints its fields once: the model built at mount is the one that judges once the validator has loaded', async () => {
    const form = document.createElement('fp-form');
    form.schema = schema();
    const painted = new Set<unknown>();
    const render = form.render.bind(form);
    form.render = () => {
      painted.add(form.formModel);
      return render();
    };
    document.body.append(form);
    try {
      await form.updateComplete;
      expect([...painted], 'the model was built again').to.deep.equal([form.formModel]);
      expect(form.validate().map((e) => e.pointer).sort()).to.deep.equal(['/count', '/name']);
    } finally {
      form.remove();
    }
  });
});
