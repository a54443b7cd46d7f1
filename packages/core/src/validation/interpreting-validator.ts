import { dereference, initialBaseURI, validate as interpret, type Schema } from '@cfworker/json-schema';
import { formatMessage } from '../messages/format-message.js';
import { schemaCatalogs } from '../messages/schema-messages.js';
import type { MessageCatalog } from '../messages/catalog.js';
import { checkSchema, childSchemas, type SchemaProblem } from './schema-check.js';
import { interpreterErrors } from './interpreter-errors.js';
import { schemaFieldError, SchemaCompileError, type FieldError, type PrepareResult, type Validator } from './validator.js';

/** Options of {@link InterpretingValidator}. */
export interface InterpretingValidatorOptions {
  /** catalogs tried before the default vi/en messages (e.g. a pack's own wording) */
  catalogs?: readonly Partial<{ vi: MessageCatalog; en: MessageCatalog }>[];
}

type Lookup = Record<string, Schema | boolean>;
type Prepared = { root: Schema; lookup: Lookup } | { error: SchemaCompileError };
/** A schema object (the interpreter's type reads every keyword as optional). */
const isNode = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

function compileError(problem: SchemaProblem, cause?: unknown): SchemaCompileError {
  const params = { keyword: problem.keyword, at: problem.at || '/' };
  return new SchemaCompileError(formatMessage(`schema.${problem.kind}`, params, [schemaCatalogs]), cause);
}

/**
 * Registers every `$anchor` under the URI of the resource that really holds it. (The interpreter
 * also files an anchor of an embedded `$id` resource under the enclosing resource's URI, where it
 * can shadow the enclosing resource's own anchor of the same name.)
 */
function registerAnchors(node: unknown, base: URL, lookup: Lookup): void {
  if (!isNode(node)) return;
  let here = base;
  if (typeof node.$id === 'string') {
    const url = new URL(node.$id, base);
    if (url.hash.length <= 1) {
      url.hash = '';
      here = url;
    }
  }
  if (typeof node.$anchor === 'string') lookup[new URL(`#${node.$anchor}`, here).href] = node;
  for (const [, child] of childSchemas(node)) registerAnchors(child, here, lookup);
}

/** The first `$ref` (schema pointer) whose target the lookup does not hold. */
function unresolvedRef(node: unknown, lookup: Lookup, at = ''): string | undefined {
  if (!isNode(node)) return undefined;
  const ref = node.__absolute_ref__;
  if (typeof ref === 'string' && lookup[ref] === undefined) return at;
  for (const [tokens, child] of childSchemas(node)) {
    const found = unresolvedRef(child, lookup, `${at}/${tokens.join('/')}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * A CSP-safe {@link Validator}: interprets JSON Schema 2020-12 (with @cfworker/json-schema)
 * instead of generating code, so it runs under `script-src 'self'` without `'unsafe-eval'`. Its
 * verdicts equal ajv's (2020, non-strict) on the standard's test suite; a schema it cannot read
 * (a malformed keyword, an unresolved `$ref`, `$dynamicRef`) fails {@link prepare} with a vi/en
 * message and never validates as "valid". Schemas are prepared once each, by identity.
 * @example
 * ```ts
 * const v = new InterpretingValidator();
 * const p = v.prepare(schema);
 * const errors = p.ok ? v.validate(schema, data) : [];
 * ```
 */
export class InterpretingValidator implements Validator {
  private readonly prepared = new WeakMap<object, Prepared>();
  private readonly catalogs: readonly Partial<{ vi: MessageCatalog; en: MessageCatalog }>[];

  /** @param options - message catalog overrides */
  constructor(options: InterpretingValidatorOptions = {}) {
    this.catalogs = options.catalogs ?? [];
  }

  /** {@inheritDoc Validator.prepare} */
  prepare(schema: Record<string, unknown>): PrepareResult {
    const p = this.load(schema);
    return 'error' in p ? { ok: false, error: p.error } : { ok: true };
  }

  /** {@inheritDoc Validator.validate} */
  validate(schema: Record<string, unknown>, value: unknown): FieldError[] {
    const p = this.load(schema);
    if ('error' in p) throw p.error;
    let result;
    try {
      result = interpret(value, p.root, '2020-12', p.lookup, false);
    } catch {
      try {
        // a value that is not plain JSON (an `undefined` left in an object): judge what JSON keeps of it
        result = interpret(JSON.parse(JSON.stringify(value ?? null)) as unknown, p.root, '2020-12', p.lookup, false);
      } catch (e) {
        return [schemaFieldError(new SchemaCompileError(formatMessage('schema.failed', { detail: String(e) }, [schemaCatalogs]), e))];
      }
    }
    return result.valid ? [] : interpreterErrors(result.errors, p.root, p.lookup, this.catalogs);
  }

  private load(schema: Record<string, unknown>): Prepared {
    let p = this.prepared.get(schema);
    if (!p) {
      p = this.compile(schema);
      this.prepared.set(schema, p);
    }
    return p;
  }

  private compile(schema: Record<string, unknown>): Prepared {
    const facts = { references: false };
    const problem = checkSchema(schema, facts);
    if (problem) return { error: compileError(problem) };
    // no `$ref`, `$id` or anchor: nothing to resolve, and the interpreter writes nothing on the schema
    if (!facts.references) return { root: schema, lookup: {} };
    let root: Schema;
    let lookup: Lookup;
    try {
      // a private copy: the interpreter marks resolved URIs on the schema objects it is given
      const copy = structuredClone(schema);
      if (!isNode(copy)) return { error: compileError({ at: '', keyword: '', kind: 'schema' }) };
      root = copy;
      lookup = dereference(root);
    } catch (e) {
      return { error: compileError({ at: '', keyword: '$id', kind: 'duplicate-id' }, e) };
    }
    registerAnchors(root, initialBaseURI, lookup);
    const at = unresolvedRef(root, lookup);
    if (at !== undefined) return { error: compileError({ at, keyword: '$ref', kind: 'unresolved-ref' }) };
    return { root, lookup };
  }
}
