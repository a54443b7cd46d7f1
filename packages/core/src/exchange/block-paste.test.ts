import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planBlockPaste } from './block-paste.js';
import type { PasteTargetCell } from './block-paste.js';
import { readCellText } from './cell-text.js';
import { parseVietnameseNumber } from '../model/number-input.js';

const COUNT = { type: 'integer', minimum: 0 };

describe('readCellText', () => {
  it('reads Vietnamese numbers, plain ones and thousands grouped by spaces or no-break spaces', () => {
    expect(readCellText('1.234', 'number', COUNT)).toEqual({ ok: true, value: 1234 });
    expect(readCellText('12,5', 'number', { type: 'number' })).toEqual({ ok: true, value: 12.5 });
    expect(readCellText('1234', 'number', COUNT)).toEqual({ ok: true, value: 1234 });
    expect(readCellText('1 234', 'number', COUNT)).toEqual({ ok: true, value: 1234 });
    expect(readCellText('1\u00a0234\u00a0567', 'number', COUNT)).toEqual({ ok: true, value: 1234567 });
    expect(readCellText(' 7 ', 'number', COUNT)).toEqual({ ok: true, value: 7 });
  });

  it('clears the cell for empty text', () => {
    expect(readCellText('', 'number', COUNT)).toEqual({ ok: true, value: undefined });
    expect(readCellText('  ', 'text')).toEqual({ ok: true, value: undefined });
  });

  it('refuses text in a count cell, a negative count, a fraction of a count and out-of-range numbers, saying why', () => {
    expect(readCellText('mười', 'number', COUNT)).toMatchObject({ ok: false, reason: 'notNumber', message: { vi: '"mười" không phải là số' } });
    expect(readCellText('-3', 'number', COUNT)).toMatchObject({ ok: false, reason: 'negative', message: { vi: 'số âm (-3) không hợp lệ', en: 'a negative number (-3) is not allowed' } });
    expect(readCellText('2,5', 'number', COUNT)).toMatchObject({ ok: false, reason: 'notInteger', message: { vi: '2,5 không phải số nguyên' } });
    expect(readCellText('150', 'number', { type: 'number', minimum: 0, maximum: 100 })).toMatchObject({ ok: false, reason: 'outOfRange', message: { vi: '150 nằm ngoài khoảng cho phép (từ 0 đến 100)' } });
    expect(readCellText('0', 'number', { type: 'number', exclusiveMinimum: 0 })).toMatchObject({ ok: false, reason: 'outOfRange' });
  });

  it('reads yes/no for a checkbox and bounds text', () => {
    expect(readCellText('x', 'boolean')).toEqual({ ok: true, value: true });
    expect(readCellText('Không', 'boolean')).toEqual({ ok: true, value: false });
    expect(readCellText('có lẽ', 'boolean')).toMatchObject({ ok: false, reason: 'notBoolean' });
    expect(readCellText('Ghi chú', 'text', { type: 'string', maxLength: 3 })).toMatchObject({ ok: false, reason: 'tooLong' });
    expect(readCellText('Ghi chú', 'text', { type: 'string' })).toEqual({ ok: true, value: 'Ghi chú' });
  });

  it('reads every whole number written the Vietnamese way back to itself', () => {
    const fmt = new Intl.NumberFormat('vi-VN');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.constantFrom('.', ' ', '\u00a0', ''), (n, sep) => {
        const text = fmt.format(n).replace(/\./g, sep);
        expect(readCellText(text, 'number', COUNT)).toEqual({ ok: true, value: n });
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a number only when it fits the cell, and never writes what parseVietnameseNumber rejects', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '0', '-', '.', ',', ' ', 'a'), maxLength: 10 }), (s) => {
        const r = readCellText(s, 'number', COUNT);
        if (!r.ok) return;
        if (r.value === undefined) return;
        expect(Number.isInteger(r.value) && (r.value as number) >= 0).toBe(true);
        expect(parseVietnameseNumber(s)).toEqual({ ok: true, value: r.value });
      }),
      { numRuns: 400 },
    );
  });
});

