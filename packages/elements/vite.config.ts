// Library build of @formplan/elements: ONE self-contained ES module, dist/formplan.js, that
// registers every element. lit, @lit/context and core's dependencies (ajv, idb, jsep, date-fns)
// are bundled, so a plain HTML page needs nothing but <script type="module" src="formplan.js">.
// Legacy decorators: Oxc reads experimentalDecorators from the root tsconfig and emits __decorate.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

// define.ts registers every element and re-exports the public API. `--mode editor` builds the
// administrator's editor (editor.ts) as a second self-contained file, dist/formplan-editor.js, so
// dist/formplan.js (what a ward portal loads) never holds editor code; run after the main build,
// it leaves that file in place.
const ENTRIES = {
  production: { entry: here('./src/define.ts'), file: 'formplan.js', empty: true },
  editor: { entry: here('./src/editor.ts'), file: 'formplan-editor.js', empty: false },
} as const;

export default defineConfig(({ mode }) => {
  const { entry, file, empty } = mode === 'editor' ? ENTRIES.editor : ENTRIES.production;
  return {
    root: here('.'),
    logLevel: 'warn',
    // immer (the editor's undo patches) reads process.env.NODE_ENV; a page has no `process`.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      outDir: here('./dist'),
      emptyOutDir: empty,
      minify: true,
      sourcemap: false,
      reportCompressedSize: false,
      lib: { entry, formats: ['es'], fileName: () => file },
      rolldownOptions: {
        // Nothing is external: the file must work alone.
        external: [],
        // Vite leaves whitespace in ES libraries; this file is shipped as is, so minify it fully.
        output: { codeSplitting: false, minify: true, comments: { legal: true, annotation: false, jsdoc: false } },
      },
    },
  };
});
