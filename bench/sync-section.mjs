// The sync part of docs/benchmarks.md: runs bench/sync-bench.mjs (its own node process, with
// --expose-gc) and formats its figures as markdown lines.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { fmt } from './lib/stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * @param {(s: string) => void} log
 * @param {number} [total] - submissions (10,000 by default)
 * @returns {string[]} the lines of the section
 */
export function syncSection(log, total = 10_000) {
  log(`sync benchmark (${total} submissions through the express-pouchdb stand-in)`);
  const load0 = os.loadavg()[0];
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/sync-bench.mjs', String(total)], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error('sync benchmark failed');
  const s = JSON.parse(r.stdout.trim().split('\n').pop());
  const n = s.total.toLocaleString('en-US');
  return [
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${Math.round((Date.now() - started) / 1000)} s; load average (1 min) ${load0.toFixed(1)} → ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores${Math.max(load0, os.loadavg()[0]) > os.cpus().length * 1.5 ? ' (a shared, loaded machine: slower than idle)' : ''}.`,
    '',
    '### Sync (node: the client from packages/core/src/sync, the express-pouchdb stand-in in its own process)',
    '',
    `${n} submissions: ${s.wards} wards × ${Math.ceil(s.total / s.wards).toLocaleString('en-US')}, ${s.fields} numeric fields each from a seeded PRNG (seed 2026), ${s.avgDataBytes} bytes of data on average; ${s.batch} documents per request; MemoryStore on both sides. "client CPU" is the CPU time of the client's process; the rest of the wall time is the stand-in's (in-memory PouchDB running \`validate_doc_update\` per document) and waiting. Heap after GC, in the client's process.`,
    '',
    '| step | ms | client CPU ms | notes |',
    '|---|---:|---:|---|',
    `| ${s.wards} wards push their submissions (first sync each) | ${fmt(s.pushMs)} | ${fmt(s.pushCpuMs)} | each ward also pulls the district's feed once (other wards' documents skipped unhashed) |`,
    `| the district's first pull of all ${n} | ${fmt(s.pullMs)} | ${fmt(s.pullCpuMs)} | ${s.pulled.toLocaleString('en-US')} verified (hash recomputed) and imported; district store + sync state: ${fmt(s.districtHeapMb)} MB heap |`,
    `| one new submission: ward push + district pull | ${fmt(s.incrementalMs)} | — | ${s.incrementalAdded} record travelled |`,
    `| a sync with nothing to do (district, ${n} records held) | ${fmt(s.idleMs)} | — | outbox derived again from the store, checkpoint unchanged |`,
    '',
    `Client process at the end: ${fmt(s.heapMb)} MB heap, ${fmt(s.rssMb)} MB resident (all 8 ward stores and the district store in one process).`,
  ];
}
