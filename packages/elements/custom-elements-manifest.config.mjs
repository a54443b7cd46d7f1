// custom-elements.json from the elements' JSDoc (`npm run analyze`, run by `prepack`): tags, attributes,
// properties, events (@fires), slots, CSS parts and custom properties of every element, for editors,
// Storybook's docs and framework typings. Lit's decorators are read by the analyzer's lit plugin.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.test-helper.ts', 'src/**/test-helpers.ts', 'src/**/panel-test-helpers.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest ("customElements"); do not rewrite it.
  packagejson: false,
  plugins: [elementModulesOnly()],
};

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
