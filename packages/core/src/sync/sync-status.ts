/**
 * The state of sync as a page shows it ("3 báo cáo chờ gửi", "Đã đồng bộ lúc 14:05"): plain data
 * the client updates and any UI reads, plus the bilingual sentences for it.
 */
import type { Bilingual } from '../common/bilingual.js';
import type { SyncDocType } from './sync-docs.js';

/** What the client is doing. */
export type SyncPhase = 'idle' | 'pushing' | 'pulling' | 'waiting' | 'retrying' | 'stopped';

/** A document the server refused on push, or this client refused on pull. */
export interface SyncRefusal {
  id: string;
  direction: 'push' | 'pull';
  reason: Bilingual;
}

/** What a UI reads. */
export interface SyncStatus {
  phase: SyncPhase;
  /** false after a request failed to reach the server, until one succeeds (or `setOnline`) */
  online: boolean;
  /** records in this store that the server has not acknowledged */
  pending: number;
  /** of which submissions (what "báo cáo chờ gửi" counts) */
  pendingSubmissions: number;
  /** ISO time of the last complete push + pull; null before the first */
  lastSyncedAt: string | null;
  /** the last error (cleared by the next success) */
  error: Bilingual | null;
  /** ISO time of the next attempt after an error */
  retryAt: string | null;
  /** consecutive failed attempts */
  failures: number;
  /** documents refused (the server's rules, a hash mismatch), newest last, at most 50 */
  refused: SyncRefusal[];
  /** records imported from the server since the client started, by kind */
  received: Record<SyncDocType, number>;
}

/** The status before anything happened. */
export function initialSyncStatus(): SyncStatus {
  return {
    phase: 'idle', online: true, pending: 0, pendingSubmissions: 0, lastSyncedAt: null, error: null, retryAt: null, failures: 0,
    refused: [], received: { pack: 0, submission: 0, reopen: 0, review: 0, assessment: 0 },
  };
}

/** Options for the sentences: the time zone of "lúc 14:05" (the runtime's by default). */
export interface SyncTextOptions {
  timeZone?: string;
}

/** "14:05" in the given time zone. */
export function clockTime(iso: string, options: SyncTextOptions = {}): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: options.timeZone }).format(new Date(iso));
}

/** "3 báo cáo chờ gửi" / "3 reports waiting to be sent". */
export function pendingText(count: number): Bilingual {
  if (count === 0) return { vi: 'Không có báo cáo chờ gửi', en: 'No reports waiting to be sent' };
  return { vi: `${count} báo cáo chờ gửi`, en: count === 1 ? '1 report waiting to be sent' : `${count} reports waiting to be sent` };
}

/** "Đã đồng bộ lúc 14:05" / "Synced at 14:05", or "not synced yet". */
export function syncedText(lastSyncedAt: string | null, options: SyncTextOptions = {}): Bilingual {
  if (!lastSyncedAt) return { vi: 'Chưa đồng bộ lần nào', en: 'Not synced yet' };
  const t = clockTime(lastSyncedAt, options);
  return { vi: `Đã đồng bộ lúc ${t}`, en: `Synced at ${t}` };
}

/**
 * The sentences describing a status, most important first: offline or the error (with the retry
 * time), what waits to be sent, when it last synced, refused documents.
 * @example
 * ```ts
 * syncStatusMessages(client.status, { timeZone: 'Asia/Ho_Chi_Minh' }).map((m) => m.vi);
 * // ['3 báo cáo chờ gửi', 'Đã đồng bộ lúc 14:05']
 * ```
 */
export function syncStatusMessages(status: SyncStatus, options: SyncTextOptions = {}): Bilingual[] {
  const out: Bilingual[] = [];
  const retry = status.retryAt ? clockTime(status.retryAt, options) : undefined;
  if (!status.online) {
    out.push(retry
      ? { vi: `Mất kết nối máy chủ; thử lại lúc ${retry}`, en: `Offline; trying again at ${retry}` }
      : { vi: 'Mất kết nối máy chủ', en: 'Offline' });
  } else if (status.error) {
    out.push(retry
      ? { vi: `${status.error.vi} Thử lại lúc ${retry}.`, en: `${status.error.en ?? status.error.vi} Trying again at ${retry}.` }
      : status.error);
  }
  if (status.pendingSubmissions > 0 || status.pending === 0) out.push(pendingText(status.pendingSubmissions));
  const others = status.pending - status.pendingSubmissions;
  if (others > 0) out.push({ vi: `${others} bản ghi khác chờ gửi`, en: `${others} other record${others === 1 ? '' : 's'} waiting to be sent` });
  out.push(syncedText(status.lastSyncedAt, options));
  if (status.refused.length > 0) {
    const n = status.refused.length;
    out.push({ vi: `${n} bản ghi bị từ chối`, en: `${n} record${n === 1 ? '' : 's'} refused` });
  }
  return out;
}
