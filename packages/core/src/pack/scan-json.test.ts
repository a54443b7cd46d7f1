import { describe, expect, it } from 'vitest';
import { parseJsonText } from './parse-json.js';
import { scanJson } from './scan-json.js';

describe('scanJson', () => {
  it('finds forbidden keys at any depth, with escaped pointers', () => {
    const v = parseJsonText('{"a/b":[{"constructor":1}],"x":{"prototype":{}}}', 'f.json');
    if (!v.ok) throw new Error('parse');
    expect(scanJson(v.value, 'f.json').errors.map((e) => [e.pointer, e.code])).toEqual([
      ['/a~1b/0/constructor', 'forbidden-key'], ['/x/prototype', 'forbidden-key']]);
  });

  it('refuses NFD strings and keys, accepts NFC', () => {
    const nfd = 'Hồ'.normalize('NFD');
    expect(scanJson({ ok: 'Hồ', [nfd]: 1, k: [nfd] }, 'f').errors.map((e) => e.pointer)).toEqual([`/${nfd}`, '/k/0']);
  });

  it('stops shared-reference blow-ups by size', () => {
    let v: unknown = 'x'.repeat(1000);
    for (let i = 0; i < 40; i++) v = [v, v];
    const r = scanJson(v, 'f');
    expect(r.errors).toEqual([expect.objectContaining({ code: 'pack-too-large' })]);
  });
});

describe('parseJsonText', () => {
  it('never throws and gives line and column', () => {
    const r = parseJsonText('{\n  "a": 1,\n  "b": tru\n}', 'x.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ file: 'x.json', code: 'invalid-json', message: { en: expect.stringMatching(/line 3, column 8/) } });
  });

  it('ignores a BOM and keeps __proto__ as an own key (no pollution)', () => {
    const r = parseJsonText('\uFEFF{"__proto__":{"polluted":1}}', 'x.json');
    expect(r.ok && Object.keys(r.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
