import { describe, expect, it } from 'vitest';
import { evaluateTargets, passes } from './evaluate-targets.js';
import type { PlanTarget } from '../pack/types.js';

const proposed = { status: 'proposed' as const };
function target(code: string, binding?: PlanTarget['binding']): PlanTarget {
  return { code, text: { vi: code }, provenance: proposed, ...(binding ? { binding } : {}) };
}

const plan = {
  targets: [
    target('MT1', { expr: 'wards_plan_built', op: '=', value: 8 }),
    target('MT2', { expr: 'percent(wards_recognised, wards_total)', op: '>=', value: 100, unit: '%' }),
    target('MT3', { expr: 'children_killed', op: '=', value: 0 }),
    target('MT5', { expr: 'percent(children_participating, children_total)', op: '>=', value: 90, unit: '%' }),
    target('MT4'),
  ],
};

describe('evaluateTargets', () => {
  it('computes each bound target and compares by its operator', () => {
    const res = evaluateTargets(plan, {
      wards_plan_built: 8, wards_recognised: 7, wards_total: 8, children_killed: 0,
      children_participating: 950, children_total: 1000,
    });
    expect(res.map((r) => [r.code, r.value, r.ok])).toEqual([
      ['MT1', 8, true], ['MT2', 87.5, false], ['MT3', 0, true], ['MT5', 95, true], ['MT4', null, null],
    ]);
    expect(res[1]).toMatchObject({ op: '>=', target: 100, unit: '%', bound: true, incomplete: false });
    expect(res[4]).toMatchObject({ bound: false, text: { vi: 'MT4' } });
  });

  it('a missing figure decides nothing: value and ok are null, incomplete', () => {
    const res = evaluateTargets(plan, { wards_plan_built: null, wards_total: 8 });
    expect(res[0]).toMatchObject({ value: null, ok: null, incomplete: true });
    expect(res[1]).toMatchObject({ value: null, ok: null });
  });

  it('marks targets reading an incomplete figure of a TargetContext', () => {
    const res = evaluateTargets(plan, {
      values: { wards_plan_built: 8, wards_recognised: 8, wards_total: 8, children_killed: 0, children_participating: 10, children_total: 10 },
      incomplete: ['children_total'],
    });
    expect(res[1]).toMatchObject({ ok: true, incomplete: false });
    expect(res[3]).toMatchObject({ value: 100, ok: true, incomplete: true });
  });

  it('reports a broken expression as an error, not a throw', () => {
    const res = evaluateTargets({ targets: [target('X', { expr: 'wards_total +', op: '>=', value: 1 })] }, { wards_total: 1 });
    expect(res[0].ok).toBeNull();
    expect(res[0].error?.vi).toBeTruthy();
  });

  it('passes() handles every operator and tolerates float noise on =', () => {
    expect([passes(1, '>=', 1), passes(1, '>', 1), passes(1, '<=', 1), passes(0.9, '<', 1), passes(0.1 + 0.2, '=', 0.3)])
      .toEqual([true, false, true, true, true]);
  });
});
