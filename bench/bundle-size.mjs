// Size and shape of every file `npm run build` writes to packages/elements/dist (see FILES).
// Prints each file's raw, gzip (level 9) and brotli sizes, and fails (exit 1) when a file:
// - is missing or does not parse,
// - imports anything but its listed siblings (static `import` or `import('<fixed path>')`); an
//   `import(url)` of a URL known only at run time (`<fp-provider validators-src>`) is allowed,
// - still holds decorator or `accessor` syntax (legacy decorators must be lowered),
// - contains one of its forbidden strings (another user's elements, XLSX, the editor),
// - lacks (or, not being a file a form mounts with, has) V8's compile hint in its first lines,
// - is larger than its limit, min+gzip: the ward file (formplan.js) at most 60 KB, the editor's
//   (formplan-editor.js) 150 KB.
// Usage: node bench/bundle-size.mjs [dist folder]   (build first: npm run build)
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseSync } from 'vite'; // vite 8 re-exports rolldown's (oxc) parser

/** Where `npm run build` writes the files. */
export const DIST = fileURLToPath(new URL('../packages/elements/dist/', import.meta.url));

/** The ward portal's file: `<fp-provider>`, `<fp-form>` and its renderers. */
export const BUNDLE_PATH = `${DIST}formplan.js`;

const KB = 1024;
/** The ward file's limit, min+gzip (-9), in bytes; the goal is 45 KB. */
export const WARD_LIMIT = 60 * KB;
export const WARD_GOAL = 45 * KB;
/**
 * The administrator's file, min+gzip: editor code only (lit, the form and the renderers come from
 * formplan.js, the district's elements from formplan-district.js); ajv is most of it. Built
 * self-contained it was 235 KB.
 */
export const EDITOR_LIMIT = 150 * KB;

const EDITOR_STRINGS = ['fp-schema-editor', 'fp-rollover'];
const XLSX_STRINGS = ['write-excel-file', 'xl/worksheets', '[Content_Types].xml', 'sharedStrings'];
const DISTRICT_STRINGS = ['fp-aggregate', 'fp-plan', 'fp-assessment'];

/** Strings the ward file must not contain: editor, district, plan, assessment, calendar and XLSX code. */
export const FORBIDDEN_STRINGS = [...EDITOR_STRINGS, ...DISTRICT_STRINGS, 'fp-calendar', ...XLSX_STRINGS];

/**
 * V8's compile hint (see COMPILE_HINT in packages/elements/vite.config.ts): the files a form runs
 * as it mounts carry it in their first lines, so their functions are compiled with the file.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Every file of dist: who loads it, what it may import (same folder), what it must not contain,
 * and its size limit (min+gzip bytes) if it has one.
 */
export const FILES = [
  { name: 'formplan.js', user: 'ward portal: <fp-provider>, <fp-form>, renderers', imports: [], dynamic: ['./formplan-runtime.js', './formplan-parser.js', './formplan-xlsx.js'], forbidden: FORBIDDEN_STRINGS, limit: WARD_LIMIT, eager: true },
  { name: 'formplan-runtime.js', user: 'IndexedDB store, CSP-safe interpreter, paste reading, Excel work and dialog; imported by formplan.js on first need', imports: ['./formplan.js'], dynamic: [], forbidden: FORBIDDEN_STRINGS, eager: true },
  // built alone (vite --mode parser): needs no helper of the split build, imports nothing
  { name: 'formplan-parser.js', user: 'expression parser (jsep), imported by formplan.js when a form has no trees parsed ahead of time, by formplan-district.js and formplan-editor.js at once', imports: [], dynamic: [], forbidden: FORBIDDEN_STRINGS },
  { name: 'formplan-calendar.js', user: '<fp-calendar> (ward or district), with formplan.js', imports: ['./formplan.js'], dynamic: [], forbidden: [...EDITOR_STRINGS, ...DISTRICT_STRINGS, ...XLSX_STRINGS] },
  { name: 'formplan-district.js', user: 'district: <fp-aggregate>, <fp-plan>, <fp-assessment> + the above', imports: ['./formplan.js', './formplan-calendar.js', './formplan-parser.js'], dynamic: ['./formplan-xlsx.js'], forbidden: [...EDITOR_STRINGS, ...XLSX_STRINGS] },
  // built alone (vite --mode xlsx): shares no module with formplan.js, so it imports nothing
  { name: 'formplan-xlsx.js', user: 'XLSX both ways (self-contained), imported on demand: district totals export, a ward\'s Biểu download / upload', imports: [], dynamic: [], forbidden: [...EDITOR_STRINGS, ...DISTRICT_STRINGS] },
  { name: 'formplan-editor.js', user: 'administrator: <fp-schema-editor>, <fp-rollover>, with formplan-district.js and formplan.js', imports: ['./formplan.js', './formplan-calendar.js', './formplan-district.js', './formplan-parser.js'], dynamic: [], forbidden: [], limit: EDITOR_LIMIT },
];

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

