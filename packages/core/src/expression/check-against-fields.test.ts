import { describe, expect, it } from 'vitest';
import { checkExpressionAgainstFields } from './check-against-fields.js';
import { checkExpression } from './check-expression.js';
import { pathOffset } from './locate-token.js';

const FIELDS = [
  { code: 'tong_so', type: 'integer' },
  { code: 'ty_le', type: 'percent' },
  { code: 'ten', type: 'string' },
  { code: 'co_ho_so', type: 'boolean' },
  { code: 'so_lieu.*.nam', type: 'count' },
];
const check = (text: string, expect?: 'number' | 'boolean') => checkExpressionAgainstFields(text, FIELDS, { expect });

describe('checkExpressionAgainstFields', () => {
  it('accepts well-typed expressions', () => {
    for (const text of ['tong_so + 1', 'sum(so_lieu.*.nam) <= $root.tong_so', 'if(co_ho_so, ty_le, 0)', 'ten == \'x\'',
      'not co_ho_so or tong_so > 2', 'count(so_lieu.*.nam)', 'round(percent(tong_so, 3), 1)']) {
      expect(check(text), text).toEqual([]);
    }
  });

  it('gives a syntax error with its position and nothing else', () => {
    const errors = check('tong_so + (xx');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ kind: 'syntax', index: 13 });
    expect(errors[0].message.vi).toContain('vị trí 13');
    expect(errors[0].message.en).toContain('character 13');
  });

  it('places unknown names and functions where they are written', () => {
    const errors = check('tong_so + so_ho + avg(tong_so)');
    expect(errors.map((e) => [e.kind, e.index, e.message.vi])).toEqual([
      ['unknown-field', 10, 'Không có trường "so_ho"'],
      ['unknown-function', 18, expect.stringContaining('Không có hàm "avg"')],
    ]);
  });

  it('reports operands of the wrong type, in vi and en, at the field', () => {
    const [e] = check('tong_so + ten');
    expect(e).toMatchObject({ kind: 'type', index: 10 });
    expect(e.message).toEqual({ vi: 'Toán tử "+" cần số, nhận được chuỗi', en: 'Operator "+" needs a number, got a string' });
    expect(check('co_ho_so and tong_so')[0].message.en).toBe('Operator "and" needs a boolean, got a number');
    expect(check('if(tong_so, 1, 2)')[0].message.vi).toBe('Điều kiện của if cần giá trị đúng/sai, nhận được số');
    expect(check('sum(ten)')[0].message.en).toBe('Function sum needs a number, got a string');
    expect(check('tong_so == \'a\'')[0].message.en).toContain('Comparing a number with a string');
    expect(check('-ten')[0].message.en).toBe('Operator "-" needs a number, got a string');
  });

  it('checks the type the place needs', () => {
    expect(check('tong_so + 1', 'boolean')[0].message.vi).toBe('Biểu thức ở đây phải cho giá trị đúng/sai, nhưng cho số');
    expect(check('tong_so > 1', 'boolean')).toEqual([]);
    expect(check('so_ho > 1', 'boolean').map((e) => e.kind)).toEqual(['unknown-field']);
  });

  it('sorts by position', () => {
    expect(check('ten + zz').map((e) => e.index)).toEqual([0, 6]);
  });
});

describe('positions of names', () => {
  it('skips longer names, member steps and string literals', () => {
    expect(pathOffset("'a' + ba + a", ['a'])).toBe(11);
    expect(pathOffset('x.a + a', ['a'])).toBe(6);
    expect(pathOffset('sum(so_lieu . * . nam)', ['so_lieu', '*', 'nam'])).toBe(4);
    expect(pathOffset('b', ['a'])).toBeUndefined();
  });

  it('are given by checkExpression too', () => {
    expect(checkExpression('a + x', (p) => p[0] === 'a')[0]).toMatchObject({ kind: 'unknown-field', index: 4 });
  });
});
