// Library build of @formplan/elements: ES modules split by who uses them. dist/formplan.js (the
// ward portal's file) registers <fp-provider>, <fp-form> and the renderers and imports nothing:
// lit, @lit/context and core's dependencies (idb, jsep, date-fns) are bundled, so a plain HTML
// page needs nothing but <script type="module" src="formplan.js">. formplan-calendar.js and
// formplan-district.js import it (and each other) from their own folder, and so does the
// administrator's formplan-editor.js (it imports formplan-district.js), so a page that loads the
// ward file and the editor has one copy of lit, of the contexts and of every element. XLSX, the
// parser and the run-time chunk (store, interpreter) are further chunks, loaded on demand.
// Legacy decorators: Oxc reads experimentalDecorators from the root tsconfig and emits __decorate.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import type { Plugin } from 'vite';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

// The split entries (src/define-*.ts, editor.ts). Each later entry imports the one before it, so
// every module the ward file needs lands in formplan.js, and the others hold only what is theirs.
// `--mode xlsx` builds the XLSX module (dist/formplan-xlsx.js) alone and `--mode parser` the
// expression parser (dist/formplan-parser.js); run after the main build, they leave the other
// files in place.
const SPLIT = {
  formplan: here('./src/define-form.ts'),
  'formplan-calendar': here('./src/define-calendar.ts'),
  'formplan-district': here('./src/define-district.ts'),
  'formplan-editor': here('./src/editor.ts'),
};

/**
 * The expression parser (core/src/expression/parse-expression.ts and jsep), built alone by
 * `--mode parser` as dist/formplan-parser.js. The ward file imports it in schema mode or for a
 * pack form without trees parsed ahead of time, the district file and the editor at once.
 */
const PARSER = here('../core/src/expression/parse-expression.ts');

/** The XLSX module (services/xlsx-chunk.ts), built alone by `--mode xlsx` as dist/formplan-xlsx.js. */
const XLSX_CHUNK = here('./src/services/xlsx-chunk.ts');

/**
 * In the split build, the `import()`s of services/load-xlsx.ts (xlsx-bieu.js, xlsx-writer.js) stay
 * `import()`s of the file built alone, `./formplan-xlsx.js` beside formplan.js and
 * formplan-district.js: the XLSX code then shares no module with formplan.js, which rolldown 1.2
 * would otherwise split into further files (rolldown/rolldown#10731: two on-demand chunks using
 * code of formplan.js).
 */
const xlsxExternal: Plugin = {
  name: 'formplan-xlsx-external',
  enforce: 'pre',
  resolveId(source) {
    if (/[\\/]xlsx-(bieu|writer)(\.js|\.ts)?$/.test(source)) return { id: './formplan-xlsx.js', external: true };
    return undefined;
  },
};

/**
 * In the split build, every import of parse-expression.js is an import of the file built alone,
 * `./formplan-parser.js`, by its own export names. As a chunk of this pass it would need rolldown's
 * helpers (a namespace object for the ward file's `import()`), and so does the editor (CommonJS
 * interop for ajv): the helpers would then be a file of their own, fetched by a ward page with the
 * parser, or live in the parser and grow it. Built alone, the parser needs no helper, and they
 * stay in the editor, their only user.
 */
const parserExternal: Plugin = {
  name: 'formplan-parser-external',
  enforce: 'pre',
  resolveId(source) {
    if (/[\\/]parse-expression(\.js|\.ts)?$/.test(source)) return { id: './formplan-parser.js', external: true, moduleSideEffects: false };
    return undefined;
  },
};

/** The package folder of a bundled module under node_modules (the innermost), or undefined. */
function packageDir(id: string): string | undefined {
  const m = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
  return m?.[1];
}

/**
 * Third-party notices: each file carries a one-line banner instead of the license comment of every
 * bundled module (lit's alone were 21 in formplan.js), and `<file>` beside them holds the name,
 * version, license and license text of every package bundled into this pass's files.
 */
