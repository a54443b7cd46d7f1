// Size and shape of the one-file bundle packages/elements/dist/formplan.js.
// Prints raw, gzip (level 9) and brotli sizes, and fails (exit 1) when the file:
// - is missing or does not parse,
// - imports anything (static or dynamic import): it must work alone on a plain page,
// - still holds decorator or `accessor` syntax (legacy decorators must be lowered),
// - contains 'fp-schema-editor' (the form element must not pull in editor code).
// Usage: node bench/bundle-size.mjs [path]   (build first: npm run build)
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseSync } from 'vite'; // vite 8 re-exports rolldown's (oxc) parser

/** Where `npm run build` writes the bundle. */
export const BUNDLE_PATH = fileURLToPath(new URL('../packages/elements/dist/formplan.js', import.meta.url));

/** Strings the form bundle must not contain. */
export const FORBIDDEN_STRINGS = ['fp-schema-editor', 'fp-rollover'];

function walk(node, visit) {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, visit);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  if (typeof node.type === 'string') visit(node);
  for (const key of Object.keys(node)) {
    if (key !== 'parent') walk(node[key], visit);
  }
}

/**
 * Measures and checks a bundle.
 * @param {string} path - the bundle file
 * @returns {{ path: string, raw: number, gzip: number, brotli: number, problems: string[] }}
 */
export function bundleReport(path = BUNDLE_PATH) {
  if (!existsSync(path)) return { path, raw: 0, gzip: 0, brotli: 0, problems: [`missing: ${path} (run npm run build)`] };
  const bytes = readFileSync(path);
  const text = bytes.toString('utf8');
  const problems = [];
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  for (const s of FORBIDDEN_STRINGS) if (text.includes(s)) problems.push(`contains '${s}'`);
  const parsed = parseSync('formplan.js', text, { sourceType: 'module', lang: 'js' });
  if (parsed.errors.length > 0) problems.push(`does not parse: ${parsed.errors[0].message}`);
  const { staticImports, dynamicImports } = parsed.module;
  if (staticImports.length > 0) problems.push(`has ${staticImports.length} static import(s): ${staticImports.map((i) => i.moduleRequest.value).join(', ')}`);
  // `import(url)` of a URL known only at run time (`<fp-provider validators-src>`, the portal's own module) is no dependency
  const bundled = dynamicImports.filter((d) => /^['"`]/.test(text.slice(d.moduleRequest.start, d.moduleRequest.end)));
  if (bundled.length > 0) problems.push(`has ${bundled.length} dynamic import(s) of a fixed path`);
  let decorators = 0;
  let accessors = 0;
  walk(parsed.program, (n) => {
    if (n.type === 'Decorator') decorators++;
    if (n.type === 'AccessorProperty') accessors++;
  });
  if (decorators > 0) problems.push(`has ${decorators} unlowered decorator(s)`);
  if (accessors > 0) problems.push(`has ${accessors} 'accessor' field(s)`);
  return { path, raw: bytes.length, gzip, brotli, problems };
}

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = bundleReport(process.argv[2] ?? BUNDLE_PATH);
  console.log(`bundle   ${r.path}`);
  console.log(`raw      ${r.raw} B (${kB(r.raw)}, minified)`);
  console.log(`gzip -9  ${r.gzip} B (${kB(r.gzip)})`);
  console.log(`brotli   ${r.brotli} B (${kB(r.brotli)})`);
  if (r.problems.length > 0) {
    for (const p of r.problems) console.error(`FAIL: ${p}`);
    process.exit(1);
  }
  console.log('ok: no imports, no decorator syntax, no editor code');
}
