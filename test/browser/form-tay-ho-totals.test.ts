// Totals are honest (issue 10) in <fp-form> over the real Tây Hồ 2018 pack: the "Tổng cộng" row
// adds top-level rows only ("Trong đó" sub-rows are part of their parent), sub-rows adding up to
// more than their parent raise the pack's warning, and a total over an invalid cell is not a number.
import { expect, fixture, html } from '@open-wc/testing';
import { MemoryStore } from '@formplan/core';
import type { PackSource } from '@formplan/core';
import '../../packages/elements/src/define.js';
import { deepQuery, pointerSelector } from '../../packages/elements/src/components/form/deep-query.js';
import type { FpForm } from '../../packages/elements/src/components/form/form.component.js';
import type { FpProvider } from '../../packages/elements/src/components/provider/provider.component.js';
import { StaticPackRegistry } from '../../packages/elements/src/services/pack-registry.js';
import { loadTayHo2018 } from '../fixtures/tay-ho-2018.js';
import { inputAt, typeInto, until } from './form-fixtures.js';

let pack: PackSource;

async function mount(formId: string, cell: string): Promise<FpForm> {
  pack ??= await loadTayHo2018();
  const provider = await fixture<FpProvider>(html`<fp-provider .store=${new MemoryStore()} .packs=${new StaticPackRegistry([pack])} .clock=${() => new Date('2018-05-10T03:00:00Z')}>
    <fp-form pack="tay-ho-2018" form=${formId} ward="P00091" period="2018-H1"></fp-form>
  </fp-provider>`);
  const form = provider.querySelector('fp-form')!;
  await until(() => !!form.shadowRoot && deepQuery(form.shadowRoot, pointerSelector(cell)) !== null, 15000);
  return form;
}

/** The "Tổng cộng" output of a column of the form's matrix. */
function total(form: FpForm, column: string): HTMLElement {
  const el = deepQuery<HTMLElement>(form.shadowRoot!, `tfoot .total[data-column="${column}"]`);
  if (!el) throw new Error(`no total for ${column}`);
  return el;
}

const shown = (el: HTMLElement): string =>
  `${el.querySelector('.v')?.textContent ?? ''}|${el.querySelector('.m:not([hidden])')?.textContent ?? ''}`;

/** Mounts a form and types each `[pointer, text]` into it. */
async function filled(formId: string, cells: [string, string][]): Promise<FpForm> {
  const form = await mount(formId, cells[0][0]);
  for (const [pointer, text] of cells) typeInto(form, pointer, text);
  await form.updateComplete;
  return form;
}

describe('<fp-form> totals on the real Tây Hồ 2018 pack', () => {
  it('Biểu 01: 100 children with 10 of them temporary residents total 100, not 110', async function () {
    this.timeout(60000);
    const form = await filled('bieu-01', [['/so_lieu/tre_em/duoi_6__nam', '100'], ['/so_lieu/tre_em_tam_tru/duoi_6__nam', '10']]);
    expect(shown(total(form, 'duoi_6__nam'))).to.equal('100|');
    expect(shown(total(form, 'tong_so')), 'the row total reads one age band of six').to.equal('100|chưa đủ');
  });

  it('Biểu 02: orphans 5 and the sub-row 3 total 5; sub-rows above their parent show the warning', async function () {
    this.timeout(60000);
    const form = await filled('bieu-02', [['/so_lieu/HCDB_01/duoi_6__nam', '5'], ['/so_lieu/HCDB_01_1/duoi_6__nam', '3']]);
    expect(shown(total(form, 'duoi_6__nam'))).to.equal('5|chưa đủ');
    const td = inputAt(form, '/so_lieu/HCDB_01/duoi_6__nam').closest('td')!;
    expect(td.classList.contains('warning')).to.equal(false);

    typeInto(form, '/so_lieu/HCDB_01_2/duoi_6__nam', '4');
    await form.updateComplete;
    expect(td.classList.contains('warning'), 'warned at the parent cell').to.equal(true);
    expect(td.classList.contains('invalid'), 'a warning, not an error').to.equal(false);
    expect(td.textContent).to.contain('Các dòng "trong đó" của "Trẻ em mồ côi cả cha và mẹ" cộng lại lớn hơn');
    expect(form.formModel!.errors.filter((e) => e.pointer.startsWith('/so_lieu/') && e.severity === 'error')).to.deep.equal([]);
    expect(shown(total(form, 'duoi_6__nam')), 'the sub-rows still are not added').to.equal('5|chưa đủ');
  });

  for (const [what, typed] of [['a negative count', '-3'], ['a decimal in an integer cell', '1,5'], ['text', 'mười']]) {
    it(`a total over ${what} is not computable ("—", không tính được), and so is the row total`, async function () {
      this.timeout(60000);
      const form = await mount('bieu-01', '/so_lieu/tre_em/duoi_6__nam');
      typeInto(form, '/so_lieu/tre_em/duoi_6__nam', '100');
      typeInto(form, '/so_lieu/tre_em/duoi_6__nu', typed);
      await form.updateComplete;
      const t = total(form, 'duoi_6__nu');
      expect(shown(t)).to.equal('—|không tính được');
      expect(t.hasAttribute('data-not-computable')).to.equal(true);
      expect(t.querySelector('.v')!.getAttribute('aria-hidden')).to.equal('');
      expect(shown(total(form, 'tong_so'))).to.equal('—|không tính được');
      typeInto(form, '/so_lieu/tre_em/duoi_6__nu', '4');
      await form.updateComplete;
      expect(shown(t), 'one top-level row, filled').to.equal('4|');
      expect(shown(total(form, 'tong_so'))).to.equal('104|chưa đủ');
    });
  }
});
