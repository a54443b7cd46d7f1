import { describe, expect, it } from 'vitest';
import { defaultPeriods, buildPack, period } from '../calendar/test-helpers.js';
import { periodsOfYear } from '../calendar/periods-of-year.js';
import { RolloverError } from './change-log.js';
import { rollover } from './rollover.js';

describe('rollover', () => {
  const pack = buildPack();
  const frozen = JSON.stringify(pack);
  const { pack: next, changes } = rollover(pack, 2019);
  const byPointer = (p: string) => changes.filter((c) => c.pointer === p);

  it('leaves the source pack untouched', () => {
    expect(JSON.stringify(pack)).toBe(frozen);
  });

  it('renews the manifest', () => {
    expect(next.manifest).toMatchObject({
      id: 'tay-ho-2019', year: 2019, version: '1.0.0', previous: { id: 'tay-ho-2018', version: '1.2.0' },
      document: { number: null, date: null, basis: [{ vi: 'Kế hoạch 515/KH-LĐTĐ ngày 06/3/2018' }] },
    });
    expect(next.manifest.title.vi).toBe('Kế hoạch công tác trẻ em năm 2019');
    expect(next.manifest.provenance.status).toBe('proposed');
    expect(next.manifest.provenance.note).toContain('rolled over from tay-ho-2018@1.2.0');
    expect(byPointer('/manifest/document/number')[0]).toMatchObject({ kind: 'cleared', before: '89/KH-UBND', after: null });
    expect(byPointer('/manifest/document/basis')[0].kind).toBe('kept');
    expect(rollover(pack, 2019, { version: '2.0.0' }).pack.manifest.version).toBe('2.0.0');
  });

  it('shifts periods, renames their ids and marks them proposed', () => {
    const h1 = next.calendar.periods.find((p) => p.kind === 'H1');
    expect(h1).toMatchObject({ id: '2019-H1', due: '2019-05-15', coverage: { from: '2019-01-01', to: '2019-06-30' }, graceDays: 7 });
    expect(h1?.label.vi).toBe('Báo cáo H1 năm 2019');
    expect(h1?.provenance.status).toBe('proposed');
    expect(periodsOfYear(next).find((p) => p.kind === 'H1')?.lockDate).toBe('2019-05-22');
    const adhoc = next.calendar.periods.find((p) => p.kind === 'ADHOC');
    expect(adhoc?.due).toBeNull();
    expect(byPointer('/calendar/periods/1/due')[0]).toMatchObject({ kind: 'changed', before: '2018-05-15', after: '2019-05-15' });
    expect(byPointer('/calendar/periods/1/due')[0].message.vi).toMatch(/Dời ngày/);
    expect(next.calendar.notes?.[0]).toMatchObject({ due: '2019-11-10', label: { vi: 'Thống kê BHYT năm 2019' } });
  });

  it('carries the plan: shifts task dues, renames period references, marks targets proposed, clears the signer', () => {
    const task = next.plan.assignments[0].tasks[0];
    expect(task).toMatchObject({ due: '2019-05-15', forms: ['b01', '2019-H1'], text: { vi: 'Tổng hợp báo cáo 6 tháng năm 2019' } });
    expect(next.plan.assignments[0].tasks[1]).toEqual(pack.plan.assignments[0].tasks[1]);
    expect(next.plan.targets.map((t) => t.code)).toEqual(pack.plan.targets.map((t) => t.code));
    expect(next.plan.targets.map((t) => ({ ...t, provenance: undefined }))).toEqual(pack.plan.targets.map((t) => ({ ...t, provenance: undefined })));
    expect(next.plan.targets.every((t) => t.provenance.status === 'proposed')).toBe(true);
    expect(next.plan.signer).toMatchObject({ name: null, capacity: pack.plan.signer.capacity });
    expect(byPointer('/plan/signer/name')[0]).toMatchObject({ kind: 'cleared', after: null });
    expect(byPointer('/plan/assignments')[0].kind).toBe('kept');
    expect(next.plan.purpose[0].vi).toBe('Triển khai Luật Trẻ em năm 2019; giai đoạn 2016-2020; Nghị định 56/2017/NĐ-CP');
    expect(next.plan.provenance.status).toBe('proposed');
  });

  it('leaves plan targets or tasks behind when told to', () => {
    const bare = rollover(pack, 2019, { carry: { targets: false, tasks: false } });
    expect(bare.pack.plan.targets).toEqual([]);
    expect(bare.pack.plan.assignments.map((a) => a.tasks)).toEqual(pack.plan.assignments.map(() => []));
    expect(bare.pack.plan.assignments.map((a) => a.number)).toEqual(pack.plan.assignments.map((a) => a.number));
    expect(bare.changes.find((c) => c.pointer === '/plan/targets')).toMatchObject({ kind: 'cleared', after: [] });
    expect(bare.changes.find((c) => c.pointer === '/plan/assignments/0/tasks')?.kind).toBe('cleared');
    const onlyTargets = rollover(pack, 2019, { carry: { tasks: false } }).pack.plan;
    expect(onlyTargets.targets).toHaveLength(pack.plan.targets.length);
    expect(onlyTargets.assignments[0].tasks).toEqual([]);
  });

  it('leaves legal validity dates and says so', () => {
    expect(next.criteriaSets).toEqual(pack.criteriaSets);
    expect(next.orgUnits).toEqual(pack.orgUnits);
    const kept = changes.filter((c) => c.kind === 'kept').map((c) => c.pointer);
    expect(kept).toEqual(expect.arrayContaining(['/criteriaSets/0', '/orgUnits/1']));
    expect(byPointer('/criteriaSets/0')[0].message.en).toMatch(/no longer in force after 2019-03-25/);
  });

  it('gives every change a pointer, a kind and a bilingual message', () => {
    for (const c of changes) {
      expect(c.pointer).toMatch(/^\//);
      expect(c.message.vi.length).toBeGreaterThan(0);
      expect(c.message.en ?? '').not.toBe('');
    }
  });

  it('minds 29 February', () => {
    const leapy = (year: number) => buildPack({ year, periods: [
      period(year, 'M2', '02-28', '02-28'),
      { ...period(year, 'X', '03-31', '03-01'), due: year === 2020 ? '2020-02-29' : `${year}-02-28` },
    ] });
    const to2020 = rollover(leapy(2019), 2020).pack.calendar.periods;
    expect(to2020[0]).toMatchObject({ id: '2020-M2', coverage: { to: '2020-02-29' }, due: '2020-02-28' });
    const to2021 = rollover(leapy(2020), 2021);
    expect(to2021.pack.calendar.periods[1].due).toBe('2021-02-28'); // 2020-02-29 → 2021-02-28
    expect(to2021.pack.calendar.periods[0].coverage.to).toBe('2021-02-28');
    expect(to2021.changes.find((c) => c.pointer === '/calendar/periods/1/due')?.message.en).toContain('29/2');
  });

  it('rolls over several years and rejects bad input', () => {
    const p = rollover(buildPack({ periods: defaultPeriods(2018) }), 2021).pack;
    expect(p.manifest.id).toBe('tay-ho-2021');
    expect(p.calendar.periods[1].due).toBe('2021-05-15');
    expect(() => rollover(pack, 2018)).toThrow(RolloverError);
    expect(() => rollover(pack, 2019.5)).toThrow(RolloverError);
    const viOf = (f: () => unknown): string => {
      try { f(); } catch (e) { return e instanceof RolloverError ? e.messages.vi : ''; }
      return '';
    };
    expect(viOf(() => rollover(pack, 2019, { version: 'v1' }))).toMatch(/Phiên bản không hợp lệ/);
    const bad = buildPack();
    bad.calendar.periods[0].due = '2018-02-30';
    expect(viOf(() => rollover(bad, 2019))).toMatch(/Ngày không hợp lệ/);
    expect(rollover(buildPack({ id: 'tay-ho' }), 2019).pack.manifest.id).toBe('tay-ho-2019');
    const polluted = buildPack();
    polluted.orgUnits.push(JSON.parse('{"code":"X","__proto__":{"admin":true}}'));
    expect(() => rollover(polluted, 2019)).toThrow(/Forbidden key/);
  });
});
