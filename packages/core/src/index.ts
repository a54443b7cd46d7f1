/**
 * @formplan/core: packs, form model, validation, calendar, storage, scoring, aggregation,
 * rollover. No rendering and no Lit: everything here runs in node and in the browser.
 */
export type {
  LocalizedText, Provenance, IsoDate, Code, PackManifest, OrgUnit, Agency, CategoryItem,
  CategorySet, Indicator, Criterion, CriteriaSet, PeriodKind, Period, Calendar, PlanTarget,
  ContentItem, PlanTask, Assignment, Plan, AuthoredForm, PackSource,
} from './pack/types.js';
// pack, schema, validation
export type { PackError, PackErrorCode, Pack, LoadResult } from './pack/pack-error.js';
export { packError, joinPointer, escapePointerToken } from './pack/pack-error.js';
export { MAX_FILE_BYTES, MAX_PACK_BYTES, MAX_FILES_PER_FOLDER, MAX_DEPTH, FORBIDDEN_KEYS } from './pack/limits.js';
export { parseJsonText, lineColumn } from './pack/parse-json.js';
export { scanJson } from './pack/scan-json.js';
export type { PartKind, MetaSchemaDoc, MetaValidator, MetaValidatorResult } from './pack/meta-validator.js';
export { createMetaValidator, PART_KINDS } from './pack/meta-validator.js';
export type { PartFiles } from './pack/check-references.js';
export { checkReferences, defaultPartFiles } from './pack/check-references.js';
export type { ExpressionChecker, ParsedExpression } from './pack/check-expressions.js';
export { checkExpressions, defaultExpressionChecker, pathExists } from './pack/check-expressions.js';
export type { LoadOptions, RawPart, RawPack } from './pack/load-pack.js';
export { loadPack, checkRawPack } from './pack/load-pack.js';
export type { SchemaNode, FieldInfo, ResolvedForm, ResolvedMatrix, MatrixRow, MatrixColumn, MatrixAxisItem } from './schema/resolved-form.js';
export { resolveForm, resolvePack, resolveAuthoredForm } from './schema/resolve-form.js';
export { ResolveError } from './schema/lookup.js';
export { collectFields } from './schema/fields.js';
export { HEADER_KEY } from './schema/header.js';
export { FP_KEYWORDS, FP_KEYWORD_NAMES } from './schema/fp-keywords.js';
export type { AjvInstance } from './schema/create-ajv.js';
export { createAjv } from './schema/create-ajv.js';
export type { Validator, FieldError, Severity } from './validation/validator.js';
export type { AjvValidatorOptions } from './validation/ajv-validator.js';
export { AjvValidator } from './validation/ajv-validator.js';
export type { MessageCatalog, MessageTemplate, MessageParams, BilingualMessage } from './messages/catalog.js';
export { vi as viMessages } from './messages/vi.js';
export { en as enMessages } from './messages/en.js';
export { formatMessage, defaultCatalogs } from './messages/format-message.js';
export { ajvErrorMessage, ajvErrorPointer } from './messages/ajv-message.js';
