/**
 * `sideEffects` of @formplan/elements lists exactly the modules whose evaluation registers
 * something (customElements.define, defineStrings) or that import such a module for its effect
 * alone (`import './x.js'`). A module missing from the list is dropped by a consumer's bundler
 * when nothing it exports is used (and a re-export through it is bypassed), taking the
 * registration with it; a module listed needlessly is kept in every bundle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PKG = fileURLToPath(new URL('../../packages/elements/', import.meta.url));
const SRC = join(PKG, 'src');
const TEST_FILE = /\.test\.ts$|test-helpers?\.ts$|\.test-helper\.ts$/;
const DIRECT = /^(?:if \(!customElements\.get\(.*\)\) )?customElements\.define\(|^for \(.*customElements\.define\(|^defineStrings\(/m;
const BARE_IMPORT = /^import '(\.[^']+)\.js';/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !TEST_FILE.test(e.name) ? [p] : [];
  });
}

/** Source modules (relative to src/, without extension) that have side effects, directly or through a bare import. */
function sideEffectModules(): string[] {
  const files = sourceFiles(SRC);
  const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
  const effectful = new Set(files.filter((f) => DIRECT.test(text.get(f) ?? '')));
  for (let grew = true; grew;) {
    grew = false;
    for (const f of files) {
      if (effectful.has(f)) continue;
      const bare = [...(text.get(f) ?? '').matchAll(BARE_IMPORT)].map((m) => resolve(dirname(f), `${m[1]}.ts`));
      if (bare.some((b) => effectful.has(b))) { effectful.add(f); grew = true; }
    }
  }
  return [...effectful].map((f) => relative(SRC, f).replace(/\.ts$/, '')).sort();
}

describe('@formplan/elements sideEffects', () => {
  it('lists every registering module, in src/ (the monorepo) and lib/ (the package), and nothing else', () => {
    const pkg = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8')) as { sideEffects: string[] };
    const modules = sideEffectModules();
    expect(modules).toContain('define-form');
    expect(modules).toContain('i18n/term');
    const expected = ['./dist/*.js', ...modules.flatMap((m) => [`./src/${m}.ts`, `./lib/${m}.js`])].sort();
    expect([...pkg.sideEffects].sort(), 'packages/elements/package.json sideEffects: list these modules (src/…ts and lib/…js)').toEqual(expected);
  });
});
