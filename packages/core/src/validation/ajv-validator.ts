import type { ValidateFunction } from 'ajv';
import type { MessageCatalog } from '../messages/catalog.js';
import { formatMessage } from '../messages/format-message.js';
import { schemaCatalogs } from '../messages/schema-messages.js';
import { ajvFieldErrors } from '../messages/ajv-message.js';
import { createAjv, type AjvInstance } from '../schema/create-ajv.js';
import { SchemaCompileError, type FieldError, type PrepareResult, type Validator } from './validator.js';

/** Options of {@link AjvValidator}. */
export interface AjvValidatorOptions {
  /** catalogs tried before the default vi/en messages (e.g. a pack's own wording) */
  catalogs?: readonly Partial<{ vi: MessageCatalog; en: MessageCatalog }>[];
  /**
   * ajv's strict mode, which refuses schemas the standard allows (e.g. `additionalProperties`
   * without `type: "object"`): for pack authoring, where it catches typos. Default false: data
   * is judged as JSON Schema 2020-12 says.
   */
  strict?: boolean;
}

/**
 * The ajv implementation of {@link Validator}: 2020-12 (non-strict unless asked) with formats
 * and the x-fp vocabulary. It generates code, so it is for node, the CLI, the editor and tests;
 * a page under a strict CSP uses {@link InterpretingValidator}. Each schema is compiled once, cached by `$id` (or by identity when it has none).
 * @example
 * ```ts
 * const v = new AjvValidator();
 * const errors = v.validate(resolveForm(pack, 'bieu-02')!.schema, data);
 * ```
 */
export class AjvValidator implements Validator {
  private readonly ajv: AjvInstance;
  private readonly byId = new Map<string, ValidateFunction>();
  private readonly bySchema = new WeakMap<object, ValidateFunction>();
  private readonly catalogs: readonly Partial<{ vi: MessageCatalog; en: MessageCatalog }>[];

  /** @param options - message catalog overrides */
  constructor(options: AjvValidatorOptions = {}) {
    this.catalogs = options.catalogs ?? [];
    this.ajv = createAjv({ strict: options.strict ?? false });
  }

  /** Number of compiled schemas (for tests of the cache). */
  get compiledCount(): number {
    return this.byId.size;
  }

  /** {@inheritDoc Validator.prepare} */
  prepare(schema: Record<string, unknown>): PrepareResult {
    try {
      this.compile(schema);
      return { ok: true };
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return { ok: false, error: new SchemaCompileError(formatMessage('schema.compile', { detail }, [schemaCatalogs]), e) };
    }
  }

  /** {@inheritDoc Validator.validate} */
  validate(schema: Record<string, unknown>, value: unknown): FieldError[] {
    const fn = this.compile(schema);
    if (fn(value)) return [];
    return ajvFieldErrors(fn.errors, this.catalogs);
  }

  private compile(schema: Record<string, unknown>): ValidateFunction {
    const id = typeof schema.$id === 'string' ? schema.$id : undefined;
    const hit = id ? this.byId.get(id) : this.bySchema.get(schema);
    if (hit) return hit;
    const fn = id ? (this.ajv.getSchema(id) ?? this.ajv.compile(schema)) : this.ajv.compile(schema);
    if (id) this.byId.set(id, fn);
    else this.bySchema.set(schema, fn);
    return fn;
  }
}
