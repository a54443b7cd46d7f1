import { createAjv } from '../schema/create-ajv.js';
import { ResolveError } from '../schema/lookup.js';
import { resolveAuthoredForm } from '../schema/resolve-form.js';
import type { ResolvedForm } from '../schema/resolved-form.js';
import { checkBindings } from './check-bindings.js';
import { checkExpressions, type ExpressionChecker } from './check-expressions.js';
import { checkReferences, type PartFiles } from './check-references.js';
import { MAX_PACK_BYTES } from './limits.js';
import type { Validator } from '../validation/validator.js';
import { interpretedCompile, interpretedMetaValidator } from './meta-interpreted.js';
import { createMetaValidator, type MetaSchemaDoc, type PartKind } from './meta-validator.js';
import { packError, type LoadResult, type PackError } from './pack-error.js';
import { scanJson } from './scan-json.js';
import type { PackSource } from './types.js';

/** Options of {@link loadPack} and `loadPackFromDir`. */
export interface LoadOptions {
  /** the meta-schemas (`schemas/meta/*.schema.json`); node callers may use `readMetaSchemas()` */
  metaSchemas: readonly MetaSchemaDoc[];
  /** checks expressions (default: core's expression module) */
  expressionChecker?: ExpressionChecker;
  /**
   * Checks that resolved form schemas compile under strict ajv; throws when one does not (default:
   * one ajv per check). The editor passes a cached one: compiling is most of the time of a check.
   */
  compileSchemas?: () => (schema: ResolvedForm['schema']) => void;
  /** resolves a form (default `resolveAuthoredForm`); the editor passes one that remembers unchanged forms */
  resolveForm?: (pack: PackSource, form: PackSource['forms'][number]) => ResolvedForm;
  /**
   * A validator that generates no code (`InterpretingValidator`), for a page under a strict CSP:
   * when given, it judges the parts against the meta-schemas and checks that each resolved form
   * can be read, in place of ajv (and of `compileSchemas`); ajv's strict mode is then not applied.
   */
  interpreter?: Validator;
}

/** One part as read: its file name and parsed value (`undefined` when the file is absent). */
export interface RawPart {
  file: string;
  value: unknown;
  /** set when reading or parsing the file failed (its error is already reported) */
  failed?: boolean;
}

/** The raw parts of a pack before checking. */
export interface RawPack {
  manifest: RawPart;
  orgUnits: RawPart;
  agencies: RawPart;
  categorySets: RawPart;
  calendar: RawPart;
  plan: RawPart;
  criteriaSets: RawPart[];
  forms: RawPart[];
}

const SINGLE: readonly [keyof RawPack, PartKind][] = [
  ['manifest', 'manifest'], ['orgUnits', 'org-units'], ['agencies', 'agencies'],
  ['categorySets', 'category-sets'], ['calendar', 'calendar'], ['plan', 'plan'],
];

/**
 * Checks raw parts: safety scan, meta-validation, references, form resolution (each resolved
 * schema must compile under strict ajv) and expressions. Never throws.
 * @param raw - parts with file names
 * @param options - meta-schemas and expression checker
 * @param readErrors - errors already found while reading (reported with the rest)
 */
export function checkRawPack(raw: RawPack, options: LoadOptions, readErrors: readonly PackError[] = []): LoadResult {
  try {
    return checkRawPackUnsafe(raw, options, readErrors);
  } catch (e) {
    return { ok: false, errors: [packError('', '', 'resolve-failed', { detail: e instanceof Error ? e.message : String(e) })] };
  }
}

