/**
 * The source of a validators module: ajv's standalone code of every form of a pack version,
 * compiled ahead of time so that a page never compiles a schema (no `new Function` under a
 * strict Content-Security-Policy). Node only (the build step); `formplan build` bundles the
 * result into one file a browser imports.
 */
import { fileURLToPath } from 'node:url';
import { _ } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { PackSource } from '../pack/types.js';
import { createAjv } from '../schema/create-ajv.js';
import { resolvePack } from '../schema/resolve-form.js';
import { schemaHash } from './schema-hash.js';
import type { Expr } from '../expression/ast.js';
import { parseExpression } from '../expression/parse-expression.js';
import { planSchema } from '../model/schema-plan.js';

/** The {@link ValidatorsModule} format this builder writes. */
export const VALIDATORS_FORMAT = 1;

/**
 * Where the bare imports of the source (`ajv/dist/runtime/…`, `ajv-formats/dist/formats`)
 * resolve to the ajv core compiled with: a bundler's `resolveDir`.
 */
export const STANDALONE_RESOLVE_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Result of {@link standaloneValidatorsSource}. */
export interface StandaloneSource {
  /** ES module source; still holds `require(…)` of ajv's runtime pieces, for a bundler to inline */
  source: string;
  /** form id → {@link schemaHash} of its resolved schema */
  hashes: Record<string, string>;
  /** expression text → its parsed tree, for every expression of every form */
  expressions: Record<string, Expr>;
}

/**
 * Every expression of the forms (computed fields, visibility conditions, rules), parsed: the
 * trees a ward page uses instead of parsing them itself (so it need not load the parser).
 */
export function parsedExpressions(schemas: readonly Record<string, unknown>[]): Record<string, Expr> {
  const trees: Record<string, Expr> = Object.create(null) as Record<string, Expr>;
  for (const schema of schemas) {
    planSchema(schema, (text) => {
      const parsed = parseExpression(text);
      if (parsed.ok) trees[text] = parsed.expr;
      return parsed;
    });
  }
  return { ...trees };
}

/**
 * ajv's standalone ES module of every form of `pack`, with the same ajv options as pack mode
 * (2020-12, non-strict, all errors, verbose, own properties, union types, formats, the x-fp
 * vocabulary; only code optimisation is on, which changes no verdict), followed by the default
 * export `{ format, pack: { id, version }, forms: { [formId]: { hash, validate } }, expressions }`
 * (`expressions`: {@link parsedExpressions}).
 * @param pack - a checked pack
 */
export function standaloneValidatorsSource(pack: PackSource): StandaloneSource {
  // ajv-formats would name its runtime with the `_` of its own ajv copy, which this ajv does not
  // recognise as code (it would be written out as JSON): name it with this ajv's `_`
  const ajv = createAjv({
    strict: false,
    code: { source: true, esm: true, optimize: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  const forms = resolvePack(pack);
  const names: Record<string, string> = {};
  const hashes: Record<string, string> = {};
  forms.forEach((form, i) => {
    ajv.addSchema(form.schema);
    names[`fp_form_${i}`] = String(form.schema.$id);
    hashes[form.id] = schemaHash(form.schema);
  });
  const code = standaloneCode(ajv, names);
  const entries = forms.map((form, i) => `${JSON.stringify(form.id)}: { hash: ${JSON.stringify(hashes[form.id])}, validate: fp_form_${i} }`);
  const expressions = parsedExpressions(forms.map((f) => f.schema));
  const table = `{ format: ${VALIDATORS_FORMAT}, pack: ${JSON.stringify({ id: pack.manifest.id, version: pack.manifest.version })}, forms: { ${entries.join(', ')} }, expressions: ${JSON.stringify(expressions)} }`;
  return { source: `${code}\nexport default ${table};\n`, hashes, expressions };
}