/** The spec of FILES for a path, or the ward file's when the name is unknown. */
function specOf(path) {
  const name = path.split(/[\\/]/).pop();
  return FILES.find((f) => f.name === name) ?? FILES[0];
}

/** `import` specifiers and the fixed paths of `import()`s of a parsed module. */
function importsOf(parsed, text) {
  const { staticImports, dynamicImports } = parsed.module;
  const fixed = dynamicImports
    .map((d) => text.slice(d.moduleRequest.start, d.moduleRequest.end))
    .filter((s) => /^['"`][^'"`$]*['"`]$/.test(s))
    .map((s) => s.slice(1, -1));
  const variable = dynamicImports.length - fixed.length;
  return { statics: staticImports.map((i) => i.moduleRequest.value), fixed, variable };
}

/**
 * Measures and checks one file of dist.
 * @param {string} path - the file
 * @param {typeof FILES[number]} spec - what it may import and contain, its limit
 * @returns {{ path: string, raw: number, gzip: number, brotli: number, limit?: number, oversize?: string, problems: string[] }}
 *   `problems` are faults of shape; `oversize` says by how much the file exceeds its limit
 */
export function bundleReport(path = BUNDLE_PATH, spec = specOf(path)) {
  if (!existsSync(path)) return { path, raw: 0, gzip: 0, brotli: 0, limit: spec.limit, problems: [`missing: ${path} (run npm run build)`] };
  const bytes = readFileSync(path);
  const text = bytes.toString('utf8');
  const problems = [];
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const oversize = spec.limit !== undefined && gzip > spec.limit ? `is ${gzip} B min+gzip, above its limit of ${spec.limit} B` : undefined;
  for (const s of spec.forbidden) if (text.includes(s)) problems.push(`contains '${s}'`);
  if (text.includes('process.env')) problems.push("reads process.env, which a page lacks");
  const hinted = text.split('\n', 3).includes(COMPILE_HINT);
  if (spec.eager && !hinted) problems.push(`lacks the compile hint '${COMPILE_HINT}' in its first lines`);
  if (!spec.eager && text.includes(COMPILE_HINT)) problems.push(`has the compile hint '${COMPILE_HINT}', meant for the files a form mounts with`);
  const parsed = parseSync(spec.name, text, { sourceType: 'module', lang: 'js' });
  if (parsed.errors.length > 0) problems.push(`does not parse: ${parsed.errors[0].message}`);
  const { statics, fixed } = importsOf(parsed, text);
  const extra = statics.filter((s) => !spec.imports.includes(s));
  if (extra.length > 0) problems.push(`has static import(s) of ${extra.join(', ')}`);
  const extraDynamic = fixed.filter((s) => !spec.dynamic.includes(s));
  if (extraDynamic.length > 0) problems.push(`has import() of ${extraDynamic.join(', ')}`);
  let decorators = 0;
  let accessors = 0;
  walk(parsed.program, (n) => {
    if (n.type === 'Decorator') decorators++;
    if (n.type === 'AccessorProperty') accessors++;
  });
  if (decorators > 0) problems.push(`has ${decorators} unlowered decorator(s)`);
  if (accessors > 0) problems.push(`has ${accessors} 'accessor' field(s)`);
  return { path, raw: bytes.length, gzip, brotli, limit: spec.limit, oversize, problems };
}

/**
 * Reports on every file of a dist folder.
 * @param {string} dist - folder, ending in a slash
 */
export function distReport(dist = DIST) {
  return FILES.map((spec) => ({ spec, ...bundleReport(`${dist}${spec.name}`, spec) }));
}

const kB = (n) => `${(n / KB).toFixed(1)} KB`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = process.argv[2] ? `${process.argv[2].replace(/\/$/, '')}/` : DIST;
  const reports = distReport(dist);
  console.log(`dist     ${dist}`);
  console.log(`${'file'.padEnd(22)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)} ${'brotli'.padStart(9)}  limit     user`);
  for (const r of reports) {
    const limit = r.limit === undefined ? '' : kB(r.limit);
    console.log(`${r.spec.name.padEnd(22)} ${kB(r.raw).padStart(9)} ${kB(r.gzip).padStart(9)} ${kB(r.brotli).padStart(9)}  ${limit.padEnd(9)} ${r.spec.user}`);
  }
  const ward = reports[0];
  if (ward.gzip > WARD_GOAL) console.log(`ward file: ${kB(ward.gzip)} min+gzip, above the goal of ${kB(WARD_GOAL)}`);
  const problems = reports.flatMap((r) => [...r.problems, ...(r.oversize ? [r.oversize] : [])].map((p) => `${r.spec.name} ${p}`));
  if (problems.length > 0) {
    for (const p of problems) console.error(`FAIL: ${p}`);
    process.exit(1);
  }
  console.log('ok: every file within its limit, importing only its siblings, no decorator syntax, no other user\'s code');
}
