import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { SchemaNode } from '@formplan/core';
import { miniForm, mountMatrix, pasteInto as paste, pressCtrlZ as ctrlZ } from './matrix-fixture.test-helper.js';

const text = (vi: string, en: string) => ({ vi, en });
const EXTRA = [
  { code: 'co_ho_so', label: text('Có hồ sơ', 'Has a file'), type: 'boolean' },
  { code: 'ghi_chu', label: text('Ghi chú', 'Note'), type: 'text' },
];

/** The mini form with row A_1 shown only when B has a file. */
function formWithHiddenRow(): SchemaNode {
  const schema = miniForm(EXTRA);
  const rows = ((schema.properties as Record<string, SchemaNode>).so_lieu.properties as Record<string, SchemaNode>);
  rows.A_1 = { ...rows.A_1, 'x-fp-visible-if': 'B.co_ho_so' };
  return schema;
}

describe('<fp-matrix-renderer> paste of a block from Excel', () => {
  it('writes numbers, yes/no and text into their kinds of cells; a hidden row takes no block row; cells past the edge are counted; the status speaks English when asked', async () => {
    const { el, model, input, root } = await mountMatrix(formWithHiddenRow(), { so_lieu: { B: { duoi_6__nu: 5, ghi_chu: 'cũ' } } }, { lang: 'en' });
    expect(root.querySelector('tbody tr:nth-child(2)')!.hasAttribute('hidden')).to.equal(true);
    const events: CustomEvent[] = [];
    el.addEventListener('fp-change', (e) => events.push(e as CustomEvent));
    input('A', 'duoi_6__nam').focus();
    paste(input('A', 'duoi_6__nam'), '1\t2\tx\t"Ghi chú\tmột"\t99\n3\t\tkhông\t\n');
    expect(model.get('/so_lieu/A')).to.deep.equal({ duoi_6__nam: 1, duoi_6__nu: 2, co_ho_so: true, ghi_chu: 'Ghi chú\tmột', tong_so: 3 });
    expect(model.get('/so_lieu/A_1')).to.equal(undefined);
    expect(model.get('/so_lieu/B')).to.deep.equal({ duoi_6__nam: 3, co_ho_so: false, tong_so: 3 });
    expect(input('B', 'co_ho_so').checked).to.equal(false);
    expect(input('A', 'co_ho_so').checked).to.equal(true);
    expect(events.map((e) => e.detail.path)).to.deep.equal(['/so_lieu']);
    const status = root.querySelector('[part="paste-status"]')!;
    expect([...status.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['Pasted 8 cell(s).', 'Dropped 1 cell(s) outside the table.']);
    await expect(el).to.be.accessible();
  });

  it('a click on a computed cell makes it the anchor of a paste (its column skipped); arrows move on from it', async () => {
    const { model, cell, input, root } = await mountMatrix(miniForm(EXTRA));
    const total = cell('A', 'tong_so');
    const box = total.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    expect(root.activeElement).to.equal(total);
    paste(total, '99\t1\t2\r\n');
    expect(model.get('/so_lieu/A')).to.deep.equal({ duoi_6__nam: 1, duoi_6__nu: 2, tong_so: 3 });
    expect(root.querySelector('[part="paste-status"]')!.textContent).to.contain('Bỏ qua 1 ô');
    await sendKeys({ press: 'ArrowRight' });
    expect(root.activeElement).to.equal(input('A', 'duoi_6__nam'));
  });

  it('the undo button restores the block and puts focus back in the table; typing after a paste leaves Ctrl+Z to the input', async () => {
    const { model, input, root } = await mountMatrix(miniForm(EXTRA), { so_lieu: { A: { duoi_6__nam: 9 } } });
    const undo = root.querySelector<HTMLButtonElement>('[part="paste-undo"]')!;
    expect(undo.hidden).to.equal(true);
    input('A', 'duoi_6__nam').focus();
    paste(input('A', 'duoi_6__nam'), '1\t2\r\n3\t4\r\n');
    expect(model.get('/so_lieu/A_1/duoi_6__nu')).to.equal(4);
    expect(undo.hidden).to.equal(false);
    expect(undo.textContent).to.equal('Hoàn tác dán (Ctrl+Z)');
    undo.click();
    expect(model.get('/so_lieu/A')).to.deep.equal({ duoi_6__nam: 9, tong_so: 9 });
    expect([model.get('/so_lieu/A_1/duoi_6__nam'), model.get('/so_lieu/A_1/duoi_6__nu')]).to.deep.equal([undefined, undefined]);
    expect(undo.hidden).to.equal(true);
    expect(root.activeElement).to.equal(input('A', 'duoi_6__nam'));

    paste(input('A', 'duoi_6__nam'), '5\t6\r\n');
    expect(model.get('/so_lieu/A/duoi_6__nu')).to.equal(6);
    input('B', 'duoi_6__nam').focus();
    await sendKeys({ type: '7' });
    expect(undo.hidden, 'typing ends the paste’s undo').to.equal(true);
    await ctrlZ();
    expect(model.get('/so_lieu/A/duoi_6__nu'), 'the block stays').to.equal(6);
  });

  it('a draft replaced from outside forgets the paste; one copied cell replaces the value; a block too large is refused whole', async () => {
    const { model, input, root } = await mountMatrix(miniForm(EXTRA));
    paste(input('A', 'duoi_6__nam'), '1\t2\n');
    model.reset({ so_lieu: { A: { duoi_6__nam: 8 } } });
    await ctrlZ();
    expect(model.get('/so_lieu/A/duoi_6__nam')).to.equal(8);
    expect(root.querySelector<HTMLButtonElement>('[part="paste-undo"]')!.hidden).to.equal(true);
    // one cell copied in Excel ends with a newline: it replaces the value rather than joining the text
    input('A', 'duoi_6__nam').focus();
    expect(paste(input('A', 'duoi_6__nam'), '12\r\n').defaultPrevented).to.equal(true);
    expect(model.get('/so_lieu/A/duoi_6__nam')).to.equal(12);
    expect(input('A', 'duoi_6__nam').value).to.equal('12');
    await ctrlZ();
    expect(model.get('/so_lieu/A/duoi_6__nam')).to.equal(8);
    const huge = `${Array.from({ length: 300 }, () => Array(100).fill('1').join('\t')).join('\n')}\n`;
    expect(paste(input('A', 'duoi_6__nam'), huge).defaultPrevented).to.equal(true);
    expect(model.get('/so_lieu/A/duoi_6__nam')).to.equal(8);
    expect(root.querySelector('[part="paste-status"]')!.textContent).to.equal('Khối dán quá lớn (tối đa 20.000 ô): không dán gì.');
  });
});
