/**
 * The few CouchDB endpoints formplan speaks (`_all_docs`, `_bulk_docs`, `_changes`, `_session`),
 * over an injectable `fetch`. Framework-free; used in browsers and in node alike.
 */
import type { Bilingual } from '../common/bilingual.js';
import { FormplanError } from '../common/formplan-error.js';

/** The `fetch` formplan calls (the global one by default; tests inject a failing one). */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Thrown when the server cannot be reached (network down, DNS, CORS refused). */
export class SyncOfflineError extends FormplanError {
  constructor(cause: unknown) {
    super('sync-offline', { vi: 'Không kết nối được máy chủ đồng bộ.', en: 'The sync server cannot be reached.' }, { cause });
    this.name = 'SyncOfflineError';
  }
}

/** Thrown when the server answers with an error status. */
export class SyncHttpError extends FormplanError {
  /** HTTP status */
  readonly status: number;
  /** CouchDB's `error` field (`unauthorized`, `forbidden`, `not_found`, …) */
  readonly error: string;

  constructor(status: number, error: string, reason: string, what: Bilingual) {
    super('sync-http', httpMessage(status, reason, what));
    this.name = 'SyncHttpError';
    this.status = status;
    this.error = error;
  }
}

function httpMessage(status: number, reason: string, what: Bilingual): Bilingual {
  const en = what.en ?? what.vi;
  if (status === 401) return { vi: `Chưa đăng nhập hoặc sai mật khẩu khi ${what.vi} (${reason}).`, en: `Not logged in or wrong password while ${en} (${reason}).` };
  if (status === 403) return { vi: `Máy chủ từ chối khi ${what.vi}: ${reason}.`, en: `The server refused while ${en}: ${reason}.` };
  return { vi: `Máy chủ trả lỗi ${status} khi ${what.vi}: ${reason}.`, en: `The server answered ${status} while ${en}: ${reason}.` };
}

/** One row of `_all_docs?keys=…`. */
interface AllDocsRow {
  key: string;
  id?: string;
  error?: string;
  value?: { rev: string; deleted?: boolean };
  doc?: unknown;
}

/** One result of `_bulk_docs`. */
export interface BulkResult {
  id: string;
  ok?: boolean;
  rev?: string;
  error?: string;
  reason?: string;
}

/** One page of `_changes`. */
export interface ChangesPage {
  results: { id: string; seq: unknown; deleted?: boolean; doc?: unknown }[];
  last_seq: unknown;
}

/** Who the server says is logged in. */
export interface SessionInfo {
  name: string | null;
  roles: string[];
}

/** Options of {@link CouchDb}. */
export interface CouchDbOptions {
  fetch?: FetchLike;
  /** HTTP Basic credentials (node, tests); browsers use the `_session` cookie instead */
  basicAuth?: { username: string; password: string };
}

/** A seq as the `since` parameter wants it (CouchDB's are opaque strings, PouchDB's numbers). */
export function seqText(seq: unknown): string {
  return typeof seq === 'string' ? seq : JSON.stringify(seq ?? 0);
}

/** One CouchDB database, by URL (`https://host:5984/formplan-d003`). */
export class CouchDb {
  /** the database URL without a trailing slash */
  readonly url: string;
  /** the server's root URL (for `_session`) */
  readonly serverUrl: string;
  private readonly fetchFn: FetchLike;
  private readonly authHeader: string | undefined;

