// What a developer gets from npm: `npm pack` makes the tarballs of @formplan/core and
// @formplan/elements (their lib/ built first with `build:lib`, as `prepack` does; the committed
// custom-elements.json), a scratch project outside the monorepo installs them, and a TypeScript
// page that imports `@formplan/elements/define-form` and a type of `@formplan/core` type-checks with
// tsc against the published .d.ts files and builds with vite, with no TypeScript source, decorator
// setting or export condition of the monorepo. Served and opened in chromium, its <fp-form> renders
// a plain schema and shows the Vietnamese error for a negative count.
//
// Offline: the tarballs are unpacked into the scratch project's node_modules as `npm install` lays
// them out, and their third-party dependencies are linked to the copies the monorepo resolves for
// each package (what `npm ci` installed), so nothing is fetched from a registry.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchChromium } from '../../bench/lib/chromium.mjs';
import { axeViolations } from './support/axe.mjs';
import { PLAIN_SCHEMA } from './support/plain-schema.mjs';
import { serveDir } from './support/serve-dir.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGES = { '@formplan/core': 'packages/core', '@formplan/elements': 'packages/elements' };
const NEGATIVE = 'Phải là số không âm';

const PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin phường</title><link rel="icon" href="data:,">
<script type="module" src="./main.ts"></script>
</head><body><main>
<h1>Báo cáo thử</h1>
<fp-form lang="vi"></fp-form>
<p id="last-change" role="status"></p>
</main></body></html>
`;

// Types only from the packages: SchemaNode from core, the element and its events from the tag map.
const MAIN_TS = `import '@formplan/elements/define-form';
import type { SchemaNode } from '@formplan/core';
import type { FpChangeEvent, FpForm } from '@formplan/elements';
import type { FormplanIntrinsicElements } from '@formplan/elements/jsx';

const schema: SchemaNode = ${JSON.stringify(PLAIN_SCHEMA, null, 2)};

const form: FpForm | null = document.querySelector('fp-form');
if (!form) throw new Error('<fp-form> is missing');
form.schema = schema;
form.value = { so_tre_em: 3 };
form.addEventListener('fp-change', (e: FpChangeEvent) => {
  const status = document.getElementById('last-change');
  if (status) status.textContent = e.detail.path;
});
const errors: number = form.validate().length;
console.info('errors at start', errors);
// what a React/Preact page would pass as <fp-form schema={…} onfp-change={…}>
const jsxProps: FormplanIntrinsicElements['fp-form'] = { schema, 'onfp-change': (e) => console.info(e.detail.path) };
console.info(Object.keys(jsxProps));
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    strict: true, noEmit: true, isolatedModules: true, skipLibCheck: false, types: [],
  },
  include: ['main.ts'],
};

let work;
let server;
let browser;

