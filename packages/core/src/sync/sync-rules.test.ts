import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../storage/memory-store.js';
import { designDocument, securityObject, usersOfPack, VALIDATE_DOC_UPDATE } from './couch-design.js';
import { backoffDelay } from './sync-clock.js';
import { fromSyncDoc, isRefusal, MAX_DOC_BYTES, toSyncDoc, type SyncDoc } from './sync-docs.js';
import { IMMUTABLE_REASON } from './sync-engine.js';
import { AckSet, keyValueSyncStateStore } from './sync-state.js';
import { checkDbUrl } from './sync-settings.js';
import { initialSyncStatus, syncStatusMessages } from './sync-status.js';
import { keyOf, ORG_UNITS } from './sync-support.test-helper.js';

type Validate = (newDoc: unknown, oldDoc: unknown, userCtx: { name: string; roles: string[] }) => void;
// The function runs on the CouchDB server; here it runs in a separate V8 context the same way.
const validate = runInNewContext(`(${VALIDATE_DOC_UPDATE})`) as Validate;

async function sampleDocs(): Promise<{ submission: SyncDoc; review: SyncDoc }> {
  const store = new MemoryStore({ now: () => new Date('2018-04-02T08:00:00Z') });
  const sub = await store.submit({ key: keyOf('P00091'), data: { soHo: 12 }, cutOffDate: '2018-03-31', author: 'Nguyễn Văn A' });
  const review = await store.review({ key: keyOf('P00091'), revision: 1, decision: 'return', comment: 'Thiếu số liệu', reviewer: 'Quận' });
  return { submission: await toSyncDoc({ type: 'submission', record: sub }), review: await toSyncDoc({ type: 'review', record: review }) };
}

const ward = (code: string) => ({ name: `ward-${code.toLowerCase()}`, roles: [`ward:${code}`] });
const district = { name: 'district-d003', roles: ['district', 'district:D003'] };
const refusal = (f: () => void): string => {
  try {
    f();
  } catch (e) {
    return String((e as { forbidden?: string }).forbidden);
  }
  return 'allowed';
};

describe('validate_doc_update (the server rules)', () => {
  it('lets a ward write its own submission, and nothing of another ward', async () => {
    const { submission } = await sampleDocs();
    expect(refusal(() => validate(submission, null, ward('P00091')))).toBe('allowed');
    expect(refusal(() => validate(submission, null, ward('P00094')))).toMatch(/phường P00091 \/ this account may not write records of ward P00091/);
    expect(refusal(() => validate({ ...submission, ward: 'P00094' }, null, ward('P00094')))).toMatch(/Thiếu phường/);
    expect(refusal(() => validate(submission, null, { name: 'x', roles: [] }))).not.toBe('allowed');
  });

  it('keeps reviews for the district and every record immutable', async () => {
    const { submission, review } = await sampleDocs();
    expect(refusal(() => validate(review, null, district))).toBe('allowed');
    expect(refusal(() => validate(review, null, ward('P00091')))).toMatch(/Chỉ quận được ghi review/);
    expect(refusal(() => validate({ ...submission, _rev: '1-a' }, submission, ward('P00091')))).toMatch(new RegExp(`^${IMMUTABLE_REASON}`));
    expect(refusal(() => validate({ _id: submission._id, _deleted: true }, submission, district))).toMatch(new RegExp(`^${IMMUTABLE_REASON}`));
    expect(refusal(() => validate({ ...submission, _rev: '1-a' }, submission, { name: 'admin', roles: ['_admin'] }))).toBe('allowed');
  });

  it('refuses a submission whose name is not its hash, and documents that are not formplan records', async () => {
    const { submission } = await sampleDocs();
    expect(refusal(() => validate({ ...submission, _id: `submission:${'0'.repeat(64)}` }, null, ward('P00091')))).toMatch(/mã băm/);
    expect(refusal(() => validate({ _id: 'x', hello: 1 }, null, district))).toMatch(/Không phải bản ghi formplan/);
  });

  it('the design document carries the function as text; members are this district and its 8 wards', () => {
    expect(designDocument().validate_doc_update).toBe(VALIDATE_DOC_UPDATE);
    const users = usersOfPack(ORG_UNITS);
    expect(securityObject(users).members.roles).toEqual(['district:D003', ...ORG_UNITS.filter((u) => u.level === 'ward').map((u) => `ward:${u.code}`)].sort());
    expect(users.map((u) => u.name)).toContain('ward-p00091');
  });
});

