// The CouchDB stand-in (test/support/couch-standin.mjs) in a process of its own for the
// end-to-end tests: the test process stays free to run child commands synchronously, and the
// stand-in's timers (express-pouchdb keeps some after closing) end with its process.
// For development: `npm run couch:standin` (port 5984) serves it until Ctrl+C.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);

/**
 * Starts the stand-in in a child process.
 * @returns {Promise<{ url: string, admin: { username: string, password: string }, close: () => Promise<void> }>}
 */
export async function startCouchProcess() {
  const child = spawn(process.execPath, [SELF, '--serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let buffered = '';
  const [line] = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the stand-in ended (${code}) before it started`)));
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      if (buffered.includes('\n')) resolve([buffered.slice(0, buffered.indexOf('\n'))]);
    });
  });
  const { url, admin } = JSON.parse(line);
  return {
    url, admin,
    async close() {
      if (child.exitCode !== null) return;
      const ended = once(child, 'exit');
      child.kill();
      await ended;
    },
  };
}

if (process.argv[2] === '--serve') {
  const { startCouchStandIn } = await import('../../support/couch-standin.mjs');
  const port = Number(process.argv[3] ?? 0);
  const couch = await startCouchStandIn({ port });
  process.stdout.write(`${JSON.stringify({ url: couch.url, admin: couch.admin })}\n`);
  if (port) {
    process.stderr.write(`CouchDB stand-in (in memory) on ${couch.url}; admin ${couch.admin.username}:${couch.admin.password}. Next:\n`
      + `  npm run couch:setup -- ${couch.url} --pack schemas/packs/tay-ho-2018 --admin ${couch.admin.username}:${couch.admin.password}\n`);
  }
}
