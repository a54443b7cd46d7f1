// A tiny static server on 127.0.0.1 (random port) for pages that load the one-file bundle.
// Serves only the routes it is given (path → { type, body } or a file path): nothing else on disk.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8' };

/**
 * Starts a server for a fixed set of routes.
 * @param {Record<string, string | { type?: string, body: string | Buffer }>} routes - URL path →
 *   a file on disk (read on each request, so a rebuilt bundle is served fresh) or inline content
 * @param {{ cache?: boolean, headers?: Record<string, string> }} [options] - `cache`: let the browser cache responses (for
 *   content-hashed assets such as a Storybook build); default: `no-store`; `headers`: sent with
 *   every response (e.g. a Content-Security-Policy)
 * @returns {Promise<{ url: string, requests: string[], close: () => Promise<void> }>}
 */
export async function serveStatic(routes, options = {}) {
  const cacheControl = options.cache ? 'public, max-age=3600' : 'no-store';
  const requests = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const route = Object.prototype.hasOwnProperty.call(routes, path) ? routes[path] : undefined;
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const ext = path.slice(path.lastIndexOf('.'));
      const body = typeof route === 'string' ? readFileSync(route) : route.body;
      const type = (typeof route === 'object' && route.type) || TYPES[ext] || 'application/octet-stream';
      res.writeHead(200, { ...options.headers, 'content-type': type, 'cache-control': cacheControl }).end(body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}
