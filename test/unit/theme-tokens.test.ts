// The one theme-token sheet: every --fp-* custom property the elements use is documented in
// docs/theming.md, every private --_fp-* copy comes from styles/tokens.ts, and no component CSS
// gives a global token a fallback of its own.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const src = join(root, 'packages/elements/src');
const TOKENS = join(src, 'styles/tokens.ts');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

const sources = files(src).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const names = (text: string, re: RegExp) => new Set([...text.matchAll(re)].map((m) => m[1]));
const documented = names(readFileSync(join(root, 'docs/theming.md'), 'utf8'), /^\| `(--fp-[a-z0-9-]+)`/gm);

describe('theme tokens', () => {
  it('documents every --fp-* property used in packages/elements/src', () => {
    const used = new Set(sources.flatMap(({ text }) => [...names(text, /(?<![\w-])(--fp-[a-z0-9-]+)/g)]));
    expect([...used].filter((t) => !documented.has(t)).sort()).toEqual([]);
    expect([...documented].filter((t) => !used.has(t)).sort()).toEqual([]);
  });

  it('defines every private --_fp-* copy in the token sheet, from the --fp-* token of the same name', () => {
    const sheet = readFileSync(TOKENS, 'utf8');
    const defined = names(sheet, /^\s*(--_fp-[a-z0-9-]+):/gm);
    for (const t of defined) expect(sheet).toContain(`${t}: var(${t.replace('--_fp-', '--fp-')}, `);
    const read = new Set(sources.flatMap(({ text }) => [...names(text, /var\((--_fp-[a-z0-9-]+)\)/g)]));
    expect([...read].filter((t) => !defined.has(t)).sort()).toEqual([]);
  });

  it('leaves the defaults of global tokens to the token sheet', () => {
    const global = /var\(--fp-(?:color-[a-z-]+|font-family|font-size|radius|spacing)\b/;
    const offenders = sources.filter(({ path, text }) => path !== TOKENS && global.test(text)).map(({ path }) => path.slice(src.length + 1));
    expect(offenders).toEqual([]);
  });
});
