// The layout of <fp-schema-editor>'s forms tab over the real Tây Hồ 2018 pack, in chromium, in
// containers of a laptop's width (1366 px), a small one (1024 px) and a wide one (1600 px): the
// forms list stays a readable column, the matrix grid scrolls inside its own region with row
// headers of a readable width instead of squeezing them, and the live preview goes beside the
// editor only when there is room (else below it, reached by the "Xem trước" button).
import { expect, fixture, html } from '@open-wc/testing';
import { EditSession } from '@formplan/core';
import type { PackSource } from '@formplan/core';
import { loadTayHo2018 } from '../../../../../test/fixtures/tay-ho-2018.js';
import { deepQuery } from '../form/deep-query.js';
import './schema-editor.js';
import type { FpSchemaEditor } from './schema-editor.component.js';
import type { FpEditorForms } from './forms-panel.component.js';
import type { FpEditorMatrix } from './matrix-grid.component.js';

async function mount(width: number): Promise<{ box: HTMLElement; el: FpSchemaEditor }> {
  const pack = structuredClone(await loadTayHo2018()) as PackSource;
  const formIndex = pack.forms.findIndex((f) => f['x-fp-id'] === 'bieu-02');
  const box = await fixture<HTMLElement>(html`<div style=${`width: ${width}px`}>
    <fp-schema-editor .session=${new EditSession(pack)} lang="vi" form-id="bieu-02"></fp-schema-editor></div>`);
  const el = box.querySelector<FpSchemaEditor>('fp-schema-editor')!;
  await el.updateComplete;
  const forms = el.shadowRoot!.querySelector<FpEditorForms>('fp-editor-forms')!;
  // opens Biểu 02's matrix field, so its grid is shown
  await forms.focusPointer(`/forms/${formIndex}/properties/so_lieu/x-fp-matrix/columns/0`);
  await settle(el);
  return { box, el };
}

async function settle(el: FpSchemaEditor): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    const forms = el.shadowRoot!.querySelector<FpEditorForms>('fp-editor-forms');
    await forms?.updateComplete;
    await deepQuery<FpEditorMatrix>(el.shadowRoot!, 'fp-editor-matrix')?.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
  }
}

function parts(el: FpSchemaEditor) {
  const forms = el.shadowRoot!.querySelector<FpEditorForms>('fp-editor-forms')!;
  const matrix = deepQuery<FpEditorMatrix>(el.shadowRoot!, 'fp-editor-matrix')!;
  return {
    picks: [...forms.shadowRoot!.querySelectorAll<HTMLElement>('.form-list .pick')],
    editor: forms.shadowRoot!.querySelector<HTMLElement>('.selected')!,
    wrap: matrix.shadowRoot!.querySelector<HTMLElement>('.grid-wrap')!,
    rowHeads: [...matrix.shadowRoot!.querySelectorAll<HTMLElement>('th[scope="row"]')],
    main: el.shadowRoot!.querySelector<HTMLElement>('.main')!,
    preview: el.shadowRoot!.querySelector<HTMLElement>('fp-editor-preview')!,
    toPreview: el.shadowRoot!.querySelector<HTMLElement>('[data-action="to-preview"]')!,
  };
}

describe('<fp-schema-editor> layout', () => {
  it('at 1366 px: a readable forms list beside the form, row headers ≥ 200 px, the preview below; accessible', async () => {
    const { el } = await mount(1366);
    const p = parts(el);
    expect(p.picks.length).to.be.greaterThan(5);
    for (const pick of p.picks) expect(pick.getBoundingClientRect().width, pick.textContent!).to.be.at.least(180);
    // "Biểu 02: Trẻ em có hoàn cảnh đặc biệt" takes two or three lines, not one word a line
    const em = parseFloat(getComputedStyle(p.picks[1]).fontSize);
    expect(p.picks[1].getBoundingClientRect().height).to.be.below(em * 5);
    expect(p.editor.getBoundingClientRect().left, 'the form is beside the list').to.be.above(p.picks[0].getBoundingClientRect().right);
    expect(p.rowHeads.length).to.be.greaterThan(5);
    for (const th of p.rowHeads) expect(th.getBoundingClientRect().width).to.be.at.least(200);
    expect(getComputedStyle(p.wrap).overflowX).to.equal('auto');
    expect(p.preview.getBoundingClientRect().top, 'the preview is below the editor').to.be.at.least(p.main.getBoundingClientRect().bottom);
    expect(getComputedStyle(p.toPreview).display).to.not.equal('none');
    p.toPreview.click();
    expect(el.shadowRoot!.activeElement).to.equal(p.preview);
    await expect(el).to.be.accessible();
  });

  it('at 1024 px: the matrix grid scrolls horizontally in its own region instead of squeezing', async () => {
    const { el } = await mount(1024);
    const p = parts(el);
    expect(p.wrap.scrollWidth).to.be.greaterThan(p.wrap.clientWidth);
    expect(p.wrap.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
    for (const th of p.rowHeads) expect(th.getBoundingClientRect().width).to.be.at.least(200);
    for (const pick of p.picks) expect(pick.getBoundingClientRect().width).to.be.at.least(180);
    // the row headers stay in view while the grid scrolls sideways
    const before = p.rowHeads[0].getBoundingClientRect().left;
    p.wrap.scrollLeft = 200;
    await new Promise((r) => requestAnimationFrame(r));
    expect(p.rowHeads[0].getBoundingClientRect().left).to.be.closeTo(before, 1);
  });

  it('at 1600 px: the preview is beside the editor and the "Xem trước" button is not needed', async () => {
    const { el } = await mount(1600);
    const p = parts(el);
    expect(p.preview.getBoundingClientRect().left).to.be.at.least(p.main.getBoundingClientRect().right);
    expect(p.preview.getBoundingClientRect().top, 'in the same row').to.be.below(p.main.getBoundingClientRect().bottom);
    expect(getComputedStyle(p.toPreview).display).to.equal('none');
  });
});
