// Core benchmarks in node, importing packages/core/src through tsx (run by bench/run.mjs as
// `node --import tsx bench/core-bench.mjs`). Prints one JSON line with every result on stdout.
import 'fake-indexeddb/auto'; // IndexedDB globals (idb checks IDBRequest etc.)
import { IDBFactory } from 'fake-indexeddb';
import { AjvValidator, FormModel, IdbStore, aggregate, canonicalJson, resolveAuthoredForm, rollover } from '../packages/core/src/index.ts';
import { loadPackFromDir } from '../packages/core/src/node.ts';
import { fileURLToPath } from 'node:url';
import { matrixPack } from './lib/matrix-form.mjs';
import { mulberry32 } from './lib/prng.mjs';
import { median, percentile } from './lib/stats.mjs';

const log = (...a) => console.error('[core]', ...a);
const now = () => performance.now();
const pad = (n, w) => String(n).padStart(w, '0');

async function formModelUpdates() {
  const ROWS = 100;
  const COLS = 20;
  const N = 500;
  const pack = matrixPack(ROWS, COLS);
  const resolved = resolveAuthoredForm(pack, pack.forms[0]);
  const validator = new AjvValidator();
  let t = now();
  const model = new FormModel({ schema: resolved.schema, validator });
  const constructMs = now() - t;
  const rnd = mulberry32(1);
  const samples = [];
  for (let i = 0; i < N; i++) {
    const r = 1 + Math.floor(rnd() * ROWS);
    const c = 1 + Math.floor(rnd() * COLS);
    const v = Math.floor(rnd() * 1000);
    t = now();
    model.set(`/so_lieu/R${pad(r, 3)}/c${pad(c, 2)}`, v, { user: true });
    samples.push(now() - t);
  }
  // The computed totals must have followed the edits (a benchmark of a model that does nothing is worthless).
  const row = model.get('/so_lieu/R001');
  const expected = Object.entries(row ?? {}).filter(([k]) => k !== 'tong').reduce((s, [, v]) => s + v, 0);
  if (row && model.get('/so_lieu/R001/tong') !== expected) throw new Error('row total did not follow the edits');
  log(`FormModel: ${resolved.fields.length} fields, construct ${constructMs.toFixed(0)} ms, ${N} updates`);
  return { fields: ROWS * COLS, computed: ROWS, n: N, constructMs, median: median(samples), p95: percentile(samples, 95), max: Math.max(...samples) };
}

async function draftSaves() {
  const ROWS = 50;
  const COLS = 20;
  const N = 50;
  const rnd = mulberry32(2);
  const data = { so_lieu: {} };
  for (let r = 1; r <= ROWS; r++) {
    const row = {};
    for (let c = 1; c <= COLS; c++) row[`c${pad(c, 2)}`] = Math.floor(rnd() * 1000);
    data.so_lieu[`R${pad(r, 3)}`] = row;
  }
  const store = new IdbStore({ name: 'bench', indexedDB: new IDBFactory() });
  const key = { packId: 'bench', packVersion: '1.0.0', formId: 'bench-50x20', ward: 'W0001', period: '2018-Y' };
  let revision = 0;
  const samples = [];
  for (let i = 0; i < N; i++) {
    const r = 1 + Math.floor(rnd() * ROWS);
    const c = 1 + Math.floor(rnd() * COLS);
    data.so_lieu[`R${pad(r, 3)}`] = { ...data.so_lieu[`R${pad(r, 3)}`], [`c${pad(c, 2)}`]: i };
    const t = now();
    revision = (await store.saveDraft(key, data, revision)).revision;
    samples.push(now() - t);
  }
  const back = await store.getDraft(key);
  if (back?.revision !== N) throw new Error(`draft revision ${back?.revision}, expected ${N}`);
  await store.close();
  const bytes = new TextEncoder().encode(canonicalJson(data)).length;
  log(`draft saves: ${N} × ${ROWS * COLS} fields (${bytes} B)`);
  return { fields: ROWS * COLS, bytes, n: N, median: median(samples), p95: percentile(samples, 95) };
}

