/**
 * What the CouchDB server enforces: the design document with `validate_doc_update` (a plain
 * JavaScript source text, run by CouchDB on the server, never on a ward's page), the database
 * security object, and the users made from a pack's org units.
 */
import type { OrgUnit } from '../pack/types.js';
import { IMMUTABLE_REASON } from './sync-engine.js';

/** Id of formplan's design document. */
export const DESIGN_DOC_ID = '_design/formplan';

/**
 * The `validate_doc_update` function as CouchDB stores it (ES5: CouchDB 3's SpiderMonkey).
 * Rules: formplan records are never changed nor deleted (only `_admin` may); a document's name
 * is `<type>:<64 hex>` and a submission's is its own hash; a user with role `ward:<code>` writes
 * only submissions and self-assessments whose `ward` is `<code>`; a user with role `district`
 * writes anything formplan syncs (reviews, reopenings, packs, verifications, and submissions it
 * received by file); nobody else writes.
 */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx, secObj) {
  var roles = (userCtx && userCtx.roles) || [];
  function has(role) { return roles.indexOf(role) !== -1; }
  function refuse(vi, en) { throw ({ forbidden: vi + ' / ' + en }); }
  if (has('_admin')) return;
  if (oldDoc) refuse('${IMMUTABLE_REASON}: bản ghi đã có, không sửa được', 'record exists and cannot change');
  if (newDoc._deleted) refuse('Không được xóa bản ghi formplan', 'formplan records cannot be deleted');
  var types = { pack: 1, submission: 1, reopen: 1, review: 1, assessment: 1 };
  var r = newDoc.record;
  if (newDoc.formplan !== 1 || !types[newDoc.type] || !r || typeof r !== 'object') {
    refuse('Không phải bản ghi formplan: ' + newDoc._id, 'not a formplan record: ' + newDoc._id);
  }
  var parts = String(newDoc._id).split(':');
  if (parts.length !== 2 || parts[0] !== newDoc.type || !/^[0-9a-f]{64}$/.test(parts[1])) {
    refuse('Tên tài liệu phải là "' + newDoc.type + ':<mã băm>"', 'document name must be "' + newDoc.type + ':<hash>"');
  }
  if ((newDoc.type === 'submission' || newDoc.type === 'pack') && r.hash !== parts[1]) {
    refuse('Tên tài liệu khác mã băm của bản ghi', 'document name differs from the record hash');
  }
  if (newDoc.type !== 'pack' && (typeof r.ward !== 'string' || newDoc.ward !== r.ward)) {
    refuse('Thiếu phường của bản ghi', 'the record has no ward');
  }
  if (has('district')) return;
  var own = newDoc.type !== 'pack' && has('ward:' + r.ward);
  if ((newDoc.type === 'submission' || newDoc.type === 'assessment') && own) return;
  if (newDoc.type === 'submission' || newDoc.type === 'assessment') {
    refuse('Tài khoản này không được ghi dữ liệu của phường ' + r.ward, 'this account may not write records of ward ' + r.ward);
  }
  refuse('Chỉ quận được ghi ' + newDoc.type, 'only the district may write a ' + newDoc.type);
}`;

/** The design document to put at {@link DESIGN_DOC_ID}. */
export function designDocument(): { _id: string; language: 'javascript'; validate_doc_update: string } {
  return { _id: DESIGN_DOC_ID, language: 'javascript', validate_doc_update: VALIDATE_DOC_UPDATE };
}

/** A CouchDB user to create in `_users`. */
export interface CouchUser {
  name: string;
  roles: string[];
  /** the org unit it stands for */
  orgUnit: string;
  /** its display name (the org unit's) */
  label: string;
}

/** The role of a ward user. */
export function wardRole(code: string): string {
  return `ward:${code}`;
}

/**
 * The users for a pack: one per ward (`ward-<code>`, role `ward:<code>`) and one per district
 * (`district-<code>`, roles `district` and `district:<code>`). Names are lower case (CouchDB
 * user names are case-sensitive; lower case is easier to type).
 */
export function usersOfPack(orgUnits: readonly OrgUnit[]): CouchUser[] {
  const out: CouchUser[] = [];
  for (const u of orgUnits) {
    if (u.level === 'ward') out.push({ name: `ward-${u.code.toLowerCase()}`, roles: [wardRole(u.code)], orgUnit: u.code, label: u.name });
    if (u.level === 'district') out.push({ name: `district-${u.code.toLowerCase()}`, roles: ['district', `district:${u.code}`], orgUnit: u.code, label: u.name });
  }
  return out;
}

/** The database name for a district: `formplan-<code>` in lower case (CouchDB's rule for names). */
export function districtDbName(districtCode: string): string {
  return `formplan-${districtCode.toLowerCase().replace(/[^a-z0-9_$()+/-]/g, '-')}`;
}

/**
 * The security object: members are this district (role `district:<code>`) and its wards (roles
 * `ward:<code>`), so nobody else reads or writes, not even another district's users on the same
 * server (their generic `district` role, which `validate_doc_update` reads, opens no database by
 * itself); only server admins administer.
 */
export function securityObject(users: readonly CouchUser[]): { admins: { names: string[]; roles: string[] }; members: { names: string[]; roles: string[] } } {
  const roles = [...new Set(users.flatMap((u) => u.roles.filter((r) => r.startsWith('district:') || r.startsWith('ward:'))))].sort();
  return { admins: { names: [], roles: [] }, members: { names: [], roles } };
}
