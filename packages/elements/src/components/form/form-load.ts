/**
 * Building the form model of `<fp-form>`: from a schema (schema mode) or from a pack, a form id
 * and a draft key (pack mode). Never throws: every failure becomes a {@link Notice} the form
 * shows in the current language.
 */
import { FormModelBase, describeError, planPeriod, reportPolicy, resolveForm } from '@formplan/core';
import type { DraftKey, FormModel, FieldError, PackSource, ResolvedForm, ScheduledPeriod, SchemaNode, Store, Validator } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { openingData, readLifecycle, type ReportLifecycle } from './form-lifecycle.js';
import type { PackRegistry } from '../../services/pack-registry.js';
import { term } from '../../i18n/form-term.js';
import { expressionParserLoaded, loadExpressionParser, pageParser } from '../../services/page-parser.js';

/** A message to show, rendered in whatever language is in effect when it shows. */
export type Notice = (lang: Lang) => string;

/** The notice of a schema that cannot be used (`error` says why, in the language shown). */
export function invalidSchemaNotice(error: unknown): Notice {
  return (lang) => term(lang, 'ui', 'invalidSchema', { detail: describeError(error, lang) });
}

/** The notice of a chunk of the form's code (interpreter, parser) that could not be fetched. */
export function codeFailedNotice(error: unknown): Notice {
  return (lang) => term(lang, 'ui', 'codeFailed', { detail: describeError(error, lang) });
}

/**
 * A notice as the one error of a form that could not be built, at the root: whoever asks whether
 * such a form is valid hears "no", never "valid" for data nothing could check.
 */
export function noticeError(notice: Notice): FieldError {
  return { pointer: '', keyword: 'schema', params: {}, message: { vi: notice('vi'), en: notice('en') }, severity: 'error' };
}

/**
 * Result of {@link buildModel}. `parserMissing`: an expression had no tree parsed ahead of time
 * and the parser is not loaded yet (load it, then build again).
 */
export type BuiltModel = { model: FormModel; notice?: undefined; parserMissing: boolean } | { model?: undefined; notice: Notice };

/**
 * A model over `schema`, or the notice why the schema cannot be used (ajv refuses to compile it,
 * or it is not an object).
 */
export function buildModel(schema: unknown, validator: Validator, value: unknown): BuiltModel {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    return { notice: (lang) => term(lang, 'ui', 'invalidSchema', { detail: lang === 'en' ? 'not an object' : 'không phải một đối tượng' }) };
  }
  const parser = pageParser();
  try {
    const model = new FormModelBase({ schema: schema as SchemaNode, validator, value, parse: parser.parse });
    return { model, parserMissing: parser.missed };
  } catch (error) {
    return { notice: invalidSchemaNotice(error) };
  }
}

/** What pack mode asks for. */
export interface PackFormRequest {
  packs: PackRegistry;
  store: Store;
  validator: Validator;
  packId: string;
  /** default: the newest version the registry has */
  packVersion?: string;
  formId: string;
  ward: string;
  period: string;
  /** now: decides whether the period is locked */
  clock: Date;
}

/** A loaded pack form. `notice` reports a draft that could not be read (the form still works). */
export interface LoadedPackForm {
  pack: PackSource;
  resolved: ResolvedForm;
  key: DraftKey;
  /** the period in the plan */
  period: ScheduledPeriod;
  model: FormModel;
  revision: number;
  /** where the report stands; undefined when the store could not be read */
  lifecycle?: ReportLifecycle;
  notice?: Notice;
}

/** A loaded pack form and the store its draft lives in. */
export type LoadedForm = LoadedPackForm & { store: Store };

/** Result of {@link loadPackForm}: the form, or why there is none. */
export type PackFormResult = { form: LoadedPackForm; notice?: undefined } | { form?: undefined; notice: Notice };

/**
 * Finds the pack, resolves the form, checks that the form × period is in the plan, reads the
 * report (draft, revisions, reviews, reopenings) and builds the model over the draft, or over
 * the latest revision when the draft is not newer.
 * @returns the form, or a notice naming what is missing or broken (or the period not in the plan)
 */
