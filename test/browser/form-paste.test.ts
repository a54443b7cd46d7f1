// Pasting a block copied from Excel into the matrix of the real Tây Hồ 2018 Biểu 02 in <fp-form>
// (pack mode, store, autosave): the block lands from the cell pasted at, the computed column is
// skipped, text in a count cell and a negative count are refused and named, the block is one
// save, and Ctrl+Z restores the whole block.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryStore } from '@formplan/core';
import type { PackSource } from '@formplan/core';
import '../../packages/elements/src/define.js';
import type { FpForm } from '../../packages/elements/src/components/form/form.component.js';
import type { FpProvider } from '../../packages/elements/src/components/provider/provider.component.js';
import { deepQuery, pointerSelector } from '../../packages/elements/src/components/form/deep-query.js';
import { StaticPackRegistry } from '../../packages/elements/src/services/pack-registry.js';
import { loadTayHo2018 } from '../fixtures/tay-ho-2018.js';
import { inputAt, typeInto, until } from './form-fixtures.js';
import { pasteInto as paste, pressCtrlZ } from '../../packages/elements/src/renderers/matrix/matrix-fixture.test-helper.js';

const M = '/so_lieu';
let pack: PackSource;

async function mount(day = '2018-05-10T03:00:00Z'): Promise<{ form: FpForm; store: MemoryStore }> {
  pack ??= await loadTayHo2018();
  const store = new MemoryStore();
  const provider = await fixture<FpProvider>(html`<fp-provider .store=${store} .packs=${new StaticPackRegistry([pack])} .clock=${() => new Date(day)}>
    <fp-form pack="tay-ho-2018" form="bieu-02" ward="P00091" period="2018-H1"></fp-form>
  </fp-provider>`);
  const form = provider.querySelector('fp-form')!;
  await form.loadComplete;
  await until(() => !!deepQuery(form.shadowRoot!, pointerSelector(`${M}/HCDB_01/duoi_6__nam`)), 15000);
  return { form, store };
}

const matrixRoot = (form: FpForm) => deepQuery<HTMLElement>(form.shadowRoot!, 'fp-matrix-renderer')!.shadowRoot!;
const cellAt = (form: FpForm, row: string, col: string) => deepQuery<HTMLElement>(form.shadowRoot!, pointerSelector(`${M}/${row}/${col}`))!;

// 3 rows × 4 columns from the "Tổng số" column, as Excel copies it (CRLF, trailing newline)
const BLOCK = '99\t1.234\t2\t3\r\n\t4\tmười\t5\r\n\t6\t-2\t8\r\n';

