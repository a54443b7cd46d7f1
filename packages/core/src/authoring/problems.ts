/**
 * Live checks of a whole draft pack, run after every edit: the loader's own checks (meta-schemas,
 * references, form resolution, expressions, bindings: nothing is checked twice) plus what only a
 * draft can get wrong: a rule, formula, condition or binding naming a retired field, a retired or
 * hidden matrix column or row. Each problem points into the PackSource, for the problems list.
 */
import type { Bilingual } from '../common/bilingual.js';
import { formatPointer } from '../common/json-pointer.js';
import { checkRawPack, type RawPack } from '../pack/load-pack.js';
import { defaultPartFiles } from '../pack/check-references.js';
import type { MetaSchemaDoc } from '../pack/meta-validator.js';
import type { PackError } from '../pack/pack-error.js';
import type { AuthoredForm, PackSource } from '../pack/types.js';
import type { Validator } from '../validation/validator.js';
import { flattenItems } from '../schema/lookup.js';
import { expandedColumnCodes } from './commands-matrix.js';
import { cachedCompile, cachedExpressionChecker, cachedResolveForm } from './compile-cache.js';
import { packExpressions, type PackExpression } from './pack-expressions.js';
import { expressionTypeProblems } from './expression-type-problems.js';
import { authoredPointer, filePlaces, type PackArea } from './problem-pointers.js';

export type { PackArea } from './problem-pointers.js';

/** One problem of a draft pack. */
export interface PackProblem {
  /** RFC 6901 pointer into the PackSource, e.g. `/forms/1/properties/so_lieu` */
  pointer: string;
  area: PackArea;
  message: Bilingual;
  severity: 'error' | 'warning';
}

function rawPack(pack: PackSource): RawPack {
  const files = defaultPartFiles(pack);
  return {
    manifest: { file: files.manifest, value: pack.manifest }, orgUnits: { file: files.orgUnits, value: pack.orgUnits },
    agencies: { file: files.agencies, value: pack.agencies }, categorySets: { file: files.categorySets, value: pack.categorySets },
    calendar: { file: files.calendar, value: pack.calendar }, plan: { file: files.plan, value: pack.plan },
    criteriaSets: pack.criteriaSets.map((value, i) => ({ file: files.criteriaSets[i], value })),
    forms: pack.forms.map((value, i) => ({ file: files.forms[i], value })),
  };
}

function toProblem(pack: PackSource, e: PackError, places: ReturnType<typeof filePlaces>): PackProblem {
  // duplicate ids are reported as `<file>#<pointer>` under the folder
  const hash = e.pointer.indexOf('#');
  const file = hash >= 0 ? e.pointer.slice(0, hash) : e.file;
  let pointer = hash >= 0 ? e.pointer.slice(hash + 1) : e.pointer;
  const place = places.place(file);
  if (place.formIndex !== undefined) pointer = authoredPointer(pack, pack.forms[place.formIndex], pointer);
  return { pointer: place.prefix + pointer, area: place.area, message: e.message, severity: 'error' };
}

type Node = Record<string, unknown>;

/** What a referenced path runs into that is not offered for entry, if anything. */
function retiredOnPath(pack: PackSource, form: AuthoredForm, scope: readonly string[], segs: readonly string[]): string | undefined {
  const path = segs[0] === '$root' ? segs.slice(1) : [...scope, ...segs];
  let node: Node = form;
  for (let i = 0; i < path.length; i++) {
    const m = node['x-fp-matrix'] as { rows?: Node; columns?: Node[] } | undefined;
    if (m) {
      const [row, col] = [path[i], path[i + 1]];
      const rows = m.rows ?? {};
      const hidden = Array.isArray(rows.hiddenRows) ? (rows.hiddenRows as string[]) : [];
      const set = pack.categorySets.find((s) => s.id === rows.categorySet);
      // a row is out of entry when it or the top-level item it sits under is hidden or retired
      const top = set?.items.find((x) => x.code === row || flattenItems(x.children ?? []).some((c) => c.code === row));
      const item = set ? flattenItems(set.items).find((x) => x.code === row) : undefined;
      const out = [row, top?.code].some((c) => c !== undefined && hidden.includes(c)) || item?.retired === true || top?.retired === true;
      if (row !== '*' && out) return path.slice(0, i + 1).join('.');
      const column = (m.columns ?? []).find((c) => col !== undefined && expandedColumnCodes(pack, [c]).includes(col));
      if (column?.['x-fp-retired'] === true) return path.slice(0, i + 2).join('.');
      return undefined;
    }
    const props = node.properties as Record<string, Node> | undefined;
    const next = props && Object.prototype.hasOwnProperty.call(props, path[i]) ? props[path[i]] : undefined;
    if (!next) return undefined;
    if (next['x-fp-retired'] === true) return path.slice(0, i + 1).join('.');
    node = next;
  }
  return undefined;
}