const cell = (row: string, col: string, kind: PasteTargetCell['kind'] = 'number', extra: Partial<PasteTargetCell> = {}): PasteTargetCell => ({
  pointer: `/m/${row}/${col}`, kind, locked: kind === 'computed', schema: kind === 'number' ? COUNT : undefined, ...extra,
});
/** rows R0..R3, columns tong (computed), a, b, c */
const table = (rowHidden: boolean[] = []) => ({
  cells: ['R0', 'R1', 'R2', 'R3'].map((r) => [cell(r, 'tong', 'computed'), cell(r, 'a'), cell(r, 'b'), cell(r, 'c', 'number', r === 'R1' ? { locked: true } : {})]),
  rowHidden,
});

describe('planBlockPaste', () => {
  it('fills the block from the cell pasted at, skipping computed and read-only cells', () => {
    const plan = planBlockPaste(table(), [['1', '2', '3'], ['4', '5', '6']], { row: 0, column: 1 });
    expect(plan.writes.map((w) => [w.pointer, w.value])).toEqual([['/m/R0/a', 1], ['/m/R0/b', 2], ['/m/R0/c', 3], ['/m/R1/a', 4], ['/m/R1/b', 5]]);
    expect(plan.skipped).toEqual([{ pointer: '/m/R1/c', row: 1, column: 3, why: 'readOnly' }]);
    expect(plan.refused).toEqual([]);
    expect(plan.beyondEdge).toBe(0);
  });

  it('skips a computed column inside the block; the block keeps its shape', () => {
    const plan = planBlockPaste(table(), [['99', '1', '2']], { row: 2, column: 0 });
    expect(plan.skipped).toMatchObject([{ pointer: '/m/R2/tong', why: 'computed' }]);
    expect(plan.writes.map((w) => w.pointer)).toEqual(['/m/R2/a', '/m/R2/b']);
  });

  it('gives hidden rows no block row: the block fills the rows the user sees', () => {
    const plan = planBlockPaste(table([false, true]), [['1'], ['2']], { row: 0, column: 1 });
    expect(plan.writes.map((w) => [w.pointer, w.value])).toEqual([['/m/R0/a', 1], ['/m/R2/a', 2]]);
  });

  it('refuses values that do not fit, clears for empty cells and counts what falls past the edge', () => {
    const plan = planBlockPaste(table(), [['abc', '', '-1', '7'], ['1', '2'], ['3'], ['4'], ['5', '']], { row: 1, column: 1 });
    expect(plan.refused.map((r) => [r.pointer, r.reason, r.text])).toEqual([['/m/R1/a', 'notNumber', 'abc']]);
    expect(plan.writes.filter((w) => w.row === 1).map((w) => [w.pointer, w.value])).toEqual([['/m/R1/b', undefined]]);
    expect(plan.skipped.map((s) => s.pointer)).toEqual(['/m/R1/c']);
    // '7' past column c, rows '4' and '5' past R3 (the empty cell is not counted)
    expect(plan.beyondEdge).toBe(3);
  });

  it('never writes outside the table nor into a cell that takes no input', () => {
    const texts = fc.array(fc.array(fc.constantFrom('1', '-2', 'x', '', '1.234'), { maxLength: 6 }), { maxLength: 6 });
    fc.assert(
      fc.property(texts, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.array(fc.boolean(), { maxLength: 4 }), (block, row, column, hidden) => {
        const t = table(hidden);
        const plan = planBlockPaste(t, block, { row, column });
        const writable = new Set(t.cells.flat().filter((c) => !c.locked).map((c) => c.pointer));
        for (const w of plan.writes) expect(writable.has(w.pointer)).toBe(true);
        for (const w of plan.writes) expect(hidden[w.row]).not.toBe(true);
        const nonEmpty = block.flat().filter((s) => s !== '').length;
        expect(plan.writes.filter((w) => w.value !== undefined).length + plan.refused.length + plan.beyondEdge).toBeLessThanOrEqual(nonEmpty);
      }),
      { numRuns: 300 },
    );
  });
});
