import { expect } from '@open-wc/testing';
import type { FpEditorCategorySets } from './category-sets.component.js';
import { at, panelOn, text, typeInto } from './panel-test-helpers.js';

const tag = 'fp-editor-category-sets';

describe('<fp-editor-category-sets>', () => {
  it('is accessible', async () => {
    const { el } = await panelOn<FpEditorCategorySets>(tag);
    await expect(el).to.be.accessible();
  });

  it('relabels an item as one undo step, keeps its code, and undo restores the label', async () => {
    const { el, session } = await panelOn<FpEditorCategorySets>(tag);
    const before = session.doc.categorySets[1].items[0];
    const input = at(el, '/categorySets/1/items/0/label/vi');
    expect(input.value).to.equal(before.label.vi);
    await typeInto(el, input, 'Bé trai');
    expect(session.doc.categorySets[1].items[0]).to.include({ code: before.code });
    expect(session.doc.categorySets[1].items[0].label.vi).to.equal('Bé trai');
    expect(session.history().past).to.have.length(1);
    expect(text(el.shadowRoot!.querySelector(`[data-item="${before.code}"] .item-name`))).to.equal('Bé trai');
    session.undo();
    await el.updateComplete;
    expect(at(el, '/categorySets/1/items/0/label/vi').value).to.equal(before.label.vi);
    expect(session.canUndo).to.equal(false);
  });

  it('refuses to delete an item a form uses, says why at the item, and changes nothing', async () => {
    const { el, session } = await panelOn<FpEditorCategorySets>(tag);
    const doc = session.doc;
    const item = el.shadowRoot!.querySelector('[data-set="hcdb-dieu-10"] [data-item="HCDB_01"]')!;
    item.querySelector<HTMLButtonElement>(':scope > .actions [data-action="delete"]')!.click();
    await el.updateComplete;
    const alert = item.querySelector(':scope > [role="alert"]');
    expect(text(alert)).to.match(/^Không xóa được mục 'HCDB_01'/);
    expect(session.doc).to.equal(doc);
    expect(session.canUndo).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('says how many forms use a set and previews the impact before retiring; a retired item stays, struck through', async () => {
    const { el, session } = await panelOn<FpEditorCategorySets>(tag);
    const set = el.shadowRoot!.querySelector('[data-set="gioi-tinh"]')!;
    expect(text(set.querySelector('[data-usage] summary'))).to.match(/^Dùng trong \d+ biểu$/);
    set.querySelector<HTMLButtonElement>('[data-item="nu"] [data-action="retire"]')!.click();
    await el.updateComplete;
    const impact = set.querySelector('[data-impact]')!;
    expect(text(impact)).to.contain("Ngừng dùng mục 'nu'");
    expect(impact.querySelectorAll('li').length).to.be.greaterThan(0);
    expect(el.shadowRoot!.activeElement).to.equal(impact.querySelector('[data-impact-apply]'));
    expect(session.canUndo).to.equal(false);
    impact.querySelector<HTMLButtonElement>('[data-impact-apply]')!.click();
    await el.updateComplete;
    const nu = set.querySelector('[data-item="nu"]')!;
    expect(nu.classList.contains('retired')).to.equal(true);
    expect(text(nu.querySelector('[data-retired]'))).to.equal('đã ngừng dùng');
    expect(session.doc.categorySets.find((s) => s.id === 'gioi-tinh')!.items.map((i) => i.code)).to.deep.equal(['nam', 'nu']);
  });

  it('moves an item with the shared reorder controls (named with the item), announces it and keeps focus', async () => {
    const { el, session } = await panelOn<FpEditorCategorySets>(tag);
    const set = el.shadowRoot!.querySelector('[data-set="nhom-tuoi"]')!;
    const down = set.querySelector<HTMLButtonElement>('[data-item="duoi_6"] [data-move="down"]')!;
    expect(down.getAttribute('aria-label')).to.match(/^Chuyển '.+' xuống$/);
    down.click();
    await el.updateComplete;
    expect(session.doc.categorySets.find((s) => s.id === 'nhom-tuoi')!.items.map((i) => i.code)).to.deep.equal(['tu_6_duoi_11', 'duoi_6', 'tu_11_duoi_16']);
    expect(text(el.shadowRoot!.querySelector('[data-reorder-live]'))).to.match(/từ vị trí 1 đến vị trí 2$/);
    expect(el.shadowRoot!.activeElement).to.equal(set.querySelector('[data-item="duoi_6"] [data-move="down"]'));
    // Move to… the first place
    const item = () => set.querySelector('[data-item="duoi_6"]')!;
    item().querySelector<HTMLElement>('summary[data-move="to"]')!.click();
    item().querySelector<HTMLButtonElement>('.move-to li:first-child button')!.click();
    await el.updateComplete;
    expect(session.doc.categorySets.find((s) => s.id === 'nhom-tuoi')!.items.map((i) => i.code)[0]).to.equal('duoi_6');
  });

  it('closes an open Move to… menu with Escape, focus back on its button, nothing moved', async () => {
    const { el, session } = await panelOn<FpEditorCategorySets>(tag);
    const item = el.shadowRoot!.querySelector('[data-set="nhom-tuoi"] [data-item="duoi_6"]')!;
    const summary = item.querySelector<HTMLElement>('summary[data-move="to"]')!;
    summary.click();
    const last = item.querySelector<HTMLButtonElement>('.move-to li:last-child button')!;
    last.focus();
    last.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    expect(item.querySelector('details')!.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(session.doc.categorySets.find((s) => s.id === 'nhom-tuoi')!.items[0].code).to.equal('duoi_6');
  });

  it('adds an item; a clashing code is refused at the form and what was typed stays', async () => {
    const { el, session } = await panelOn<FpEditorCategorySets>(tag);
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('[data-add="/categorySets/5/items"]')!;
    const code = form.querySelector<HTMLInputElement>('[name="code"]')!;
    code.value = 'duoi_nuoc';
    form.querySelector<HTMLInputElement>('[name="vi"]')!.value = 'Trùng mã';
    form.requestSubmit();
    await el.updateComplete;
    expect(text(form.querySelector('[role="alert"]'))).to.contain("'duoi_nuoc'");
    expect(code.value).to.equal('duoi_nuoc');
    expect(form.closest('[data-set]')!.querySelector('[data-impact]')).to.equal(null);
    expect(session.canUndo).to.equal(false);
    code.value = 'chay_no';
    form.requestSubmit();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-set="nguyen-nhan-tntt"] [data-impact-apply]')!.click();
    await el.updateComplete;
    expect(session.doc.categorySets[5].items.at(-1)).to.deep.include({ code: 'chay_no', label: { vi: 'Trùng mã' } });
  });

  it('focusPointer focuses the input of a place, opening nothing it does not need', async () => {
    const { el } = await panelOn<FpEditorCategorySets>(tag);
    expect(el.focusPointer('/categorySets/0/items/2/children/1/label/en')).to.equal(true);
    expect(el.shadowRoot!.activeElement!.getAttribute('data-pointer')).to.equal('/categorySets/0/items/2/children/1/label/en');
    expect(el.focusPointer('/categorySets/3/items/1')).to.equal(true);
    expect(el.shadowRoot!.activeElement!.getAttribute('data-pointer')).to.equal('/categorySets/3/items/1/label/vi');
    expect(el.focusPointer('/forms/0')).to.equal(false);
  });
});
