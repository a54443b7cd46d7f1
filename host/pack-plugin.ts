/**
 * Serves (dev) and emits (build) `/packs/<id>.json`: a pack folder of `schemas/packs/` as one
 * PackSource object, for pages that embed the elements with nothing but the one-file bundle.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function folder(dir: string): unknown[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => readJson(join(dir, f)));
}

/** The pack folder as one object. */
export function packObject(dir: string): Record<string, unknown> {
  return {
    manifest: readJson(join(dir, 'pack.json')),
    orgUnits: readJson(join(dir, 'org-units.json')),
    agencies: readJson(join(dir, 'agencies.json')),
    categorySets: readJson(join(dir, 'category-sets.json')),
    criteriaSets: folder(join(dir, 'criteria')),
    calendar: readJson(join(dir, 'calendar.json')),
    plan: readJson(join(dir, 'plan.json')),
    forms: folder(join(dir, 'forms')),
  };
}

/** The plugin: `packsDir` holds one folder per pack. */
export function packJsonPlugin(packsDir: string): Plugin {
  const ids = () => readdirSync(packsDir).filter((d) => existsSync(join(packsDir, d, 'pack.json')));
  return {
    name: 'formplan-pack-json',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /^\/packs\/([a-z0-9-]+)\.json$/.exec(req.url ?? '');
        if (!m || !ids().includes(m[1])) return next();
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify(packObject(join(packsDir, m[1]))));
      });
    },
    generateBundle() {
      for (const id of ids()) {
        this.emitFile({ type: 'asset', fileName: `packs/${id}.json`, source: JSON.stringify(packObject(join(packsDir, id))) });
      }
    },
  };
}
