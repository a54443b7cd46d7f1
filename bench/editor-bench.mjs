// Editor benchmarks in node (run by bench/run.mjs as `node --import tsx bench/editor-bench.mjs
// [--edits N]`): on the 20-form pack of bench/lib/editor-pack.mjs, the time of one
// EditSession.apply of a typical command (rename a matrix column; add a matrix column), of undo,
// of checkDraftPack on the whole pack (the editor runs it after each edit) and of resolving the
// edited form (what the live preview does). Prints one JSON line on stdout.
import { EditSession, addMatrixColumn, checkDraftPack, resolveAuthoredForm, setMatrixColumn } from '../packages/core/src/index.ts';
import { EDITOR_PACK, editorPack, metaSchemas } from './lib/editor-pack.mjs';
import { median, percentile } from './lib/stats.mjs';

const log = (...a) => console.error('[editor]', ...a);
const now = () => performance.now();
const args = process.argv.slice(2);
const at = args.indexOf('--edits');
const EDITS = Math.max(5, at >= 0 ? Number(args[at + 1]) : 10);
const EDITED_FORM = EDITOR_PACK.editedForm;

const stats = (xs) => ({ n: xs.length, median: median(xs), p95: percentile(xs, 95), max: Math.max(...xs) });

const { pack } = await editorPack();
const meta = metaSchemas();
const session = new EditSession(pack);
const field = `/${EDITOR_PACK.field}`;
const columnCount = () => session.doc.forms.find((f) => f['x-fp-id'] === EDITED_FORM).properties[EDITOR_PACK.field]['x-fp-matrix'].columns.length;

let t = now();
const cold = checkDraftPack(session.doc, meta);
const coldMs = now() - t;
if (cold.length) throw new Error(`the benchmark pack has problems: ${cold[0].message.en}`);
log(`checkDraftPack cold (compiles ${pack.forms.length} forms): ${coldMs.toFixed(0)} ms`);
t = now();
checkDraftPack(session.doc, meta);
const warmMs = now() - t;

const rename = [];
const add = [];
const undo = [];
const check = { rename: [], add: [], undo: [] };
const resolve = [];
/** checkDraftPack after one edit of the given kind (the editor runs it after each edit) */
const checked = (kind) => {
  const t0 = now();
  const problems = checkDraftPack(session.doc, meta);
  check[kind].push(now() - t0);
  if (problems.length) throw new Error(`an edit made a problem: ${problems[0].message.en}`);
};
for (let i = 0; i < EDITS; i++) {
  t = now();
  const tx = session.apply(setMatrixColumn(EDITED_FORM, field, 'c05', { label: { vi: `Cột đổi tên ${i + 1}`, en: `Renamed column ${i + 1}` } }));
  rename.push(now() - t);
  if (!tx) throw new Error('rename changed nothing');
  checked('rename');
  t = now();
  session.apply(addMatrixColumn(EDITED_FORM, field, { code: `moi_${i + 1}`, label: { vi: `Cột mới ${i + 1}`, en: `New column ${i + 1}` }, type: 'count' }, 6));
  add.push(now() - t);
  const cols = columnCount();
  checked('add');
  t = now();
  const form = session.doc.forms.find((f) => f['x-fp-id'] === EDITED_FORM);
  resolveAuthoredForm(session.doc, form);
  resolve.push(now() - t);
  t = now();
  session.undo();
  undo.push(now() - t);
  if (columnCount() !== cols - 1) throw new Error('undo did not remove the added column');
  checked('undo');
}
const fields = resolveAuthoredForm(session.doc, session.doc.forms.find((f) => f['x-fp-id'] === EDITED_FORM)).fields.length;
log(`${EDITS} edits of each kind; checkDraftPack after adding a column: median ${median(check.add).toFixed(0)} ms`);
process.stdout.write(`${JSON.stringify({
  forms: pack.forms.length, editedForm: EDITED_FORM, editedFormFields: fields, edits: EDITS,
  rename: stats(rename), add: stats(add), undo: stats(undo), check: { rename: stats(check.rename), add: stats(check.add), undo: stats(check.undo), coldMs, warmMs }, resolve: stats(resolve),
})}\n`);
