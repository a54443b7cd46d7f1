import type { ErrorObject } from 'ajv';
import type { MessageCatalog } from './catalog.js';
import type { Bilingual } from '../common/bilingual.js';
import type { FieldError } from '../validation/validator.js';
import { formatMessage } from './format-message.js';

/**
 * The JSON Pointer an ajv error is about: for `required` the missing child, for
 * `additionalProperties` the extra one, else the instance path.
 */
export function ajvErrorPointer(err: ErrorObject): string {
  const p = err.params as Record<string, unknown>;
  const esc = (s: unknown): string => String(s).replace(/~/g, '~0').replace(/\//g, '~1');
  if (err.keyword === 'required' && typeof p.missingProperty === 'string') {
    return `${err.instancePath}/${esc(p.missingProperty)}`;
  }
  if (err.keyword === 'additionalProperties' && typeof p.additionalProperty === 'string') {
    return `${err.instancePath}/${esc(p.additionalProperty)}`;
  }
  if (err.keyword === 'unevaluatedProperties' && typeof p.unevaluatedProperty === 'string') {
    return `${err.instancePath}/${esc(p.unevaluatedProperty)}`;
  }
  return err.instancePath;
}

/**
 * Turns an ajv error into a bilingual message through the catalogs.
 * @param err - an ajv error (created with `verbose: true` for the best messages)
 * @param overrides - catalogs tried before the defaults (field, then pack)
 */
export function ajvErrorMessage(
  err: ErrorObject,
  overrides: readonly Partial<{ vi: MessageCatalog; en: MessageCatalog }>[] = [],
): Bilingual {
  return keywordMessage(err.keyword, err.params as Record<string, unknown>, err.parentSchema, overrides);
}

/**
 * The bilingual message of a failed keyword, whichever validator found it.
 * @param keyword - the keyword in ajv's naming (`required`, `type`, `false schema`, …)
 * @param params - ajv's params of that keyword (`limit`, `missingProperty`, …)
 * @param parentSchema - the schema object holding the keyword (read for the best wording)
 * @param overrides - catalogs tried before the defaults (field, then pack)
 */
export function keywordMessage(
  keyword: string,
  params: Record<string, unknown>,
  parentSchema: Readonly<Record<string, unknown>> | undefined,
  overrides: readonly Partial<{ vi: MessageCatalog; en: MessageCatalog }>[] = [],
): Bilingual {
  const all: Record<string, unknown> = { ...params, keyword };
  if (keyword === 'type' && typeof parentSchema?.minimum === 'number' && parentSchema.minimum >= 0) {
    all.nonNegative = true;
  }
  return formatMessage(`kw.${keyword}`, all, overrides);
}

/**
 * ajv's errors in formplan's shape (pointer, keyword, params, vi/en message, severity `error`),
 * the same whether ajv compiled the schema now or ahead of time (standalone code).
 * @param errors - a validate function's `errors`
 * @param overrides - catalogs tried before the defaults
 */
export function ajvFieldErrors(
  errors: readonly ErrorObject[] | null | undefined,
  overrides: readonly Partial<{ vi: MessageCatalog; en: MessageCatalog }>[] = [],
): FieldError[] {
  return (errors ?? []).map((err) => ({
    pointer: ajvErrorPointer(err),
    keyword: err.keyword,
    params: { ...(err.params as Record<string, unknown>) },
    message: ajvErrorMessage(err, overrides),
    severity: 'error' as const,
  }));
}
