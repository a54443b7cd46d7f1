import { describe, expect, it } from 'vitest';
import { packFromFiles } from './pack-from-files.js';

describe('packFromFiles', () => {
  it('assembles the parts behind a prefix, folders in file-name order', () => {
    const p = 'packs/thu/';
    const pack = packFromFiles({
      [`${p}pack.json`]: { id: 'thu' },
      [`${p}org-units.json`]: [],
      [`${p}agencies.json`]: [],
      [`${p}category-sets.json`]: [],
      [`${p}calendar.json`]: { periods: [] },
      [`${p}plan.json`]: { goals: [] },
      [`${p}forms/b.json`]: { 'x-fp-id': 'b' },
      [`${p}forms/a.json`]: { 'x-fp-id': 'a' },
      [`${p}forms/README.md`]: 'not a part',
      [`${p}criteria/c.json`]: { id: 'c' },
      'packs/other/forms/z.json': { 'x-fp-id': 'z' },
    }, p);
    expect(pack.manifest).toEqual({ id: 'thu' });
    expect(pack.calendar).toEqual({ periods: [] });
    expect(pack.forms).toEqual([{ 'x-fp-id': 'a' }, { 'x-fp-id': 'b' }]);
    expect(pack.criteriaSets).toEqual([{ id: 'c' }]);
  });

  it('leaves missing files undefined and missing folders empty', () => {
    const pack = packFromFiles({ 'pack.json': { id: 'x' } });
    expect(pack.manifest).toEqual({ id: 'x' });
    expect(pack.plan).toBeUndefined();
    expect(pack.forms).toEqual([]);
    expect(pack.criteriaSets).toEqual([]);
  });
});
