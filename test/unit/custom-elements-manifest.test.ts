/**
 * packages/elements/custom-elements.json (generated from the JSDoc by `npm run analyze -w
 * @formplan/elements`, published with the package) describes every element the sources define:
 * its tag and class, each public attribute (a Lit `@property` that has one) and each event it
 * sends (`emit(this, …)`, in its class, a base class or a controller it creates), and the CSS
 * parts its template names. A missing `@fires`/`@csspart`, or a manifest not regenerated after an
 * element changed, fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PKG = fileURLToPath(new URL('../../packages/elements/', import.meta.url));
const TEST_FILE = /\.test\.ts$|test-helpers?\.ts$|\.test-helper\.ts$/;

interface Named { name: string }
interface Declaration {
  name: string; tagName?: string; customElement?: boolean; summary?: string; description?: string;
  attributes?: Named[]; events?: (Named & { type?: { text?: string } })[]; cssParts?: Named[]; slots?: Named[]; cssProperties?: Named[]; members?: (Named & { kind: string })[];
}
interface Manifest { modules: { path: string; declarations?: Declaration[] }[] }

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith('.ts') && !TEST_FILE.test(e.name) ? [p] : [];
  });
}

const sources = new Map(sourceFiles(join(PKG, 'src')).map((f) => [f, readFileSync(f, 'utf8')]));
const manifest = JSON.parse(readFileSync(join(PKG, 'custom-elements.json'), 'utf8')) as Manifest;
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);

/** tag → class name, from `customElements.define('fp-x', FpX)`, `['fp-x', FpX]` tables and `@customElement('fp-x')`. */
function definedElements(): Map<string, string> {
  const tags = new Map<string, string>();
  for (const text of sources.values()) {
    for (const m of text.matchAll(/customElements\.define\('([a-z0-9-]+)',\s*(\w+)\)/g)) tags.set(m[1], m[2]);
    if (/customElements\.define\(tag,/.test(text)) for (const m of text.matchAll(/\['([a-z0-9-]+)',\s*(\w+)\]/g)) tags.set(m[1], m[2]);
    for (const m of text.matchAll(/@customElement\('([a-z0-9-]+)'\)\s*(?:export\s+)?class\s+(\w+)/g)) tags.set(m[1], m[2]);
  }
  return tags;
}

/** The source of a class and of the classes it extends inside the package. */
function classChain(name: string): string[] {
  const chain: string[] = [];
  for (let current: string | undefined = name; current;) {
    const wanted: string = current;
    const text = [...sources.values()].find((t) => new RegExp(`export (?:abstract )?class ${wanted}\\b`).test(t));
    if (!text) break;
    chain.push(text);
    current = new RegExp(`class ${wanted}(?:<[^>]*>)? extends (\\w+)`).exec(text)?.[1];
  }
  return chain;
}

/** Attribute names of the Lit properties declared in `text` (lower-cased property name unless `attribute` says). */
function attributesIn(text: string): string[] {
  return [...text.matchAll(/@property\((\{[^}]*\})?\)\s*(?:(?:public|protected|override|declare|accessor|get|set)\s+)*(\w+)/g)]
    .filter((m) => !/attribute:\s*false/.test(m[1] ?? ''))
    .map((m) => /attribute:\s*'([^']+)'/.exec(m[1] ?? '')?.[1] ?? m[2].toLowerCase());
}

