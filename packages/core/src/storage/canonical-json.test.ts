import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CanonicalJsonError, canonicalJson, findForbiddenKey, normalizeJson } from './canonical-json.js';
import { contentHash } from './content-hash.js';
import { compareSemver } from './semver-compare.js';

describe('canonicalJson', () => {
  it('sorts keys recursively and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('normalises keys and strings to NFC', () => {
    const nfd = 'Phường Nhật Tân'.normalize('NFD');
    expect(nfd).not.toBe('Phường Nhật Tân'.normalize('NFC'));
    expect(canonicalJson({ [nfd]: nfd })).toBe(JSON.stringify({ ['Phường Nhật Tân'.normalize('NFC')]: 'Phường Nhật Tân'.normalize('NFC') }));
  });

  it('drops undefined members, maps undefined array items to null and -0 to 0', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, -0] })).toBe('{"b":[null,0]}');
  });

  it.each([
    ['__proto__ key', JSON.parse('{"a":[{"__proto__":{"polluted":true}}]}'), '/a/0/__proto__'],
    ['constructor key', { x: { constructor: 1 } }, '/x/constructor'],
    ['prototype key', { prototype: 1 }, '/prototype'],
    ['NaN', { n: Number.NaN }, '/n'],
    ['Infinity', [Infinity], '/0'],
    ['a Date', { d: new Date(0) }, '/d'],
    ['a function', { f: () => 1 }, '/f'],
    ['a bigint', { b: 1n }, '/b'],
  ])('refuses %s with its pointer', (_label, value, pointer) => {
    try {
      canonicalJson(value);
      expect.unreachable('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(CanonicalJsonError);
      expect((e as CanonicalJsonError).pointer).toBe(pointer);
      expect((e as CanonicalJsonError).messages.vi.length).toBeGreaterThan(0);
    }
  });

  it('refuses cycles but accepts shared (non-cyclic) references', () => {
    const shared = { v: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"v":1},"b":{"v":1}}');
    const cyc: Record<string, unknown> = {};
    cyc.self = cyc;
    expect(() => canonicalJson(cyc)).toThrow(CanonicalJsonError);
  });

  it('refuses two keys that become equal under NFC', () => {
    const nfc = 'ồ'.normalize('NFC');
    const nfd = 'ồ'.normalize('NFD');
    expect(() => canonicalJson({ [nfc]: 1, [nfd]: 2 })).toThrow(CanonicalJsonError);
  });

  it('is independent of key order and round-trips through JSON (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      if (findForbiddenKey(v) !== undefined) return;
      const text = canonicalJson(v);
      const reordered = JSON.parse(JSON.stringify(v), (_k, x: unknown) =>
        x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).reverse()) : x);
      expect(canonicalJson(reordered)).toBe(text);
      expect(canonicalJson(JSON.parse(text))).toBe(text);
    }), { numRuns: 200 });
  });

  it('normalizeJson returns a copy, not the input', () => {
    const input = { a: { b: 1 } };
    const out = normalizeJson(input) as { a: { b: number } };
    out.a.b = 2;
    expect(input.a.b).toBe(1);
  });
});

describe('findForbiddenKey', () => {
  it('finds nested forbidden keys and returns undefined for clean data', () => {
    expect(findForbiddenKey(JSON.parse('{"ok":[1,{"x":{"__proto__":null}}]}'))).toBe('/ok/1/x/__proto__');
    expect(findForbiddenKey({ a: [{ b: 'constructor' }] })).toBe(undefined);
    expect(findForbiddenKey('text')).toBe(undefined);
  });
});

describe('contentHash', () => {
  it('is the SHA-256 hex of the canonical JSON', async () => {
    const value = { b: 'Tây Hồ'.normalize('NFD'), a: 1 };
    const expected = createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
    expect(await contentHash(value)).toBe(expected);
    expect(await contentHash({ a: 1, b: 'Tây Hồ' })).toBe(expected);
    expect(await contentHash({ a: 2, b: 'Tây Hồ' })).not.toBe(expected);
  });
});

describe('compareSemver', () => {
  it.each([
    ['1.0.0', '1.0.1', -1], ['1.10.0', '1.9.0', 1], ['2.0.0', '2.0.0', 0], ['1.0.0-rc.1', '1.0.0', -1],
    ['1.0.0-alpha', '1.0.0-alpha.1', -1], ['1.0.0-alpha.2', '1.0.0-alpha.10', -1], ['1.0.0-1', '1.0.0-a', -1],
    ['1.0.0+build.5', '1.0.0', 0], ['not-semver', '0.0.1', -1],
  ])('%s vs %s → %i', (a, b, sign) => {
    expect(Math.sign(compareSemver(a, b))).toBe(sign);
    expect(Math.sign(compareSemver(b, a))).toBe(-sign || 0);
  });
});
