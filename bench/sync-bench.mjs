// Sync benchmark (`npm run bench -- --only sync`, or part of `npm run bench`): 10,000 submissions
// (8 wards × 1,250, 20 numeric fields each from a seeded PRNG) pushed by the ward clients to the
// express-pouchdb stand-in (its own process), pulled by the district into an empty MemoryStore,
// then one incremental submission and a sync with nothing to do. Client heap measured after GC
// in this process (run with --expose-gc). Prints one JSON line.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { MemoryStore } from '../packages/core/src/index.ts';
import { couchSetup, MemorySyncStateStore, SyncClient } from '../packages/core/src/sync/index.ts';
import { mulberry32 } from './lib/prng.mjs';
import { readFileSync } from 'node:fs';

const TOTAL = Number(process.argv[2] ?? 10_000);
const ORG = JSON.parse(readFileSync(fileURLToPath(new URL('../schemas/packs/tay-ho-2018/org-units.json', import.meta.url)), 'utf8'));
const WARDS = ORG.filter((u) => u.level === 'ward').map((u) => u.code);
const cpuMs = (u) => (u.user + u.system) / 1000;
const gc = globalThis.gc ?? (() => undefined);
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const child = spawn(process.execPath, [fileURLToPath(new URL('./lib/couch-standin-child.mjs', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
const first = await new Promise((resolve) => createInterface({ input: child.stdout }).once('line', resolve));
const { url, admin } = JSON.parse(first);
const passwords = Object.fromEntries([...WARDS.map((w) => `ward-${w.toLowerCase()}`), 'district-d003'].map((u) => [u, `pw-${u}`]));
const setup = await couchSetup({ serverUrl: url, admin, orgUnits: ORG, passwords });
const dbUrl = setup.databases[0].url;
const clientOf = (store, scope, user) => new SyncClient({
  store, dbUrl, scope, state: new MemorySyncStateStore(), basicAuth: { username: user, password: passwords[user] },
});

const rnd = mulberry32(2026);
const perWard = Math.ceil(TOTAL / WARDS.length);
const wards = [];
let made = 0;
let dataBytes = 0;
for (const ward of WARDS) {
  const store = new MemoryStore({ now: () => new Date('2018-04-02T08:00:00Z') });
  for (let i = 0; i < perWard && made < TOTAL; i++, made++) {
    const data = Object.fromEntries(Array.from({ length: 20 }, (_, f) => [`chiTieu${f + 1}`, Math.floor(rnd() * 10_000)]));
    dataBytes += JSON.stringify(data).length;
    await store.submit({ key: { packId: 'tay-ho', packVersion: '2018.1.0', formId: `bm${String(i % 25).padStart(2, '0')}`, ward, period: `2018-R${String(Math.floor(i / 25)).padStart(3, '0')}` }, data, cutOffDate: '2018-03-31', author: `cán bộ ${ward}` });
  }
  wards.push({ ward, store });
}

const heap0 = heapMb();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (const w of wards) await clientOf(w.store, { role: "ward", ward: w.ward }, `ward-${w.ward.toLowerCase()}`).syncOnce();
const pushMs = performance.now() - t0;
const pushCpuMs = cpuMs(process.cpuUsage(cpu0));

const district = new MemoryStore();
const dc = clientOf(district, { role: 'district' }, 'district-d003');
const heap1 = heapMb();
const cpu1 = process.cpuUsage();
const t1 = performance.now();
const pulled = await dc.syncOnce();
const pullMs = performance.now() - t1;
const pullCpuMs = cpuMs(process.cpuUsage(cpu1));
const heap2 = heapMb();
const rss = process.memoryUsage().rss / 2 ** 20;

const one = wards[0];
const oc = clientOf(one.store, { role: 'ward', ward: one.ward }, `ward-${one.ward.toLowerCase()}`);
await oc.syncOnce();
await one.store.submit({ key: { packId: 'tay-ho', packVersion: '2018.1.0', formId: 'bm99', ward: one.ward, period: '2018-Q4' }, data: { chiTieu1: 1 }, cutOffDate: '2018-12-31', author: 'cán bộ' });
const t2 = performance.now();
await oc.syncOnce();
const r2 = await dc.syncOnce();
const incrementalMs = performance.now() - t2;
const t3 = performance.now();
await dc.syncOnce();
const idleMs = performance.now() - t3;

child.stdin.end();
process.stdout.write(`${JSON.stringify({
  total: TOTAL, wards: WARDS.length, fields: 20, avgDataBytes: Math.round(dataBytes / TOTAL), batch: 200,
  pushMs, pushCpuMs, pullMs, pullCpuMs, pulled: pulled.pull.added, incrementalMs, incrementalAdded: r2.pull.added, idleMs,
  districtHeapMb: heap2 - heap1, wardsHeapMb: heap1 - heap0, heapMb: heap2, rssMb: rss, gc: globalThis.gc !== undefined,
})}\n`);
process.exit(0);
