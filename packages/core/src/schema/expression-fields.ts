/**
 * The fields an expression of a form may name, for an editor's field picker: every leaf of the
 * resolved schema by its dotted code, plus the wildcard paths of tables (`so_lieu.*.tong_so`,
 * "a column over every row") that the checker accepts.
 */
import type { Bilingual } from '../common/bilingual.js';
import { pathExists } from '../pack/check-expressions.js';
import { collectFields } from './fields.js';
import { labelText, schemaAt } from './labels.js';
import type { ResolvedForm, SchemaNode } from './resolved-form.js';
import type { ExpressionField } from '../expression/check-against-fields.js';

/** A field an expression may name, with its label for a picker. */
export interface LabelledExpressionField extends ExpressionField {
  label: Bilingual;
}

const EVERY_ROW: Required<Bilingual> = { vi: 'mọi dòng', en: 'every row' };

function joinLabels(labels: readonly Bilingual[]): Bilingual {
  return { vi: labels.map((l) => l.vi).join(' › '), en: labels.map((l) => l.en ?? l.vi).join(' › ') };
}

/**
 * Lists what an expression at the root of a form may name, in display order: each table's
 * wildcard paths first where they hold for every row, then every leaf. Arrays are left out.
 * @param schema - a resolved form schema
 * @returns fields with dotted codes, labels (parents › leaf, vi and en) and types
 * @example
 * ```ts
 * expressionFields(form.schema).map((f) => f.code) // ['so_lieu.*.tong_so', …, 'so_lieu.HCDB_01.tong_so', …]
 * ```
 */
export function expressionFields(schema: SchemaNode): LabelledExpressionField[] {
  const leaves = collectFields(schema).filter((f) => f.type !== 'array');
  const wildcards: LabelledExpressionField[] = [];
  const seen = new Set<string>();
  for (const f of leaves) {
    for (let i = 1; i < f.path.length - 1; i++) {
      const path = [...f.path.slice(0, i), '*', ...f.path.slice(i + 1)];
      const code = path.join('.');
      if (seen.has(code) || !pathExists(schema, path)) continue;
      seen.add(code);
      const labels = f.path.map((seg, j) => (j === i ? EVERY_ROW : labelText(schemaAt(schema, f.path.slice(0, j + 1)), seg)));
      wildcards.push({ code, label: joinLabels(labels), type: f.type });
    }
  }
  return [...wildcards, ...leaves.map((f) => ({ code: f.path.join('.'), label: f.fullLabel, type: f.type }))];
}

/**
 * What an indicator binding may name: the fields of every form given, each code prefixed with
 * the form id written as an identifier (`bieu-08` → `bieu_08.nguon_luc.kinh_phi_bvcste`) and each
 * label with the form's label, as the pack validator's binding check reads them.
 * @param forms - resolved forms (leave out the self-assessment form a binding cannot read)
 * @returns fields in form order
 * @example
 * ```ts
 * bindingFields(resolvePack(pack).filter((f) => f.id !== 'tu-danh-gia'))
 * ```
 */
export function bindingFields(forms: readonly ResolvedForm[]): LabelledExpressionField[] {
  return forms.flatMap((form) => {
    const prefix = form.id.replace(/-/g, '_');
    const formLabel = labelText(form.schema, form.id);
    return expressionFields(form.schema).map((f) => ({
      code: `${prefix}.${f.code}`, label: joinLabels([formLabel, f.label]), type: f.type,
    }));
  });
}
