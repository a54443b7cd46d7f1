/** A running CouchDB-protocol stand-in (express-pouchdb, in memory). */
export interface CouchStandIn {
  /** server root, e.g. `http://127.0.0.1:40123` */
  url: string;
  admin: { username: string; password: string };
  /** one JSON request as the admin (412 "exists" is not an error) */
  request(method: string, path: string, body?: unknown, auth?: string | null): Promise<unknown>;
  close(): Promise<void>;
}

/** Starts a stand-in on 127.0.0.1 (a free port unless given); databases are created by the admin. */
export function startCouchStandIn(options?: {
  admin?: { username: string; password: string };
  databases?: string[];
  port?: number;
}): Promise<CouchStandIn>;
