import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../storage/memory-store.js';
import { SyncHttpError, SyncOfflineError, type FetchLike } from './couch-http.js';
import { couchSetup } from './couch-setup.js';
import { toSyncDoc } from './sync-docs.js';
import { syncStatusMessages } from './sync-status.js';
import { clientFor, keyOf, ORG_UNITS, serverDocCount, startSyncServer, submitMany, type SyncServer } from './sync-support.test-helper.js';

let server: SyncServer;

beforeAll(async () => {
  server = await startSyncServer();
});

afterAll(async () => {
  await server.couch.close();
});

/** Waits until `check` holds (polling), or fails after `ms`. */
async function eventually(check: () => Promise<boolean>, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('couchSetup', () => {
  it('creates the district database and 8 ward users plus the district user, then is idempotent', async () => {
    expect(server.setup.databases.map((d) => [d.name, d.created])).toEqual([['formplan-d003', true]]);
    expect(server.setup.users).toHaveLength(9);
    expect(server.setup.users.filter((u) => u.roles[0].startsWith('ward:'))).toHaveLength(8);
    expect(server.setup.users.find((u) => u.name === 'ward-p00097')?.password).toMatch(/^generated-/);
    const again = await couchSetup({ serverUrl: server.couch.url, admin: server.couch.admin, orgUnits: ORG_UNITS });
    expect(again.databases[0]).toMatchObject({ created: false, designUpdated: false });
    expect(again.users.every((u) => u.action === 'kept' && u.password === undefined)).toBe(true);
  });

  it('refuses a wrong admin password', async () => {
    await expect(couchSetup({ serverUrl: server.couch.url, admin: { username: 'admin', password: 'nope' }, orgUnits: ORG_UNITS }))
      .rejects.toBeInstanceOf(SyncHttpError);
  });
});

describe('sync through the stand-in', () => {
  it('first sync, then incremental: only the new record travels, the checkpoint holds', async () => {
    const ward = clientFor(server, { role: 'ward', ward: 'P00091' });
    const district = clientFor(server, { role: 'district' });
    await submitMany(ward.store, 'P00091', 3);
    expect(await ward.client.refreshPending()).toBe(3);
    expect(syncStatusMessages(ward.client.status)[0].vi).toBe('3 báo cáo chờ gửi');
    const first = await ward.client.syncOnce();
    expect(first.push).toEqual({ sent: 3, alreadyThere: 0, refused: 0 });
    expect(ward.client.status.pending).toBe(0);
    expect(syncStatusMessages(ward.client.status, { timeZone: 'UTC' }).map((m) => m.vi))
      .toEqual(['Không có báo cáo chờ gửi', expect.stringMatching(/^Đã đồng bộ lúc \d\d:\d\d$/)]);
    expect((await district.client.syncOnce()).pull).toMatchObject({ added: 3, refused: 0 });
    expect(await district.store.listSubmissions({ ward: 'P00091' })).toHaveLength(3);

    await submitMany(ward.store, 'P00091', 1, 4);
    const second = await ward.client.syncOnce();
    expect(second.push).toEqual({ sent: 1, alreadyThere: 0, refused: 0 });
    const pulled = await district.client.syncOnce();
    expect(pulled.pull).toMatchObject({ added: 1, present: 0 });
    expect(await district.store.listSubmissions({ ward: 'P00091' })).toHaveLength(4);
    expect((await district.client.syncOnce()).pull).toMatchObject({ added: 0, present: 0 });
  });

  it('loses nothing and doubles nothing when the network drops mid-push (after or before the server wrote)', async () => {
    const before = await serverDocCount(server);
    let bulkCalls = 0;
    const cutting: FetchLike = async (url, init) => {
      if (url.endsWith('/_bulk_docs')) {
        bulkCalls++;
        if (bulkCalls === 2) {
          await fetch(url, init); // the server writes the batch; the answer is lost
          throw new TypeError('network connection lost');
        }
        if (bulkCalls === 3) throw new TypeError('network down'); // nothing reaches the server
      }
      return fetch(url, init);
    };
    const ward = clientFor(server, { role: 'ward', ward: 'P00094' }, { fetch: cutting, batchSize: 2 });
    await submitMany(ward.store, 'P00094', 7);
    await expect(ward.client.syncOnce()).rejects.toBeInstanceOf(SyncOfflineError);
    expect(ward.client.status.online).toBe(false);
    expect(syncStatusMessages(ward.client.status)[0].vi).toBe('Mất kết nối máy chủ');
    expect(ward.client.status.pending).toBe(5); // the first batch acknowledged; the cut one not yet known
    // the retry finds the cut batch on the server (acknowledged, not sent again), then loses the next one
    await expect(ward.client.syncOnce()).rejects.toBeInstanceOf(SyncOfflineError);
    expect(ward.client.status.pending).toBe(3);
    const report = await ward.client.syncOnce();
    expect(report.push).toEqual({ sent: 3, alreadyThere: 0, refused: 0 });
    expect(bulkCalls).toBe(5);
    expect(ward.client.status).toMatchObject({ online: true, pending: 0, error: null });
    expect(await serverDocCount(server)).toBe(before + 7);
    const district = clientFor(server, { role: 'district' });
    await district.client.syncOnce();
    expect(await district.store.listSubmissions({ ward: 'P00094' })).toHaveLength(7);
  });

  it('refuses a ward writing another ward\u2019s record', async () => {
    // logged in as ward P00091 while its store (misconfigured) sends ward P00094's record
    const forged = clientFor(server, { role: 'ward', ward: 'P00094' }, { user: 'ward-p00091' });
    await forged.store.submit({ key: keyOf('P00094', '2018-Q2'), data: { soHo: 1 }, cutOffDate: '2018-06-30', author: 'giả mạo' });
    const before = await serverDocCount(server);
    const report = await forged.client.push();
    expect(report).toEqual({ sent: 0, alreadyThere: 0, refused: 1 });
    expect(forged.client.status.refused[0].reason.vi).toMatch(/không được ghi dữ liệu của phường P00094/);
    expect(forged.client.status.pending).toBe(0); // refused records are not sent again in this session
    expect(await serverDocCount(server)).toBe(before);
    // and a ward scope never sends another ward's record
    const honest = clientFor(server, { role: 'ward', ward: 'P00091' }, { store: forged.store });
    expect(await honest.client.push()).toEqual({ sent: 0, alreadyThere: 0, refused: 0 });
  });

  it('refuses on pull a record altered on the server (hash mismatch) and a malformed one', async () => {
    const ward = clientFor(server, { role: 'ward', ward: 'P00100' });
    await submitMany(ward.store, 'P00100', 1);
    await ward.client.syncOnce();
    const sub = (await ward.store.listSubmissions({ ward: 'P00100' }))[0];
    const p = new URL(server.dbUrl).pathname;
    const tampered = await toSyncDoc({ type: 'submission', record: { ...sub, data: { soHo: 999 } } });
    tampered._id = `submission:${'a'.repeat(64)}`;
    tampered.record.hash = 'a'.repeat(64);
    await server.couch.request('PUT', `${p}/${tampered._id}`, tampered); // the admin bypasses the rules
    // (a `__proto__` key does not survive the stand-in's body parser: fromSyncDoc's own test covers it)
    await server.couch.request('PUT', `${p}/submission:${'b'.repeat(64)}`, { formplan: 1, type: 'submission', ward: 'P00100', record: { ward: 'P00100' } });
    const district = clientFor(server, { role: 'district' });
    const report = await district.client.syncOnce();
    expect(report.pull.refused).toBe(2);
    const reasons = district.client.status.refused.map((r) => r.reason.vi).join('\n');
    expect(reasons).toMatch(/Mã băm không khớp/);
    expect(reasons).toMatch(/thiếu trường bắt buộc/);
    expect((await district.store.listSubmissions({ ward: 'P00100' })).map((s) => s.hash)).toEqual([sub.hash]);
  });

  it('brings the district\u2019s return and reopening to the ward', async () => {
    const ward = clientFor(server, { role: 'ward', ward: 'P00103' });
    const district = clientFor(server, { role: 'district' });
    await submitMany(ward.store, 'P00103', 1);
    await ward.client.syncOnce();
    await district.client.syncOnce();
    const key = keyOf('P00103', '2018-M001');
    await district.store.review({ key, revision: 1, decision: 'return', comment: 'Thiếu số hộ nghèo', reviewer: 'Quận Tây Hồ' });
    await district.store.reopen({ key: keyOf('P00103', '2018-Q4'), reason: 'Bổ sung số liệu', by: 'Quận Tây Hồ' });
    expect((await district.client.syncOnce()).push.sent).toBe(2);
    const pulled = await ward.client.syncOnce();
    expect(pulled.pull).toMatchObject({ added: 2, refused: 0 });
    expect((await ward.store.latestSubmission(key))?.status).toBe('returned');
    expect(await ward.store.listReopens({ ward: 'P00103' })).toHaveLength(1);
    // another ward does not import P00103's records
    const other = clientFor(server, { role: 'ward', ward: 'P00106' });
    await other.client.syncOnce();
    expect(await other.store.listReviews()).toHaveLength(0);
  });

  it('refuses the district\u2019s review when a ward writes it', async () => {
    const ward = clientFor(server, { role: 'ward', ward: 'P00109' });
    await submitMany(ward.store, 'P00109', 1);
    await ward.client.syncOnce();
    await ward.store.review({ key: keyOf('P00109', '2018-M001'), revision: 1, decision: 'accept', comment: '', reviewer: 'tự duyệt' });
    // a ward's scope never sends reviews; sent by hand it is refused by the server's rules
    const review = (await ward.store.listReviews())[0];
    const p = new URL(server.dbUrl).pathname;
    const doc = await toSyncDoc({ type: 'review', record: review });
    const auth = `Basic ${Buffer.from(`ward-p00109:${server.password('ward-p00109')}`).toString('base64')}`;
    await expect(server.couch.request('PUT', `${p}/${doc._id}`, doc, auth)).rejects.toThrow(/403.*district/);
  });

  it('live: the district sees a new submission without asking, and the state survives a reload', async () => {
    const district = clientFor(server, { role: 'district' }, { longpollMs: 500 });
    await district.client.syncOnce();
    district.client.start();
    const ward = clientFor(server, { role: 'ward', ward: 'P00112' });
    await submitMany(ward.store, 'P00112', 2);
    await ward.client.syncOnce();
    await eventually(async () => (await district.store.listSubmissions({ ward: 'P00112' })).length === 2);
    await district.client.stop();
    expect(district.client.status.phase).toBe('stopped');
    // a reload: a new client over the same store and saved state sends and fetches nothing again
    const reloaded = clientFor(server, { role: 'district' }, { store: district.store, state: district.state });
    const report = await reloaded.client.syncOnce();
    expect(report.push.sent).toBe(0);
    expect(report.pull).toMatchObject({ added: 0, present: 0 });
  });

  it('live: retries with growing delays while offline, then sends what waited', async () => {
    let failing = 3;
    const flaky: FetchLike = async (url, init) => {
      if (failing > 0) {
        failing--;
        throw new TypeError('offline');
      }
      return fetch(url, init);
    };
    const delays: number[] = [];
    const ward = clientFor(server, { role: 'ward', ward: 'P00097' }, { fetch: flaky, longpollMs: 300 });
    const { SyncClient } = await import('./sync-client.js');
    const live = new SyncClient({
      store: ward.store, dbUrl: server.dbUrl, scope: { role: 'ward', ward: 'P00097' }, state: ward.state, fetch: flaky, longpollMs: 300,
      basicAuth: { username: 'ward-p00097', password: server.password('ward-p00097') }, random: () => 1,
      clock: { now: () => Date.now(), sleep: async (ms) => void delays.push(ms) }, backoff: { baseMs: 100, maxMs: 1000 },
    });
    const seen: boolean[] = [];
    live.subscribe((st) => seen.push(st.online));
    await submitMany(ward.store, 'P00097', 2);
    live.start();
    await eventually(async () => live.status.lastSyncedAt !== null && live.status.pending === 0);
    await live.stop();
    expect(delays.slice(0, 3)).toEqual([100, 200, 400]);
    expect(seen).toContain(false);
    expect(live.status).toMatchObject({ online: true, failures: 0, error: null });
    expect(await serverDocCount(server)).toBeGreaterThanOrEqual(2);
  });

  it('brings a self-assessment to the district and its verification back, without echoing snapshots forever', async () => {
    const ward = clientFor(server, { role: 'ward', ward: 'P00106' });
    const district = clientFor(server, { role: 'district' });
    const key = { packId: 'tay-ho', packVersion: '2018.1.0', criteriaSetId: 'qd-34-2014', ward: 'P00106', year: 2018 };
    await ward.store.saveAssessment({ ...key, answers: { '1.1': true }, evidence: { '1.1': 'Biên bản họp' } }, 0);
    expect((await ward.client.syncOnce()).push.sent).toBe(1);
    await district.client.syncOnce();
    const got = await district.store.getAssessment(key);
    expect(got?.answers).toEqual({ '1.1': true });
    await new Promise((r) => setTimeout(r, 5)); // a later updatedAt
    await district.store.saveAssessment({ ...key, answers: got!.answers, evidence: got!.evidence, verification: { by: 'Quận', at: '2018-12-01', indicators: { '1.1': { accepted: true, answer: true } } } }, got!.revision);
    expect((await district.client.syncOnce()).push.sent).toBe(1);
    await ward.client.syncOnce();
    expect((await ward.store.getAssessment(key))?.verification?.indicators?.['1.1'].accepted).toBe(true);
    // the ward's copy now equals the district's: nothing more travels either way
    expect((await ward.client.syncOnce()).push.sent).toBe(0);
    expect((await district.client.syncOnce()).push.sent).toBe(0);
  });

  it('two computers of one ward submitting the same revision: both reach the server, each refuses the other\u2019s on pull', async () => {
    const first = clientFor(server, { role: 'ward', ward: 'P00091' });
    const second = clientFor(server, { role: 'ward', ward: 'P00091' });
    const key = keyOf('P00091', '2018-Q3');
    await first.store.submit({ key, data: { soHo: 1 }, cutOffDate: '2018-09-30', author: 'máy 1' });
    await second.store.submit({ key, data: { soHo: 2 }, cutOffDate: '2018-09-30', author: 'máy 2' });
    await first.client.syncOnce();
    const report = await second.client.syncOnce();
    expect(report.push.sent).toBe(1);
    expect(report.pull.refused).toBeGreaterThanOrEqual(1);
    expect(second.client.status.refused.map((r) => r.reason.vi).join('\n')).toMatch(/Xung đột: lần nộp số 1 của biểu bm01 \(P00091, 2018-Q3\)/);
    expect((await second.store.getSubmissions(key)).map((s) => s.author)).toEqual(['máy 2']);
    // the district took the first computer's revision 1 and returns it: only that computer applies the return
    const district = clientFor(server, { role: 'district' });
    await district.client.syncOnce();
    const taken = (await district.store.getSubmissions(key))[0];
    await district.store.review({ key, revision: 1, decision: 'return', comment: 'Sai số hộ', reviewer: 'Quận' });
    await district.client.syncOnce();
    await first.client.syncOnce();
    expect((await first.store.latestSubmission(key))?.status).toBe(taken.author === 'máy 1' ? 'returned' : 'submitted');
    await second.client.syncOnce();
    expect((await second.store.latestSubmission(key))?.status).toBe(taken.author === 'máy 2' ? 'returned' : 'submitted');
    const refusedReview = [first, second].flatMap((c) => c.client.status.refused).map((r) => r.reason.vi).join('\n');
    expect(refusedReview).toMatch(/Nhận xét của quận dành cho một bản khác của lần nộp số 1/);
  });

  it('keeps another district\u2019s user out of this district\u2019s database', async () => {
    await server.couch.request('PUT', '/_users/org.couchdb.user:district-d005', { name: 'district-d005', password: 'pw-district-d005', roles: ['district', 'district:D005'], type: 'user' });
    const other = clientFor(server, { role: 'district' }, { user: 'district-d005' });
    // the stand-in answers 401 where CouchDB answers 403 (docs/sync.md)
    await expect(other.client.syncOnce()).rejects.toMatchObject({ status: 401 });
  });

  it('says so when the password is wrong', async () => {
    const store = new MemoryStore();
    const { SyncClient } = await import('./sync-client.js');
    const { MemorySyncStateStore } = await import('./sync-state.js');
    const client = new SyncClient({
      store, dbUrl: server.dbUrl, scope: { role: 'district' }, state: new MemorySyncStateStore(),
      basicAuth: { username: 'district-d003', password: 'wrong' },
    });
    await expect(client.syncOnce()).rejects.toMatchObject({ status: 401 });
    expect(client.status.error?.vi).toMatch(/sai mật khẩu/);
    expect(client.status.online).toBe(true);
  });
});