function thirdPartyNotices(file: string): Plugin {
  return {
    name: 'formplan-third-party-notices',
    generateBundle(_options, bundle) {
      const dirs = new Set<string>();
      for (const out of Object.values(bundle)) {
        if (out.type === 'chunk') for (const id of Object.keys(out.modules)) {
          const dir = packageDir(id);
          if (dir) dirs.add(dir);
        }
      }
      const parts = [...dirs].map((dir) => {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
        const licenseFile = existsSync(dir) ? readdirSync(dir).find((f) => /^(licen[cs]e|copying)/i.test(f)) : undefined;
        const text = licenseFile ? readFileSync(join(dir, licenseFile), 'utf8').trim() : `License: ${pkg.license ?? 'see the package'}`;
        return `${pkg.name} ${pkg.version} (${pkg.license ?? 'see below'})\n\n${text}`;
      }).sort();
      this.emitFile({ type: 'asset', fileName: file, source: `Third-party code bundled into these files:\n\n${parts.join('\n\n---\n\n')}\n` });
    },
  };
}

/**
 * V8's explicit compile hint (Chromium 136+; other engines read a comment): every function of the
 * file is compiled when the file is, not at its first call. The ward file and its run-time chunk
 * are the code a form runs the moment it mounts (lit, the elements, the model, the interpreter);
 * lazily, compiling them took about 11 ms of the 14 × 12 matrix's first mount on the bench machine.
 * The file's load takes that much longer instead (docs/benchmarks.md, Round 4). bench/bundle-size.mjs
 * spells the same line and fails a build whose two files lack it.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
/** The files that carry {@link COMPILE_HINT}, by chunk name. */
const EAGER = new Set(['formplan', 'runtime']);

const ENTRIES: Record<string, Record<string, string>> = {
  xlsx: { 'formplan-xlsx': XLSX_CHUNK },
  parser: { 'formplan-parser': PARSER },
};

export default defineConfig(({ mode }) => {
  // xlsx and parser: one self-contained file each, written beside the split files
  const alone = mode in ENTRIES;
  const entry = ENTRIES[mode] ?? SPLIT;
  const notices = alone ? `${Object.keys(entry)[0]}.notices.txt` : 'formplan.notices.txt';
  return {
    root: here('.'),
    plugins: alone ? [thirdPartyNotices(notices)] : [xlsxExternal, parserExternal, thirdPartyNotices(notices)],
    logLevel: 'warn',
    // @formplan/core from its sources (the "@formplan/source" export condition; see tsconfig.base.json).
    resolve: { conditions: ['@formplan/source', ...defaultClientConditions] },
    // immer (the editor's undo patches) reads process.env.NODE_ENV; a page has no `process`.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      outDir: here('./dist'),
      emptyOutDir: !alone,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        // Nothing is external: the files work alone, fetching only each other from their folder.
        external: [],
        // The ward file may export more than define-form does (what the other files share with it), so
        // the shared code stays in formplan.js rather than in a chunk behind a facade.
        preserveEntrySignatures: 'allow-extension',
        // Vite leaves whitespace in ES libraries; these files are shipped as is, so minify them fully.
        output: {
          // The one chunk that is no entry: the run-time chunk (core/src/runtime.ts: the store and the
          // interpreter), imported on demand. XLSX and the parser are no chunks of this pass but files
          // of their own (xlsxExternal, parserExternal).
          chunkFileNames: 'formplan-[name].js',
          minify: true,
          // one banner instead of every bundled module's license comment; the texts are in the notices file
          comments: { legal: false, annotation: false, jsdoc: false },
          postBanner: (chunk) => `/*! formplan; bundled third-party code and its licenses: ${notices} */${EAGER.has(chunk.name) ? `\n${COMPILE_HINT}` : ''}`,
        },
      },
    },
  };
});
