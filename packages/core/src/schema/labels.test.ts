import { describe, expect, it } from 'vitest';
import { fieldLabel, labelPath, labelText, schemaAt } from './labels.js';
import { readHeader } from './header.js';
import { formatDisplayDate } from '../calendar/iso-date.js';
import { verificationOfRecord } from '../scoring/verification.js';

const schema = {
  type: 'object',
  properties: {
    so_lieu: {
      'x-fp-label': { vi: 'Số liệu', en: 'Figures' },
      properties: { nam: { title: 'Nam' }, nu: { 'x-fp-label': { vi: 'Nữ' } } },
    },
    ds: { type: 'array', items: { properties: { ten: {} } } },
  },
};

describe('derivations', () => {
  it('labels a node: x-fp-label[lang], its Vietnamese, title, code', () => {
    expect(fieldLabel(schema.properties.so_lieu, 'so_lieu', 'en')).toBe('Figures');
    expect(fieldLabel(schema.properties.so_lieu.properties.nu, 'nu', 'en')).toBe('Nữ');
    expect(fieldLabel(schema.properties.so_lieu.properties.nam, 'nam', 'en')).toBe('Nam');
    expect(fieldLabel(undefined, 'x', 'vi')).toBe('x');
    expect(labelText({}, 'x')).toEqual({ vi: 'x', en: 'x' });
  });
  it('walks the schema along a pointer, items standing for every index', () => {
    expect(schemaAt(schema, '/ds/3/ten')).toEqual({});
    expect(schemaAt(schema, ['so_lieu', 'nam'])).toEqual({ title: 'Nam' });
    expect(schemaAt(schema, '/khong_co')).toBeUndefined();
    expect(labelPath(schema, '/so_lieu/nu/x', 'vi')).toEqual(['Số liệu', 'Nữ', 'x']);
  });
  it('reads the standard header and shows dates as dd/mm/yyyy', () => {
    expect(readHeader({ thong_tin: { ngay_chot_so_lieu: '2018-06-30', nguoi_lap: 'Lan', lanh_dao_ky: '' } }))
      .toEqual({ cutOffDate: '2018-06-30', preparer: 'Lan' });
    expect(readHeader(null)).toEqual({});
    expect(formatDisplayDate('2018-06-30')).toBe('30/06/2018');
    expect(formatDisplayDate('30/06/2018')).toBe('30/06/2018');
  });
  it('turns a stored verification into what scoring reads', () => {
    expect(verificationOfRecord({ verification: { by: 'q', at: '2018-12-01', points: { TC1_1: 1 } } }))
      .toEqual({ TC1_1: { accepted: true, points: 1 } });
    expect(verificationOfRecord({})).toEqual({});
  });
});
