// A page with the ward file, the administrator's editor file and a same-origin module (no inline
// script, so it also runs under a strict CSP): a plain-schema <fp-form> and <fp-schema-editor> on
// the 2018 pack (Biểu 02 selected). The module keeps the edit session in `window.__session`.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { PLAIN_SCHEMA } from './plain-schema.mjs';

const { loadPackFromDir, readMetaSchemas } = await tsImport('../../../packages/core/src/node.ts', import.meta.url);

/**
 * The page's HTML.
 * @param {{ interpret?: boolean }} [o] - `interpret`: the editor checks with the CSP-safe interpreter
 */
export function editorPage(o = {}) {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Quản trị bộ biểu mẫu</title>
<script type="module" src="/formplan.js"></script>
<script type="module" src="/formplan-editor.js"></script>
<script type="module" src="/editor-page.js"></script>
</head><body><main>
<h1>Quản trị bộ biểu mẫu</h1>
<section aria-label="Biểu tự do"><fp-form id="plain"></fp-form></section>
<section aria-label="Sửa bộ biểu mẫu" id="editor-host" data-interpret="${o.interpret ? 'yes' : 'no'}"></section>
</main></body></html>`;
}

const PAGE_JS = `import { EditSession } from '/formplan-editor.js';
document.getElementById('plain').schema = ${JSON.stringify(PLAIN_SCHEMA)};
const [pack, meta] = await Promise.all([fetch('/editor-pack.json').then((r) => r.json()), fetch('/editor-meta.json').then((r) => r.json())]);
const host = document.getElementById('editor-host');
const editor = document.createElement('fp-schema-editor');
window.__session = editor.session = new EditSession(pack);
editor.metaSchemas = meta;
editor.lang = 'vi';
editor.interpret = host.dataset.interpret === 'yes';
editor.setAttribute('form-id', 'bieu-02');
host.append(editor);
`;

/**
 * Routes for serveStatic: the page's module, the 2018 pack as a PackSource and the meta-schemas.
 * @param {{ interpret?: boolean }} [o] - the page at `/editor.html` (see {@link editorPage})
 */
export async function editorRoutes(o = {}) {
  const loaded = await loadPackFromDir(fileURLToPath(new URL('../../../schemas/packs/tay-ho-2018/', import.meta.url)));
  const meta = await readMetaSchemas();
  if (!loaded.ok || !meta.ok) throw new Error('the 2018 pack or the meta-schemas do not load');
  return {
    '/editor.html': { body: editorPage(o), type: 'text/html; charset=utf-8' },
    '/editor-page.js': { body: PAGE_JS, type: 'text/javascript; charset=utf-8' },
    '/editor-pack.json': { body: JSON.stringify(loaded.pack), type: 'application/json' },
    '/editor-meta.json': { body: JSON.stringify(meta.docs), type: 'application/json' },
  };
}

/**
 * Resolves once the editor's preview shows Biểu 02 with the page's own <fp-form> (one class).
 * @param {import('playwright-core').Page} page
 */
export async function editorPreviewShown(page) {
  await page.locator('fp-schema-editor').getByRole('tab').first().waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => {
    const preview = document.querySelector('fp-schema-editor')?.shadowRoot?.querySelector('fp-editor-preview');
    const form = preview?.shadowRoot?.querySelector('fp-form');
    const deep = (root) => [...root.querySelectorAll('*')].some((e) => e.matches('[data-pointer]') || (e.shadowRoot !== null && deep(e.shadowRoot)));
    return form instanceof window.customElements.get('fp-form') && form.shadowRoot !== null && deep(form.shadowRoot);
  }, null, { timeout: 20_000 });
}
