import type { Bilingual } from '../pack/types.js';

/** A JSON Schema node as plain data. */
export type SchemaNode = Record<string, unknown>;

/** One leaf field of a resolved form (flat list, in display order). */
export interface FieldInfo {
  /** JSON Pointer into the form data, e.g. `/so_lieu/HCDB_01/tong_so` */
  pointer: string;
  /** the codes along the way, e.g. `['so_lieu', 'HCDB_01', 'tong_so']` */
  path: string[];
  /** JSON Schema type of the leaf (`integer`, `number`, `string`, `boolean`, `array`) */
  type: string;
  /** the leaf's own label (falls back to its code) */
  label: Bilingual;
  /** labels from the form's top level down to the leaf, joined with ` › ` */
  fullLabel: Bilingual;
  /** the expression, when the field is computed */
  computed?: string;
  readOnly: boolean;
  required: boolean;
}

/** An authored form resolved into a plain, self-contained JSON Schema 2020-12 document. */
export interface ResolvedForm {
  /** the form id, e.g. `bieu-02` */
  id: string;
  /** `urn:formplan:<pack-id>:<version>:<form-id>` */
  $id: string;
  title: Bilingual;
  periodKinds: string[];
  schema: SchemaNode;
  fields: FieldInfo[];
}

/** A row or column of a resolved matrix, as renderers get it in `x-fp-matrix`. */
export interface MatrixAxisItem {
  code: string;
  label: Bilingual;
}

/** A resolved matrix row. */
export interface MatrixRow extends MatrixAxisItem {
  depth: 1 | 2;
  parent?: string;
}

/** A resolved matrix column. */
export interface MatrixColumn extends MatrixAxisItem {
  type: 'count' | 'number' | 'money' | 'percent' | 'boolean' | 'text';
  computed?: string;
  /** for columns from two category sets: the first set's item this column sits under */
  group?: MatrixAxisItem;
}

/** `x-fp-matrix` after resolution: every row and column expanded and labelled. */
export interface ResolvedMatrix {
  rows: MatrixRow[];
  columns: MatrixColumn[];
  columnTotals: boolean;
}
