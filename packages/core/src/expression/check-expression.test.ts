import { describe, expect, it } from 'vitest';
import { checkExpression } from './check-expression.js';

const FIELDS = new Set(['a', 'b', 'c', 'so_lieu.*.tong_so', 'so_lieu.*', '$root.tong_tre_em']);
const known = (path: string[]) => FIELDS.has(path.join('.'));

describe('checkExpression', () => {
  it('accepts valid expressions', () => {
    for (const text of ['a + b * c', 'sum(so_lieu.*.tong_so) <= $root.tong_tre_em', 'if(a > 0, percent(b, a), 0)',
      'round(a / b, 2)', 'sum(*)', 'count(so_lieu.*) == 3', 'not (a == b) and c != 1']) {
      expect(checkExpression(text, known), text).toEqual([]);
    }
  });

  it('reports syntax errors with their index', () => {
    const errors = checkExpression('a + (b', known);
    expect(errors).toHaveLength(1);
    expect(errors[0].index).toBe(6);
    expect(errors[0].message.vi).toContain('Lỗi cú pháp tại vị trí 6');
  });

  it('names unknown fields once each, as written', () => {
    const errors = checkExpression('x + a + x + $root.y + sum(so_lieu.*.nam)', known);
    expect(errors.map((e) => e.message.vi)).toEqual([
      'Không có trường "x"', 'Không có trường "$root.y"', 'Không có trường "so_lieu.*.nam"',
    ]);
    expect(errors[0].message.en).toBe('Unknown field "x"');
  });

  it('reports unknown functions and wrong arity', () => {
    const errors = checkExpression('avg(a) + if(a, b) + round(a, 1, 2) + sum()', known);
    expect(errors.map((e) => e.message.en)).toEqual([
      'Unknown function "avg" (functions: sum, min, max, count, if, round, percent)',
      'Function if takes 3 argument(s), got 2',
      'Function round takes 1–2 arguments, got 3',
      'Function sum takes at least 1 argument(s), got 0',
    ]);
    expect(errors[0].message.vi).toContain('Không có hàm "avg"');
  });

  it('reports lists outside aggregates', () => {
    expect(checkExpression('so_lieu.*.tong_so > 1', known)[0].message.vi).toContain('là một danh sách');
    expect(checkExpression('round(*)', known)[0].message.vi).toContain('"*" chỉ dùng được trong sum');
    expect(checkExpression('sum(*)', known, { star: false })[0].message.vi).toContain('không có nghĩa');
  });

  it('treats prototype keys as unknown without asking', () => {
    const asked: string[][] = [];
    const yes = (p: string[]) => { asked.push(p); return true; };
    const errors = checkExpression('__proto__ + a.constructor + prototype + ok', yes);
    expect(errors.map((e) => e.message.en)).toEqual([
      'Unknown field "__proto__"', 'Unknown field "a.constructor"', 'Unknown field "prototype"',
    ]);
    expect(asked).toEqual([['ok']]);
  });

  it('survives a throwing knownPath', () => {
    expect(checkExpression('a', () => { throw new Error('x'); })[0].message.en).toBe('Unknown field "a"');
  });
});
