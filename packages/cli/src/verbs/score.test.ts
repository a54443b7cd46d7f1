import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AssessmentScore, CriteriaSet, Indicator } from '@formplan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedLocalityClass } from './score.js';
import { capture, TAY_HO } from '../capture.test-helper.js';


/** The answer that earns an indicator its full points, from its scoring rule. */
function bestAnswer(i: Indicator): unknown {
  const s = i.scoring;
  switch (s.kind) {
    case 'boolean': return true;
    case 'points': return i.maxPoints;
    case 'count-max': return s.target;
    case 'percent-threshold': return s.op === '>=' || s.op === '>' ? 100 : 0;
  }
}

let dir: string;
let qd34: CriteriaSet;
const answersFile = async (name: string, answers: Record<string, unknown>): Promise<string> => {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(answers));
  return path;
};
const best = (): Record<string, unknown> =>
  Object.fromEntries(qd34.criteria.flatMap((c) => c.indicators.map((i) => [i.code, bestAnswer(i)])));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fp-score-'));
  qd34 = JSON.parse(await readFile(join(TAY_HO, 'criteria/qd-34-2014.json'), 'utf8')) as CriteriaSet;
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('formplan score', { timeout: 60_000 }, () => {
  it('every indicator at its maximum: recognised with 1000 points (locality class from the wards)', async () => {
    const r = await capture(['score', TAY_HO, 'qd-34-2014', await answersFile('best.json', best()), '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as AssessmentScore;
    expect(s).toMatchObject({ criteriaSetId: 'qd-34-2014', total: 1000, maxPoints: 1000, recognised: true, reasons: [] });
    expect(s.threshold).toBe(qd34.recognition.thresholds.find((t) => t.localityClass === 'city-ward')?.minTotal);
    expect(s.criteria.every((c) => c.met && c.points === c.maxPoints)).toBe(true);
  });

  it('below the threshold: not recognised, with the reason (summary and JSON)', async () => {
    const threshold = qd34.recognition.thresholds.find((t) => t.localityClass === 'city-ward')?.minTotal as number;
    const answers = best();
    let total = 1000;
    // Take points away one indicator at a time (never a whole criterion) until under the threshold.
    for (const c of qd34.criteria) {
      for (const i of c.indicators.slice(1)) {
        if (total < threshold) break;
        answers[i.code] = i.scoring.kind === 'boolean' ? false : i.scoring.kind === 'points' ? 0 : answers[i.code];
        if (i.scoring.kind === 'boolean' || i.scoring.kind === 'points') total -= i.maxPoints;
      }
    }
    expect(total).toBeLessThan(threshold);
    const file = await answersFile('low.json', answers);
    const j = await capture(['score', TAY_HO, 'qd-34-2014', file, '--json', '--locality-class', 'city-ward']);
    expect(j.code).toBe(0);
    const s = JSON.parse(j.out) as AssessmentScore;
    expect(s.recognised).toBe(false);
    expect(s.total).toBe(total);
    expect(s.reasons.map((x) => x.code)).toContain('below-threshold');
    const t = await capture(['score', TAY_HO, 'qd-34-2014', file, '--lang', 'en']);
    expect(t.code).toBe(0);
    expect(t.out).toMatch(new RegExp(`^qd-34-2014: ${total}/1000 \\(threshold ${threshold}\\)$`, 'm'));
    expect(t.out).toMatch(/^Result: not recognised$/m);
    const below = s.reasons.find((x) => x.code === 'below-threshold');
    expect(t.out).toContain(`  - ${below?.message.en}`);
  });

  it('exits 1 for an unknown criteria set or answers that are not an object; the default class needs one shared class', async () => {
    const file = await answersFile('list.json', [] as unknown as Record<string, unknown>);
    const notObject = await capture(['score', TAY_HO, 'qd-34-2014', file, '--lang', 'en']);
    expect(notObject.code).toBe(1);
    expect(notObject.err).toMatch(/answers must be an object keyed by indicator code/);
    const unknown = await capture(['score', TAY_HO, 'qd-99', await answersFile('x.json', {}), '--lang', 'en']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe('The pack has no criteria set "qd-99" (it has: qd-34-2014)\n');
    const ward = (code: string, localityClass?: string) => ({ code, name: code, level: 'ward' as const, localityClass, provenance: { status: 'proposed' as const } });
    expect(sharedLocalityClass([ward('A', 'city-ward'), ward('B', 'city-ward')])).toBe('city-ward');
    expect(sharedLocalityClass([ward('A', 'city-ward'), ward('B', 'rural-commune')])).toBeUndefined();
    expect(sharedLocalityClass([ward('A', 'city-ward'), ward('B')])).toBeUndefined();
  });
});
