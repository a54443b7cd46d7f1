// Editor benchmark in headless chromium: the built editor file (dist/formplan-editor.js) mounts
// <fp-schema-editor> on the 20-form pack with the edited form selected, then, per edit:
// - edit → preview repaint: from session.apply (rename a matrix column; add a matrix column) or
//   the editor's undo() to the first animation frame (before its paint) in which a column header
//   of the preview's <fp-form> reads the new text (or no longer does, for undo); each frame looks
//   with one walk of the form's DOM (its cost, probeMs, is stated);
// - edit → problems list: until the editor's debounced whole-pack check (checkNow) has run and
//   the editor has re-rendered, plus the next frame; checkMs is the check alone.
// Every edit starts from an idle page (the previous edit's check is over).
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { median, percentile } from './lib/stats.mjs';

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>formplan editor bench</title></head>
<body><main id="host"></main>
<script type="module">
import { EditSession, addMatrixColumn, setMatrixColumn } from '/formplan-editor.js';
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const idle = (ms) => new Promise((r) => setTimeout(r, ms));
function deepAll(root, sel, out = []) {
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(sel)) out.push(el);
    if (el.shadowRoot) deepAll(el.shadowRoot, sel, out);
  }
  return out;
}
/** Awaits every Lit element under the editor until none has a pending update (mounting only). */
async function settled(root) {
  for (let i = 0; i < 20; i++) {
    const els = [root, ...deepAll(root.shadowRoot, '*')].filter((e) => e.updateComplete);
    await Promise.all(els.map((e) => e.updateComplete));
    if (!els.some((e) => e.isUpdatePending)) return;
  }
}
function previewForm(editor) {
  const preview = editor.shadowRoot.querySelector('fp-editor-preview');
  return preview?.shadowRoot?.querySelector('fp-form');
}
/** Whether a column header of the preview's form reads \`text\` (one walk of the form's DOM). */
function previewHas(editor, text) {
  const form = previewForm(editor);
  return !!form?.shadowRoot && deepAll(form.shadowRoot, 'th').some((e) => e.textContent.trim() === text);
}
let editor, session, checks = 0, lastCheck = 0, checkMs = 0;
window.mount = async (formId) => {
  const [pack, meta] = await Promise.all([fetch('/pack.json').then((r) => r.json()), fetch('/meta.json').then((r) => r.json())]);
  await customElements.whenDefined('fp-schema-editor');
  await frame(); await idle(50);
  const t0 = performance.now();
  session = new EditSession(pack);
  editor = document.createElement('fp-schema-editor');
  editor.session = session;
  editor.metaSchemas = meta;
  editor.lang = 'vi';
  editor.setAttribute('form-id', formId);
  const check = editor.checkNow.bind(editor);
  editor.checkNow = () => {
    const t = performance.now();
    check();
    lastCheck = performance.now();
    checkMs = lastCheck - t;
    checks++;
  };
  document.getElementById('host').append(editor);
  await settled(editor);
  await frame();
  const ms = performance.now() - t0;
  if (!previewForm(editor)) throw new Error('no preview form');
  const w = performance.now();
  previewHas(editor, '-');
  const probeMs = performance.now() - w;
  return { ms, probeMs, problems: editor.currentProblems.length, inputs: deepAll(previewForm(editor).shadowRoot, 'input').length };
};
/** One edit; resolves with its times. kind: rename | add | undo */
window.edit = async (kind, formId, field, i) => {
  await idle(30);
  const before = checks;
  let text, gone = false;
  const t0 = performance.now();
  if (kind === 'rename') {
    text = 'Cột đổi tên ' + i;
    session.apply(setMatrixColumn(formId, field, 'c05', { label: { vi: text, en: 'Renamed ' + i } }));
  } else if (kind === 'add') {
    text = 'Cột mới ' + i;
    session.apply(addMatrixColumn(formId, field, { code: 'moi_' + i, label: { vi: text, en: 'New ' + i }, type: 'count' }, 6));
  } else {
    text = 'Cột mới ' + i;
    gone = true;
    if (!editor.undo()) throw new Error('nothing to undo');
  }
  // Each animation frame (before it paints) looks for the change; the frame that finds it paints it.
  const seen = await new Promise((resolve, reject) => {
    const tick = () => {
      if (previewHas(editor, text) !== gone) resolve(performance.now());
      else if (performance.now() - t0 > 60000) reject(new Error('the preview never showed the edit: ' + text));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const repaint = seen - t0;
  while (checks === before) {
    await idle(5);
    if (performance.now() - t0 > 60000) throw new Error('the problems were never checked');
  }
  const checked = lastCheck - t0;
  await editor.updateComplete;
  await frame();
  const problems = performance.now() - t0;
  if (editor.currentProblems.length) throw new Error('the edit made a problem: ' + editor.currentProblems[0].message.en);
  return { repaint, checked, problems, checkMs };
};
</script></body></html>`;

/**
 * @param {{ bundle: string, pack: object, metaSchemas: object[], formId: string, field: string, edits?: number, log?: (s: string) => void }} o
 */
export async function editorBrowserBench(o) {
  const edits = Math.max(5, o.edits ?? 10);
  const log = o.log ?? (() => {});
  const server = await serveStatic({
    '/': { body: PAGE, type: 'text/html; charset=utf-8' }, '/favicon.ico': { body: '' },
    // the editor file imports its siblings (formplan.js, the district's, the parser) from its folder
    ...Object.fromEntries(readdirSync(dirname(o.bundle)).filter((f) => f.endsWith('.js')).map((f) => [`/${f}`, join(dirname(o.bundle), f)])),
    '/pack.json': { body: JSON.stringify(o.pack), type: 'application/json' }, '/meta.json': { body: JSON.stringify(o.metaSchemas), type: 'application/json' },
  });
  const browser = await launchChromium();
  const version = browser.version();
  try {
    const page = await (await browser.newContext()).newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/`);
    const mount = await page.evaluate((id) => window.mount(id), o.formId);
    log(`editor mounted in ${mount.ms.toFixed(0)} ms (${mount.inputs} preview inputs)`);
    const out = { rename: [], add: [], undo: [] };
    for (let i = 1; i <= edits; i++) {
      for (const kind of ['rename', 'add', 'undo']) {
        out[kind].push(await page.evaluate(([k, id, f, n]) => window.edit(k, id, f, n), [kind, o.formId, o.field, i]));
      }
      log(`edit ${i}/${edits}: rename ${out.rename.at(-1).repaint.toFixed(0)} ms, add ${out.add.at(-1).repaint.toFixed(0)} ms, undo ${out.undo.at(-1).repaint.toFixed(0)} ms to repaint`);
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    const sum = (xs, key) => {
      const v = xs.map((x) => x[key]);
      return { median: median(v), p95: percentile(v, 95) };
    };
    const kinds = Object.fromEntries(Object.entries(out).map(([k, xs]) => [k, { n: xs.length, repaint: sum(xs, 'repaint'), checkMs: sum(xs, 'checkMs'), problems: sum(xs, 'problems') }]));
    return { chromium: version, mount, edits, ...kinds };
  } finally {
    await browser.close();
    await server.close();
  }
}
