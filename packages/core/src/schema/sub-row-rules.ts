/**
 * Sub-rows of a matrix are "of which" rows (Trong đó): they are part of their parent row, so
 * totals skip them and, where the pack asks for it (`x-fp-matrix.subRowCheck`), a rule per parent
 * row and additive column checks that the sub-rows do not add up to more than their parent.
 */
import type { Bilingual } from '../pack/types.js';
import { ResolveError } from './lookup.js';
import type { MatrixColumn, MatrixRow, ResolvedMatrix, SchemaNode } from './resolved-form.js';

/** Severity of the generated sub-row rules. */
export type SubRowCheck = 'error' | 'warning';

const ADDITIVE: ReadonlySet<MatrixColumn['type']> = new Set(['count', 'number', 'money']);

/**
 * The rows a total adds up: a matrix's top-level rows (sub-rows are "of which").
 * @param matrix - a resolved `x-fp-matrix`
 * @returns the rows without a parent, in order
 */
export function topLevelRows(matrix: ResolvedMatrix): MatrixRow[] {
  return matrix.rows.filter((r) => r.parent === undefined);
}

/**
 * The row keys a column total or a `*` over rows walks in a resolved schema node: the top-level
 * rows of a matrix; `undefined` when the node is not a matrix.
 * @param node - a resolved schema node (or undefined)
 */
export function totalledRowKeys(node: SchemaNode | undefined): string[] | undefined {
  const m = node?.['x-fp-matrix'] as ResolvedMatrix | undefined;
  return m && Array.isArray(m.rows) ? topLevelRows(m).map((r) => r.code) : undefined;
}

function quoted(text: Bilingual, lang: 'vi' | 'en'): string {
  return `"${lang === 'en' ? text.en ?? text.vi : text.vi}"`;
}

function dataPointer(schemaPointer: string): string {
  const tokens = schemaPointer.split('/').slice(1);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    if (tokens[i] !== 'properties') {
      throw new ResolveError({
        vi: 'subRowCheck chỉ dùng được cho bảng không nằm trong danh sách lặp',
        en: 'subRowCheck is only supported on a matrix outside arrays',
      }, `${schemaPointer}/x-fp-matrix/subRowCheck`);
    }
    out.push(tokens[i + 1]);
  }
  return out.map((t) => `/${t}`).join('');
}

/**
 * One rule per parent row with sub-rows and per additive column: the sub-rows' sum must not
 * exceed the parent's value. The message names the row and the column, Vietnamese first.
 * @param matrix - the resolved matrix
 * @param severity - as declared in the pack
 * @param schemaPointer - JSON Pointer of the matrix node in the authored form (only `properties` steps)
 * @returns rules for the matrix node's `x-fp-rules` (expressions relative to the matrix)
 */
export function subRowRules(matrix: ResolvedMatrix, severity: SubRowCheck, schemaPointer: string): SchemaNode[] {
  const base = dataPointer(schemaPointer);
  const rules: SchemaNode[] = [];
  const columns = matrix.columns.filter((c) => ADDITIVE.has(c.type));
  for (const parent of topLevelRows(matrix)) {
    const children = matrix.rows.filter((r) => r.parent === parent.code);
    if (children.length === 0) continue;
    for (const col of columns) {
      rules.push({
        code: `SUB_${parent.code}__${col.code}`,
        expr: `sum(${children.map((c) => `${c.code}.${col.code}`).join(', ')}) <= ${parent.code}.${col.code}`,
        message: {
          vi: `Các dòng "trong đó" của ${quoted(parent.label, 'vi')} cộng lại lớn hơn chính dòng này ở cột ${quoted(col.label, 'vi')}: kiểm tra lại.`,
          en: `The "of which" rows of ${quoted(parent.label, 'en')} add up to more than the row itself in column ${quoted(col.label, 'en')}: please check.`,
        },
        severity,
        path: `${base}/${parent.code}/${col.code}`,
      });
    }
  }
  return rules;
}
