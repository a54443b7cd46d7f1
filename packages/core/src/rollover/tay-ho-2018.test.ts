/**
 * Rolls the real Tây Hồ 2018 pack (schemas/packs/tay-ho-2018, read directly with fs) to 2019.
 * Parts of the pack not written yet (e.g. plan.json while it is authored) default to empty.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { periodsOfYear } from '../calendar/periods-of-year.js';
import type { PackSource, Plan } from '../pack/types.js';
import { checkDraftPack } from '../authoring/problems.js';
import { readMetaSchemas } from '../pack/load-dir.js';
import { loadPack } from '../pack/load-pack.js';
import { diff } from './diff.js';
import { rollover } from './rollover.js';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../schemas/packs/tay-ho-2018');
const json = <T>(file: string, fallback: T): T =>
  existsSync(join(dir, file)) ? (JSON.parse(readFileSync(join(dir, file), 'utf8')) as T) : fallback;
const folder = <T>(sub: string): T[] =>
  existsSync(join(dir, sub))
    ? readdirSync(join(dir, sub)).filter((f) => f.endsWith('.json')).sort().map((f) => json<T>(join(sub, f), undefined as T))
    : [];
const emptyPlan: Plan = {
  title: { vi: '' }, purpose: [], targets: [], contentItems: [], assignments: [], recipients: [],
  signer: { on_behalf: '', capacity: '', title: '', name: '' }, provenance: { status: 'proposed' },
};

function readPack(): PackSource {
  return {
    manifest: json('pack.json', undefined as unknown as PackSource['manifest']),
    orgUnits: json('org-units.json', []),
    agencies: json('agencies.json', []),
    categorySets: json('category-sets.json', []),
    criteriaSets: folder('criteria'),
    calendar: json('calendar.json', undefined as unknown as PackSource['calendar']),
    plan: json('plan.json', emptyPlan),
    forms: folder('forms'),
  };
}

describe('rollover of the Tây Hồ 2018 pack', () => {
  const pack2018 = readPack();
  const { pack: pack2019, changes } = rollover(pack2018, 2019);

  it('makes tay-ho-2019 with the H1 report due 2019-05-15 and no document number', () => {
    expect(pack2019.manifest.id).toBe('tay-ho-2019');
    expect(pack2019.manifest.previous).toEqual({ id: 'tay-ho-2018', version: pack2018.manifest.version });
    expect(pack2019.manifest.document.number).toBeNull();
    expect(pack2019.manifest.document.date).toBeNull();
    const h1 = periodsOfYear(pack2019).find((p) => p.kind === 'H1');
    expect(h1?.id).toBe('2019-H1');
    expect(h1?.due).toBe('2019-05-15');
    expect(pack2019.manifest.title.vi).toContain('năm 2019');
    expect(changes.length).toBeGreaterThan(10);
  });

  it('makes a pack the loader and the draft checks accept, with or without the plan carried', async () => {
    const meta = await readMetaSchemas();
    if (!meta.ok) throw new Error('meta-schemas');
    const bare = rollover(pack2018, 2019, { carry: { targets: false, tasks: false } }).pack;
    for (const p of [pack2019, bare]) {
      const loaded = loadPack(p, { metaSchemas: meta.docs });
      expect(loaded.ok ? [] : loaded.errors.map((e) => `${e.file}${e.pointer}: ${e.message.en}`)).toEqual([]);
      expect(checkDraftPack(p, meta.docs).filter((x) => x.severity === 'error')).toEqual([]);
    }
    expect(pack2019.plan.signer.name).toBeNull();
  });

  it('diff(2018, 2019) reports the calendar changes and no form changes', () => {
    const entries = diff(pack2018, pack2019);
    const calendar = entries.filter((e) => e.area === 'calendar');
    expect(calendar).toContainEqual(expect.objectContaining({
      kind: 'changed', key: 'calendar/periods/H1/due', before: '2018-05-15', after: '2019-05-15',
    }));
    expect(calendar.filter((e) => e.kind !== 'changed')).toEqual([]);
    expect(entries.filter((e) => e.area === 'forms')).toEqual([]);
    expect(entries.filter((e) => ['orgUnits', 'agencies', 'categorySets', 'criteria'].includes(e.area))).toEqual([]);
  });
});