function formOfBinding(pack: PackSource, segs: string[]): { form: AuthoredForm; rest: string[] } | undefined {
  const [first, ...tail] = segs[0] === 'forms' ? segs.slice(1) : segs;
  const form = pack.forms.find((f) => f['x-fp-id'] === first || f['x-fp-id'] === first?.replace(/_/g, '-'));
  return form ? { form, rest: tail } : undefined;
}

function retiredReferences(pack: PackSource, e: PackExpression): PackProblem[] {
  if (e.kind === 'target') return [];
  const parsed = cachedExpressionChecker.parse(e.text);
  if (!parsed.ok) return []; // the loader's expression check reports it
  const out: PackProblem[] = [];
  for (const segs of cachedExpressionChecker.referencedPaths(parsed.ast)) {
    let hit: string | undefined;
    if (e.formIndex !== undefined) hit = retiredOnPath(pack, pack.forms[e.formIndex], e.scope ?? [], segs);
    else {
      const t = formOfBinding(pack, segs);
      if (t) hit = retiredOnPath(pack, t.form, [], t.rest);
    }
    if (hit === undefined) continue;
    out.push({
      pointer: e.pointer, area: e.formIndex !== undefined ? 'forms' : 'criteria', severity: 'error',
      message: {
        vi: `Biểu thức dùng '${hit}' đã ngừng dùng (hoặc bị ẩn): hãy sửa biểu thức hoặc dùng lại trường này.`,
        en: `The expression uses '${hit}', which is retired (or hidden): change the expression or restore the field.`,
      },
    });
  }
  return out;
}

/** Whether the expression sits inside a retired field (then it is not evaluated for entry). */
function insideRetired(pack: PackSource, e: PackExpression): boolean {
  if (e.formIndex === undefined) return false;
  const segs = e.pointer.split('/').slice(3);
  let node: unknown = pack.forms[e.formIndex];
  for (const s of segs) {
    if (node === null || typeof node !== 'object') return false;
    if ((node as Node)['x-fp-retired'] === true) return true;
    node = (node as Node)[s.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return false;
}

/** Options of {@link checkDraftPack}. */
export interface CheckDraftOptions {
  /**
   * A validator that generates no code (`InterpretingValidator`) in place of ajv, for a page under
   * a strict CSP (see the loader's option of that name); ajv's strict mode is then not applied.
   */
  interpreter?: Validator;
}

/**
 * Checks a whole draft pack.
 * @param pack - the draft (e.g. `session.doc`)
 * @param metaSchemas - the meta-schemas (`schemas/meta/*.schema.json`)
 * @param options - the interpreter to check with instead of ajv
 * @returns every problem, errors first; empty when the pack can be published
 */
export function checkDraftPack(pack: PackSource, metaSchemas: readonly MetaSchemaDoc[], options: CheckDraftOptions = {}): PackProblem[] {
  const places = filePlaces(pack);
  const r = checkRawPack(rawPack(pack), {
    metaSchemas, compileSchemas: cachedCompile, expressionChecker: cachedExpressionChecker, resolveForm: cachedResolveForm,
    interpreter: options.interpreter,
  });
  const out = r.ok ? [] : r.errors.map((e) => toProblem(pack, e, places));
  // the draft checks need a pack whose parts have the right shape
  if (r.ok || !r.errors.some((e) => e.code === 'schema' || e.code === 'missing-part' || e.code === 'not-a-pack')) {
    const live = packExpressions(pack).filter((e) => !insideRetired(pack, e));
    for (const e of live) out.push(...retiredReferences(pack, e));
    out.push(...expressionTypeProblems(pack, live));
  }
  return uniqueProblems(out).sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/**
 * Each problem once per place: an expression naming a retired field several times (`a + a`, or
 * `a.x` and `a.y` under one retired `a`) finds it once per reference, and the loader may say the
 * same of one place from two checks; the list shows one line per pointer and message.
 */
function uniqueProblems(problems: readonly PackProblem[]): PackProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.pointer, p.severity, p.message.vi, p.message.en]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The pointer of a form's field in a PackSource: `/forms/<i>/properties/<code>/…`. */
export function fieldPackPointer(formIndex: number, dataPointer: string): string {
  return formatPointer(['forms', formIndex]) + dataPointer.split('/').slice(1).map((s) => `/properties/${s}`).join('');
}