/** Runs a command in `cwd`; its output is shown only when it fails. */
function run(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    assert.fail(`${cmd} ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

/** The folder the monorepo resolves `dep` to from a package (its own node_modules first, then the root's). */
function installedDir(pkgDir, dep) {
  const found = [join(ROOT, pkgDir, 'node_modules', dep), join(ROOT, 'node_modules', dep)].find(existsSync);
  assert.ok(found, `${dep} (a dependency of ${pkgDir}) is not installed: run npm ci`);
  return found;
}

/** Lays out a tarball as `npm install` would: package/ → node_modules/<name>, dependencies beside it. */
function install(app, tarball, name, pkgDir) {
  const into = join(app, 'node_modules', name);
  mkdirSync(into, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', into, '--strip-components=1'], app);
  const manifest = JSON.parse(readFileSync(join(into, 'package.json'), 'utf8'));
  for (const dep of Object.keys(manifest.dependencies ?? {})) {
    if (dep in PACKAGES) continue;
    const link = join(into, 'node_modules', dep);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(installedDir(pkgDir, dep), link, 'dir');
  }
  return manifest;
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'fp-packages-'));
  // prepack's build:lib (core's lib, then elements'); dist/ is vite's, made by `npm run build`.
  run('npm', ['run', 'build:lib', '-w', '@formplan/elements'], ROOT);
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  run('npm', ['pack', '--ignore-scripts', '--pack-destination', tarballs, ...Object.keys(PACKAGES).flatMap((n) => ['-w', n])], ROOT);
  const app = join(work, 'app');
  mkdirSync(app);
  const files = readdirSync(tarballs);
  const tarballOf = (name) => files.find((f) => f.startsWith(`${name.slice(1).replace('/', '-')}-`));
  const dependencies = Object.fromEntries(Object.keys(PACKAGES).map((n) => [n, `file:../tarballs/${tarballOf(n)}`]));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'ward-portal', private: true, type: 'module', dependencies }, null, 2));
  for (const [name, dir] of Object.entries(PACKAGES)) install(app, join(tarballs, tarballOf(name)), name, dir);
  writeFileSync(join(app, 'index.html'), PAGE);
  writeFileSync(join(app, 'main.ts'), MAIN_TS);
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

test('the tarballs hold the built library, its types and the manifest, and no tests', () => {
  const app = join(work, 'app');
  for (const name of Object.keys(PACKAGES)) {
    const dir = join(app, 'node_modules', name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const [entry, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') continue;
      assert.ok(existsSync(join(dir, target.default)), `${name} ${entry}: ${target.default} is in the tarball`);
      assert.ok(existsSync(join(dir, target.types)), `${name} ${entry}: ${target.types} is in the tarball`);
    }
    const listed = run('tar', ['-tzf', join(work, 'tarballs', readdirSync(join(work, 'tarballs')).find((f) => f.includes(name.split('/')[1])))], app);
    assert.doesNotMatch(listed, /\.test\.(ts|js)\b/, `${name} publishes no tests`);
  }
  const elements = join(app, 'node_modules', '@formplan/elements');
  const manifest = JSON.parse(readFileSync(join(elements, 'custom-elements.json'), 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
  for (const tag of ['fp-provider', 'fp-form', 'fp-calendar', 'fp-aggregate', 'fp-plan', 'fp-assessment', 'fp-schema-editor', 'fp-rollover']) {
    assert.ok(tags.includes(tag), `custom-elements.json describes <${tag}>`);
  }
  assert.doesNotMatch(readFileSync(join(elements, 'lib/components/form/form.component.js'), 'utf8'), /^\s*@property/m, 'decorators are compiled');
});

test('@formplan/core runs in node from the package: a pack is loaded with the meta-schemas it ships', () => {
  const app = join(work, 'app');
  const script = `import { loadPackFromDir, readMetaSchemas } from '@formplan/core/node';
import { resolveForm } from '@formplan/core';
const meta = await readMetaSchemas();
const pack = await loadPackFromDir(${JSON.stringify(join(ROOT, 'schemas/packs/tay-ho-2018'))});
const form = pack.ok ? resolveForm(pack.pack, 'bieu-02') : undefined;
console.log(JSON.stringify({ meta: meta.ok && meta.docs.length, pack: pack.ok, form: Boolean(form) }));`;
  const out = run(process.execPath, ['--input-type=module', '-e', script], app);
  assert.deepEqual(JSON.parse(out), { meta: readdirSync(join(ROOT, 'schemas/meta')).length, pack: true, form: true });
});

/**
 * tsc's errors in the page and in the packages' .d.ts files (skipLibCheck is off to check those),
 * leaving out a third-party package's own typings (jsep's `export =` is refused in an ES module).
 */
function typeErrors(app) {
  try {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return [];
  } catch (e) {
    const lines = String(e.stdout).split('\n').filter((l) => /\): error TS/.test(l));
    assert.ok(lines.length > 0, `tsc failed without errors: ${e.stdout}${e.stderr}`);
    return lines.filter((l) => !l.includes('node_modules/') || l.includes('node_modules/@formplan/'));
  }
}

test('a TypeScript page importing @formplan/elements type-checks, builds with vite and renders a form', async () => {
  const app = join(work, 'app');
  assert.deepEqual(typeErrors(app), [], 'tsc on the page and the published types');

  await build({ root: app, configFile: false, logLevel: 'warn', build: { outDir: join(app, 'dist'), target: 'es2022' } });
  const built = readdirSync(join(app, 'dist/assets')).filter((f) => f.endsWith('.js'));
  // one entry script; the code a form loads on first need (store, interpreter, parser, Excel) comes
  // as the consumer's own lazy chunks, fetched after the first paint
  const entries = built.filter((f) => f.startsWith('index-'));
  assert.equal(entries.length, 1, `one entry script: ${built}`);
  assert.ok(built.some((f) => f.startsWith('runtime-')), `the run-time code is a chunk of its own: ${built}`);

  server = await serveDir(join(app, 'dist'));
  browser = await launchChromium();
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(server.url);

  const count = page.locator('fp-form').getByLabel('Số trẻ em');
  await count.waitFor({ timeout: 20_000 });
  assert.equal(await count.inputValue(), '3', 'the value set as a property');
  await count.fill('-1');
  await count.press('Tab');
  await page.locator('fp-form').getByText(NEGATIVE).first().waitFor();
  await page.locator('#last-change').getByText('/so_tre_em').waitFor();
  assert.deepEqual(problems, [], 'no page errors');
  assert.deepEqual(await axeViolations(page), [], 'axe');
  await page.close();
});
