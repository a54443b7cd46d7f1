// custom-elements.json from the elements' JSDoc (`npm run analyze`, run by `prepack`): tags, attributes,
// properties, events (@fires), slots, CSS parts and custom properties of every element, for editors,
// Storybook's docs and framework typings. Lit's decorators are read by the analyzer's lit plugin.
import { readdirSync, readFileSync } from 'node:fs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.test-helper.ts', 'src/**/test-helpers.ts', 'src/**/panel-test-helpers.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest ("customElements"); do not rewrite it.
  packagejson: false,
  plugins: [elementModulesOnly(), eventTypes()],
};

/**
 * The event types the sources add to GlobalEventHandlersEventMap (`'fp-change': FpChangeEvent`,
 * `'fp-editor-select': CustomEvent<FpEditorSelectDetail>`), by event name.
 */
function eventTypeMap() {
  const src = new URL('./src/', import.meta.url);
  const map = new Map();
  for (const f of readdirSync(src, { recursive: true }).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))) {
    const text = readFileSync(new URL(f, src), 'utf8');
    if (!text.includes('interface GlobalEventHandlersEventMap')) continue;
    for (const m of text.matchAll(/'(fp-[a-z-]+)': ((?:Fp[A-Za-z]+Event)|(?:CustomEvent<[A-Za-z]+>));/g)) map.set(m[1], m[2]);
  }
  return map;
}

/** Gives every element event its type (`FpChangeEvent`, a CustomEvent with a typed detail) from the event map. */
function eventTypes() {
  const types = eventTypeMap();
  return {
    name: 'formplan-event-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          for (const e of d.events ?? []) if (types.has(e.name) && !e.type?.text?.includes('<') && !e.type?.text?.startsWith('Fp')) e.type = { text: types.get(e.name) };
        }
      }
    },
  };
}

/**
 * Keeps the modules that declare or define an element (the rest of the API is in the .d.ts files)
 * without their private members, and names the published modules (lib/*.js), not the sources.
 */
function elementModulesOnly() {
  const published = (path) => path.replace(/(^|\/)src\/(.+)\.[jt]s$/, '$1lib/$2.js');
  const relink = (node) => {
    if (Array.isArray(node)) return node.forEach(relink);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = published(value);
      else relink(value);
    }
  };
  return {
    name: 'formplan-element-modules-only',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules.filter((mod) =>
        (mod.declarations ?? []).some((d) => d.customElement) ||
        (mod.exports ?? []).some((e) => e.kind === 'custom-element-definition'));
      for (const mod of modules) {
        for (const d of mod.declarations ?? []) if (d.members) d.members = d.members.filter((m) => m.privacy !== 'private');
      }
      relink(modules);
      customElementsManifest.modules = modules;
    },
  };
}
