import { describe, expect, it } from 'vitest';
import { activeWards } from './active-wards.js';
import { buildPack } from './test-helpers.js';

describe('activeWards', () => {
  const pack = buildPack();
  pack.orgUnits.push(
    { code: 'P_CU', name: 'Phường cũ', level: 'ward', parent: 'TAY_HO', validTo: '2018-07-01', provenance: { status: 'proposed' } },
    { code: 'P_MOI', name: 'Phường mới', level: 'ward', parent: 'TAY_HO', validFrom: '2018-07-01', provenance: { status: 'proposed' } },
    { code: 'P_KHAC', name: 'Phường quận khác', level: 'ward', parent: 'BA_DINH', provenance: { status: 'proposed' } },
  );

  it('lists the district wards that exist on a day', () => {
    expect(activeWards(pack, '2018-06-30')).toEqual(['P_BUOI', 'P_NHAT_TAN', 'P_CU']);
    expect(activeWards(pack, '2018-07-01')).toEqual(['P_BUOI', 'P_NHAT_TAN', 'P_MOI']);
    expect(activeWards(pack, '1990-01-01')).toEqual(['P_NHAT_TAN', 'P_CU']);
  });

  it('lists every ward that exists during a coverage', () => {
    expect(activeWards(pack, { from: '2018-01-01', to: '2018-12-31' })).toEqual(['P_BUOI', 'P_NHAT_TAN', 'P_CU', 'P_MOI']);
    expect(activeWards(pack, new Date(2018, 6, 1, 12))).toEqual(['P_BUOI', 'P_NHAT_TAN', 'P_MOI']);
  });
});
