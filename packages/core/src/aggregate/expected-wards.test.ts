import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectedWards } from './expected-wards.js';
import { aggregate } from './aggregate.js';
import type { OrgUnit } from '../pack/types.js';

const p = { status: 'proposed' as const };
const units: OrgUnit[] = [
  { code: 'D1', name: 'Quận', level: 'district', provenance: p },
  { code: 'A', name: 'A', level: 'ward', parent: 'D1', provenance: p },
  { code: 'B', name: 'B', level: 'ward', parent: 'D1', validTo: '2018-12-31', provenance: p },
  { code: 'C', name: 'C', level: 'ward', parent: 'D1', validFrom: '2019-01-01', provenance: p },
  { code: 'X', name: 'X', level: 'ward', parent: 'D2', provenance: p },
];

describe('expectedWards', () => {
  it('keeps wards of the district valid on the date', () => {
    expect(expectedWards(units, { parent: 'D1', on: '2018-06-30' }).map((u) => u.code)).toEqual(['A', 'B']);
    expect(expectedWards(units, { parent: 'D1', on: '2019-06-30' }).map((u) => u.code)).toEqual(['A', 'C']);
    expect(expectedWards(units).map((u) => u.code)).toEqual(['A', 'B', 'C', 'X']);
  });

  it('finds the 8 Tây Hồ wards in the 2018 pack and aggregates over them', () => {
    const url = new URL('../../../../schemas/packs/tay-ho-2018/org-units.json', import.meta.url);
    const all = JSON.parse(readFileSync(url, 'utf8')) as OrgUnit[];
    const district = all.find((u) => u.level === 'district')?.code;
    const wards = expectedWards(all, { parent: district, on: '2018-06-30' });
    expect(wards).toHaveLength(8);
    expect(wards.every((w) => w.localityClass === 'city-ward')).toBe(true);
    const r = aggregate({
      formId: 'bieu-01', periodId: '2018-H1', wards,
      reports: [{ formId: 'bieu-01', period: '2018-H1', ward: wards[0].code, revision: 1, status: 'accepted', submittedAt: '2018-05-10', data: { n: 4 } }],
    });
    expect(r.cells['/n']).toMatchObject({ sum: 4, complete: false });
    expect(r.completeness).toMatchObject({ submitted: 1, total: 8 });
  });
});
