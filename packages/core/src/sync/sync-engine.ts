/**
 * One push and one pull, over a working copy of the persisted state. Push: the outbox in
 * batches, each first checked with `_all_docs?keys` (what a cut connection already delivered is
 * only acknowledged), then `_bulk_docs`; a conflict means "already there" (ids are content hashes).
 * Pull: `_changes?since=` pages with the documents, each verified and imported through the store.
 */
import type { Bilingual } from '../common/bilingual.js';
import type { Store } from '../storage/store.js';
import type { CouchDb } from './couch-http.js';
import { seqText } from './couch-http.js';
import { importRecord } from './import-record.js';
import { inScope, localEntries, sortForImport, type OutboxEntry, type SyncScope } from './outbox.js';
import { fromSyncDoc, isRefusal, toSyncDoc, type SyncDocType, type SyncEntry } from './sync-docs.js';
import { AckSet, type PersistedSyncState } from './sync-state.js';

/**
 * The reason the server's `validate_doc_update` gives when a document exists already (Apache
 * CouchDB answers 409 before validating; the express-pouchdb stand-in validates first).
 */
export const IMMUTABLE_REASON = 'formplan-immutable';

/** The working state: the persisted part as sets, saved after every batch. */
export interface EngineState {
  dbUrl: string;
  since: string;
  acknowledged: AckSet;
  deferred: Set<string>;
}

/** What push and pull need. */
export interface EngineContext {
  store: Store;
  db: CouchDb;
  scope: SyncScope;
  batchSize: number;
  state: EngineState;
  persist(): Promise<void>;
  refuse(id: string, direction: 'push' | 'pull', reason: Bilingual): void;
  /** ids refused on push this session (not sent again until restart) */
  refusedIds: Set<string>;
  /** ids this client sent or found on the server this session (their records are in the store) */
  sentIds: Set<string>;
  receivedOne(type: SyncDocType): void;
}

/** What a push did. */
export interface PushReport {
  /** written now */
  sent: number;
  /** found on the server already (an earlier, cut push; another device) */
  alreadyThere: number;
  refused: number;
}

/** What a pull did. */
export interface PullReport {
  added: number;
  present: number;
  deferred: number;
  refused: number;
  /** out of this client's scope (another ward's records) */
  skipped: number;
}

/** The engine state of persisted state (or a fresh one for this database). */
export function engineState(dbUrl: string, saved: PersistedSyncState | undefined): EngineState {
  const same = saved && saved.dbUrl === dbUrl;
  return {
    dbUrl, since: same ? saved.since : '0',
    acknowledged: new AckSet(same ? saved.acknowledged : []), deferred: new Set(same ? saved.deferred : []),
  };
}

/** The persisted form of the engine state. */
export function persisted(s: EngineState): PersistedSyncState {
  return { dbUrl: s.dbUrl, since: s.since, acknowledged: s.acknowledged.list(), deferred: [...s.deferred] };
}

/** The outbox: local entries not acknowledged and not refused this session. */
export async function pendingEntries(ctx: Pick<EngineContext, 'store' | 'scope' | 'state' | 'refusedIds'>): Promise<OutboxEntry[]> {
  const all = await localEntries(ctx.store, ctx.scope);
  return all.filter((e) => !ctx.state.acknowledged.has(e.id) && !ctx.refusedIds.has(e.id));
}

/**
 * Drops from the acknowledged set the local ids the server does not hold (a database recreated
 * or restored from an old backup): they go back into the outbox. Once per session.
 */
export async function auditAcknowledged(ctx: EngineContext): Promise<void> {
  const local = (await localEntries(ctx.store, ctx.scope)).map((e) => e.id).filter((id) => ctx.state.acknowledged.has(id));
  for (let i = 0; i < local.length; i += 1000) {
    const chunk = local.slice(i, i + 1000);
    const there = await ctx.db.existing(chunk);
    for (const id of chunk) if (!there.has(id)) ctx.state.acknowledged.delete(id);
  }
  await ctx.persist();
}

