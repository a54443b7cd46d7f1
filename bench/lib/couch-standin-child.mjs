// Runs the CouchDB stand-in in its own process for the sync benchmark (so the client's memory is
// measured apart from the server's): prints `{ url, admin }` as one JSON line, ends on stdin close.
import { startCouchStandIn } from '../../test/support/couch-standin.mjs';

const couch = await startCouchStandIn();
process.stdout.write(`${JSON.stringify({ url: couch.url, admin: couch.admin })}\n`);
process.stdin.resume();
process.stdin.on('end', () => void couch.close().then(() => process.exit(0)));
