import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AjvValidator, FormModel, resolveAuthoredForm, resolveForm } from '@formplan/core';
import type { PackSource, SchemaNode } from '@formplan/core';
import { loadTayHo2018 } from '../../../../../test/fixtures/tay-ho-2018.js';
import { mountMatrix, MINI_PACK } from './matrix-fixture.test-helper.js';
import type { FpMatrixRenderer } from './matrix-renderer.component.js';

describe('<fp-matrix-renderer> on the real Tây Hồ 2018 Biểu 02', () => {
  let schema: SchemaNode;
  before(async () => {
    const pack = await loadTayHo2018();
    schema = resolveForm(pack, 'bieu-02')!.schema;
  });

  it('is accessible', async function () {
    this.timeout(120000); // axe over 480 inputs on a shared 2-core machine
    const { el } = await mountMatrix(schema);
    await expect(el).to.be.accessible();
  });

  it('renders 60 rows (46 indented sub-groups), 8 columns under grouped headers, and a totals row', async () => {
    const { root } = await mountMatrix(schema);
    expect(root.querySelectorAll('tbody tr').length).to.equal(60);
    expect(root.querySelectorAll('tbody tr.depth-2').length).to.equal(46);
    expect(root.querySelectorAll('tbody tr:first-child td').length).to.equal(8);
    const top = [...root.querySelectorAll('thead tr:first-child th')].map((th) => `${th.textContent}:${(th as HTMLTableCellElement).colSpan}`);
    expect(top).to.deep.equal(['Chỉ tiêu:1', 'Tổng số:1', 'Dưới 06 tuổi:2', 'Từ 06 đến dưới 11 tuổi:2', 'Từ 11 đến dưới 16 tuổi:2', 'Được trợ giúp trong kỳ:1']);
    expect(root.querySelector('tfoot [part~="total-row"]')).not.to.equal(null);
  });

  it('typing updates the row total (tong_so), the column totals, and the rule error on the cell', async () => {
    const { model, input, cell, total, root } = await mountMatrix(schema);
    input('HCDB_01', 'duoi_6__nam').focus();
    await sendKeys({ type: '2' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ type: '3' });
    expect(model.get('/so_lieu/HCDB_01/tong_so')).to.equal(5);
    expect(cell('HCDB_01', 'tong_so').querySelector('.v')!.textContent).to.equal('5');
    expect(total('tong_so').querySelector('.v')!.textContent).to.equal('5');
    expect(total('duoi_6__nu').querySelector('.m:not([hidden])')!.textContent).to.equal('chưa đủ');
    const helped = input('HCDB_01', 'duoc_tro_giup');
    helped.focus();
    await sendKeys({ type: '9' });
    helped.blur();
    expect(helped.getAttribute('aria-invalid')).to.equal('true');
    expect(root.getElementById(helped.getAttribute('aria-describedby')!)!.textContent).to.equal('Số trẻ được trợ giúp không được lớn hơn tổng số trẻ của nhóm.');
  });
});

describe('<fp-matrix-renderer> performance (2,100 cells: 100 rows × 21 columns)', () => {
  it('renders once, then repaints a keystroke without re-rendering the table (timings logged)', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => ({ code: `R${i + 1}`, label: { vi: `Dòng thử ${i + 1}`, en: `Test row ${i + 1}` } }));
    const cols = Array.from({ length: 10 }, (_, i) => ({ code: `k${i + 1}`, label: { vi: `Khoảng ${i + 1}`, en: `Band ${i + 1}` } }));
    const pack = { ...MINI_PACK, categorySets: [...(MINI_PACK.categorySets as unknown[]), { id: 'dong', title: { vi: 'Dòng' }, items: rows }, { id: 'khoang', title: { vi: 'Khoảng' }, items: cols }] } as unknown as PackSource;
    const form = {
      'x-fp-id': 'lon', 'x-fp-header': false, type: 'object', 'x-fp-label': { vi: 'Biểu lớn', en: 'Big form' }, properties: {
        so_lieu: { type: 'object', 'x-fp-label': { vi: 'Bảng lớn' }, 'x-fp-matrix': {
          rows: { categorySet: 'dong', depth: 1 },
          columns: [{ code: 'tong_so', label: { vi: 'Tổng số' }, type: 'count', computed: 'sum(*)' }, { categorySet: ['khoang', 'gioi'], type: 'count' }],
          columnTotals: true,
        } },
      },
    };
    const big = resolveAuthoredForm(pack, form as unknown as Parameters<typeof resolveAuthoredForm>[1]).schema;
    const t0 = performance.now();
    const { el, model, input, total, root } = await mountMatrix(big);
    const tMount = performance.now() - t0;
    expect(root.querySelectorAll('tbody td').length).to.equal(2100);
    const t1 = performance.now();
    (el as FpMatrixRenderer).lang = 'en';
    await (el as FpMatrixRenderer).updateComplete;
    const tRerender = performance.now() - t1;
    (el as FpMatrixRenderer).lang = 'vi';
    await (el as FpMatrixRenderer).updateComplete;
    let renders = 0;
    const orig = (el as unknown as { update: (c: unknown) => void }).update.bind(el);
    (el as unknown as { update: (c: unknown) => void }).update = (c) => {
      renders++;
      orig(c);
    };
    const keystroke: number[] = [];
    for (let i = 0; i < 20; i++) {
      const c = input(`R${50 + i}`, 'k5__nu');
      c.value = String(i + 1);
      const s = performance.now();
      c.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      keystroke.push(performance.now() - s);
    }
    await (el as FpMatrixRenderer).updateComplete;
    expect(renders, 'no Lit re-render of the table on keystrokes').to.equal(0);
    expect(total('k5__nu').querySelector('.v')!.textContent).to.equal('210');
    // the model alone (validation of 2,100 cells + computed fields), for comparison
    const bare = new FormModel({ schema: { ...big, $id: `${String(big.$id)}:bare` }, validator: new AjvValidator() });
    const modelOnly: number[] = [];
    for (let i = 0; i < 20; i++) {
      const s = performance.now();
      bare.set(`/so_lieu/R${50 + i}/k5__nu`, i + 1, { user: true });
      modelOnly.push(performance.now() - s);
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(2);
    console.log(`[matrix perf] 2100 cells: mount incl. FormModel/ajv compile ${tMount.toFixed(1)} ms; full table re-render (language switch) ${tRerender.toFixed(1)} ms; keystroke (model + repaint) median ${med(keystroke)} ms, max ${Math.max(...keystroke).toFixed(2)} ms; model.set alone median ${med(modelOnly)} ms`);
    expect(model.get('/so_lieu/R50/tong_so')).to.equal(1);
  });
});
