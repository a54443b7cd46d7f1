// Library build of @formplan/elements: ES modules split by who uses them. dist/formplan.js (the
// ward portal's file) registers <fp-provider>, <fp-form> and the renderers and imports nothing:
// lit, @lit/context and core's dependencies (idb, jsep, date-fns) are bundled, so a plain HTML
// page needs nothing but <script type="module" src="formplan.js">. formplan-calendar.js and
// formplan-district.js import it (and each other) from their own folder; XLSX, the parser and the
// run-time chunk (store, interpreter) are further chunks, loaded on demand.
// Legacy decorators: Oxc reads experimentalDecorators from the root tsconfig and emits __decorate.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import type { Plugin } from 'vite';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/** jsep and the modules only parsing needs: dist/formplan-parser.js. */
const PARSER_MODULES = /node_modules[\\/]jsep[\\/]|core[\\/]src[\\/]expression[\\/](parse-expression|configured-jsep|convert-jsep-node|syntax-message|parser-text)\.ts$/;

// The split entries (src/define-*.ts). Each later entry imports the one before it, so every module
// the ward file needs lands in formplan.js, and the others hold only what is theirs.
// `--mode editor` builds the administrator's editor (editor.ts) as one more self-contained file,
// dist/formplan-editor.js, and `--mode xlsx` the XLSX module (dist/formplan-xlsx.js); run after
// the main build, they leave the other files in place.
const SPLIT = {
  formplan: here('./src/define-form.ts'),
  'formplan-calendar': here('./src/define-calendar.ts'),
  'formplan-district': here('./src/define-district.ts'),
};

/** The XLSX module (services/xlsx-chunk.ts), built alone by `--mode xlsx` as dist/formplan-xlsx.js. */
const XLSX_CHUNK = here('./src/services/xlsx-chunk.ts');

/**
 * In the split build, the `import()`s of services/load-xlsx.ts (xlsx-bieu.js, xlsx-writer.js) stay
 * `import()`s of the file built alone, `./formplan-xlsx.js` beside formplan.js and
 * formplan-district.js: the XLSX code then shares no module with formplan.js, which rolldown 1.2
 * would otherwise split into further files (rolldown/rolldown#10731: two on-demand chunks using
 * code of formplan.js). The editor's pass inlines them (only xlsx-bieu: it exports no totals).
 */
const xlsxExternal: Plugin = {
  name: 'formplan-xlsx-external',
  enforce: 'pre',
  resolveId(source) {
    if (/[\\/]xlsx-(bieu|writer)(\.js|\.ts)?$/.test(source)) return { id: './formplan-xlsx.js', external: true };
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

const ENTRIES: Record<string, Record<string, string>> = {
  editor: { 'formplan-editor': here('./src/editor.ts') },
  xlsx: { 'formplan-xlsx': XLSX_CHUNK },
};

export default defineConfig(({ mode }) => {
  // editor and xlsx: one self-contained file each, written beside the split files
  const alone = mode in ENTRIES;
  const entry = ENTRIES[mode] ?? SPLIT;
  const notices = alone ? `${Object.keys(entry)[0]}.notices.txt` : 'formplan.notices.txt';
  return {
    root: here('.'),
    plugins: [...(alone ? [] : [xlsxExternal]), thirdPartyNotices(notices)],
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
          // Chunks that are no entry, each imported on demand: the expression parser (jsep; the ward
          // file imports it in schema mode or for a pack form without trees parsed ahead of time, the
          // district file at once); the run-time chunk (core/src/runtime.ts: the store and the
          // interpreter). XLSX is no chunk of this pass but a file of its own (xlsxExternal).
          codeSplitting: !alone && {
            includeDependenciesRecursively: false,
            groups: [
              { name: 'parser', test: PARSER_MODULES },
            ],
          },
          chunkFileNames: 'formplan-[name].js',
          minify: true,
          // one banner instead of every bundled module's license comment; the texts are in the notices file
          comments: { legal: false, annotation: false, jsdoc: false },
          postBanner: `/*! formplan; bundled third-party code and its licenses: ${notices} */`,
        },
      },
    },
  };
});