/** Sends the outbox in batches; stops at the first request that fails (the caller retries). */
export async function push(ctx: EngineContext): Promise<PushReport> {
  const report: PushReport = { sent: 0, alreadyThere: 0, refused: 0 };
  const pending = await pendingEntries(ctx);
  for (let i = 0; i < pending.length; i += ctx.batchSize) {
    const batch = pending.slice(i, i + ctx.batchSize);
    const there = await ctx.db.existing(batch.map((e) => e.id));
    for (const id of there) {
      ctx.state.acknowledged.add(id);
      ctx.sentIds.add(id);
    }
    report.alreadyThere += there.size;
    const toSend = batch.filter((e) => !there.has(e.id));
    if (toSend.length > 0) {
      const docs = await Promise.all(toSend.map((e) => toSyncDoc(e.item)));
      const results = await ctx.db.bulkDocs(docs);
      for (const r of results) {
        if (r.ok || r.error === 'conflict' || (r.error === 'forbidden' && r.reason?.startsWith(IMMUTABLE_REASON))) {
          ctx.state.acknowledged.add(r.id);
          ctx.sentIds.add(r.id);
          if (r.ok) report.sent++;
          else report.alreadyThere++;
        } else {
          report.refused++;
          ctx.refusedIds.add(r.id);
          const reason = r.reason ?? r.error ?? '?';
          ctx.refuse(r.id, 'push', { vi: `Máy chủ từ chối ${r.id}: ${reason}`, en: `The server refused ${r.id}: ${reason}` });
        }
      }
    }
    await ctx.persist();
  }
  return report;
}

/**
 * Whether a raw document may be in scope, read before verifying it (hashing every other ward's
 * records would cost a ward's pull for nothing); what passes is verified and checked again.
 */
function mayBeInScope(raw: unknown, scope: SyncScope): boolean {
  if (scope.role === 'district' || raw === null || typeof raw !== 'object') return true;
  const doc = raw as { type?: unknown; ward?: unknown; record?: { ward?: unknown } };
  return doc.type === 'pack' || (doc.ward === scope.ward && doc.record?.ward === scope.ward);
}

/** Imports pulled documents (verified, in scope, in import order) and counts what happened. */
export async function importDocs(ctx: EngineContext, docs: readonly unknown[], report: PullReport): Promise<void> {
  const entries: SyncEntry[] = [];
  for (const raw of docs) {
    if (!mayBeInScope(raw, ctx.scope)) {
      report.skipped++;
      continue;
    }
    const rawId = (raw as { _id?: unknown })._id;
    if (typeof rawId === 'string' && ctx.sentIds.has(rawId)) {
      // this client sent it: the record is here already (its echo on the changes feed)
      report.present++;
      continue;
    }
    const read = await fromSyncDoc(raw);
    if (read === undefined) continue;
    if (isRefusal(read)) {
      report.refused++;
      ctx.state.deferred.delete(read.id);
      ctx.refuse(read.id, 'pull', read.reason);
      continue;
    }
    ctx.state.acknowledged.add(read.id);
    if (!inScope(read.item, ctx.scope)) {
      report.skipped++;
      continue;
    }
    entries.push(read);
  }
  for (const { id, item } of sortForImport(entries)) {
    const outcome = await importRecord(ctx.store, item, id);
    if (outcome.kind === 'deferred') {
      ctx.state.deferred.add(id);
      report.deferred++;
      continue;
    }
    ctx.state.deferred.delete(id);
    if (outcome.kind === 'refused') {
      report.refused++;
      ctx.refuse(id, 'pull', outcome.reason);
    } else if (outcome.kind === 'added') {
      report.added++;
      ctx.receivedOne(item.type);
    } else report.present++;
  }
}

/** Options of {@link pull}. */
export interface PullOptions {
  /** wait this long for the first change when there is none (live updates) */
  longpollMs?: number;
  signal?: AbortSignal;
}

/** Reads the changes since the checkpoint, page by page, then retries deferred documents. */
export async function pull(ctx: EngineContext, options: PullOptions = {}): Promise<PullReport> {
  const report: PullReport = { added: 0, present: 0, deferred: 0, refused: 0, skipped: 0 };
  let longpollMs = options.longpollMs;
  for (;;) {
    const page = await ctx.db.changes(ctx.state.since, ctx.batchSize, { longpollMs, signal: options.signal });
    longpollMs = undefined;
    const results = Array.isArray(page.results) ? page.results : [];
    await importDocs(ctx, results.filter((r) => !r.deleted && r.doc).map((r) => r.doc), report);
    ctx.state.since = seqText(page.last_seq);
    await ctx.persist();
    if (results.length < ctx.batchSize) break;
  }
  if (ctx.state.deferred.size > 0) {
    const waiting = [...ctx.state.deferred];
    const retried: PullReport = { ...report, deferred: 0 };
    await importDocs(ctx, await ctx.db.getMany(waiting), retried);
    Object.assign(report, retried);
    await ctx.persist();
  }
  return report;
}
