import { expect, fixture } from '@open-wc/testing';
import { AjvValidator, EditSession, FormModel, hideMatrixRow, resolveAuthoredForm, retireField, retireMatrixColumn } from '@formplan/core';
import type { PackSource } from '@formplan/core';
import { childPointers, deepElements, settleTree } from '../../../../../test/suites/control-harness.js';
import { loadTayHo2018 } from '../../../../../test/fixtures/tay-ho-2018.js';
import { defaultRegistry } from '../default-registry.js';
import '../number/number-renderer.js';
import '../text/text-renderer.js';
import '../textarea/textarea-renderer.js';
import '../date/date-renderer.js';
import '../enum/enum-renderer.js';
import '../boolean/boolean-renderer.js';
import '../computed/computed-renderer.js';
import '../matrix/matrix-renderer.js';
import type { FpObjectRenderer } from './object-renderer.component.js';
import './object-renderer.js';

describe('<fp-object-renderer> with retired fields, retired columns and hidden rows', () => {
  let pack: PackSource;
  before(async () => {
    const s = new EditSession(await loadTayHo2018());
    s.apply(retireField('bieu-02', '/tre_em_hcdb_duoc_tro_giup'));
    s.apply(retireMatrixColumn('bieu-02', '/so_lieu', 'duoc_tro_giup'));
    s.apply(hideMatrixRow('bieu-02', '/so_lieu', 'HCDB_01', true));
    pack = s.doc;
  });

  it('does not offer them for entry, and old data under them stays valid', async function () {
    this.timeout(60000);
    const { schema } = resolveAuthoredForm(pack, pack.forms.find((f) => f['x-fp-id'] === 'bieu-02')!);
    const model = new FormModel({ schema, validator: new AjvValidator() });
    const el = document.createElement('fp-object-renderer') as FpObjectRenderer;
    Object.assign(el, { model, schema, pointer: '', registry: defaultRegistry() });
    await fixture(el);
    await settleTree(el, 4);
    const top = childPointers(el);
    expect(top).to.not.include('/tre_em_hcdb_duoc_tro_giup');
    expect(top).to.include('/tre_em_hcdb');
    const root = (deepElements(el).find((x) => x.localName === 'fp-matrix-renderer' && (x as HTMLElement & { pointer: string }).pointer === '/so_lieu') as HTMLElement).shadowRoot!;
    const heads = [...root!.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
    expect(heads).to.not.include('Được trợ giúp trong kỳ');
    const rowHeads = [...root!.querySelectorAll('tbody th')].map((th) => th.textContent?.trim() ?? '');
    expect(rowHeads.length).to.be.greaterThan(0);
    expect(rowHeads.some((t) => t.startsWith('Trẻ em mồ côi cả cha và mẹ'))).to.equal(false);
    model.set('/tre_em_hcdb_duoc_tro_giup', 3);
    model.set('/so_lieu/HCDB_02/duoc_tro_giup', 1);
    expect(model.errors.filter((e) => e.pointer === '/tre_em_hcdb_duoc_tro_giup' || e.pointer.startsWith('/so_lieu/HCDB_02/duoc'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
