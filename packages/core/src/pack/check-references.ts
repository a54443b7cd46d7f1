import { flattenItems } from '../schema/lookup.js';
import type { SchemaNode } from '../schema/resolved-form.js';
import { packError, type PackError } from './pack-error.js';
import { joinPointer } from '../common/json-pointer.js';
import type { Assignment, CategoryItem, PackSource } from './types.js';

/** Where each part of a pack came from (file names for errors). */
export interface PartFiles {
  manifest: string;
  orgUnits: string;
  agencies: string;
  categorySets: string;
  calendar: string;
  plan: string;
  criteriaSets: string[];
  forms: string[];
}

/** Default file names of the parts of a pack given as an object. */
export function defaultPartFiles(pack: PackSource): PartFiles {
  return {
    manifest: 'pack.json', orgUnits: 'org-units.json', agencies: 'agencies.json',
    categorySets: 'category-sets.json', calendar: 'calendar.json', plan: 'plan.json',
    criteriaSets: pack.criteriaSets.map((c, i) => `criteria/${typeof c?.id === 'string' ? c.id : i}.json`),
    forms: pack.forms.map((f, i) => `forms/${typeof f?.['x-fp-id'] === 'string' ? f['x-fp-id'] : i}.json`),
  };
}

/** Reports codes that appear twice in a list (keyed by `key`), pointing at the second one. */
function duplicates<T>(
  list: readonly T[], key: (t: T) => string, file: string, pointerOf: (i: number) => string, out: PackError[],
): void {
  const seen = new Map<string, number>();
  list.forEach((t, i) => {
    const k = key(t);
    const first = seen.get(k);
    if (first !== undefined) out.push(packError(file, pointerOf(i), 'duplicate-code', { code: k, first: pointerOf(first) }));
    else seen.set(k, i);
  });
}

function categoryPointers(items: readonly CategoryItem[], base: string): { item: CategoryItem; pointer: string }[] {
  const out: { item: CategoryItem; pointer: string }[] = [];
  items.forEach((it, i) => {
    const p = joinPointer(base, i);
    out.push({ item: it, pointer: p });
    if (it.children) out.push(...categoryPointers(it.children, `${p}/children`));
  });
  return out;
}

function walkNodes(node: unknown, pointer: string, visit: (n: SchemaNode, p: string) => void): void {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  const n = node as SchemaNode;
  visit(n, pointer);
  if (n.properties && typeof n.properties === 'object') {
    for (const [k, v] of Object.entries(n.properties)) walkNodes(v, joinPointer(pointer, 'properties', k), visit);
  }
  if (n.items) walkNodes(n.items, `${pointer}/items`, visit);
}

const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

/**
 * Checks what the meta-schemas cannot: references between parts, unique codes, point sums.
 * Run on a pack whose parts passed meta-validation.
 * @param pack - the pack's parts
 * @param files - file name of each part, for errors
 * @returns every problem found (empty when the pack is consistent)
 */
