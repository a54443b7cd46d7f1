import { expect } from '@open-wc/testing';
import type { FpEditorAgencies } from './agencies.component.js';
import type { FpEditorOrgUnits } from './org-units.component.js';
import type { FpEditorPlan } from './plan.component.js';
import { at, changeTo, panelOn, text, typeInto } from './panel-test-helpers.js';

describe('<fp-editor-org-units>', () => {
  it('is accessible; renames a ward, sets its end date, refuses a clashing code', async () => {
    const { el, session } = await panelOn<FpEditorOrgUnits>('fp-editor-org-units');
    await expect(el).to.be.accessible();
    const i = session.doc.orgUnits.findIndex((u) => u.level === 'ward');
    const code = session.doc.orgUnits[i].code;
    await typeInto(el, at(el, `/orgUnits/${i}/name`), 'Phường Mới');
    expect(session.doc.orgUnits[i]).to.include({ code, name: 'Phường Mới' });
    await changeTo(el, at(el, `/orgUnits/${i}/validTo`), '2019-07-01');
    expect(session.doc.orgUnits[i].validTo).to.equal('2019-07-01');
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('[data-add="/orgUnits"]')!;
    form.querySelector<HTMLInputElement>('[name="code"]')!.value = code;
    form.querySelector<HTMLInputElement>('[name="name"]')!.value = 'Trùng';
    form.requestSubmit();
    await el.updateComplete;
    expect(text(form.querySelector('[role="alert"]'))).to.contain(`'${code}'`);
  });
});

describe('<fp-editor-agencies>', () => {
  it('is accessible; renames an agency in vi and en and adds one', async () => {
    const { el, session } = await panelOn<FpEditorAgencies>('fp-editor-agencies');
    await expect(el).to.be.accessible();
    await typeInto(el, at(el, '/agencies/0/name/en'), 'DPC');
    expect(session.doc.agencies[0].name.en).to.equal('DPC');
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('[data-add="/agencies"]')!;
    form.querySelector<HTMLInputElement>('[name="code"]')!.value = 'PHONG_MOI';
    form.querySelector<HTMLInputElement>('[name="vi"]')!.value = 'Phòng mới';
    form.requestSubmit();
    await el.updateComplete;
    expect(session.doc.agencies.at(-1)).to.deep.equal({ code: 'PHONG_MOI', name: { vi: 'Phòng mới' } });
    expect(form.querySelector<HTMLInputElement>('[name="code"]')!.value).to.equal('');
  });
});

describe('<fp-editor-plan>', () => {
  it('is accessible; edits the document, a target binding and an assignment\'s agencies', async () => {
    const { el, session } = await panelOn<FpEditorPlan>('fp-editor-plan');
    await expect(el).to.be.accessible();
    await changeTo(el, at(el, '/manifest/document/date'), '2019-03-01');
    expect(text(el.shadowRoot!.querySelector('[data-document] [data-shown-date]'))).to.equal('Ngày ký: 01/03/2019');
    await typeInto(el, at(el, '/manifest/document/number'), '12/KH-UBND');
    expect(session.doc.manifest.document.number).to.equal('12/KH-UBND');
    const t = session.doc.plan.targets.findIndex((x) => x.binding);
    await changeTo(el, at(el, `/plan/targets/${t}/binding/value`), '95');
    expect(session.doc.plan.targets[t].binding!.value).to.equal(95);
    const a = session.doc.plan.assignments[0];
    const box = el.shadowRoot!.querySelector<HTMLInputElement>(`[data-assignment="${a.number}"] input[data-agency="${a.agencies[0]}"]`)!;
    expect(box.checked).to.equal(true);
    box.click();
    await el.updateComplete;
    expect(session.doc.plan.assignments[0].agencies).to.not.include(a.agencies[0]);
    expect(el.focusPointer(`/plan/assignments/0/agencies/0`)).to.equal(true);
  });
});

describe('<fp-editor-plan> content items and clearing', () => {
  it('edits a content item, moves it with the shared controls, adds one under another; Xoá clears a target binding', async () => {
    const { el, session } = await panelOn<FpEditorPlan>('fp-editor-plan');
    await typeInto(el, at(el, '/plan/contentItems/0/text/en'), 'X');
    expect(session.doc.plan.contentItems[0].text.en).to.equal('X');
    const first = el.shadowRoot!.querySelector('[data-content="II_1"]')!;
    first.querySelector<HTMLButtonElement>(':scope > fieldset [data-move="down"]')!.click();
    await el.updateComplete;
    expect(session.doc.plan.contentItems.map((c) => c.code).slice(0, 2)).to.deep.equal(['II_2', 'II_1']);
    expect(text(el.shadowRoot!.querySelector('[data-reorder-live]'))).to.match(/từ vị trí 1 đến vị trí 2$/);
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('[data-add="/plan/contentItems"]')!;
    form.querySelector<HTMLInputElement>('[name="code"]')!.value = 'II_3_9';
    form.querySelector<HTMLInputElement>('[name="vi"]')!.value = 'Nội dung mới';
    form.querySelector<HTMLSelectElement>('[name="parent"]')!.value = 'II_3';
    form.requestSubmit();
    await el.updateComplete;
    expect(session.doc.plan.contentItems[2].children!.at(-1)).to.deep.equal({ code: 'II_3_9', text: { vi: 'Nội dung mới' } });
    const t = session.doc.plan.targets.findIndex((x) => x.binding);
    el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-clear="/plan/targets/${t}/binding/expr"]`)!.click();
    await el.updateComplete;
    expect('binding' in session.doc.plan.targets[t]).to.equal(false);
    await expect(el).to.be.accessible();
  });
});

describe('<fp-editor-org-units> clearing', () => {
  it("Xoá removes a ward's end date", async () => {
    const { el, session } = await panelOn<FpEditorOrgUnits>('fp-editor-org-units');
    const i = session.doc.orgUnits.findIndex((u) => u.validTo);
    el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-clear="/orgUnits/${i}/validTo"]`)!.click();
    await el.updateComplete;
    expect('validTo' in session.doc.orgUnits[i]).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(at(el, `/orgUnits/${i}/validTo`));
  });
});