export async function loadPackForm(req: PackFormRequest): Promise<PackFormResult> {
  let pack: PackSource | undefined;
  try {
    pack = await req.packs.getPack(req.packId, req.packVersion || undefined);
  } catch (error) {
    return { notice: (lang) => term(lang, 'ui', 'storeFailed', { detail: describeError(error, lang) }) };
  }
  const packLabel = req.packVersion ? `${req.packId}@${req.packVersion}` : req.packId;
  if (!pack) return { notice: (lang) => term(lang, 'ui', 'packMissing', { pack: packLabel }) };
  let resolved: ResolvedForm | undefined;
  try {
    resolved = resolveForm(pack, req.formId);
  } catch (error) {
    return { notice: (lang) => term(lang, 'ui', 'invalidSchema', { detail: describeError(error, lang) }) };
  }
  if (!resolved) return { notice: (lang) => term(lang, 'ui', 'formMissing', { form: req.formId, pack: pick(pack.manifest.title, lang) }) };
  const period = planPeriod(pack, req.formId, req.period);
  if (!period) {
    const reason = reportPolicy({ period: null, clock: req.clock }).reason;
    return { notice: (lang) => (reason ? pick(reason, lang) : '') };
  }
  const key: DraftKey = {
    packId: pack.manifest.id, packVersion: pack.manifest.version, formId: req.formId, ward: req.ward, period: req.period,
  };
  let data: unknown;
  let revision = 0;
  let lifecycle: ReportLifecycle | undefined;
  let notice: Notice | undefined;
  try {
    const read = await readLifecycle(req.store, key, period, req.clock);
    data = openingData(read);
    revision = read.draft?.revision ?? 0;
    lifecycle = read.lifecycle;
  } catch (error) {
    notice = (lang) => term(lang, 'ui', 'storeFailed', { detail: describeError(error, lang) });
  }
  try {
    await req.validator.ready?.(resolved.schema); // e.g. the interpreter, loaded on demand
  } catch (error) {
    return { notice: codeFailedNotice(error) };
  }
  let built = buildModel(resolved.schema, req.validator, data);
  if (built.model && built.parserMissing) {
    try {
      await loadExpressionParser(); // a form without trees parsed ahead of time
    } catch (error) {
      return { notice: codeFailedNotice(error) };
    }
    built = buildModel(resolved.schema, req.validator, data);
  }
  if (!built.model) return { notice: built.notice };
  return { form: { pack, resolved, key, period, model: built.model, revision, lifecycle, notice } };
}

/**
 * Schema mode: loads what the form needs (on demand) before it can judge: the validator's code
 * (the interpreter) and, when the schema has expressions without trees (`needsParser`, see
 * {@link buildModel}), the expression parser; then calls `loaded` (the form rebuilds its model).
 * A chunk that cannot be fetched goes to `failed`. Undefined when nothing is to load.
 */
export function readySoon(validator: Validator, schema: unknown, needsParser: boolean, loaded: () => void, failed: (error: unknown) => void): Promise<void> | undefined {
  const node = schema !== null && typeof schema === 'object' && !Array.isArray(schema) ? schema as Record<string, unknown> : {};
  const waits: Promise<void>[] = [];
  if (validator.ready) waits.push(validator.ready(node));
  if (needsParser && !expressionParserLoaded()) waits.push(loadExpressionParser());
  if (waits.length === 0) return undefined;
  return Promise.all(waits).then(loaded, failed);
}

/**
 * Compiles a schema-mode form's validator once the current update has run (a microtask: the
 * fields are in the tree, and the check ends before the frame paints them, so `updateComplete`
 * does not wait a frame). The default interpreter checks a 1,000-field schema in a few
 * milliseconds. `failed` gets the compile error while `current()` still holds; the promise
 * resolves after.
 */
export function prepareSoon(model: FormModel, current: () => boolean, failed: (error: unknown) => void): Promise<void> {
  return Promise.resolve().then(() => {
    if (current()) checkSchema(model, failed);
  });
}

/** Compiles the model's validator now; a schema it refuses goes to `failed`. */
export function checkSchema(model: FormModel, failed: (error: unknown) => void): void {
  const prepared = model.prepare();
  if (!prepared.ok) failed(prepared.error);
}