async function aggregation() {
  const WARDS = 10_000;
  const FORMS = 8;
  const PERIODS = 4;
  const rnd = mulberry32(3);
  const wards = Array.from({ length: WARDS }, (_, i) => `W${pad(i + 1, 5)}`);
  const forms = Array.from({ length: FORMS }, (_, i) => `bieu-${pad(i + 1, 2)}`);
  const periods = ['2018-Q1', '2018-H1', '2018-M9', '2018-Y'].slice(0, PERIODS);
  // 3 rows × 4 columns = 12 numeric cells per report; 2% of wards never report, 1% of cells are
  // empty, 1% of reports have a second revision and 1% are returned.
  const byKey = new Map();
  let reports = 0;
  let t = now();
  for (const formId of forms) {
    for (const period of periods) {
      const list = [];
      for (const ward of wards) {
        if (rnd() < 0.02) continue;
        const cell = () => (rnd() < 0.01 ? undefined : Math.floor(rnd() * 50));
        const data = { so_lieu: {} };
        for (const r of ['HCDB_01', 'HCDB_02', 'HCDB_03']) data.so_lieu[r] = { nam: cell(), nu: cell(), duoi_6: cell(), tu_6: cell() };
        const status = rnd() < 0.01 ? 'returned' : 'submitted';
        list.push({ formId, ward, period, revision: 1, data, status, submittedAt: '2018-12-20T08:00:00Z' });
        if (rnd() < 0.01) list.push({ formId, ward, period, revision: 2, data, status: 'submitted', submittedAt: '2018-12-22T08:00:00Z' });
      }
      reports += list.length;
      byKey.set(`${formId}|${period}`, list);
    }
  }
  const genMs = now() - t;
  const run = (provenance) => {
    const perCall = [];
    let cells = 0;
    const t0 = now();
    for (const formId of forms) {
      for (const periodId of periods) {
        const t1 = now();
        const r = aggregate({ formId, periodId, wards, reports: byKey.get(`${formId}|${periodId}`), provenance });
        perCall.push(now() - t1);
        cells += Object.keys(r.cells).length;
        if (r.completeness.total !== WARDS) throw new Error('aggregate lost wards');
      }
    }
    return { totalMs: now() - t0, median: median(perCall), p95: percentile(perCall, 95), cells };
  };
  const withProvenance = run(true);
  const withoutProvenance = run(false);
  log(`aggregation: ${reports} reports in memory (generated in ${genMs.toFixed(0)} ms)`);
  return { wards: WARDS, forms: FORMS, periods: PERIODS, reports, cellsPerReport: 12, source: 'in-memory arrays, one list per form and period (what listSubmissions({ formId, period }) returns)', withProvenance, withoutProvenance };
}

async function packRollover() {
  const dir = fileURLToPath(new URL('../schemas/packs/tay-ho-2018/', import.meta.url));
  const loads = [];
  let pack;
  for (let i = 0; i < 5; i++) {
    const t = now();
    const r = await loadPackFromDir(dir);
    loads.push(now() - t);
    if (!r.ok) throw new Error(`the 2018 pack does not load: ${r.errors[0]?.message.en}`);
    pack = r.pack;
  }
  const N = 20;
  const samples = [];
  let changes = 0;
  for (let i = 0; i < N; i++) {
    const t = now();
    const r = rollover(pack, 2019);
    samples.push(now() - t);
    changes = r.changes.length;
    if (r.pack.manifest.id === pack.manifest.id) throw new Error('rollover kept the pack id');
  }
  log(`rollover: ${changes} changes`);
  return { loadMedian: median(loads), n: N, median: median(samples), p95: percentile(samples, 95), changes, forms: pack.forms.length };
}

const results = {
  formModel: await formModelUpdates(),
  draftSave: await draftSaves(),
  aggregation: await aggregation(),
  rollover: await packRollover(),
};
process.stdout.write(`${JSON.stringify(results)}\n`);
