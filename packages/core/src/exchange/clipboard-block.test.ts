import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isClipboardBlock, parseClipboardBlock } from './clipboard-block.js';

/** What Excel puts on the clipboard for a block: quoted cells where needed, CRLF rows, a trailing CRLF. */
function excelText(rows: readonly (readonly string[])[], eol = '\r\n'): string {
  const cell = (s: string) => (/[\t\r\n]/.test(s) || s.startsWith('"') ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((r) => r.map(cell).join('\t') + eol).join('');
}

const rowsOf = (text: string) => {
  const r = parseClipboardBlock(text);
  if (!r.ok) throw new Error('refused');
  return r.rows;
};

describe('parseClipboardBlock', () => {
  it('reads a block as Excel writes it (CRLF rows, trailing newline)', () => {
    expect(rowsOf('1.234\t12,5\t\r\n7\t\t8\r\n')).toEqual([['1.234', '12,5', ''], ['7', '', '8']]);
  });

  it('reads LF and CR rows and a block without the trailing newline', () => {
    expect(rowsOf('1\t2\n3\t4')).toEqual([['1', '2'], ['3', '4']]);
    expect(rowsOf('1\t2\r3\t4\r')).toEqual([['1', '2'], ['3', '4']]);
  });

  it('keeps an empty line inside the block as a row of one empty cell', () => {
    expect(rowsOf('1\r\n\r\n3\r\n')).toEqual([['1'], [''], ['3']]);
    expect(rowsOf('5\r\n')).toEqual([['5']]);
    expect(rowsOf('')).toEqual([]);
  });

  it('reads quoted cells holding tabs, newlines and doubled quotes; a lone quote is text', () => {
    expect(rowsOf('"a\tb"\t"dòng 1\ndòng 2"\t"x""y"\r\n')).toEqual([['a\tb', 'dòng 1\ndòng 2', 'x"y']]);
    expect(rowsOf('"5\t6\r\n')).toEqual([['"5', '6']]);
    expect(rowsOf('a"b\t"c"d\r\n')).toEqual([['a"b', '"c"d']]);
  });

  it('normalises text to NFC', () => {
    const decomposed = 'Tre\u0302\u0300';
    expect(rowsOf(`${decomposed}\t1\n`)[0][0]).toBe('Trề');
  });

  it('refuses a block larger than its bounds', () => {
    expect(parseClipboardBlock('1\t2\t3\n4\t5\t6\n', { maxCells: 5 })).toMatchObject({ ok: false, reason: 'tooLarge' });
    expect(parseClipboardBlock('x'.repeat(20), { maxChars: 10 })).toMatchObject({ ok: false, reason: 'tooLarge', chars: 20 });
    expect(parseClipboardBlock('1\t2\t3\n4\t5\t6\n', { maxCells: 6 }).ok).toBe(true);
  });

  it('gives back any block written the Excel way (CRLF or LF)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'ễ', '1', '.', ',', ' ', '"', '\t', '\n', '\r'), maxLength: 6 });
    const grid = fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { maxLength: 6 });
    fc.assert(
      fc.property(grid, fc.constantFrom('\r\n', '\n'), (rows, eol) => {
        expect(rowsOf(excelText(rows, eol))).toEqual(rows);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and never exceeds its bounds on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', '"', '\t', '\n', '\r', 'x'), maxLength: 40 }), (s) => {
        const r = parseClipboardBlock(s, { maxCells: 12 });
        if (r.ok) expect(r.rows.length * Math.max(0, ...r.rows.map((x) => x.length))).toBeLessThanOrEqual(12);
      }),
      { numRuns: 400 },
    );
  });
});

describe('isClipboardBlock', () => {
  it('is a block when it holds a tab or a newline (one Excel cell ends with one)', () => {
    expect(isClipboardBlock('5\r\n')).toBe(true);
    expect(isClipboardBlock('1\t2')).toBe(true);
    expect(isClipboardBlock('1.234')).toBe(false);
  });
});
