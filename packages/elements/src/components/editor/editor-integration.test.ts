// The whole editor as the administrator's area loads it (the editor entry registers the shell,
// the six panels and the expression input), over the Tây Hồ 2018 pack, in chromium: a problem in
// a panel is listed and its button opens the panel's tab and focuses the input; undo and redo
// work across tabs; every tab is axe-clean.
import { expect, fixture, html } from '@open-wc/testing';
import { EditSession, retireField } from '@formplan/core';
import type { MetaSchemaDoc, PackSource } from '@formplan/core';
import { loadTayHo2018 } from '../../../../../test/fixtures/tay-ho-2018.js';
import '../../editor.js';
import type { FpSchemaEditor } from './schema-editor.component.js';
import type { EditorPanel } from './panels/panel-base.js';
import { TABS } from './tabs.js';

const META = ['agencies', 'calendar', 'category-sets', 'common', 'criteria-set', 'form', 'manifest', 'org-units', 'plan'];
let meta: Promise<MetaSchemaDoc[]> | undefined;
function metaSchemas(): Promise<MetaSchemaDoc[]> {
  meta ??= Promise.all(META.map(async (name) => ({ file: `${name}.schema.json`, schema: await (await fetch(`/schemas/meta/${name}.schema.json`)).json() as unknown })));
  return meta;
}

async function mount(): Promise<{ el: FpSchemaEditor; session: EditSession }> {
  const session = new EditSession(structuredClone(await loadTayHo2018()) as PackSource);
  const el = await fixture<FpSchemaEditor>(html`<fp-schema-editor .session=${session} .metaSchemas=${await metaSchemas()} lang="vi"></fp-schema-editor>`);
  await settle(el);
  return { el, session };
}

function panel<T extends EditorPanel = EditorPanel>(el: FpSchemaEditor): T {
  return el.shadowRoot!.querySelector<T>('[role="tabpanel"] > .panel')!;
}

async function settle(el: FpSchemaEditor): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await el.updateComplete;
    const p = panel(el) as EditorPanel | null;
    if (p) await p.updateComplete;
    for (const x of p?.shadowRoot?.querySelectorAll('fp-expression-input') ?? []) await (x as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((r) => setTimeout(r, 10));
  }
}

function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

async function change(el: FpSchemaEditor, input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(el);
}

describe('the editor (entry: shell + panels + expression input)', () => {
  it('lists an indicator binding naming a retired field; its button opens the criteria tab and focuses the expression', async () => {
    const { el, session } = await mount();
    expect(el.currentProblems).to.deep.equal([]);
    session.apply(retireField('bieu-08', '/nguon_luc/co_can_bo_bvcste'));
    el.checkNow();
    const pointer = '/criteriaSets/0/criteria/0/indicators/1/binding';
    const problem = el.currentProblems.find((p) => p.pointer === pointer)!;
    expect(problem).to.include({ area: 'criteria', severity: 'error' });
    await el.selectTab('problems');
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-problem]')].find((b) => b.dataset.problem === pointer)!;
    expect(button.textContent).to.contain("'nguon_luc.co_can_bo_bvcste' đã ngừng dùng");
    button.click();
    await new Promise((r) => setTimeout(r, 50));
    await settle(el);
    expect(el.tab).to.equal('criteria');
    const criteria = panel(el);
    expect(criteria.tagName).to.equal('FP-EDITOR-CRITERIA');
    const input = criteria.shadowRoot!.querySelector(`fp-expression-input[data-pointer="${pointer}"]`)!;
    expect(input.closest('details')!.open).to.equal(true);
    expect(deepActive()).to.equal(input.shadowRoot!.querySelector('input'));
    // the message is at the place too, and the picker offers the entered forms' fields
    expect(input.parentElement!.querySelector('[role="alert"]')!.textContent).to.contain('đã ngừng dùng');
    expect((input as unknown as { fields: { code: string }[] }).fields.map((f) => f.code)).to.include('bieu_08.nguon_luc.so_cong_tac_vien');
    // clearing the binding ("Xoá") removes the problem
    criteria.shadowRoot!.querySelector<HTMLButtonElement>(`[data-clear="${pointer}"]`)!.click();
    el.checkNow();
    await settle(el);
    expect('binding' in session.doc.criteriaSets[0].criteria[0].indicators[1]).to.equal(false);
    expect(el.currentProblems.some((p) => p.pointer === pointer)).to.equal(false);
  });

  it('lists a binding of the wrong type as a warning', async () => {
    const { el } = await mount();
    await el.selectTab('criteria');
    await settle(el);
    const pointer = '/criteriaSets/0/criteria/0/indicators/1/binding';
    const input = panel(el).shadowRoot!.querySelector(`fp-expression-input[data-pointer="${pointer}"]`)!;
    await change(el, input.shadowRoot!.querySelector<HTMLInputElement>('input')!, 'bieu_08.nguon_luc.so_cong_tac_vien');
    el.checkNow();
    expect(el.currentProblems.map((p) => [p.pointer, p.severity])).to.deep.equal([[pointer, 'warning']]);
    await el.selectTab('problems');
    expect(el.shadowRoot!.querySelector('.problems p')!.textContent).to.equal('0 lỗi, 1 cảnh báo');
  });

  it('undoes and redoes across tabs, in order, whichever tab is open', async () => {
    const { el, session } = await mount();
    await el.selectTab('criteria');
    await settle(el);
    await change(el, panel(el).shadowRoot!.querySelector<HTMLInputElement>('[data-pointer="/criteriaSets/0/criteria/2/indicators/0/maxPoints"]')!, '30');
    await el.selectTab('calendar');
    await settle(el);
    const label = () => panel(el).shadowRoot!.querySelector<HTMLInputElement>('[data-pointer="/calendar/periods/0/label/vi"]')!;
    label().value = 'Quý I/2018';
    label().dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settle(el);
    expect(session.doc.calendar.periods[0].label.vi).to.equal('Quý I/2018');
    expect(session.doc.criteriaSets[0].criteria[2].indicators[0].maxPoints).to.equal(30);
    const undo = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="undo"]')!;
    undo.click();
    await settle(el);
    expect(label().value).to.equal('Quý I năm 2018');
    expect(el.redo()).to.equal(true);
    await settle(el);
    expect(label().value).to.equal('Quý I/2018');
    el.undo();
    el.undo();
    await el.selectTab('criteria');
    await settle(el);
    const points = panel(el).shadowRoot!.querySelector<HTMLInputElement>('[data-pointer="/criteriaSets/0/criteria/2/indicators/0/maxPoints"]')!;
    expect(points.value).to.not.equal('30');
    expect(session.canUndo).to.equal(false);
    el.redo();
    await settle(el);
    expect(points.value).to.equal('30');
  });

  for (const { id } of TABS) {
    it(`is axe-clean on the ${id} tab`, async function () {
      this.timeout(60000);
      const { el } = await mount();
      await el.selectTab(id);
      await settle(el);
      await expect(el).to.be.accessible();
    });
  }
});
