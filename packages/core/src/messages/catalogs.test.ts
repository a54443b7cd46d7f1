import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { formatMessage } from './format-message.js';
import { packCatalogs } from './pack-messages.js';
import { schemaCatalogs } from './schema-messages.js';
import { vi } from './vi.js';

describe('message catalogs', () => {
  it('vi and en have the same keys, and Vietnamese is NFC', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    for (const t of Object.values(vi)) {
      const s = t({ limit: 1, type: 'integer', format: 'date', allowedValues: ['a'] });
      expect(s.normalize('NFC')).toBe(s);
    }
  });

  it('falls back to a generic message for an unknown keyword', () => {
    expect(formatMessage('kw.frobnicate', {})).toEqual({
      vi: 'Giá trị không hợp lệ (kw.frobnicate)', en: 'Invalid value (kw.frobnicate)' });
  });

  it('writes natural Vietnamese for common keywords', () => {
    expect(formatMessage('kw.maximum', { limit: 100 }).vi).toBe('Phải nhỏ hơn hoặc bằng 100');
    expect(formatMessage('kw.type', { type: 'integer', nonNegative: true }).vi).toBe('Phải là số nguyên không âm');
    expect(formatMessage('kw.multipleOf', { multipleOf: 0.5 }).en).toBe('Must be a multiple of 0.5');
  });
});

describe('pack and schema message catalogs', () => {
  it('vi and en have the same keys, every key of its kind, and Vietnamese is NFC', () => {
    for (const [cat, prefix] of [[packCatalogs, 'pack.'], [schemaCatalogs, 'schema.']] as const) {
      expect(Object.keys(cat.vi).sort()).toEqual(Object.keys(cat.en).sort());
      expect(Object.keys(cat.vi).every((k) => k.startsWith(prefix))).toBe(true);
      for (const t of Object.values(cat.vi)) {
        const s = t({ file: 'a.json', at: '/x', keyword: 'type', detail: 'd', limit: 1 });
        expect(s.normalize('NFC')).toBe(s);
      }
    }
  });

  it('are found when passed to formatMessage, and the data catalogs no longer hold them', () => {
    expect(formatMessage('schema.count', { at: '/a', keyword: 'minLength' }, [schemaCatalogs]).en).toBe('Invalid schema at /a: "minLength" must be a non-negative whole number');
    expect(formatMessage('pack.invalid-json', { file: 'pack.json' }, [packCatalogs]).vi).not.toContain('kw.');
    expect(Object.keys(vi).some((k) => k.startsWith('pack.') || k.startsWith('schema.'))).toBe(false);
  });
});
