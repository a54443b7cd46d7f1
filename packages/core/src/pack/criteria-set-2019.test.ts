/**
 * The standalone QĐ 06/QĐ-TTg (2019) criteria set (schemas/criteria-sets/qd-06-2019.json) that an
 * administrator imports in the editor: it validates against the meta-schema, the Tây Hồ 2018 pack
 * loads with it beside or instead of QĐ 34/2014 (so its bindings name existing fields), and its
 * recognition rule is the 2019 one.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { addCriteriaSet, autoMatchCriteria, useCriteriaSet } from '../authoring/commands-criteria.js';
import { EditSession } from '../authoring/edit-session.js';
import { scoreAssessment } from '../scoring/score-assessment.js';
import { loadPackFromDir } from './load-dir.js';
import { loadPack } from './load-pack.js';
import { createMetaValidator, type MetaSchemaDoc } from './meta-validator.js';
import { testMetaSchemas } from './test-support/meta-schemas.js';
import type { CriteriaSet, Indicator, PackSource } from './types.js';

const FILE = fileURLToPath(new URL('../../../../schemas/criteria-sets/qd-06-2019.json', import.meta.url));
const TAY_HO = fileURLToPath(new URL('../../../../schemas/packs/tay-ho-2018/', import.meta.url));

let metaSchemas: MetaSchemaDoc[];
let qd06: CriteriaSet;
let pack2018: PackSource;

beforeAll(async () => {
  metaSchemas = await testMetaSchemas();
  qd06 = JSON.parse(await readFile(FILE, 'utf8')) as CriteriaSet;
  const r = await loadPackFromDir(TAY_HO, { metaSchemas });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  pack2018 = r.pack;
});

/** Full marks for an indicator, by its scoring kind. */
function fullAnswer(ind: Indicator): unknown {
  switch (ind.scoring.kind) {
    case 'boolean': return true;
    case 'count-max': return 0;
    case 'percent-threshold': return ind.scoring.op.startsWith('>') ? 100 : 0;
    default: return ind.maxPoints;
  }
}

describe('the QĐ 06/QĐ-TTg (2019) criteria set file', () => {
  it('validates against the criteria-set meta-schema', () => {
    const v = createMetaValidator(metaSchemas);
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(v.validator.validate('criteria-set', qd06, 'qd-06-2019.json')).toEqual([]);
  });

  it('has the 13 criteria QD06_TC1..QD06_TC13 whose points add up, with codes distinct from those of QĐ 34/2014', () => {
    expect(qd06.id).toBe('qd-06-2019');
    expect(qd06.criteria.map((c) => c.code)).toEqual(Array.from({ length: 13 }, (_, i) => `QD06_TC${i + 1}`));
    expect(qd06.criteria.reduce((s, c) => s + c.maxPoints, 0)).toBe(qd06.maxPoints);
    for (const c of qd06.criteria) {
      expect(c.indicators.reduce((s, i) => s + i.maxPoints, 0), c.code).toBe(c.maxPoints);
      for (const i of c.indicators) expect(i.code.startsWith(`${c.code}_`), i.code).toBe(true);
    }
    const confirmed = qd06.criteria.filter((c) => c.provenance.status === 'confirmed').map((c) => [c.code, c.maxPoints]);
    expect(confirmed).toEqual([['QD06_TC1', 100], ['QD06_TC6', 125], ['QD06_TC7', 50]]);
    const old = new Set(pack2018.criteriaSets.flatMap((s) => [s.id, ...s.criteria.flatMap((c) => [c.code, ...c.indicators.map((i) => i.code)])]));
    const clashes = [qd06.id, ...qd06.criteria.flatMap((c) => [c.code, ...c.indicators.map((i) => i.code)])].filter((code) => old.has(code));
    expect(clashes).toEqual([]);
  });

  it('loads with the Tây Hồ 2018 pack beside QĐ 34/2014, and instead of it (bindings name existing fields)', () => {
    const beside = loadPack({ ...pack2018, criteriaSets: [...pack2018.criteriaSets, qd06] }, { metaSchemas });
    expect(beside.ok ? [] : beside.errors).toEqual([]);
    const forms = pack2018.forms.map((f) => (f['x-fp-from-criteria'] === 'qd-34-2014' ? { ...f, 'x-fp-from-criteria': 'qd-06-2019' } : f));
    const swapped = loadPack({ ...pack2018, criteriaSets: [qd06], forms }, { metaSchemas });
    expect(swapped.ok ? [] : swapped.errors).toEqual([]);
  });

  it('swaps in through the editor commands: imported, auto-matched by title where 2014 has the same criterion, pack still loads', () => {
    const session = new EditSession(pack2018);
    session.apply(addCriteriaSet(qd06));
    const old = pack2018.criteriaSets[0];
    const matches = autoMatchCriteria(old, qd06);
    expect(matches.filter((m) => m.new !== null).map((m) => [m.old, m.new, m.matchedBy])).toEqual([
      ['TC06', 'QD06_TC4', 'title'], ['TC07', 'QD06_TC5', 'title'], ['TC10', 'QD06_TC9', 'title'], ['TC11', 'QD06_TC10', 'title'],
    ]);
    session.apply(useCriteriaSet(qd06.id, Object.fromEntries(matches.map((m) => [m.old, m.new]))));
    expect(session.doc.criteriaSets.map((c) => c.id)).toEqual(['qd-06-2019']);
    const r = loadPack(session.doc, { metaSchemas });
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('recognises a city ward at 900 points with all 13 criteria met and none at 0', () => {
    const answers: Record<string, unknown> = {};
    for (const c of qd06.criteria) for (const i of c.indicators) answers[i.code] = fullAnswer(i);
    expect(scoreAssessment(qd06, answers, { localityClass: 'city-ward' })).toMatchObject({ total: 1000, recognised: true });
    const lower = { ...answers, QD06_TC13_1: 45 }; // 970
    expect(scoreAssessment(qd06, lower, { localityClass: 'city-ward' }).recognised).toBe(true);
    const under = { ...lower, QD06_TC5_2: 0, QD06_TC11_2: 0, QD06_TC12_2: 0, QD06_TC1_4: false }; // 855
    expect(scoreAssessment(qd06, under, { localityClass: 'city-ward' })).toMatchObject({ total: 855, recognised: false });
    expect(scoreAssessment(qd06, under, { localityClass: 'other' }).recognised).toBe(true);
    const zero = { ...answers, QD06_TC13_1: 0 };
    expect(scoreAssessment(qd06, zero, { localityClass: 'mountain-island' }).recognised).toBe(false);
  });
});