describe('documents read back on pull', () => {
  it('takes what formplan wrote and refuses a tampered, oversized, or __proto__-carrying one', async () => {
    const { submission, review } = await sampleDocs();
    const ok = await fromSyncDoc(JSON.parse(JSON.stringify(submission)));
    expect(ok && !isRefusal(ok) && ok.item.type).toBe('submission');
    expect(await fromSyncDoc(JSON.parse(JSON.stringify(review)))).toMatchObject({ id: review._id });
    const tampered = { ...submission, record: { ...submission.record, data: { soHo: 13 } } };
    expect(await fromSyncDoc(tampered)).toMatchObject({ reason: { vi: expect.stringMatching(/Mã băm không khớp/) } });
    const renamedReview = { ...review, record: { ...review.record, comment: 'Đã sửa' } };
    expect(await fromSyncDoc(renamedReview)).toMatchObject({ reason: { vi: expect.stringMatching(/Mã băm không khớp/) } });
    const proto = JSON.parse(`{"_id":"${submission._id}","formplan":1,"type":"submission","record":{"__proto__":{"polluted":true}}}`);
    expect(await fromSyncDoc(proto)).toMatchObject({ reason: { vi: expect.stringMatching(/khóa bị cấm/) } });
    const big = { ...submission, record: { ...submission.record, data: { text: 'x'.repeat(MAX_DOC_BYTES) } } };
    expect(await fromSyncDoc(big)).toMatchObject({ reason: { vi: expect.stringMatching(/quá lớn/) } });
    expect(await fromSyncDoc({ _id: '_design/formplan' })).toBeUndefined();
  });

  it('normalises texts to NFC before checking the hash', async () => {
    const { review } = await sampleDocs();
    const decomposed = { ...review, record: { ...review.record, comment: String(review.record.comment).normalize('NFD') } };
    const read = await fromSyncDoc(decomposed);
    expect(read && !isRefusal(read) && read.item.type === 'review' && read.item.record.comment).toBe('Thiếu số liệu'.normalize('NFC'));
  });
});

describe('backoff, state and status', () => {
  it('backs off exponentially with jitter, capped', () => {
    expect(backoffDelay(1, () => 0)).toBe(500);
    expect(backoffDelay(1, () => 0.999)).toBeLessThanOrEqual(1000);
    expect(backoffDelay(4, () => 0.5)).toBe(6000);
    expect(backoffDelay(40, () => 1, { maxMs: 60_000 })).toBe(60_000);
  });

  it('keeps acknowledged ids short and distinct by kind', () => {
    const hash = 'ab'.repeat(32);
    const acks = new AckSet();
    acks.add(`review:${hash}`);
    expect(acks.has(`review:${hash}`)).toBe(true);
    expect(acks.has(`reopen:${hash}`)).toBe(false);
    expect(acks.list()).toEqual([`3${hash.slice(0, 20)}`]);
    expect(new AckSet(acks.list()).has(`review:${hash}`)).toBe(true);
  });

  it('keeps the state in a key-value store and ignores unreadable text', async () => {
    const kv = new Map<string, string>();
    const store = keyValueSyncStateStore({ getItem: (k) => kv.get(k) ?? null, setItem: (k, v) => void kv.set(k, v) }, 'formplan-sync');
    expect(await store.load()).toBeUndefined();
    await store.save({ dbUrl: 'http://x/db', since: '12-abc', acknowledged: ['submission:1'], deferred: [] });
    expect(await store.load()).toEqual({ dbUrl: 'http://x/db', since: '12-abc', acknowledged: ['submission:1'], deferred: [] });
    kv.set('formplan-sync', '{not json');
    expect(await store.load()).toBeUndefined();
  });

  it('words the status in Vietnamese and English', () => {
    const s = { ...initialSyncStatus(), pending: 4, pendingSubmissions: 3, lastSyncedAt: '2026-12-03T07:05:00Z' };
    expect(syncStatusMessages(s, { timeZone: 'Asia/Ho_Chi_Minh' })).toEqual([
      { vi: '3 báo cáo chờ gửi', en: '3 reports waiting to be sent' },
      { vi: '1 bản ghi khác chờ gửi', en: '1 other record waiting to be sent' },
      { vi: 'Đã đồng bộ lúc 14:05', en: 'Synced at 14:05' },
    ]);
    const offline = { ...s, online: false, retryAt: '2026-12-03T07:06:00Z' };
    expect(syncStatusMessages(offline, { timeZone: 'Asia/Ho_Chi_Minh' })[0]).toEqual({ vi: 'Mất kết nối máy chủ; thử lại lúc 14:06', en: 'Offline; trying again at 14:06' });
  });
});

describe('settings', () => {
  it('checks the database URL typed in the settings', () => {
    expect(checkDbUrl(' https://couch.example.org/formplan-d003/ ')).toEqual({ ok: true, url: 'https://couch.example.org/formplan-d003' });
    expect(checkDbUrl('http://127.0.0.1:5984/formplan-d003')).toEqual({ ok: true, url: 'http://127.0.0.1:5984/formplan-d003' });
    expect(checkDbUrl('http://couch.example.org/formplan-d003')).toMatchObject({ ok: false, message: { vi: expect.stringMatching(/https/) } });
    expect(checkDbUrl('couch.example.org')).toMatchObject({ ok: false });
    expect(checkDbUrl('https://couch.example.org/')).toMatchObject({ ok: false, message: { vi: expect.stringMatching(/tên cơ sở dữ liệu/) } });
    expect(checkDbUrl('https://couch.example.org/_users')).toMatchObject({ ok: false });
  });
});
