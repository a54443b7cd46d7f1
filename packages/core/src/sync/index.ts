/**
 * `@formplan/core/sync`: wards and district sync through Apache CouchDB 3.x. A separate entry
 * so that the code loads only when a server URL is configured (the ward bundle's first load
 * does not carry it). See docs/sync.md.
 */
export { SyncClient, type SyncOptions, type SyncReport } from './sync-client.js';
export type { SyncScope } from './outbox.js';
export {
  initialSyncStatus, pendingText, syncedText, syncStatusMessages, clockTime,
  type SyncPhase, type SyncRefusal, type SyncStatus, type SyncTextOptions,
} from './sync-status.js';
export {
  AckSet, MemorySyncStateStore, keyValueSyncStateStore, parseState, type KeyValueLike, type PersistedSyncState, type SyncStateStore,
} from './sync-state.js';
export { backoffDelay, systemSyncClock, type BackoffOptions, type SyncClock } from './sync-clock.js';
export {
  CouchDb, SyncHttpError, SyncOfflineError, seqText, type BulkResult, type ChangesPage, type CouchDbOptions, type FetchLike, type SessionInfo,
} from './couch-http.js';
export {
  docIdOf, fromSyncDoc, isDocType, isRefusal, recordHash, toSyncDoc, MAX_DOC_BYTES, MAX_PACK_DOC_BYTES, SYNC_DOC_TYPES,
  type DocRefusal, type SyncDoc, type SyncDocType, type SyncEntry, type SyncRecord,
} from './sync-docs.js';
export { IMMUTABLE_REASON, type PullReport, type PushReport } from './sync-engine.js';
export {
  DESIGN_DOC_ID, VALIDATE_DOC_UPDATE, designDocument, districtDbName, securityObject, usersOfPack, wardRole, type CouchUser,
} from './couch-design.js';
export { couchSetup, generatePassword, type CouchSetupOptions, type CouchSetupReport } from './couch-setup.js';
export { checkDbUrl, scopeOfRoles, syncStateKey, type SyncSettings } from './sync-settings.js';