/** Events a controller sends from its host, by controller class name. */
const controllerEvents = new Map(
  [...sources.values()].flatMap((t) => {
    const cls = /export class (\w+Controller)\b/.exec(t)?.[1];
    const names = [...t.matchAll(/emit\(this\.host,\s*'([^']+)'/g)].map((m) => m[1]);
    return cls && names.length > 0 ? [[cls, names] as const] : [];
  }),
);

const EMIT = /emit\(this,\s*'([^']+)'|this\.dispatchEvent\(new CustomEvent(?:<[^>]*>)?\('([^']+)'/g;
const METHOD = /^\s+(?:(?:public|protected|private|override|async)\s+)*(\w+)\([^)]*\)[^{\n]*\{$/gm;

/** Events the element sends: its own, its controllers', and a base class's when it calls the base method that sends them. */
function eventsOf(chain: string[]): string[] {
  const [own, ...bases] = chain;
  const direct = [...own.matchAll(EMIT)].map((m) => m[1] ?? m[2]);
  const inherited = bases.flatMap((base) => [...base.matchAll(EMIT)].flatMap((m) => {
    const method = [...base.slice(0, m.index).matchAll(METHOD)].at(-1)?.[1];
    return method && own.includes(`this.${method}(`) ? [m[1] ?? m[2]] : [];
  }));
  const viaControllers = [...controllerEvents].filter(([cls]) => chain.some((t) => t.includes(`new ${cls}(`))).flatMap(([, names]) => names);
  return [...direct, ...inherited, ...viaControllers];
}

/** Lit property names declared in `text` (with or without an attribute). */
function propertiesIn(text: string): string[] {
  return [...text.matchAll(/@property\((?:\{[^}]*\})?\)\s*(?:(?:public|protected|override|declare|accessor|get|set)\s+)*(\w+)/g)].map((m) => m[1]);
}

/** Slot names of the template (`''` for the default slot). */
function slotsIn(text: string): string[] {
  return [...text.matchAll(/<slot(?:\s+name="([^"]+)")?[\s>]/g)].map((m) => m[1] ?? '');
}

/** The element's own custom properties (`--fp-form-…` for fp-form) used by the styles beside it. */
function ownCssPropertiesIn(dir: string, tag: string): string[] {
  const prefix = `--fp-${tag.replace(/^fp-/, '').replace(/-renderer$/, '')}-`;
  const styles = [...sources].filter(([f]) => f.startsWith(dir) && f.endsWith('.styles.ts')).map(([, t]) => t).join('\n');
  return [...styles.matchAll(/var\((--fp-[a-z0-9-]+)/g)].map((m) => m[1]).filter((t) => t.startsWith(prefix));
}

function partsIn(text: string): string[] {
  return [...text.matchAll(/\spart="([a-z0-9 -]+)"/g)].flatMap((m) => m[1].split(/\s+/)).filter(Boolean);
}

const names = (list: Named[] | undefined): string[] => (list ?? []).map((x) => x.name);
const REGENERATE = 'document it in the JSDoc, then npm run analyze -w @formplan/elements';

describe('custom-elements.json', () => {
  const defined = definedElements();

  it('finds the elements the sources define', () => {
    for (const tag of ['fp-provider', 'fp-form', 'fp-calendar', 'fp-aggregate', 'fp-plan', 'fp-assessment', 'fp-schema-editor', 'fp-rollover']) {
      expect(defined.has(tag), tag).toBe(true);
    }
  });

  for (const [tag, cls] of definedElements()) {
    it(`describes <${tag}> (${cls}): attributes, events, parts, a summary`, () => {
      const d = declarations.find((x) => x.tagName === tag);
      expect(d, `${tag} is missing (a @tagname?): ${REGENERATE}`).toBeDefined();
      if (!d) return;
      expect(d.name).toBe(cls);
      expect(d.summary || d.description, `${tag} has no @summary/description`).toBeTruthy();
      const chain = classChain(cls);
      expect(chain.length).toBeGreaterThan(0);
      const attributes = new Set(chain.flatMap(attributesIn));
      expect(names(d.attributes).sort(), `${tag} attributes: ${REGENERATE}`).toEqual(expect.arrayContaining([...attributes]));
      const events = new Set(eventsOf(chain));
      expect(names(d.events), `${tag} events (@fires): ${REGENERATE}`).toEqual(expect.arrayContaining([...events]));
      for (const e of (d.events ?? []).filter((x) => x.name.startsWith('fp-'))) {
        expect(e.type?.text, `${tag} event ${e.name} has its type (FpSomethingEvent or CustomEvent<Detail>): ${REGENERATE}`).toMatch(/^Fp[A-Za-z]+Event$|^CustomEvent<[A-Za-z]+>$/);
      }
      const parts = new Set(partsIn(chain[0]));
      expect(names(d.cssParts), `${tag} parts (@csspart): ${REGENERATE}`).toEqual(expect.arrayContaining([...parts]));
      const fields = (d.members ?? []).filter((m) => m.kind === 'field');
      expect(names(fields), `${tag} properties: ${REGENERATE}`).toEqual(expect.arrayContaining([...new Set(chain.flatMap(propertiesIn))]));
      expect(names(d.slots), `${tag} slots (@slot): ${REGENERATE}`).toEqual(expect.arrayContaining([...new Set(slotsIn(chain[0]))]));
      const file = [...sources].find(([, t]) => t === chain[0])?.[0] ?? '';
      const own = new Set(ownCssPropertiesIn(join(file, '..'), tag));
      expect(names(d.cssProperties), `${tag} CSS properties (@cssprop): ${REGENERATE}`).toEqual(expect.arrayContaining([...own]));
    });
  }
});
