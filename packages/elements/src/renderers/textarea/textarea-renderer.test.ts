import { expect } from '@open-wc/testing';
import type { SchemaNode } from '@formplan/core';
import { mountControl } from '../../../../../test/suites/control-harness.js';
import { runRendererSuite } from '../../../../../test/suites/renderer.suite.js';
import { textareaTester } from './textarea-renderer.component.js';
import './textarea-renderer.js';

const ctx = { rootSchema: {}, pointer: '/f' };

runRendererSuite({
  tagName: 'fp-textarea-renderer',
  schema: { type: 'string', 'x-fp-widget': 'textarea', minLength: 3, 'x-fp-label': { vi: 'Ghi chú', en: 'Notes' } },
  validValue: 'Dòng một\nDòng hai',
  invalidValue: 'ab',
  typed: 'Trẻ em khuyết tật',
});

const mount = (schema: SchemaNode, value?: Record<string, unknown>) =>
  mountControl<'fp-textarea-renderer', HTMLTextAreaElement>('fp-textarea-renderer', schema, value);

describe('<fp-textarea-renderer>', () => {
  it('is accessible', async () => {
    const { el } = await mount({ type: 'string', maxLength: 500 }, { f: 'x' });
    await expect(el).to.be.accessible();
  });

  it('ranks 10 for x-fp-widget textarea, 2 for long strings, else not at all', () => {
    expect(textareaTester({ type: 'string', 'x-fp-widget': 'textarea' }, ctx)).to.equal(10);
    expect(textareaTester({ type: 'string', maxLength: 201 }, ctx)).to.equal(2);
    expect(textareaTester({ type: 'string', maxLength: 200 }, ctx)).to.equal(-1);
    expect(textareaTester({ type: 'string' }, ctx)).to.equal(-1);
    expect(textareaTester({ type: 'integer', maxLength: 500 }, ctx)).to.equal(-1);
  });

  it('keeps line breaks and stores NFC', async () => {
    const { el, model, input } = await mount({ type: 'string', maxLength: 500 });
    input.focus();
    input.value = 'Phường Bưởi\nQuảng An'.normalize('NFD');
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(model.get('/f')).to.equal('Phường Bưởi\nQuảng An'.normalize('NFC'));
    expect(input.maxLength).to.equal(500);
  });

  it('shows a programmatic value and renders a wrong-shaped one as empty', async () => {
    const { el, model, input } = await mount({ type: 'string' }, { f: ['a'] });
    expect(input.value).to.equal('');
    model.set('/f', 'Tây Hồ');
    await el.updateComplete;
    expect(input.value).to.equal('Tây Hồ');
  });
});
