/**
 * Where things are used: which forms take rows or columns from a category set, which items of a
 * set a form names, what points at a criteria set. Commands refuse deletes of things in use.
 */
import type { Bilingual } from '../common/bilingual.js';
import { formatPointer } from '../common/json-pointer.js';
import type { AuthoredForm, PackSource } from '../pack/types.js';

/** One place a form uses a category set. */
export interface CategorySetUse {
  formId: string;
  /** JSON Pointer into the PackSource, e.g. `/forms/1/properties/so_lieu/x-fp-matrix/rows` */
  pointer: string;
  label: Bilingual;
}

type Visit = (node: Record<string, unknown>, segs: string[]) => void;

/** Walks every schema node of an authored form (the form itself first), with its path in the form. */
export function walkFormNodes(form: AuthoredForm, visit: Visit): void {
  const walk = (node: unknown, segs: string[]): void => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    const n = node as Record<string, unknown>;
    visit(n, segs);
    const props = n.properties;
    if (props && typeof props === 'object') {
      for (const [k, v] of Object.entries(props as Record<string, unknown>)) walk(v, [...segs, 'properties', k]);
    }
    if (n.items && typeof n.items === 'object') walk(n.items, [...segs, 'items']);
  };
  walk(form, []);
}

function setIds(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * The places forms use a category set (matrix rows, matrix columns, a category field): the editor's
 * "used by N forms".
 */
export function categorySetUsage(pack: PackSource, setId: string): CategorySetUse[] {
  const out: CategorySetUse[] = [];
  pack.forms.forEach((form, fi) => {
    const formId = form['x-fp-id'];
    walkFormNodes(form, (node, segs) => {
      const at = (...tail: (string | number)[]): string => formatPointer(['forms', fi, ...segs, ...tail]);
      const m = node['x-fp-matrix'] as { rows?: { categorySet?: unknown }; columns?: { categorySet?: unknown }[] } | undefined;
      if (m?.rows?.categorySet === setId) out.push({ formId, pointer: at('x-fp-matrix', 'rows'), label: form['x-fp-label'] });
      (m?.columns ?? []).forEach((c, ci) => {
        if (setIds(c.categorySet).includes(setId)) out.push({ formId, pointer: at('x-fp-matrix', 'columns', ci), label: form['x-fp-label'] });
      });
      const cat = node['x-fp-category'] as { categorySet?: unknown } | undefined;
      if (cat?.categorySet === setId) out.push({ formId, pointer: at('x-fp-category'), label: form['x-fp-label'] });
    });
  });
  return out;
}

/** The forms generated from a criteria set (`x-fp-from-criteria`), with their pointers. */
export function criteriaSetUsage(pack: PackSource, setId: string): CategorySetUse[] {
  return pack.forms.flatMap((form, fi) => form['x-fp-from-criteria'] === setId
    ? [{ formId: form['x-fp-id'], pointer: `/forms/${fi}/x-fp-from-criteria`, label: form['x-fp-label'] }]
    : []);
}
