// <fp-editor-preview> repaints the selected form after an edit of it, and leaves <fp-form> alone
// (same schema, same sample) after an edit elsewhere in the pack.
import { expect, fixture, html } from '@open-wc/testing';
import { EditSession, setFormLabel, setMatrixColumn } from '@formplan/core';
import type { PackSource } from '@formplan/core';
import { loadTayHo2018 } from '../../../../../test/fixtures/tay-ho-2018.js';
import './preview.js';
import type { FpEditorPreview } from './preview.component.js';
import type { FpForm } from '../form/form.component.js';

function formOf(el: FpEditorPreview): FpForm {
  return el.shadowRoot!.querySelector('fp-form')!;
}

describe('fp-editor-preview', () => {
  it('rebuilds the form only when the selected form changed', async () => {
    const session = new EditSession(structuredClone(await loadTayHo2018()) as PackSource);
    const el = await fixture<FpEditorPreview>(html`<fp-editor-preview .doc=${session.doc} form-id="bieu-02" lang="vi"></fp-editor-preview>`);
    const form = formOf(el);
    await form.updateComplete;
    const schema = form.schema;
    const value = form.value;
    expect(schema).to.not.equal(undefined);

    session.apply(setFormLabel('bieu-01', { vi: 'Biểu 01 (sửa)', en: 'Form 01 (edited)' }));
    el.doc = session.doc;
    await el.updateComplete;
    expect(formOf(el).schema).to.equal(schema);
    expect(formOf(el).value).to.deep.equal(value);

    session.apply(setMatrixColumn('bieu-02', '/so_lieu', 'duoc_tro_giup', { label: { vi: 'Được giúp (đổi tên)', en: 'Helped (renamed)' } }));
    el.doc = session.doc;
    await el.updateComplete;
    await formOf(el).updateComplete;
    expect(formOf(el).schema).to.not.equal(schema);
    expect(JSON.stringify(formOf(el).schema)).to.contain('Được giúp (đổi tên)');
  });
});
