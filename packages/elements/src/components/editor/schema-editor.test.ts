// <fp-schema-editor> over the real Tây Hồ 2018 pack, in chromium: the matrix grid by keyboard,
// the live preview, undo/redo, retiring a field, a clashing code, the problems list, axe.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EditSession, setFieldProps } from '@formplan/core';
import type { MetaSchemaDoc, PackSource } from '@formplan/core';
import { loadTayHo2018 } from '../../../../../test/fixtures/tay-ho-2018.js';
import { deepQuery } from '../form/deep-query.js';
import './schema-editor.js';
import type { FpSchemaEditor } from './schema-editor.component.js';
import type { FpEditorForms } from './forms-panel.component.js';
import type { FpEditorMatrix } from './matrix-grid.component.js';
import type { FpEditorPreview } from './preview.component.js';

const FORM = 'bieu-02';
const META = ['agencies', 'calendar', 'category-sets', 'common', 'criteria-set', 'form', 'manifest', 'org-units', 'plan'];

let meta: Promise<MetaSchemaDoc[]> | undefined;
/** The meta-schemas, fetched once from the repository (web-test-runner serves its root). */
function metaSchemas(): Promise<MetaSchemaDoc[]> {
  meta ??= Promise.all(META.map(async (name) => ({ file: `${name}.schema.json`, schema: await (await fetch(`/schemas/meta/${name}.schema.json`)).json() as unknown })));
  return meta;
}

async function mount(lang = 'vi'): Promise<{ el: FpSchemaEditor; session: EditSession; formIndex: number }> {
  const pack = structuredClone(await loadTayHo2018()) as PackSource;
  const session = new EditSession(pack, undefined, { now: () => '2019-01-05T03:00:00.000Z' });
  const el = await fixture<FpSchemaEditor>(html`<fp-schema-editor .session=${session} .metaSchemas=${await metaSchemas()} lang=${lang} form-id=${FORM}></fp-schema-editor>`);
  await settle(el);
  return { el, session, formIndex: pack.forms.findIndex((f) => f['x-fp-id'] === FORM) };
}

/** Waits for the editor and every element below it to finish rendering. */
async function settle(el: FpSchemaEditor): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    const inner = [...deepAll(el.shadowRoot!, 'fp-editor-forms, fp-editor-matrix, fp-editor-preview, fp-form')] as unknown as { updateComplete: Promise<unknown> }[];
    await Promise.all(inner.map((x) => x.updateComplete));
    await new Promise((r) => setTimeout(r, 20));
  }
}

function deepAll(root: ParentNode, selector: string): Element[] {
  const out = [...root.querySelectorAll(selector)];
  for (const e of root.querySelectorAll('*')) if (e.shadowRoot) out.push(...deepAll(e.shadowRoot, selector));
  return out;
}

function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

function forms(el: FpSchemaEditor): FpEditorForms {
  return el.shadowRoot!.querySelector('fp-editor-forms')!;
}

function grid(el: FpSchemaEditor): FpEditorMatrix {
  return deepQuery<FpEditorMatrix>(el.shadowRoot!, 'fp-editor-matrix')!;
}

function columnCodes(session: EditSession): string[] {
  const form = session.doc.forms.find((f) => f['x-fp-id'] === FORM)!;
  const m = (form.properties.so_lieu as { 'x-fp-matrix': { columns: { code?: string }[] } })['x-fp-matrix'];
  return m.columns.map((c) => c.code ?? '(set)');
}

function previewText(el: FpSchemaEditor): string {
  const preview = el.shadowRoot!.querySelector<FpEditorPreview>('fp-editor-preview')!;
  return deepAll(preview.shadowRoot!, '*').map((e) => (e.children.length === 0 ? e.textContent ?? '' : '')).join(' ');
}

/** Opens the grid of Biểu 02's matrix with focus on its first column header. */
async function focusFirstColumn(el: FpSchemaEditor, formIndex: number): Promise<void> {
  expect(await forms(el).focusPointer(`/forms/${formIndex}/properties/so_lieu/x-fp-matrix/columns/0`)).to.equal(true);
  await settle(el);
  expect((deepActive() as HTMLElement).dataset.cell).to.equal('c0');
}

