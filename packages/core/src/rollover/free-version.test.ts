import { describe, expect, it } from 'vitest';
import { freeVersion } from './free-version.js';

describe('freeVersion', () => {
  it('keeps the preferred version when the id has none stored', () => {
    expect(freeVersion('tay-ho-2019', [{ id: 'tay-ho-2018', version: '1.0.0' }])).toEqual({ version: '1.0.0', taken: [] });
  });

  it('takes the major after the highest stored version when the preferred one is taken', () => {
    const stored = [
      { id: 'tay-ho-2019', version: '1.0.0' }, { id: 'tay-ho-2019', version: '1.1.0' },
      { id: 'tay-ho-2018', version: '7.0.0' },
    ];
    expect(freeVersion('tay-ho-2019', stored)).toEqual({ version: '2.0.0', taken: ['1.0.0', '1.1.0'] });
    expect(freeVersion('tay-ho-2019', [...stored, { id: 'tay-ho-2019', version: '2.0.0' }]).version).toBe('3.0.0');
  });

  it('orders versions as numbers, not text', () => {
    const stored = [{ id: 'p', version: '10.0.0' }, { id: 'p', version: '9.0.0' }, { id: 'p', version: '1.0.0' }];
    expect(freeVersion('p', stored).version).toBe('11.0.0');
  });

  it('keeps a preferred version other than 1.0.0 when it is free', () => {
    expect(freeVersion('p', [{ id: 'p', version: '1.0.0' }], '1.5.0').version).toBe('1.5.0');
  });
});