  constructor(dbUrl: string, options: CouchDbOptions = {}) {
    this.url = dbUrl.replace(/\/+$/, '');
    this.serverUrl = this.url.slice(0, this.url.lastIndexOf('/'));
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const b = options.basicAuth;
    this.authHeader = b ? `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${b.username}:${b.password}`)))}` : undefined;
  }

  /**
   * One JSON request.
   * @param what what is being done, for the error message
   * @throws {SyncOfflineError} when the request does not reach the server (or is aborted: `AbortError` is rethrown)
   * @throws {SyncHttpError} on an error status
   */
  async request<T>(method: string, url: string, what: Bilingual, body?: unknown, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.authHeader) headers.authorization = this.authHeader;
    let res: Response;
    try {
      res = await this.fetchFn(url, {
        method, headers, credentials: 'include', body: body === undefined ? undefined : JSON.stringify(body), signal,
      });
    } catch (e) {
      if (e instanceof Error && e.name === 'AbortError') throw e;
      throw new SyncOfflineError(e);
    }
    let text: string;
    try {
      text = await res.text();
    } catch (e) {
      if (e instanceof Error && e.name === 'AbortError') throw e;
      throw new SyncOfflineError(e);
    }
    const json: unknown = text ? safeParse(text) : undefined;
    if (!res.ok) {
      const o = (json ?? {}) as { error?: unknown; reason?: unknown };
      throw new SyncHttpError(res.status, String(o.error ?? res.statusText), String(o.reason ?? res.statusText), what);
    }
    return json as T;
  }

  /** Which of these ids the database holds (deleted ones do not count). */
  async existing(ids: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    if (ids.length === 0) return out;
    const page = await this.request<{ rows: AllDocsRow[] }>('POST', `${this.url}/_all_docs`, { vi: 'kiểm tra bản ghi đã gửi', en: 'checking sent records' }, { keys: ids });
    for (const row of page.rows) if (row.value && !row.value.deleted && !row.error) out.add(row.key);
    return out;
  }

  /** The documents with these ids, those that exist. */
  async getMany(ids: readonly string[]): Promise<unknown[]> {
    if (ids.length === 0) return [];
    const page = await this.request<{ rows: AllDocsRow[] }>('POST', `${this.url}/_all_docs?include_docs=true`, { vi: 'tải bản ghi', en: 'fetching records' }, { keys: ids });
    return page.rows.filter((r) => r.doc && !r.error).map((r) => r.doc);
  }

  /** Writes new documents; each gets its own result (ok, `conflict`, `forbidden`, `unauthorized`). */
  bulkDocs(docs: readonly object[]): Promise<BulkResult[]> {
    return this.request<BulkResult[]>('POST', `${this.url}/_bulk_docs`, { vi: 'gửi bản ghi', en: 'sending records' }, { docs });
  }

  /**
   * One page of changes after `since`, with the documents.
   * @param options `longpollMs`: wait that long for a change when there is none yet
   */
  changes(since: string, limit: number, options: { longpollMs?: number; signal?: AbortSignal } = {}): Promise<ChangesPage> {
    const q = new URLSearchParams({ since, include_docs: 'true', limit: String(limit) });
    if (options.longpollMs !== undefined) {
      q.set('feed', 'longpoll');
      q.set('timeout', String(options.longpollMs));
    }
    return this.request<ChangesPage>('GET', `${this.url}/_changes?${q.toString()}`, { vi: 'nhận thay đổi', en: 'reading changes' }, undefined, options.signal);
  }

  /** Logs in (`POST /_session`): the server sets the session cookie. */
  async login(name: string, password: string): Promise<SessionInfo> {
    const r = await this.request<{ name?: string; roles?: string[] }>('POST', `${this.serverUrl}/_session`, { vi: 'đăng nhập', en: 'logging in' }, { name, password });
    return { name: r.name ?? name, roles: r.roles ?? [] };
  }

  /** Logs out (`DELETE /_session`). */
  async logout(): Promise<void> {
    await this.request('DELETE', `${this.serverUrl}/_session`, { vi: 'đăng xuất', en: 'logging out' });
  }

  /** Who is logged in (`GET /_session`); `name` is null when nobody is. */
  async session(): Promise<SessionInfo> {
    const r = await this.request<{ userCtx?: { name?: string | null; roles?: string[] } }>('GET', `${this.serverUrl}/_session`, { vi: 'đọc phiên đăng nhập', en: 'reading the session' });
    return { name: r.userCtx?.name ?? null, roles: r.userCtx?.roles ?? [] };
  }
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