describe('<fp-schema-editor>', () => {
  it('is accessible, with tabs that move by arrow keys', async () => {
    const { el, formIndex } = await mount();
    await focusFirstColumn(el, formIndex);
    await expect(el).to.be.accessible();
    const tab = el.shadowRoot!.querySelector<HTMLElement>('#tab-forms')!;
    tab.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.tab).to.equal('categorySets');
    expect(el.shadowRoot!.activeElement?.id).to.equal('tab-categorySets');
    expect(el.shadowRoot!.querySelector('#tab-categorySets')!.getAttribute('aria-selected')).to.equal('true');
  });

  it('adds a column between two with the keyboard and shows it in the preview; undo and redo restore', async function () {
    this.timeout(60_000); // a long keyboard path, each step repainting Biểu 02's preview
    const { el, session, formIndex } = await mount();
    await focusFirstColumn(el, formIndex);
    const before = columnCodes(session);
    const edits: unknown[] = [];
    el.addEventListener('fp-edit', (e) => edits.push(e.detail.transaction));
    await sendKeys({ press: 'Enter' }); // actions of column 1 (Tổng số)
    await settle(el);
    await sendKeys({ press: 'Tab' }); // "Thêm cột sau"
    expect(deepActive()?.textContent).to.contain('Thêm cột sau');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await sendKeys({ type: 'moi_trong_ky' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Mới phát hiện' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Newly found' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(columnCodes(session)).to.deep.equal([before[0], 'moi_trong_ky', ...before.slice(1)]);
    expect(edits).to.have.length(1);
    expect((deepActive() as HTMLElement).dataset.cell).to.equal('c1');
    expect(previewText(el)).to.contain('Mới phát hiện');

    const undo = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="undo"]')!;
    expect(undo.getAttribute('aria-label')).to.contain("Hoàn tác: Thêm cột 'Mới phát hiện'");
    undo.click();
    await settle(el);
    expect(columnCodes(session)).to.deep.equal(before);
    expect(previewText(el)).to.not.contain('Mới phát hiện');
    undo.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'y' });
    await sendKeys({ up: 'Control' });
    await settle(el);
    expect(columnCodes(session)).to.deep.equal([before[0], 'moi_trong_ky', ...before.slice(1)]);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await settle(el);
    expect(columnCodes(session)).to.deep.equal(before);
    expect(edits).to.have.length(4);
  });

  it('refuses a clashing column code with a vi/en message and changes nothing', async function () {
    this.timeout(60_000); // the path twice, in vi and in en
    for (const lang of ['vi', 'en']) {
      const { el, session, formIndex } = await mount(lang);
      await focusFirstColumn(el, formIndex);
      const before = columnCodes(session);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      grid(el).shadowRoot!.querySelector<HTMLButtonElement>('[data-action="add-after"]')!.click();
      await settle(el);
      await sendKeys({ type: 'tong_so' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Trùng' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const alert = grid(el).shadowRoot!.querySelector('[role="alert"]');
      expect(alert, 'an alert').to.not.equal(null);
      expect(alert!.textContent).to.contain('tong_so');
      expect(alert!.textContent).to.match(lang === 'vi' ? /đã (được )?dùng|trùng|Mã/ : /already|taken|used/i);
      expect(columnCodes(session)).to.deep.equal(before);
      expect(session.canUndo).to.equal(false);
      expect(grid(el).shadowRoot!.querySelector<HTMLInputElement>('input[name="code"]')!.value).to.equal('tong_so');
    }
  });

  it('retires a field: gone from the preview, kept in the pack, restorable', async () => {
    const { el, session } = await mount();
    const row = forms(el).shadowRoot!.querySelector('li.field[data-code="tre_em_hcdb"]')!;
    expect(previewText(el)).to.contain('mỗi trẻ đếm một lần');
    row.querySelector<HTMLButtonElement>('[data-action="retire"]')!.click();
    await settle(el);
    const node = session.doc.forms.find((f) => f['x-fp-id'] === FORM)!.properties.tre_em_hcdb as Record<string, unknown>;
    expect(node['x-fp-retired']).to.equal(true);
    expect(previewText(el)).to.not.contain('Số trẻ em có hoàn cảnh đặc biệt (mỗi trẻ đếm một lần)');
    const restore = forms(el).shadowRoot!.querySelector<HTMLButtonElement>('li.field[data-code="tre_em_hcdb"] [data-action="restore"]');
    expect(restore).to.not.equal(null);
  });

  it('moves a field down with its named button, announces it and keeps the focus on it', async () => {
    const { el, session } = await mount();
    const panel = forms(el);
    const down = panel.shadowRoot!.querySelector<HTMLButtonElement>('li.field[data-code="tre_em_hcdb"] [data-move="down"]')!;
    expect(down.getAttribute('aria-label')).to.contain("Chuyển 'Số trẻ em có hoàn cảnh đặc biệt (mỗi trẻ đếm một lần)' xuống");
    down.focus();
    down.click();
    await settle(el);
    const order = session.doc.forms.find((f) => f['x-fp-id'] === FORM)!['x-fp-order'] as string[];
    expect(order.indexOf('tre_em_hcdb')).to.equal(2);
    expect(panel.shadowRoot!.querySelector('[data-reorder-live]')!.textContent).to.contain('từ vị trí 2 đến vị trí 3');
    expect((deepActive() as HTMLElement).closest('li.field')?.getAttribute('data-code')).to.equal('tre_em_hcdb');
  });

  it('lists the problems of the draft; a problem focuses its place, marked invalid', async () => {
    const { el, session, formIndex } = await mount();
    session.apply(setFieldProps(FORM, '/ty_le_duoc_tro_giup', { computed: 'percent(khong_co_truong_nay, tre_em_hcdb)' }));
    el.checkNow();
    await settle(el);
    const problem = el.currentProblems.find((p) => p.pointer.startsWith(`/forms/${formIndex}/properties/ty_le_duoc_tro_giup`));
    expect(problem, 'a problem at the rule').to.not.equal(undefined);
    await el.selectTab('problems');
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-problem]')].find((b) => b.dataset.problem === problem!.pointer)!;
    button.click();
    await settle(el);
    await new Promise((r) => setTimeout(r, 50));
    expect(el.tab).to.equal('forms');
    // the formula is picked in <fp-expression-input>: focus lands in its text box, which says what is wrong there
    const active = deepActive() as HTMLElement;
    const host = (active.getRootNode() as ShadowRoot).host as HTMLElement;
    expect(host.localName).to.equal('fp-expression-input');
    expect(problem!.pointer.startsWith(host.dataset.pointer ?? '?')).to.equal(true);
    expect(active.getAttribute('aria-invalid')).to.equal('true');
    expect(host.shadowRoot!.getElementById(active.getAttribute('aria-describedby')!.split(' ')[1])!.textContent).to.contain('khong_co_truong_nay');
    expect(host.parentElement!.textContent).to.contain('khong_co_truong_nay');
  });
});
