import type { AuthoredForm, Bilingual, PackSource } from '../pack/types.js';
import { collectFields } from './fields.js';
import { HEADER_KEY, headerSchema } from './header.js';
import { categorySet, cloneJson, copyText, flattenItems, ResolveError } from './lookup.js';
import { resolveMatrix } from './matrix.js';
import type { ResolvedForm, SchemaNode } from './resolved-form.js';
import { selfAssessmentProperties } from './self-assessment.js';

const JSON_SCHEMA_2020 = 'https://json-schema.org/draft/2020-12/schema';

function esc(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * Retired fields (`x-fp-retired`) stay in `properties`, read-only, so data filed before they were
 * retired is valid and readable; they leave the display order and `required` (not offered for entry).
 */
function retireFields(out: SchemaNode, props: Record<string, SchemaNode>): void {
  const retired = Object.keys(props).filter((k) => props[k]['x-fp-retired'] === true);
  if (retired.length === 0) return;
  for (const k of retired) props[k].readOnly = true;
  const keep = (list: unknown): string[] => (Array.isArray(list) ? (list as string[]) : []).filter((k) => !retired.includes(k));
  out['x-fp-order'] = keep(out['x-fp-order'] ?? Object.keys(props));
  if (Array.isArray(out.required)) {
    const req = keep(out.required);
    if (req.length > 0) out.required = req;
    else delete out.required;
  }
}

function resolveNode(pack: PackSource, node: SchemaNode, pointer: string): SchemaNode {
  if (node['x-fp-matrix'] !== undefined) return resolveMatrix(pack, node, pointer);
  const out: SchemaNode = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'properties' || k === 'items') continue;
    out[k] = cloneJson(v);
  }
  const cat = node['x-fp-category'] as { categorySet?: unknown } | undefined;
  if (cat !== undefined) {
    const set = categorySet(pack, cat.categorySet, `${pointer}/x-fp-category/categorySet`);
    const items = flattenItems(set.items);
    if (out.type === undefined) out.type = 'string';
    out.enum = items.map((i) => i.code);
    out['x-fp-category'] = {
      categorySet: set.id,
      items: items.map((i) => ({ code: i.code, label: copyText(i.label), ...(i.retired ? { retired: true } : {}) })),
    };
  }
  if (node.properties !== undefined && typeof node.properties === 'object') {
    const props: Record<string, SchemaNode> = {};
    for (const [k, v] of Object.entries(node.properties as Record<string, SchemaNode>)) {
      props[k] = resolveNode(pack, v, `${pointer}/properties/${esc(k)}`);
    }
    retireFields(out, props);
    out.properties = props;
    if (out.additionalProperties === undefined) out.additionalProperties = false;
  }
  if (node.items !== undefined && typeof node.items === 'object' && node.items !== null) {
    out.items = resolveNode(pack, node.items as SchemaNode, `${pointer}/items`);
  }
  return out;
}

/**
 * Resolves one authored form into a plain, self-contained JSON Schema 2020-12 document:
 * matrices expanded, category enums inlined, the standard header `thong_tin` added (unless
 * `x-fp-header: false`), the self-assessment generated from `x-fp-from-criteria`, labels
 * inlined, x-fp keywords kept for renderers. Pure and deterministic.
 * @param pack - a loaded pack (the loader has checked every reference)
 * @param form - the authored form
 * @returns the resolved form
 * @throws {ResolveError} when the form names a category or criteria set the pack lacks
 */
export function resolveAuthoredForm(pack: PackSource, form: AuthoredForm): ResolvedForm {
  const id = form['x-fp-id'];
  const root = resolveNode(pack, form as unknown as SchemaNode, '');
  const authoredProps = (root.properties ?? {}) as Record<string, SchemaNode>;
  const props: Record<string, SchemaNode> = {};
  const required: string[] = [];
  const withHeader = form['x-fp-header'] !== false;
  if (withHeader) {
    props[HEADER_KEY] = headerSchema();
    required.push(HEADER_KEY);
  }
  Object.assign(props, authoredProps);
  const fromCriteria = form['x-fp-from-criteria'];
  if (fromCriteria !== undefined) {
    const set = pack.criteriaSets.find((s) => s.id === fromCriteria);
    if (!set) throw new ResolveError({ vi: `không có bộ tiêu chí ${String(fromCriteria)}`, en: `unknown criteria set ${String(fromCriteria)}` }, '/x-fp-from-criteria');
    Object.assign(props, selfAssessmentProperties(set));
  }
  for (const r of (root.required as string[] | undefined) ?? []) if (!required.includes(r)) required.push(r);
  const order = Array.isArray(root['x-fp-order'])
    ? [...(withHeader ? [HEADER_KEY] : []), ...(root['x-fp-order'] as string[]).filter((k) => k !== HEADER_KEY)]
    : Object.keys(props);
  for (const k of Object.keys(props)) if (!order.includes(k) && props[k]['x-fp-retired'] !== true) order.push(k);
  const $id = `urn:formplan:${pack.manifest.id}:${pack.manifest.version}:${id}`;
  const { $schema: _s, $id: _i, properties: _p, required: _r, ...rest } = root;
  const schema: SchemaNode = {
    $schema: JSON_SCHEMA_2020, $id, ...rest, type: 'object', additionalProperties: false,
    'x-fp-order': order, properties: props,
  };
  if (required.length > 0) schema.required = required;
  const title = copyText(form['x-fp-label'] as Bilingual);
  return { id, $id, title, periodKinds: [...(form['x-fp-period-kinds'] ?? [])], schema, fields: collectFields(schema) };
}

const cache = new WeakMap<PackSource, Map<string, ResolvedForm>>();

/**
 * Resolves a form of a pack by id (cached per pack object; packs are immutable).
 * @param pack - a loaded pack
 * @param formId - the form's `x-fp-id`
 * @returns the resolved form, or `undefined` when the pack has no such form
 * @example
 * ```ts
 * const f = resolveForm(pack, 'bieu-02');
 * f?.schema.$id; // 'urn:formplan:tay-ho-2018:1.0.0:bieu-02'
 * ```
 */
export function resolveForm(pack: PackSource, formId: string): ResolvedForm | undefined {
  let forms = cache.get(pack);
  if (!forms) {
    forms = new Map();
    cache.set(pack, forms);
  }
  const hit = forms.get(formId);
  if (hit) return hit;
  const form = pack.forms.find((f) => f['x-fp-id'] === formId);
  if (!form) return undefined;
  const resolved = resolveAuthoredForm(pack, form);
  forms.set(formId, resolved);
  return resolved;
}

/**
 * Resolves every form of a pack, in the pack's order (cached).
 * @param pack - a loaded pack
 */
export function resolvePack(pack: PackSource): ResolvedForm[] {
  return pack.forms.map((f) => resolveForm(pack, f['x-fp-id']) as ResolvedForm);
}
