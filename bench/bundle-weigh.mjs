// What weighs in a dist file: builds packages/elements in memory (nothing is written) and prints,
// for one output file, each package or source folder and the heaviest modules with the bytes
// they add to the file gzipped (-9): the gzip size of all modules' code minus that without them.
// The code is measured before minification, so the numbers are about 1.3x the file's; use them
// to rank, and `npm run bench:size` for the file's real size.
// Usage: node bench/bundle-weigh.mjs [file, default formplan.js] [modules to list, default 30]
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const CONFIG = fileURLToPath(new URL('../packages/elements/vite.config.ts', import.meta.url));

/** A module id shortened to `pkg/...` for dependencies or `core/src/...` for the workspace. */
const shortId = (id) => id.replace(/.*node_modules\//, '').replace(/.*\/packages\//, '');
/** The package (`lit-html`, `@lit/task`) or the source folder (`core/src/storage`) of a short id. */
function groupOf(id) {
  if (/^(core|elements|cli)\/src\//.test(id)) return id.split('/').slice(0, 3).join('/');
  return id.split('/').slice(0, id.startsWith('@') ? 2 : 1).join('/');
}

/**
 * The modules of one output file with their rendered code.
 * @param {string} file - output file name, e.g. `formplan.js`
 * @returns {Promise<{ id: string, code: string }[]>}
 */
export async function modulesOf(file) {
  const modules = [];
  await build({
    configFile: CONFIG,
    logLevel: 'silent',
    build: { write: false },
    plugins: [{
      name: 'formplan-weigh',
      generateBundle(_options, bundle) {
        const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.fileName === file);
        if (!chunk) throw new Error(`no output file ${file}`);
        for (const [id, m] of Object.entries(chunk.modules)) if (m.code) modules.push({ id: shortId(id), code: m.code });
      },
    }],
  });
  return modules;
}

/**
 * What each group and module adds to the gzipped file.
 * @param {{ id: string, code: string }[]} modules
 */
export function weigh(modules) {
  const gz = (ms) => gzipSync(ms.map((m) => m.code).join('\n'), { level: 9 }).length;
  const total = gz(modules);
  const without = (keep) => total - gz(modules.filter(keep));
  const groups = [...new Set(modules.map((m) => groupOf(m.id)))].map((g) => ({ name: g, bytes: without((m) => groupOf(m.id) !== g) }));
  const each = modules.map((m) => ({ name: m.id, bytes: without((o) => o !== m) }));
  const desc = (a, b) => b.bytes - a.bytes;
  return { total, groups: groups.sort(desc), modules: each.sort(desc) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2] ?? 'formplan.js';
  const top = Number(process.argv[3] ?? 30);
  const { total, groups, modules } = weigh(await modulesOf(file));
  const row = ({ name, bytes }) => `${String(bytes).padStart(7)}  ${name}`;
  console.log(`${file}: ${total} B gzip (-9) of unminified module code\n\nby package or folder`);
  console.log(groups.map(row).join('\n'));
  console.log(`\nheaviest ${top} modules`);
  console.log(modules.slice(0, top).map(row).join('\n'));
}
