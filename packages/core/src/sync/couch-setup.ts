/**
 * Prepares a CouchDB server for formplan, idempotently: one database per district of the pack
 * with formplan's design document and security object, and the users (one per ward, one per
 * district) in `_users`. Run by `formplan couch-setup` (and by the sync tests against the
 * stand-in server).
 */
import type { OrgUnit } from '../pack/types.js';
import { CouchDb, SyncHttpError, type FetchLike } from './couch-http.js';
import { designDocument, DESIGN_DOC_ID, districtDbName, securityObject, usersOfPack, type CouchUser } from './couch-design.js';

/** How to set a server up. */
export interface CouchSetupOptions {
  /** the server root, e.g. `http://127.0.0.1:5984` */
  serverUrl: string;
  /** a server admin */
  admin: { username: string; password: string };
  /** the pack's org units (districts and their wards) */
  orgUnits: readonly OrgUnit[];
  /** passwords by user name; a user without one gets a generated password when created */
  passwords?: Readonly<Record<string, string>>;
  /** allow the portal's origin to call CouchDB from the browser (CORS with credentials) */
  corsOrigin?: string;
  fetch?: FetchLike;
  /** password generator (tests make it deterministic) */
  generatePassword?: () => string;
}

/** What setup did. */
export interface CouchSetupReport {
  databases: { name: string; url: string; district: string; created: boolean; designUpdated: boolean }[];
  /** `password` is given only when it was set now (created, or changed from the passwords file) */
  users: { name: string; roles: string[]; label: string; action: 'created' | 'updated' | 'kept'; password?: string }[];
  /** CORS: configured, or why not */
  cors?: 'configured' | 'not-supported';
}

/** 16 characters from an unambiguous alphabet, from the platform's secure random source (unbiased). */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY3479';
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < 16) {
    for (const b of globalThis.crypto.getRandomValues(new Uint8Array(32))) {
      if (b < limit && out.length < 16) out += alphabet[b % alphabet.length];
    }
  }
  return out;
}

const isStatus = (e: unknown, status: number): boolean => e instanceof SyncHttpError && e.status === status;

/** Creates a database unless it exists; true when created. */
async function ensureDb(couch: CouchDb, url: string): Promise<boolean> {
  try {
    await couch.request('PUT', url, { vi: 'tạo cơ sở dữ liệu', en: 'creating the database' });
    return true;
  } catch (e) {
    if (isStatus(e, 412)) return false;
    throw e;
  }
}

async function getOrUndefined<T>(couch: CouchDb, url: string): Promise<T | undefined> {
  try {
    return await couch.request<T>('GET', url, { vi: 'đọc tài liệu', en: 'reading a document' });
  } catch (e) {
    if (isStatus(e, 404)) return undefined;
    throw e;
  }
}

/** Puts the design document when it is missing or differs; true when written. */
async function ensureDesign(couch: CouchDb, dbUrl: string): Promise<boolean> {
  const want = designDocument();
  const url = `${dbUrl}/${DESIGN_DOC_ID}`;
  const have = await getOrUndefined<{ _rev: string; validate_doc_update?: string }>(couch, url);
  if (have && have.validate_doc_update === want.validate_doc_update) return false;
  await couch.request('PUT', url, { vi: 'ghi tài liệu thiết kế', en: 'writing the design document' }, have ? { ...want, _rev: have._rev } : want);
  return true;
}

async function ensureUser(couch: CouchDb, serverUrl: string, user: CouchUser, opts: CouchSetupOptions): Promise<CouchSetupReport['users'][number]> {
  const url = `${serverUrl}/_users/org.couchdb.user:${encodeURIComponent(user.name)}`;
  const have = await getOrUndefined<{ _rev: string; roles?: string[] } & Record<string, unknown>>(couch, url);
  const given = opts.passwords?.[user.name];
  const base = { name: user.name, roles: user.roles, label: user.label };
  const what = { vi: `ghi tài khoản ${user.name}`, en: `writing user ${user.name}` };
  if (!have) {
    const password = given ?? (opts.generatePassword ?? generatePassword)();
    await couch.request('PUT', url, what, { _id: `org.couchdb.user:${user.name}`, name: user.name, type: 'user', roles: user.roles, password });
    return { ...base, action: 'created', password };
  }
  const sameRoles = JSON.stringify([...(have.roles ?? [])].sort()) === JSON.stringify([...user.roles].sort());
  if (sameRoles && given === undefined) return { ...base, action: 'kept' };
  const next: Record<string, unknown> = { ...have, roles: user.roles };
  if (given !== undefined) next.password = given;
  await couch.request('PUT', url, what, next);
  return { ...base, action: 'updated', ...(given !== undefined ? { password: given } : {}) };
}

async function configureCors(couch: CouchDb, serverUrl: string, origin: string): Promise<'configured' | 'not-supported'> {
  const settings: [string, string][] = [
    ['chttpd/enable_cors', 'true'], ['cors/origins', origin], ['cors/credentials', 'true'],
    ['cors/methods', 'GET, PUT, POST, HEAD, DELETE'], ['cors/headers', 'accept, authorization, content-type, origin, referer'],
  ];
  try {
    for (const [key, value] of settings) {
      await couch.request('PUT', `${serverUrl}/_node/_local/_config/${key}`, { vi: 'cấu hình CORS', en: 'configuring CORS' }, value);
    }
    return 'configured';
  } catch (e) {
    if (isStatus(e, 404) || isStatus(e, 400)) return 'not-supported';
    throw e;
  }
}

/**
 * Sets the server up (safe to run again: what exists is kept, a changed design document is
 * replaced, users keep their passwords unless the passwords file gives one).
 * @returns what was created, updated or kept, with the passwords set now
 * @throws {SyncHttpError} when the admin is refused or the server answers an error
 */
export async function couchSetup(opts: CouchSetupOptions): Promise<CouchSetupReport> {
  const serverUrl = opts.serverUrl.replace(/\/+$/, '');
  const couch = new CouchDb(`${serverUrl}/_users`, { fetch: opts.fetch, basicAuth: opts.admin });
  const report: CouchSetupReport = { databases: [], users: [] };
  await ensureDb(couch, `${serverUrl}/_users`);
  const districts = opts.orgUnits.filter((u) => u.level === 'district');
  for (const d of districts) {
    const units = opts.orgUnits.filter((u) => u.code === d.code || (u.level === 'ward' && u.parent === d.code));
    const users = usersOfPack(units);
    const name = districtDbName(d.code);
    const url = `${serverUrl}/${encodeURIComponent(name)}`;
    const created = await ensureDb(couch, url);
    const designUpdated = await ensureDesign(couch, url);
    await couch.request('PUT', `${url}/_security`, { vi: 'ghi quyền truy cập', en: 'writing the security object' }, securityObject(users));
    report.databases.push({ name, url, district: d.code, created, designUpdated });
    for (const u of users) report.users.push(await ensureUser(couch, serverUrl, u, opts));
  }
  if (opts.corsOrigin) report.cors = await configureCors(couch, serverUrl, opts.corsOrigin);
  return report;
}
