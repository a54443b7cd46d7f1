import type { ErrorObject } from 'ajv';
import type { Expr } from '../expression/ast.js';
import type { MessageCatalog } from '../messages/catalog.js';
import { ajvFieldErrors } from '../messages/ajv-message.js';
import { schemaHash } from './schema-hash.js';
import type { FieldError, PrepareResult, Validator } from './validator.js';

/** A validate function of ajv's standalone code: true when valid, else `errors` holds ajv's errors. */
export interface PrecompiledFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** One form's validator in a validators module, with the hash of the resolved schema it was compiled from. */
export interface PrecompiledForm {
  /** {@link schemaHash} of the resolved form schema */
  hash: string;
  validate: PrecompiledFunction;
}

/**
 * What `formplan build` writes as the default export of `<pack>-<version>.validators.js`: ajv's
 * standalone validators of every form of one pack version, keyed by form id (`x-fp-id`).
 */
export interface ValidatorsModule {
  /** the module format (1) */
  format: number;
  pack: { id: string; version: string };
  forms: Readonly<Record<string, PrecompiledForm>>;
  /** the forms' expressions parsed ahead of time, by their text (modules written before this lack it) */
  expressions?: Readonly<Record<string, Expr>>;
}

/** Options of {@link PrecompiledValidatorBase}. */
export interface PrecompiledValidatorBaseOptions {
  /** catalogs tried before the default vi/en messages (e.g. a pack's own wording) */
  catalogs?: readonly Partial<{ vi: MessageCatalog; en: MessageCatalog }>[];
  /** judges a form the module does not hold (or holds stale), e.g. a CSP-safe interpreter */
  fallback: Validator;
  /** where the one notice per such form goes; default `console.warn` */
  warn?: (message: string) => void;
}

/** Whether `value` has the shape of a {@link ValidatorsModule} (e.g. what a dynamic `import()` gave). */
export function isValidatorsModule(value: unknown): value is ValidatorsModule {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Partial<ValidatorsModule>;
  return m.format === 1 && typeof m.pack === 'object' && m.pack !== null && typeof m.forms === 'object' && m.forms !== null;
}

/**
 * A {@link Validator} over validators compiled ahead of time (ajv's standalone code, written by
 * `formplan build`), so a page under `script-src 'self'` judges pack forms exactly as ajv does
 * without generating code. A schema is matched by its form id (`x-fp-id`) and its
 * {@link schemaHash}; a schema the module does not hold, or holds from another version of the
 * form, goes to the fallback (the CSP-safe interpreter, never an ajv compile) and the console
 * says so once per form. Errors are mapped exactly as {@link AjvValidator}'s. The fallback is
 * given (a page loads its interpreter only when a form needs it); {@link PrecompiledValidator}
 * defaults it.
 * @example
 * ```ts
 * const mod = await import('/packs/tay-ho-2018-1.0.0.validators.js');
 * const v = new PrecompiledValidatorBase(mod.default, { fallback: new InterpretingValidator() });
 * const errors = v.validate(resolveForm(pack, 'bieu-02')!.schema, data);
 * ```
 */
export class PrecompiledValidatorBase implements Validator {
  private readonly forms: Readonly<Record<string, PrecompiledForm>>;
  private readonly catalogs: readonly Partial<{ vi: MessageCatalog; en: MessageCatalog }>[];
  private readonly fallback: Validator;
  private readonly warn: (message: string) => void;
  private readonly matched = new WeakMap<object, PrecompiledFunction | null>();
  private readonly told = new Set<string>();

  /**
   * @param module - the validators module; undefined judges everything with the fallback
   * @param options - catalogs, the fallback, where notices go
   */
  constructor(module: ValidatorsModule | undefined, options: PrecompiledValidatorBaseOptions) {
    this.forms = module?.forms ?? {};
    this.catalogs = options.catalogs ?? [];
    this.fallback = options.fallback;
    this.warn = options.warn ?? ((m) => console.warn(m));
  }

  /** Whether `schema` is judged by a precompiled function (not the fallback). */
  has(schema: Record<string, unknown>): boolean {
    return this.match(schema) !== null;
  }

  /** {@inheritDoc Validator.prepare} */
  prepare(schema: Record<string, unknown>): PrepareResult {
    if (this.match(schema)) return { ok: true };
    return this.fallback.prepare?.(schema) ?? { ok: true };
  }

  /** {@inheritDoc Validator.ready}: at once for a schema the module holds, else when the fallback is. */
  async ready(schema: Record<string, unknown>): Promise<void> {
    if (!this.match(schema)) await this.fallback.ready?.(schema);
  }

  /** {@inheritDoc Validator.validate} */
  validate(schema: Record<string, unknown>, value: unknown): FieldError[] {
    const fn = this.match(schema);
    if (!fn) return this.fallback.validate(schema, value);
    if (fn(value)) return [];
    return ajvFieldErrors(fn.errors, this.catalogs);
  }

  private match(schema: Record<string, unknown>): PrecompiledFunction | null {
    let fn = this.matched.get(schema);
    if (fn === undefined) {
      fn = this.find(schema);
      this.matched.set(schema, fn);
    }
    return fn;
  }

  private find(schema: Record<string, unknown>): PrecompiledFunction | null {
    const id = schema['x-fp-id'];
    if (typeof id !== 'string') return null; // a schema given at run time: the fallback's, silently
    const entry = Object.hasOwn(this.forms, id) ? this.forms[id] : undefined;
    if (entry && entry.hash === schemaHash(schema)) return entry.validate;
    if (!this.told.has(id)) {
      this.told.add(id);
      const [vi, en] = entry
        ? ['có bộ kiểm tra biên dịch sẵn đã cũ (của phiên bản khác)', 'precompiled validator is stale (built from another version)']
        : ['không có bộ kiểm tra biên dịch sẵn', 'has no precompiled validator'];
      this.warn(`formplan: biểu "${id}" ${vi}; kiểm tra bằng bộ thông dịch / form "${id}" ${en}; validating with the CSP-safe interpreter`);
    }
    return null;
  }
}
