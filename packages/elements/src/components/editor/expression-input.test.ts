import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './expression-input.js';
import { CHECK_DELAY_MS, type FpExpressionInput } from './expression-input.js';

const FIELDS = [
  { code: 'tong_so', label: { vi: 'Tổng số trẻ em', en: 'Children in total' }, type: 'integer' },
  { code: 'ten_to', label: { vi: 'Tên tổ dân phố', en: 'Residential group' }, type: 'string' },
  { code: 'so_lieu.*.nam', label: { vi: 'Số liệu: Nam', en: 'Figures: Male' }, type: 'count' },
];

async function mount(value = '', lang = 'vi'): Promise<FpExpressionInput> {
  return fixture<FpExpressionInput>(html`<fp-expression-input lang=${lang} label="Công thức" .fields=${FIELDS} value=${value}></fp-expression-input>`);
}

const $ = <T extends Element>(el: FpExpressionInput, sel: string): T => {
  const found = el.shadowRoot!.querySelector<T>(sel);
  expect(found, sel).to.not.equal(null);
  return found!;
};

/** Types `text` into the expression box and waits past the check delay. */
async function type(el: FpExpressionInput, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#expr');
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await new Promise((r) => setTimeout(r, CHECK_DELAY_MS + 50));
  await el.updateComplete;
}

const feedback = (el: FpExpressionInput): string => $(el, '#feedback').textContent!.replace(/\s+/g, ' ').trim();

function key(target: Element, k: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }));
}

describe('<fp-expression-input>', () => {
  it('is labelled and described, and axe-clean with the picker open and with problems', async () => {
    const el = await mount('tong_so + ten_to');
    const input = $<HTMLInputElement>(el, '#expr');
    expect(input.labels?.[0]?.textContent).to.equal('Công thức');
    expect(input.getAttribute('aria-describedby')).to.equal('help feedback');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    $<HTMLButtonElement>(el, '#pick-field').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.fields = Array.from({ length: 60 }, (_, i) => ({ code: `f${i}`, label: { vi: `Trường ${i}` }, type: 'integer' }));
    await el.updateComplete;
    const list = $<HTMLElement>(el, '[role=listbox]');
    expect(list.scrollHeight).to.be.greaterThan(list.clientHeight);
    await expect(el).to.be.accessible();
  });

  it('inserts the code of a field picked by keyboard at the caret, and emits change', async () => {
    const el = await mount('sum() + 1');
    const input = $<HTMLInputElement>(el, '#expr');
    input.setSelectionRange(4, 4);
    const button = $<HTMLButtonElement>(el, '#pick-field');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const filter = $<HTMLInputElement>(el, '#field-filter');
    expect(el.shadowRoot!.activeElement).to.equal(filter);
    filter.value = 'nam';
    filter.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const options = [...el.shadowRoot!.querySelectorAll('[role=option]')];
    expect(options.map((o) => o.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Số liệu: Nam so_lieu.*.nam']);
    expect(filter.getAttribute('aria-activedescendant')).to.equal('field-option-0');
    const changed = oneEvent(el, 'change');
    key(filter, 'Enter');
    const event = (await changed) as CustomEvent<{ value: string }>;
    expect(event.detail.value).to.equal('sum(so_lieu.*.nam) + 1');
    expect(el.value).to.equal('sum(so_lieu.*.nam) + 1');
    expect(input.selectionStart).to.equal(17);
    expect(el.shadowRoot!.activeElement).to.equal(input);
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(feedback(el)).to.equal('Biểu thức hợp lệ.');
  });

  it('picks by arrow keys and by click, and Escape closes the picker', async () => {
    const el = await mount('');
    $<HTMLButtonElement>(el, '#pick-field').click();
    await el.updateComplete;
    const filter = $<HTMLInputElement>(el, '#field-filter');
    key(filter, 'ArrowDown');
    await el.updateComplete;
    expect(filter.getAttribute('aria-activedescendant')).to.equal('field-option-1');
    expect($(el, '#field-option-1').getAttribute('aria-selected')).to.equal('true');
    key(filter, 'Escape');
    await el.updateComplete;
    expect($(el, '#pick-field').getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#expr'));
    $<HTMLButtonElement>(el, '#pick-field').click();
    await el.updateComplete;
    $<HTMLElement>(el, '[data-code="ten_to"]').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#expr').value).to.equal('ten_to');
  });

  it('shows a syntax error with its position in Vietnamese, and fires fp-expression-invalid instead of change', async () => {
    const el = await mount('tong_so');
    let changes = 0;
    el.addEventListener('change', () => changes++);
    const invalid = oneEvent(el, 'fp-expression-invalid');
    await type(el, 'tong_so + (');
    const event = (await invalid) as CustomEvent<{ value: string; errors: unknown[] }>;
    expect(event.detail.value).to.equal('tong_so + (');
    expect(feedback(el)).to.contain('Lỗi cú pháp tại vị trí 11');
    expect($(el, '#expr').getAttribute('aria-invalid')).to.equal('true');
    expect(changes).to.equal(0);
    expect(el.value).to.equal('tong_so');
  });

  it('shows the syntax error in English when lang is en', async () => {
    const el = await mount('', 'en');
    await type(el, 'tong_so +');
    expect(feedback(el)).to.contain('Syntax error at character 9');
  });

  it('names an unknown field with its position, vi and en, and goes to it', async () => {
    const el = await mount('');
    await type(el, 'tong_so + so_ho');
    expect(feedback(el)).to.contain('Không có trường "so_ho" (vị trí 10)');
    el.lang = 'en';
    await el.updateComplete;
    expect(feedback(el)).to.contain('Unknown field "so_ho" (character 10)');
    $<HTMLButtonElement>(el, '#feedback button').click();
    expect($<HTMLInputElement>(el, '#expr').selectionStart).to.equal(10);
    await expect(el).to.be.accessible();
  });

  it('reports a type error, and the type the place needs', async () => {
    const el = await mount('');
    await type(el, 'tong_so * ten_to');
    expect(feedback(el)).to.contain('Toán tử "*" cần số, nhận được chuỗi (vị trí 10)');
    el.expect = 'boolean';
    await type(el, 'tong_so + 1');
    expect(feedback(el)).to.contain('phải cho giá trị đúng/sai');
  });

  it('inserts a function around the selection or with the caret inside', async () => {
    const el = await mount('tong_so');
    const input = $<HTMLInputElement>(el, '#expr');
    input.setSelectionRange(0, 7);
    $<HTMLButtonElement>(el, '[data-function="round"]').click();
    expect(input.value).to.equal('round(tong_so)');
    input.setSelectionRange(input.value.length, input.value.length);
    input.setRangeText(' + ', input.value.length, input.value.length, 'end');
    $<HTMLButtonElement>(el, '[data-function="sum"]').click();
    expect(input.value).to.equal('round(tong_so) + sum()');
    expect(input.selectionStart).to.equal(21);
    expect($(el, '[data-function="sum"]').getAttribute('aria-label')).to.equal('Chèn hàm sum(…): Tổng các giá trị có mặt');
  });

  it('emptied, removes the expression: change with an empty value, no error shown', async () => {
    const el = await mount('tong_so > 0');
    const changed = oneEvent(el, 'change');
    await type(el, '   ');
    const e = await changed as CustomEvent<{ value: string; errors: unknown[] }>;
    expect(e.detail.value).to.equal('');
    expect(e.detail.errors).to.deep.equal([]);
    expect(feedback(el)).to.equal('');
    expect($<HTMLInputElement>(el, '#expr').getAttribute('aria-invalid')).to.equal('false');
  });
});
