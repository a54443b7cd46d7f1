/**
 * The sync settings a host keeps (the CouchDB database URL and who this computer syncs for) and
 * their checks, with messages that say what is wrong.
 */
import type { Bilingual } from '../common/bilingual.js';
import type { SyncScope } from './outbox.js';

/** What a host stores in its settings to turn sync on. */
export interface SyncSettings {
  /** the database URL, e.g. `https://couch.example.org/formplan-d003` */
  dbUrl: string;
  scope: SyncScope;
}

/** The key under which a host keeps the sync state of a database (in localStorage or elsewhere). */
export function syncStateKey(dbUrl: string): string {
  return `formplan-sync:${dbUrl}`;
}

/**
 * Checks a database URL typed in the settings.
 * @returns the URL without trailing slashes, or why it is not usable
 * @example
 * ```ts
 * checkDbUrl('https://couch.example.org/formplan-d003/'); // { ok: true, url: 'https://couch.example.org/formplan-d003' }
 * checkDbUrl('couch.example.org');                          // { ok: false, message: { vi: 'Địa chỉ phải bắt đầu bằng https:// …', … } }
 * ```
 */
export function checkDbUrl(text: string): { ok: true; url: string } | { ok: false; message: Bilingual } {
  const trimmed = text.trim().replace(/\/+$/, '');
  let u: URL;
  try {
    u = new URL(trimmed);
  } catch {
    return { ok: false, message: { vi: 'Địa chỉ phải bắt đầu bằng https:// (hoặc http:// trên máy này), ví dụ https://couch.example.org/formplan-d003.', en: 'The address must start with https:// (or http:// on this computer), e.g. https://couch.example.org/formplan-d003.' } };
  }
  const local = u.hostname === 'localhost' || u.hostname === '127.0.0.1' || u.hostname === '[::1]';
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && local)) {
    return { ok: false, message: { vi: 'Địa chỉ máy chủ phải dùng https:// (mật khẩu không được gửi qua http).', en: 'The server address must use https:// (passwords are not sent over http).' } };
  }
  const db = u.pathname.split('/').filter(Boolean).pop();
  if (!db || db.startsWith('_') || u.search || u.hash) {
    return { ok: false, message: { vi: 'Địa chỉ phải kết thúc bằng tên cơ sở dữ liệu của quận, ví dụ …/formplan-d003.', en: 'The address must end with the district database name, e.g. …/formplan-d003.' } };
  }
  return { ok: true, url: `${u.origin}${u.pathname.replace(/\/+$/, '')}` };
}

/**
 * Who a CouchDB login syncs for, from the roles `couch-setup` gives (`district`, `ward:<code>`);
 * undefined for any other user (a server admin).
 * @example
 * ```ts
 * scopeOfRoles(['ward:P00091']); // { role: 'ward', ward: 'P00091' }
 * ```
 */
export function scopeOfRoles(roles: readonly string[]): SyncScope | undefined {
  if (roles.includes('district')) return { role: 'district' };
  const ward = roles.find((r) => r.startsWith('ward:'));
  return ward ? { role: 'ward', ward: ward.slice('ward:'.length) } : undefined;
}
