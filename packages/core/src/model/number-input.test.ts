import { describe, expect, it } from 'vitest';
import { formatVietnameseNumber, parseVietnameseNumber } from './number-input.js';

describe('parseVietnameseNumber', () => {
  it.each([
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['12,5', 12.5],
    ['1.234,75', 1234.75],
    ['  42 ', 42],
    ['1 234', 1234],
    ['0', 0],
    ['-3', -3],
    ['2.5', 2.5],
  ])('reads %s as %d', (text, value) => {
    expect(parseVietnameseNumber(text)).toEqual({ ok: true, value });
  });

  it('keeps empty as missing, not zero', () => {
    expect(parseVietnameseNumber('')).toEqual({ ok: true, value: undefined });
    expect(parseVietnameseNumber('   ')).toEqual({ ok: true, value: undefined });
  });

  it.each(['mười', '1,2,3', '12a', '1e20', '<img onerror=alert(1)>', '99999999999999999999'])('refuses %s with a bilingual message', (text) => {
    const r = parseVietnameseNumber(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message.vi.length).toBeGreaterThan(0);
      expect(r.message.en?.length).toBeGreaterThan(0);
    }
  });

  it('formats the Vietnamese way and leaves missing empty', () => {
    expect(formatVietnameseNumber(1234.5)).toBe('1.234,5');
    expect(formatVietnameseNumber(undefined)).toBe('');
  });
});
