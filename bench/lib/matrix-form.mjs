// The benchmark's generated form: a matrix of `rows` × `cols` count cells with a computed row
// total `sum(*)`, column totals and one cross-field rule over every row total. It is authored in
// the pack format and resolved by core's own resolver, so it is exactly what a real pack gives.
// Labels are Vietnamese; the row/column labels are drawn from a seeded PRNG (deterministic).
import { mulberry32 } from './prng.mjs';

const WORDS = ['Trẻ em', 'mồ côi', 'khuyết tật', 'bị bạo lực', 'lao động', 'nghèo', 'dân tộc', 'nữ', 'nam', 'dưới 6 tuổi', 'đi học', 'được trợ giúp'];

/**
 * The authored form (pack format) and a minimal pack around it.
 * @param {number} rows - matrix rows (e.g. 100)
 * @param {number} cols - count columns per row (e.g. 20); the row total is one more, computed
 * @param {number} seed - PRNG seed for the labels
 */
export function matrixPack(rows, cols, seed = 2018) {
  const rnd = mulberry32(seed);
  const word = () => WORDS[Math.floor(rnd() * WORDS.length)];
  const pad = (n, w) => String(n).padStart(w, '0');
  const items = Array.from({ length: rows }, (_, i) => ({ code: `R${pad(i + 1, 3)}`, label: { vi: `${word()} ${word()} ${i + 1}`, en: `Row ${i + 1}` } }));
  const columns = [
    { code: 'tong', label: { vi: 'Tổng số', en: 'Total' }, type: 'count', computed: 'sum(*)' },
    ...Array.from({ length: cols }, (_, j) => ({ code: `c${pad(j + 1, 2)}`, label: { vi: `${word()} ${j + 1}`, en: `Column ${j + 1}` }, type: 'count' })),
  ];
  const form = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    'x-fp-id': `bench-${rows}x${cols}`,
    'x-fp-label': { vi: `Biểu đo hiệu năng ${rows} × ${cols}`, en: `Benchmark form ${rows} × ${cols}` },
    'x-fp-period-kinds': ['Y'],
    'x-fp-header': false,
    'x-fp-provenance': { status: 'proposed', note: 'benchmark' },
    type: 'object',
    additionalProperties: false,
    properties: {
      so_lieu: {
        type: 'object',
        'x-fp-label': { vi: 'Số liệu', en: 'Figures' },
        'x-fp-matrix': { rows: { items }, columns, columnTotals: true },
      },
    },
    'x-fp-rules': [{
      code: 'R_TONG',
      expr: 'sum(so_lieu.*.tong) <= 100000000',
      message: { vi: 'Tổng cộng vượt quá giới hạn', en: 'Grand total over the limit' },
      severity: 'error',
      path: '/so_lieu',
    }],
  };
  return {
    manifest: { id: 'bench', version: '1.0.0', year: 2018, title: { vi: 'Đo hiệu năng', en: 'Benchmark' } },
    orgUnits: [], agencies: [], categorySets: [], criteriaSets: [],
    calendar: { periodKinds: [], periods: [] }, plan: {}, forms: [form],
  };
}