export function checkReferences(pack: PackSource, files: PartFiles = defaultPartFiles(pack)): PackError[] {
  const errs: PackError[] = [];
  // org units
  const units = new Set(pack.orgUnits.map((u) => u.code));
  duplicates(pack.orgUnits, (u) => u.code, files.orgUnits, (i) => `/${i}/code`, errs);
  pack.orgUnits.forEach((u, i) => {
    if (u.parent !== undefined && !units.has(u.parent)) {
      errs.push(packError(files.orgUnits, `/${i}/parent`, 'unknown-org-unit', { code: u.parent }));
    }
  });
  if (!units.has(pack.manifest.district)) {
    errs.push(packError(files.manifest, '/district', 'unknown-org-unit', { code: pack.manifest.district }));
  }
  // agencies
  const agencies = new Set(pack.agencies.map((a) => a.code));
  duplicates(pack.agencies, (a) => a.code, files.agencies, (i) => `/${i}/code`, errs);
  // category sets
  const sets = new Set(pack.categorySets.map((s) => s.id));
  duplicates(pack.categorySets, (s) => s.id, files.categorySets, (i) => `/${i}/id`, errs);
  pack.categorySets.forEach((s, i) => {
    const items = categoryPointers(s.items, `/${i}/items`);
    duplicates(items, (x) => x.item.code, files.categorySets, (j) => `${items[j].pointer}/code`, errs);
  });
  // criteria
  const criteria = new Set(pack.criteriaSets.map((c) => c.id));
  duplicates(pack.criteriaSets, (c) => c.id, 'criteria/', (i) => `${files.criteriaSets[i]}#/id`, errs);
  pack.criteriaSets.forEach((set, si) => {
    const f = files.criteriaSets[si];
    duplicates(set.criteria, (c) => c.code, f, (i) => `/criteria/${i}/code`, errs);
    let total = 0;
    set.criteria.forEach((c, ci) => {
      duplicates(c.indicators, (x) => x.code, f, (i) => `/criteria/${ci}/indicators/${i}/code`, errs);
      const sum = c.indicators.reduce((s, x) => s + x.maxPoints, 0);
      if (!near(sum, c.maxPoints)) {
        errs.push(packError(f, `/criteria/${ci}/maxPoints`, 'points-mismatch', { declared: c.maxPoints, sum }));
      }
      total += c.maxPoints;
    });
    if (!near(total, set.maxPoints)) {
      errs.push(packError(f, '/maxPoints', 'points-mismatch', { declared: set.maxPoints, sum: total }));
    }
  });
  // calendar
  const kinds = new Set(pack.calendar.periodKinds.map((k) => k.code));
  duplicates(pack.calendar.periodKinds, (k) => k.code, files.calendar, (i) => `/periodKinds/${i}/code`, errs);
  duplicates(pack.calendar.periods, (p) => p.id, files.calendar, (i) => `/periods/${i}/id`, errs);
  pack.calendar.periods.forEach((p, i) => {
    if (!kinds.has(p.kind)) errs.push(packError(files.calendar, `/periods/${i}/kind`, 'unknown-period-kind', { code: p.kind }));
  });
  // plan
  duplicates(pack.plan.targets, (t) => t.code, files.plan, (i) => `/targets/${i}/code`, errs);
  const walkAssignments = (list: readonly Assignment[], base: string): void => {
    list.forEach((a, i) => {
      const p = `${base}/${i}`;
      a.agencies.forEach((code, j) => {
        if (!agencies.has(code)) errs.push(packError(files.plan, `${p}/agencies/${j}`, 'unknown-agency', { code }));
      });
      if (a.children) walkAssignments(a.children, `${p}/children`);
    });
  };
  walkAssignments(pack.plan.assignments, '/assignments');
  // forms
  duplicates(pack.forms, (f) => f['x-fp-id'], 'forms/', (i) => `${files.forms[i]}#/x-fp-id`, errs);
  pack.forms.forEach((form, fi) => {
    const f = files.forms[fi];
    (form['x-fp-period-kinds'] ?? []).forEach((k, i) => {
      if (!kinds.has(k)) errs.push(packError(f, `/x-fp-period-kinds/${i}`, 'unknown-period-kind', { code: k }));
    });
    const from = form['x-fp-from-criteria'];
    if (from !== undefined && !criteria.has(String(from))) {
      errs.push(packError(f, '/x-fp-from-criteria', 'unknown-criteria-set', { id: from }));
    }
    walkNodes(form, '', (n, p) => {
      const cat = n['x-fp-category'] as { categorySet?: string } | undefined;
      if (cat && !sets.has(String(cat.categorySet))) {
        errs.push(packError(f, `${p}/x-fp-category/categorySet`, 'unknown-category-set', { id: cat.categorySet }));
      }
      const m = n['x-fp-matrix'] as { rows?: { categorySet?: string }; columns?: { categorySet?: string | string[]; code?: string }[] } | undefined;
      if (!m) return;
      if (m.rows?.categorySet !== undefined && !sets.has(m.rows.categorySet)) {
        errs.push(packError(f, `${p}/x-fp-matrix/rows/categorySet`, 'unknown-category-set', { id: m.rows.categorySet }));
      }
      const codes: { code: string; pointer: string }[] = [];
      (m.columns ?? []).forEach((c, ci) => {
        const cp = `${p}/x-fp-matrix/columns/${ci}`;
        if (c.categorySet === undefined) {
          codes.push({ code: String(c.code), pointer: `${cp}/code` });
          return;
        }
        const ids = Array.isArray(c.categorySet) ? c.categorySet : [c.categorySet];
        const found = ids.map((id) => pack.categorySets.find((s) => s.id === id));
        ids.forEach((id, k) => {
          if (!found[k]) errs.push(packError(f, `${cp}/categorySet${Array.isArray(c.categorySet) ? `/${k}` : ''}`, 'unknown-category-set', { id }));
        });
        if (found.some((s) => !s)) return;
        const [a, b] = found as NonNullable<(typeof found)[number]>[];
        for (const x of a.items) {
          if (!b) codes.push({ code: x.code, pointer: cp });
          else for (const y of b.items) codes.push({ code: `${x.code}__${y.code}`, pointer: cp });
        }
      });
      duplicates(codes, (c) => c.code, f, (i) => codes[i].pointer, errs);
      const localRows = (m.rows as { items?: { code: string }[] } | undefined)?.items;
      if (localRows) duplicates(localRows, (r) => r.code, f, (i) => `${p}/x-fp-matrix/rows/items/${i}/code`, errs);
    });
  });
  return errs;
}

/** Every code of a category set, including nested items (exported for other checks). */
export function categoryCodes(pack: PackSource, id: string): string[] {
  const set = pack.categorySets.find((s) => s.id === id);
  return set ? flattenItems(set.items).map((i) => i.code) : [];
}
