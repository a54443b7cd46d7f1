import { expect } from '@open-wc/testing';
import type { CriteriaSet } from '@formplan/core';
import type { FpEditorCriteria } from './criteria.component.js';
import { at, changeTo, metaSchemas, panelOn, text } from './panel-test-helpers.js';

const tag = 'fp-editor-criteria';

/** Puts a file into the panel's file input as a user's pick does. */
async function pick(el: FpEditorCriteria, file: File): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[data-import-file]')!;
  const dt = new DataTransfer();
  dt.items.add(file);
  input.files = dt.files;
  const said = () => text(el.shadowRoot!.querySelector('[data-import] [role="alert"]')) + text(el.shadowRoot!.querySelector('[data-done]'));
  const before = said();
  input.dispatchEvent(new Event('change'));
  for (let i = 0; i < 100 && said() === before; i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
}

/** A 2019 set made from QĐ 34/2014: same criteria, one recoded (so it cannot match by code). */
function newSet(old: CriteriaSet): CriteriaSet {
  const set = structuredClone(old);
  set.id = 'qd-06-2019';
  set.title = { vi: 'Quyết định 06/2019/QĐ-TTg', en: 'Decision 06/2019/QD-TTg' };
  set.criteria[14].code = 'TC15_MOI';
  set.criteria[14].title = { vi: 'Tiêu chí mới số 15' };
  set.criteria[14].indicators.forEach((ind, i) => { ind.code = `TC15_MOI_${i + 1}`; });
  return set;
}

describe('<fp-editor-criteria>', () => {
  it('is accessible', async () => {
    const { el } = await panelOn<FpEditorCriteria>(tag);
    await expect(el).to.be.accessible();
  });

  it('refuses a file that is not a criteria set, says why, and changes nothing', async () => {
    const { el, session } = await panelOn<FpEditorCriteria>(tag, { metaSchemas: await metaSchemas() });
    await pick(el, new File(['{ not json'], 'hong.json', { type: 'application/json' }));
    expect(text(el.shadowRoot!.querySelector('[data-import] [role="alert"]'))).to.match(/^Tệp "hong.json" không phải JSON hợp lệ/);
    await pick(el, new File([JSON.stringify({ id: 'x' })], 'thieu.json', { type: 'application/json' }));
    expect(text(el.shadowRoot!.querySelector('[data-import] [role="alert"]'))).to.match(/^Tệp "thieu.json" không phải bộ tiêu chí hợp lệ/);
    el.maxFileBytes = 10;
    await pick(el, new File([JSON.stringify(newSet(session.doc.criteriaSets[0]))], 'lon.json'));
    expect(text(el.shadowRoot!.querySelector('[data-import] [role="alert"]'))).to.match(/quá lớn/);
    expect(session.canUndo).to.equal(false);
  });

  it('swaps QĐ 34/2014 for an imported set through the mapping table, in one undo step', async () => {
    const { el, session } = await panelOn<FpEditorCriteria>(tag, { metaSchemas: await metaSchemas() });
    const root = el.shadowRoot!;
    expect(root.querySelector('[data-in-use]')!.getAttribute('data-in-use')).to.equal('qd-34-2014');
    await pick(el, new File([JSON.stringify(newSet(session.doc.criteriaSets[0]))], 'qd-06-2019.json', { type: 'application/json' }));
    expect(text(root.querySelector('[data-done]'))).to.equal("Đã nhập bộ tiêu chí 'Quyết định 06/2019/QĐ-TTg'.");
    const rows = [...root.querySelectorAll<HTMLTableRowElement>('[data-mapping] tbody tr')];
    expect(rows).to.have.length(15);
    expect(text(rows[0].querySelector('[data-match]'))).to.equal('khớp theo mã');
    const last = root.querySelector('[data-mapping] tr[data-old="TC15"]')!;
    expect(last.classList.contains('unmatched')).to.equal(true);
    expect(text(last.querySelector('[data-match]'))).to.equal('chưa khớp — cần xem lại');
    await changeTo(el, last.querySelector('select')!, 'TC15_MOI');
    expect(text(root.querySelector('[data-mapping] tr[data-old="TC15"] [data-match]'))).to.equal('chọn tay');
    await expect(el).to.be.accessible();
    const steps = session.history().past.length;
    root.querySelector<HTMLButtonElement>('[data-use-set]')!.click();
    await el.updateComplete;
    expect(root.querySelector('[data-swap] [role="alert"]')).to.equal(null);
    expect(session.doc.criteriaSets.map((s) => s.id)).to.deep.equal(['qd-06-2019']);
    expect(session.doc.forms.find((f) => f['x-fp-id'] === 'tu-danh-gia')!['x-fp-from-criteria']).to.equal('qd-06-2019');
    expect(session.history().past).to.have.length(steps + 1);
    expect(root.querySelector('[data-in-use]')!.getAttribute('data-in-use')).to.equal('qd-06-2019');
    session.undo();
    await el.updateComplete;
    expect(root.querySelector('[data-in-use]')!.getAttribute('data-in-use')).to.equal('qd-34-2014');
  });

  it('edits an indicator and the recognition rule; focusPointer opens the criterion', async () => {
    const { el, session } = await panelOn<FpEditorCriteria>(tag);
    expect(el.focusPointer('/criteriaSets/0/criteria/2/indicators/0/maxPoints')).to.equal(true);
    const input = at(el, '/criteriaSets/0/criteria/2/indicators/0/maxPoints');
    expect(el.shadowRoot!.activeElement).to.equal(input);
    expect(input.closest('details')!.open).to.equal(true);
    await changeTo(el, input, 'mười');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!))).to.equal('Hãy nhập một số nguyên không âm.');
    expect(session.canUndo).to.equal(false);
    await changeTo(el, input, '30');
    expect(session.doc.criteriaSets[0].criteria[2].indicators[0].maxPoints).to.equal(30);
    await changeTo(el, at(el, '/criteriaSets/0/recognition/thresholds/0/minTotal'), '900');
    expect(session.doc.criteriaSets[0].recognition.thresholds[0].minTotal).to.equal(900);
    const kind = at<HTMLSelectElement>(el, '/criteriaSets/0/criteria/2/indicators/0/scoring/kind');
    await changeTo(el, kind, 'count-max');
    expect(session.doc.criteriaSets[0].criteria[2].indicators[0].scoring).to.deep.equal({ kind: 'count-max', target: 2 });
    expect(el.shadowRoot!.querySelector('[data-pointer="/criteriaSets/0/criteria/2/indicators/0/scoring/op"]')).to.equal(null);
    await changeTo(el, kind, 'percent-threshold');
    expect(session.doc.criteriaSets[0].criteria[2].indicators[0].scoring).to.deep.equal({ kind: 'percent-threshold', op: '>=', target: 2 });
    expect(at(el, '/criteriaSets/0/criteria/2/indicators/0/scoring/target').value).to.equal('2');
  });
});