function checkRawPackUnsafe(raw: RawPack, options: LoadOptions, readErrors: readonly PackError[]): LoadResult {
  const meta = options.interpreter ? interpretedMetaValidator(options.metaSchemas, options.interpreter) : createMetaValidator(options.metaSchemas);
  if (!meta.ok) return meta;
  const errors: PackError[] = [...readErrors];
  let bytes = 0;
  const check = (part: RawPart, kind: PartKind): void => {
    if (part.failed) return;
    if (part.value === undefined) {
      errors.push(packError(part.file, '', 'missing-part'));
      return;
    }
    const scan = scanJson(part.value, part.file);
    bytes += scan.bytes;
    if (scan.errors.length > 0) errors.push(...scan.errors);
    else errors.push(...meta.validator.validate(kind, part.value, part.file));
  };
  for (const [key, kind] of SINGLE) check(raw[key] as RawPart, kind);
  for (const c of raw.criteriaSets) check(c, 'criteria-set');
  for (const f of raw.forms) check(f, 'form');
  if (bytes > MAX_PACK_BYTES) errors.push(packError('', '', 'pack-too-large', { limit: MAX_PACK_BYTES }));
  if (errors.length > 0) return { ok: false, errors };

  const pack = {
    manifest: raw.manifest.value, orgUnits: raw.orgUnits.value, agencies: raw.agencies.value,
    categorySets: raw.categorySets.value, calendar: raw.calendar.value, plan: raw.plan.value,
    criteriaSets: raw.criteriaSets.map((c) => c.value), forms: raw.forms.map((f) => f.value),
  } as PackSource;
  const files: PartFiles = {
    manifest: raw.manifest.file, orgUnits: raw.orgUnits.file, agencies: raw.agencies.file,
    categorySets: raw.categorySets.file, calendar: raw.calendar.file, plan: raw.plan.file,
    criteriaSets: raw.criteriaSets.map((c) => c.file), forms: raw.forms.map((f) => f.file),
  };
  const refErrors = checkReferences(pack, files);
  if (refErrors.length > 0) return { ok: false, errors: refErrors };

  const resolved: ResolvedForm[] = [];
  const compile = options.interpreter ? interpretedCompile(options.interpreter) : (options.compileSchemas?.() ?? defaultCompile());
  const resolve = options.resolveForm ?? resolveAuthoredForm;
  pack.forms.forEach((form, i) => {
    const file = files.forms[i];
    try {
      const r = resolve(pack, form);
      compile(r.schema);
      resolved.push(r);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      errors.push(e instanceof ResolveError
        ? packError(file, e.pointer, 'resolve-failed', { detail })
        : packError(file, '', 'invalid-form-schema', { detail }));
    }
  });
  const fileOf = (id: string): string => files.forms[pack.forms.findIndex((f) => f['x-fp-id'] === id)] ?? `forms/${id}.json`;
  errors.push(...checkExpressions(resolved, fileOf, options.expressionChecker));
  if (resolved.length === pack.forms.length) {
    errors.push(...checkBindings(pack, resolved, files.criteriaSets, files.plan, options.expressionChecker));
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, pack };
}

function defaultCompile(): (schema: ResolvedForm['schema']) => void {
  const ajv = createAjv();
  return (schema) => { ajv.compile(schema); };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Loads a pack given as one object (browser-safe; what a bundle or an upload holds):
 * `{ manifest, orgUnits, agencies, categorySets, criteriaSets, calendar, plan, forms }`.
 * Errors name the file each part would have in a pack folder. Never throws.
 * @param source - untrusted data
 * @param options - meta-schemas (and optionally the expression checker)
 * @example
 * ```ts
 * const r = loadPack(JSON.parse(text), { metaSchemas });
 * if (!r.ok) r.errors.forEach((e) => console.log(e.file, e.pointer, e.message.vi));
 * ```
 */
export function loadPack(source: unknown, options: LoadOptions): LoadResult {
  if (!isRecord(source)) return { ok: false, errors: [packError('', '', 'not-a-pack')] };
  const get = (k: string): unknown => (Object.prototype.hasOwnProperty.call(source, k) ? source[k] : undefined);
  const list = (k: string, name: (v: unknown, i: number) => string, dir: string): RawPart[] | PackError => {
    const v = get(k);
    if (v === undefined) return [];
    if (!Array.isArray(v)) return packError(dir, '', 'not-a-pack');
    return v.map((x, i) => ({ file: `${dir}/${name(x, i)}.json`, value: x }));
  };
  const idOf = (key: string) => (v: unknown, i: number): string =>
    isRecord(v) && typeof v[key] === 'string' && /^[a-z0-9-]+$/.test(v[key] as string) ? (v[key] as string) : String(i);
  const criteria = list('criteriaSets', idOf('id'), 'criteria');
  const forms = list('forms', idOf('x-fp-id'), 'forms');
  const bad = [criteria, forms].filter((x): x is PackError => !Array.isArray(x));
  if (bad.length > 0) return { ok: false, errors: bad };
  return checkRawPack({
    manifest: { file: 'pack.json', value: get('manifest') },
    orgUnits: { file: 'org-units.json', value: get('orgUnits') },
    agencies: { file: 'agencies.json', value: get('agencies') },
    categorySets: { file: 'category-sets.json', value: get('categorySets') },
    calendar: { file: 'calendar.json', value: get('calendar') },
    plan: { file: 'plan.json', value: get('plan') },
    criteriaSets: criteria as RawPart[], forms: forms as RawPart[],
  }, options);
}
