// The browser cannot load CommonJS. ajv and ajv-formats ship only CommonJS, so the browser tests
// get them as ES modules bundled once by esbuild (with shared chunks, so ajv-formats and ajv use
// one copy of ajv's code). Vite does the same for the host and the one-file bundle.
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { build } from 'esbuild';

const PREFIX = '/__fp_cjs__/';

/**
 * @param {{ rootDir: string, from: string, specifiers: string[] }} options
 *   rootDir: the dev server's root; from: a package.json whose dependencies name the specifiers
 */
export function cjsToEsmPlugin({ rootDir, from, specifiers }) {
  const require = createRequire(from);
  /** served URL path → absolute file */
  const entries = new Map(specifiers.map((s) => {
    const file = require.resolve(s);
    return ['/' + relative(rootDir, file).split(sep).join('/'), file];
  }));
  let outputs;
  const bundle = () =>
    (outputs ??= build({
      entryPoints: Object.fromEntries([...entries.values()].map((file, i) => [`entry-${i}`, file])),
      bundle: true, splitting: true, format: 'esm', platform: 'browser', write: false, outdir: '/out',
      chunkNames: 'chunk-[hash]', logLevel: 'silent',
    }).then((r) => {
      const byName = new Map();
      for (const f of r.outputFiles) byName.set(f.path.slice('/out/'.length), f.text.replace(/(["'])\.\/chunk-/g, `$1${PREFIX}chunk-`));
      return byName;
    }));
  const urls = [...entries.keys()];
  return {
    name: 'formplan-cjs-to-esm',
    async serve(context) {
      const path = context.path;
      if (path.startsWith(PREFIX)) {
        const body = (await bundle()).get(path.slice(PREFIX.length));
        if (body) return { body, type: 'js' };
      }
      const i = urls.indexOf(path);
      if (i >= 0) return { body: (await bundle()).get(`entry-${i}.js`), type: 'js' };
      return undefined;
    },
  };
}
