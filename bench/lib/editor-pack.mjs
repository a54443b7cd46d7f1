// The editor benchmark's pack: the Tây Hồ 2018 pack with its 9 forms cloned (new ids, in order)
// up to 20 forms, and in each form one more matrix field `bang_do` like Biểu 02's: 14 rows (the
// top-level items of the set `hcdb-dieu-10`) × 12 count columns plus a computed total `sum(*)`.
// Column labels come from a seeded PRNG, so every run builds the same pack. Node only (reads
// the pack folder and the meta-schemas); the browser bench is sent the JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPackFromDir } from '../../packages/core/src/node.ts';
import { mulberry32 } from './prng.mjs';

const PACK_DIR = fileURLToPath(new URL('../../schemas/packs/tay-ho-2018/', import.meta.url));
const META_DIR = fileURLToPath(new URL('../../schemas/meta/', import.meta.url));
const WORDS = ['Trẻ em', 'mồ côi', 'khuyết tật', 'bị bạo lực', 'lao động', 'nghèo', 'dân tộc', 'nữ', 'nam', 'dưới 6 tuổi', 'đi học', 'được trợ giúp'];

/**
 * The sizes of the benchmark pack (stated in the table) and the form the benchmarks edit: the
 * second copy of Biểu 02 (its own matrix + the benchmark's).
 */
export const EDITOR_PACK = { forms: 20, matrixRows: 14, matrixColumns: 12, field: 'bang_do', rowSet: 'hcdb-dieu-10', editedForm: 'bieu-02-ban-2' };

/** The meta-schemas as `checkDraftPack` takes them. */
export function metaSchemas() {
  return readdirSync(META_DIR).filter((f) => f.endsWith('.schema.json')).sort()
    .map((file) => ({ file, schema: JSON.parse(readFileSync(META_DIR + file, 'utf8')) }));
}

/**
 * Builds the 20-form pack.
 * @param {number} seed - PRNG seed for the column labels
 * @returns {Promise<{ pack: object, formIds: string[] }>}
 */
export async function editorPack(seed = 2019) {
  const r = await loadPackFromDir(PACK_DIR);
  if (!r.ok) throw new Error(`the 2018 pack does not load: ${r.errors[0]?.message.en}`);
  const pack = structuredClone(r.pack);
  const originals = pack.forms;
  if (!pack.categorySets.some((s) => s.id === EDITOR_PACK.rowSet && s.items.length === EDITOR_PACK.matrixRows)) {
    throw new Error(`the 2018 pack no longer has the ${EDITOR_PACK.matrixRows}-item set ${EDITOR_PACK.rowSet}`);
  }
  const rnd = mulberry32(seed);
  const word = () => WORDS[Math.floor(rnd() * WORDS.length)];
  const forms = [];
  for (let i = 0; i < EDITOR_PACK.forms; i++) {
    const src = originals[i % originals.length];
    const form = structuredClone(src);
    const copy = Math.floor(i / originals.length);
    if (copy > 0) {
      form['x-fp-id'] = `${src['x-fp-id']}-ban-${copy + 1}`;
      form['x-fp-label'] = { vi: `${src['x-fp-label'].vi} (bản ${copy + 1})`, en: `${src['x-fp-label'].en ?? src['x-fp-label'].vi} (copy ${copy + 1})` };
    }
    const columns = [
      { code: 'tong', label: { vi: 'Tổng số', en: 'Total' }, type: 'count', computed: 'sum(*)' },
      ...Array.from({ length: EDITOR_PACK.matrixColumns }, (_, j) => ({
        code: `c${String(j + 1).padStart(2, '0')}`, label: { vi: `${word()} ${j + 1}`, en: `Column ${j + 1}` }, type: 'count',
      })),
    ];
    form.properties[EDITOR_PACK.field] = {
      type: 'object',
      'x-fp-label': { vi: 'Bảng đo hiệu năng', en: 'Benchmark table' },
      'x-fp-matrix': { rows: { categorySet: EDITOR_PACK.rowSet }, columns, columnTotals: true },
    };
    if (Array.isArray(form['x-fp-order'])) form['x-fp-order'] = [EDITOR_PACK.field, ...form['x-fp-order']];
    forms.push(form);
  }
  pack.forms = forms;
  return { pack, formIds: forms.map((f) => f['x-fp-id']) };
}
