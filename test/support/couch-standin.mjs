// A CouchDB-protocol stand-in for tests: express-pouchdb over in-memory PouchDB, on 127.0.0.1.
// Production uses Apache CouchDB 3.x; docs/sync.md lists where this stand-in differs.
// Guards: databases are created by the admin at start (express-pouchdb crashes the process when
// an unauthenticated client creates one), and a middleware refuses any other database creation
// by a non-admin before express-pouchdb sees it. CORS is answered here for browser tests, and so
// is `_changes?feed=longpoll` (see `longpoll` below).
import { Buffer } from 'node:buffer';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { URLSearchParams } from 'node:url';

const require = createRequire(import.meta.url);
let instances = 0;

/**
 * Starts a stand-in server.
 * @param {{ admin?: { username: string, password: string }, databases?: string[], port?: number }} [options]
 * @returns {Promise<import('./couch-standin.d.mts').CouchStandIn>}
 */
export async function startCouchStandIn(options = {}) {
  const admin = options.admin ?? { username: 'admin', password: 'admin-secret' };
  const PouchDB = require('pouchdb-core')
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-mapreduce'))
    .plugin(require('pouchdb-replication'));
  // each stand-in its own in-memory namespace (memdown shares one store per process)
  const Mem = PouchDB.defaults({ adapter: 'memory', prefix: `standin${++instances}-${process.pid}-` });
  const express = require('express');
  const app = express();
  let url = '';
  let closing = false;
  const adminHeader = `Basic ${Buffer.from(`${admin.username}:${admin.password}`).toString('base64')}`;
  app.use((req, res, next) => {
    const origin = req.headers.origin;
    if (origin) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD, DELETE');
      res.setHeader('Access-Control-Allow-Headers', 'accept, authorization, content-type, origin, referer');
    }
    if (req.method === 'OPTIONS') return void res.status(204).end();
    // guard: only the admin creates a database (/<name> with a PUT)
    const segments = req.path.split('/').filter(Boolean);
    if (req.method === 'PUT' && segments.length === 1 && !segments[0].startsWith('_') && req.headers.authorization !== adminHeader) {
      return void res.status(401).json({ error: 'unauthorized', reason: 'Only an admin creates databases (stand-in guard).' });
    }
    if (req.method === 'GET' && segments.length === 2 && segments[1] === '_changes' && req.query.feed === 'longpoll') {
      return void longpoll(req, res);
    }
    next();
  });
  app.use(require('express-pouchdb')(Mem, {
    mode: 'fullCouchDB', inMemoryConfig: true, logPath: path.join(os.tmpdir(), `formplan-standin-${process.pid}.log`),
  }));
  // express-pouchdb's own longpoll ignores `timeout` and leaks its heartbeat timer when the client
  // goes away (the process then never exits): longpoll is answered here instead, by asking
  // express-pouchdb for the normal feed (so logins and security still apply) until there is a
  // change, the timeout passes, or the client leaves.
  const longpoll = async (req, res) => {
    const query = new URLSearchParams(req.query);
    query.delete('feed');
    query.delete('timeout');
    query.delete('heartbeat');
    const target = `${url}${req.path}?${query}`;
    const headers = Object.fromEntries(['authorization', 'cookie'].filter((h) => req.headers[h]).map((h) => [h, req.headers[h]]));
    const until = Date.now() + Math.min(Number(req.query.timeout ?? 60_000) || 60_000, 60_000);
    let gone = false;
    res.on('close', () => { gone = true; });
    for (;;) {
      let answer;
      let body;
      try {
        answer = await fetch(target, { headers });
        body = await answer.text();
      } catch {
        if (!gone && !closing) res.status(503).json({ error: 'unavailable', reason: 'stand-in longpoll failed' });
        return;
      }
      const empty = answer.ok && JSON.parse(body).results?.length === 0;
      if (!empty || Date.now() >= until || gone || closing) {
        if (!gone) res.status(answer.status).type('application/json').send(body);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const server = await new Promise((resolve) => {
    const s = app.listen(options.port ?? 0, '127.0.0.1', () => resolve(s));
  });
  url = `http://127.0.0.1:${server.address().port}`;
  const call = async (method, p, body, auth = adminHeader) => {
    const res = await fetch(url + p, {
      method, headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok && res.status !== 412) throw new Error(`${method} ${p}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  await call('PUT', `/_config/admins/${encodeURIComponent(admin.username)}`, admin.password, null);
  for (const db of ['_users', ...(options.databases ?? [])]) await call('PUT', `/${encodeURIComponent(db)}`);
  return {
    url,
    admin,
    request: call,
    async close() {
      closing = true;
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