describe('<fp-form> Biểu 02: a block pasted from Excel', () => {
  it('fills the block from the cell, skips the computed column, names the refused cells, saves once; Ctrl+Z restores the block', async function () {
    this.timeout(240000); // axe over the whole Biểu 02 on a shared 2-core machine
    const { form, store } = await mount();
    const model = form.formModel!;
    typeInto(form, `${M}/HCDB_01_2/duoi_6__nam`, '11');
    typeInto(form, `${M}/HCDB_01_1/duoi_6__nu`, '7');
    await oneEvent(form, 'fp-saved');
    const saved = (await store.getDraft({ packId: 'tay-ho-2018', packVersion: pack.manifest.version, formId: 'bieu-02', ward: 'P00091', period: '2018-H1' }))!;

    let changes = 0;
    model.subscribe(() => changes++);
    let saves = 0;
    form.addEventListener('fp-saved', () => saves++);
    const anchor = cellAt(form, 'HCDB_01', 'tong_so');
    anchor.focus();
    const nextSave = oneEvent(form, 'fp-saved');
    const e = paste(anchor, BLOCK);
    expect(e.defaultPrevented).to.equal(true);
    expect(changes, 'the block is one model change').to.equal(1);

    // the computed column is skipped: its value is the sum, not the pasted 99
    expect(model.get(`${M}/HCDB_01/tong_so`)).to.equal(1234 + 2 + 3);
    expect([model.get(`${M}/HCDB_01/duoi_6__nam`), model.get(`${M}/HCDB_01/duoi_6__nu`), model.get(`${M}/HCDB_01/tu_6_duoi_11__nam`)]).to.deep.equal([1234, 2, 3]);
    expect([model.get(`${M}/HCDB_01_1/duoi_6__nam`), model.get(`${M}/HCDB_01_1/duoi_6__nu`), model.get(`${M}/HCDB_01_1/tu_6_duoi_11__nam`)]).to.deep.equal([4, 7, 5]);
    expect([model.get(`${M}/HCDB_01_2/duoi_6__nam`), model.get(`${M}/HCDB_01_2/duoi_6__nu`), model.get(`${M}/HCDB_01_2/tu_6_duoi_11__nam`)]).to.deep.equal([6, undefined, 8]);
    expect(inputAt(form, `${M}/HCDB_01/duoi_6__nam`).value).to.equal('1.234');

    // the status names what was refused, by row and column, and why
    const root = matrixRoot(form);
    const status = root.querySelector<HTMLElement>('[part="paste-status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.contain('Đã dán 7 ô.').and.contain('Bỏ qua 1 ô không nhập được').and.contain('Không nhận 2 ô');
    const items = [...status.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).to.deep.equal([
      'Trẻ em mồ côi cả cha và mẹ không có người chăm sóc – Dưới 06 tuổi, Nữ: "mười" không phải là số',
      'Trẻ em mồ côi cả cha và mẹ được nuôi dưỡng trong cơ sở cung cấp dịch vụ bảo vệ trẻ em hoặc cơ sở trợ giúp xã hội – Dưới 06 tuổi, Nữ: số âm (-2) không hợp lệ',
    ]);
    // a refused cell's name takes the user there
    status.querySelector<HTMLButtonElement>('li button')!.click();
    expect(root.activeElement).to.equal(cellAt(form, 'HCDB_01_1', 'duoi_6__nu'));

    // one save for the whole block
    const after = await nextSave;
    expect(after.detail.revision).to.equal(saved.revision + 1);
    await new Promise((r) => setTimeout(r, 1200));
    expect(saves).to.equal(1);
    await expect(form).to.be.accessible();

    // one undo restores every cell of the block (and the totals follow)
    const undone = oneEvent(form, 'fp-saved');
    await pressCtrlZ();
    expect(model.get(`${M}/HCDB_01/duoi_6__nam`)).to.equal(undefined);
    expect(model.get(`${M}/HCDB_01/tong_so`)).to.equal(undefined);
    expect(model.get(`${M}/HCDB_01_1/duoi_6__nu`)).to.equal(7);
    expect(model.get(`${M}/HCDB_01_2/duoi_6__nam`)).to.equal(11);
    expect(model.get(`${M}/HCDB_01_2/tu_6_duoi_11__nam`)).to.equal(undefined);
    expect(changes).to.equal(2);
    expect(status.textContent).to.contain('Đã hoàn tác: 7 ô trở lại giá trị trước khi dán.');
    expect(root.querySelector<HTMLButtonElement>('[part="paste-undo"]')!.hidden).to.equal(true);
    await undone;
    const draft = (await store.getDraft({ packId: 'tay-ho-2018', packVersion: pack.manifest.version, formId: 'bieu-02', ward: 'P00091', period: '2018-H1' }))!;
    expect((draft.data as { so_lieu: Record<string, Record<string, unknown>> }).so_lieu.HCDB_01_2.duoi_6__nam).to.equal(11);
  });

  it('leaves a bit of text to the browser; a read-only report and a locked period refuse the block', async function () {
    this.timeout(120000);
    const { form } = await mount();
    const input = inputAt(form, `${M}/HCDB_01/duoi_6__nam`);
    input.focus();
    expect(paste(input, '12').defaultPrevented, 'text without tab or newline is the browser’s').to.equal(false);
    form.readonly = true;
    await form.updateComplete;
    await until(() => inputAt(form, `${M}/HCDB_01/duoi_6__nam`).readOnly);
    const e = paste(inputAt(form, `${M}/HCDB_01/duoi_6__nam`), '1\t2\r\n');
    expect(e.defaultPrevented).to.equal(true);
    expect(form.formModel!.get(`${M}/HCDB_01/duoi_6__nam`)).to.equal(undefined);
    expect(matrixRoot(form).querySelector('[part="paste-status"]')!.textContent).to.equal('Báo cáo đang khóa: không dán được.');

    // a period locked by the calendar (due 15/05/2018 + 15 days of grace) is read-only the same way
    const locked = await mount('2018-07-10T03:00:00Z');
    expect(locked.form.isReadOnly).to.equal(true);
    paste(inputAt(locked.form, `${M}/HCDB_01/duoi_6__nam`), '1\t2\r\n');
    expect(locked.form.formModel!.get(`${M}/HCDB_01/duoi_6__nam`)).to.equal(undefined);
    expect(matrixRoot(locked.form).querySelector('[part="paste-status"]')!.textContent).to.equal('Báo cáo đang khóa: không dán được.');
  });
});
