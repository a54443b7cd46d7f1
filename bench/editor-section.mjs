// The editor part of `npm run bench` (also alone: `npm run bench -- --only editor`): the core
// timings in node (bench/editor-bench.mjs, a child process through tsx) and edit → repaint of
// <fp-schema-editor> from the built editor file in chromium (bench/editor-browser-bench.mjs).
// Returns the markdown lines of its own generated section of docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { editorBrowserBench } from './editor-browser-bench.mjs';
import { EDITOR_PACK, editorPack, metaSchemas } from './lib/editor-pack.mjs';
import { fmt } from './lib/stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const EDITOR_BUNDLE = fileURLToPath(new URL('../packages/elements/dist/formplan-editor.js', import.meta.url));
/** the editor's debounce of its whole-pack check (CHECK_DELAY in schema-editor.component.ts) */
const CHECK_DELAY_MS = 120;

/**
 * @param {{ edits: number, log: (s: string) => void }} o
 * @returns {Promise<{ chromium: string, lines: string[] }>}
 */
export async function editorSection(o) {
  o.log('editor benchmarks (node)');
  const core = spawnSync(process.execPath, ['--import', 'tsx', 'bench/editor-bench.mjs', '--edits', String(o.edits)], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (core.status !== 0) throw new Error('editor benchmarks (node) failed');
  const c = JSON.parse(core.stdout.trim().split('\n').pop());
  o.log('editor benchmarks (chromium)');
  const { pack } = await editorPack();
  const b = await editorBrowserBench({ bundle: EDITOR_BUNDLE, pack, metaSchemas: metaSchemas(), formId: EDITOR_PACK.editedForm, field: `/${EDITOR_PACK.field}`, edits: o.edits, log: o.log });
  const row = (name, s, notes) => `| ${name} | ${s.n} | ${fmt(s.median)} | ${fmt(s.p95)} | ${notes} |`;
  const brow = (name, s) => `| ${name} | ${s.n} | ${fmt(s.repaint.median)} | ${fmt(s.repaint.p95)} | ${fmt(s.problems.median)} | ${fmt(s.problems.p95)} | ${fmt(s.checkMs.median)} |`;
  const lines = [
    '### Editor (a 20-form draft pack)',
    '',
    `Pack (bench/lib/editor-pack.mjs): the Tây Hồ 2018 pack's 9 forms cloned in order with new ids up to ${c.forms} forms, and in every form one more matrix \`${EDITOR_PACK.field}\` like Biểu 02's: ${EDITOR_PACK.matrixRows} rows (the top-level items of \`${EDITOR_PACK.rowSet}\`) × ${EDITOR_PACK.matrixColumns} count columns + a computed total; column labels from a PRNG with seed 2019. The edited form is \`${c.editedForm}\` (Biểu 02's own matrix + the benchmark's: ${c.editedFormFields} resolved fields, ${b.mount.inputs} inputs in the preview). Each edit: rename column c05 (\`setMatrixColumn\`), add a column at position 7 (\`addMatrixColumn\`), undo that; ${c.edits} of each.`,
    '',
    '| core (node) | n | median ms | p95 ms | notes |',
    '|---|---:|---:|---:|---|',
    row('EditSession.apply: rename a matrix column', c.rename, 'immer patches over the frozen 20-form document'),
    row('EditSession.apply: add a matrix column', c.add, ''),
    row('EditSession.undo (of the added column)', c.undo, ''),
    row('checkDraftPack(whole pack) after the rename', c.check.rename, 'what the editor runs after each edit: re-resolves only the edited form; labels do not decide whether a schema compiles, so no compile'),
    row('checkDraftPack(whole pack) after adding the column', c.check.add, 'the edited form is resolved and compiled again (strict ajv, 750 fields): most of this time'),
    row('checkDraftPack(whole pack) after the undo', c.check.undo, `back to a schema already compiled; meta-schemas, references and expressions of all ${c.forms} forms are checked every time. The first check (compiles every form) took ${fmt(c.check.coldMs)} ms, one with nothing changed ${fmt(c.check.warmMs)} ms`),
    row('resolveAuthoredForm(edited form)', c.resolve, 'what the live preview does per edit before <fp-form> rebuilds'),
    '',
    `Browser: \`<fp-schema-editor>\` from packages/elements/dist/formplan-editor.js on the same pack with \`${c.editedForm}\` selected (mounting until every part had rendered: ${fmt(b.mount.ms)} ms, with the first check compiling every form). Edit → preview repaint: from \`session.apply\` (or the editor's \`undo()\`) to the first animation frame in which a column header of the preview's \`<fp-form>\` shows the change; that frame paints it (each frame looks with one walk of the form's DOM, ${fmt(b.mount.probeMs)} ms). Edit → problems list: until the editor's whole-pack check has run and the editor re-rendered, plus one frame; the editor starts the check ${CHECK_DELAY_MS} ms after the first frame that follows an edit (its debounce), so this is at least ${CHECK_DELAY_MS} ms plus a frame plus the check.`,
    '',
    '| edit | n | edit → preview repaint median ms | p95 ms | edit → problems list median ms | p95 ms | check alone median ms |',
    '|---|---:|---:|---:|---:|---:|---:|',
    brow('rename a matrix column', b.rename),
    brow('add a matrix column', b.add),
    brow('undo (the added column)', b.undo),
  ];
  return { chromium: b.chromium, lines };
}
