// Library build of @formplan/elements: ES modules split by who uses them. dist/formplan.js (the
// ward portal's file) registers <fp-provider>, <fp-form> and the renderers and imports nothing:
// lit, @lit/context and core's dependencies (idb, jsep, date-fns) are bundled, so a plain HTML
// page needs nothing but <script type="module" src="formplan.js">. formplan-calendar.js and
// formplan-district.js import it (and each other) from their own folder; XLSX, the parser and the
// run-time chunk (store, interpreter) are further chunks, loaded on demand.
// Legacy decorators: Oxc reads experimentalDecorators from the root tsconfig and emits __decorate.
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/** jsep and the modules only parsing needs: dist/formplan-parser.js. */
const PARSER_MODULES = /node_modules[\\/]jsep[\\/]|core[\\/]src[\\/]expression[\\/](parse-expression|configured-jsep|convert-jsep-node|syntax-message|parser-text)\.ts$/;

// The split entries (src/define-*.ts). Each later entry imports the one before it, so every module
// the ward file needs lands in formplan.js, and the others hold only what is theirs.
// `--mode editor` builds the administrator's editor (editor.ts) as one more self-contained file,
// dist/formplan-editor.js; run after the main build, it leaves the other files in place.
const SPLIT = {
  formplan: here('./src/define-form.ts'),
  'formplan-calendar': here('./src/define-calendar.ts'),
  'formplan-district': here('./src/define-district.ts'),
};

export default defineConfig(({ mode }) => {
  const editor = mode === 'editor';
  const entry = editor ? { 'formplan-editor': here('./src/editor.ts') } : SPLIT;
  return {
    root: here('.'),
    logLevel: 'warn',
    // @formplan/core from its sources (the "@formplan/source" export condition; see tsconfig.base.json).
    resolve: { conditions: ['@formplan/source', ...defaultClientConditions] },
    // immer (the editor's undo patches) reads process.env.NODE_ENV; a page has no `process`.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      outDir: here('./dist'),
      emptyOutDir: !editor,
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
          // district file at once); XLSX both ways (write-excel-file for the district's totals,
          // @formplan/core/xlsx for a ward's Biểu, and the fflate both use), imported when a user asks;
          // the run-time chunk (core/src/runtime.ts: the store and the interpreter).
          codeSplitting: !editor && {
            includeDependenciesRecursively: false,
            groups: [
              { name: 'parser', test: PARSER_MODULES },
              { name: 'formplan-xlsx', test: /write-excel-file|[\\/]fflate[\\/]|[\\/]core[\\/]src[\\/]xlsx[\\/]/ },
            ],
          },
          chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => id.includes('write-excel-file')) ? 'formplan-xlsx.js' : 'formplan-[name].js'),
          minify: true,
          comments: { legal: true, annotation: false, jsdoc: false },
        },
      },
    },
  };
});
