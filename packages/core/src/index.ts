/**
 * @formplan/core: packs, form model, validation, calendar, storage, scoring, aggregation,
 * rollover. No rendering and no Lit: everything here runs in node and in the browser.
 */
export type {
  Provenance, IsoDate, Code, PackManifest, OrgUnit, Agency, CategoryItem,
  CategorySet, Indicator, Criterion, CriteriaSet, PeriodKind, Period, Calendar, PlanTarget,
  ContentItem, PlanTask, Assignment, Plan, AuthoredForm, PackSource,
} from './pack/types.js';
// shared vocabulary: messages, errors, JSON Pointers, safe keys
export type { Bilingual } from './common/bilingual.js';
export { bilingual, inLanguage } from './common/bilingual.js';
export { FormplanError, describeError, errorMessages } from './common/formplan-error.js';
export {
  JsonPointerError, escapePointerToken, unescapePointerToken, joinPointer, formatPointer, parsePointer, parseSafePointer,
  lastSegment, getAt, setAt,
} from './common/json-pointer.js';
export { FORBIDDEN_KEYS, MAX_DEPTH, isForbiddenKey, safeKeys } from './common/safe-keys.js';
// pack, schema, validation
export type { PackError, PackErrorCode, LoadResult } from './pack/pack-error.js';
export { packError } from './pack/pack-error.js';
export { MAX_PACK_BYTES } from './pack/limits.js';
export { MAX_FILE_BYTES, MAX_FILES_PER_FOLDER } from './pack/file-limits.js';
export { parseJsonText, lineColumn } from './pack/parse-json.js';
export { scanJson } from './pack/scan-json.js';
export type { PartKind, MetaSchemaDoc, MetaValidator, MetaValidatorResult } from './pack/meta-validator.js';
export { createMetaValidator, PART_KINDS } from './pack/meta-validator.js';
export { interpretedMetaValidator, interpretedCompile } from './pack/meta-interpreted.js';
export type { PartFiles } from './pack/check-references.js';
export { checkReferences, defaultPartFiles } from './pack/check-references.js';
export type { ExpressionChecker, ParsedExpression } from './pack/check-expressions.js';
export { checkExpressions, defaultExpressionChecker, pathExists } from './pack/check-expressions.js';
export { checkBindings, bindingTarget } from './pack/check-bindings.js';
export type { LoadOptions, RawPart, RawPack } from './pack/load-pack.js';
export { loadPack, checkRawPack } from './pack/load-pack.js';
export type { UncheckedPackSource } from './pack/pack-from-files.js';
export { packFromFiles, packToFiles, rawPackFromFiles, PACK_PART_FILES, PACK_FOLDERS } from './pack/pack-from-files.js';
export type { PackZipLimits } from './pack/pack-zip.js';
export { packToZip, packFromZip, loadPackFromZip, readPackZip, packFileText, PackZipError } from './pack/pack-zip.js';
export type { SchemaNode, FieldInfo, ResolvedForm, ResolvedMatrix, MatrixRow, MatrixColumn, MatrixAxisItem } from './schema/resolved-form.js';
export { resolveForm, resolvePack, resolveAuthoredForm } from './schema/resolve-form.js';
export { ResolveError } from './schema/lookup.js';
export type { SubRowCheck } from './schema/sub-row-rules.js';
export { topLevelRows, totalledRowKeys, subRowRules } from './schema/sub-row-rules.js';
export { collectFields } from './schema/fields.js';
export type { LabelledExpressionField } from './schema/expression-fields.js';
export { expressionFields, bindingFields } from './schema/expression-fields.js';
export type { ReportHeader } from './schema/header.js';
export { HEADER_KEY, readHeader } from './schema/header.js';
export { fieldLabel, labelText, labelPath, schemaAt } from './schema/labels.js';
export { FP_KEYWORDS, FP_KEYWORD_NAMES } from './schema/fp-keywords.js';
export type { AjvInstance } from './schema/create-ajv.js';
export { createAjv } from './schema/create-ajv.js';
export type { Validator, FieldError, Severity, PrepareResult } from './validation/validator.js';
export { SchemaCompileError, schemaFieldError } from './validation/validator.js';
export type { InterpretingValidatorOptions } from './validation/interpreting-validator.js';
export { InterpretingValidator } from './validation/interpreting-validator.js';
export type { AjvValidatorOptions } from './validation/ajv-validator.js';
export { AjvValidator } from './validation/ajv-validator.js';
export type { PrecompiledFunction, PrecompiledForm, ValidatorsModule, PrecompiledValidatorOptions } from './validation/precompiled-validator.js';
export { PrecompiledValidator, PrecompiledValidatorBase, isValidatorsModule } from './validation/precompiled-validator.js';
export type { PrecompiledValidatorBaseOptions } from './validation/precompiled-validator-base.js';
export { schemaHash } from './validation/schema-hash.js';
export type { MessageCatalog, MessageTemplate, MessageParams } from './messages/catalog.js';
export { vi as viMessages } from './messages/vi.js';
export { en as enMessages } from './messages/en.js';
export { packCatalogs } from './messages/pack-messages.js';
export { schemaCatalogs } from './messages/schema-messages.js';
export { formatMessage, defaultCatalogs } from './messages/format-message.js';
export { ajvErrorMessage, ajvErrorPointer, ajvFieldErrors } from './messages/ajv-message.js';
// expressions
export type {
  Expr, ExpressionError, ParseResult, ExpressionParser, Scope, EvalResult, ExpressionValue, CheckOptions,
  ExpressionErrorKind, ExpressionType, ExpressionField, FieldCheckOptions, FunctionSpec,
} from './expression/index.js';
export {
  parseExpression, compileExpression, checkExpression, referencedPaths, functionsUsed, dependencyPatterns,
  patternAffectedBy, evaluate, createObjectScope, EXPRESSION_FUNCTIONS,
  checkExpressionTypes, expressionTypeOfField, checkExpressionAgainstFields,
} from './expression/index.js';
// form model
export type { FormModelOptions, FormModelBaseOptions, ModelChange, ComputedState } from './model/form-model.js';
export { FormModel, FormModelBase } from './model/form-model.js';
export { normalizeText } from './model/normalize.js';
export type { NumberInput } from './model/number-input.js';
export { parseVietnameseNumber, formatVietnameseNumber } from './model/number-input.js';
// renderer testers
export type { RankedTester, Tester, TesterContext } from './testers/testers.js';
export {
  NOT_APPLICABLE, schemaType, schemaTypeIs, formatIs, optionIs, hasKeyword, isEnum, and, or, not, rankWith,
  withIncreasedRank, pickRenderer,
} from './testers/testers.js';
// calendar
export { CalendarError, isIsoDate, parseIsoDate, formatIsoDate, formatDisplayDate, toCalendarDate, addDaysIso, daysBetween } from './calendar/iso-date.js';
export { shiftYears } from './calendar/shift-years.js';
export type { ScheduledPeriod } from './calendar/periods-of-year.js';
export { periodsOfYear, schedulePeriod, periodById, formsForPeriod } from './calendar/periods-of-year.js';
export type {
  ReportStatus, SubmissionSummary, DraftSummary, StatusPeriod, ReportStatusInput, ReportStatusResult, ReopenSummary,
} from './calendar/report-status.js';
export { reportStatus, activeReopen, REPORT_STATUSES } from './calendar/report-status.js';
export type { SubmissionRefusal, ReportPolicyInput, ReportPolicy } from './calendar/report-policy.js';
export { reportPolicy, planPeriod } from './calendar/report-policy.js';
export type {
  ReportRecord, ReportLookup, StatusCounts, GridForm, WardStatusGrid, PeriodStatusBoard, WardGridOptions, PeriodBoardOptions,
} from './calendar/status-grid.js';
export { statusGrid, wardStatusGrid, periodStatusBoard, emptyStatusCounts } from './calendar/status-grid.js';
export { activeWards } from './calendar/active-wards.js';
// rollover and diff
export type { ChangeLogEntry } from './rollover/change-log.js';
export { RolloverError } from './rollover/change-log.js';
export type { RolloverOptions, RolloverResult } from './rollover/rollover.js';
export { rollover } from './rollover/rollover.js';
export type { DiffArea, DiffEntry } from './rollover/diff.js';
export { diff, diffKeyPointer } from './rollover/diff.js';
export { replaceYearTokens, rolloverPackId } from './rollover/year-text.js';
export type { FreeVersion, PackVersionRef } from './rollover/free-version.js';
export { freeVersion } from './rollover/free-version.js';
// storage
export type {
  PackRecord, FormDataKey, DraftKey, SubmissionKey, DraftRecord, SubmissionStatus, SubmissionRecord, ReviewRecord,
  AssessmentRecord, AssessmentVerification, StoredIndicatorDecision, AssessmentKey, PlanProgressRecord, ReopenRecord,
} from './storage/records.js';
export type {
  Store, PackInput, FormDataFilter, SubmissionFilter, AssessmentFilter, SubmitInput, ReviewInput, ReviewFilter, AssessmentInput,
  PlanProgressInput, PendingOperation, PendingWrite, RetryReport, ReopenInput,
} from './storage/store.js';
export type { StoreOptions } from './storage/base-store.js';
export type { IdbStoreOptions } from './storage/idb-store.js';
export { IdbStore } from './storage/idb-store.js';
export { importParser, importRuntime } from './import-runtime.js';
export { MemoryStore } from './storage/memory-store.js';
export {
  StoreError, DraftConflictError, AssessmentConflictError, PackVersionConflictError, SubmissionConflictError,
  RecordNotFoundError, ReviewRefusedError, StorageFullError, SubmissionRefusedError, isQuotaError,
} from './storage/storage-errors.js';
export type { ReviewRefusalReason } from './storage/storage-errors.js';
export type { ReviewDecision } from './storage/review-rules.js';
export { reviewRefusal, allowedDecisions } from './storage/review-rules.js';
export { submissionSummaries } from './storage/report-versions.js';
export type { StoredReport } from './storage/report-state.js';
export type { ReportKey, ReportScope, ReportRecords } from './storage/report-versions.js';
export { dataByCode, reportsForTotals } from './storage/report-values.js';
export { pickAssessment, readAssessmentAcrossVersions } from './storage/assessment-versions.js';
export {
  compareRevisions, reportKeyText, reportKeyOf, sameRevision, latestRevision, reviewsOfRevision, latestDraft, readReports, readReport,
  latestSubmissions, openingVersion, packOfReport, unsentDrafts,
} from './storage/report-versions.js';
export { readStoredReport } from './storage/report-state.js';
export { contentHash } from './storage/content-hash.js';
export { canonicalJson } from './storage/canonical-json.js';
export { compareSemver } from './storage/semver-compare.js';
export { IDB_VERSION } from './storage/idb-migrations.js';
export type { SyncKeyValueStorage, JournalEntry, JournalWriteResult, DraftJournalOptions } from './storage/draft-journal.js';
export { DraftJournal, MemoryKeyValueStorage, JOURNAL_MAX_CHARS, JOURNAL_PREFIX, journalKey, storageOrUndefined } from './storage/draft-journal.js';
// storage: pack drafts and publishing
export type { PackRef, PackDraftRecord } from './storage/records.js';
export type { PackDraftInput, PublishCheck, PublishCheckProblem, PublishPackOptions } from './storage/pack-draft-records.js';
export type { PackDraftRefusal } from './storage/pack-draft-errors.js';
export { PackDraftConflictError, PackDraftRefusedError, MAX_PACK_DRAFT_BYTES } from './storage/pack-draft-errors.js';
export type { MigratableDraft, DraftNeedingReview, DraftMigrationPlan, DraftMigrationReport } from './authoring/migrate-drafts.js';
export { planDraftMigration, applyDraftMigration, draftMigrationSummary } from './authoring/migrate-drafts.js';
// scoring
export type {
  ScoreReasonCode, ScoreReason, IndicatorVerification, ScoreOptions, IndicatorScore, CriterionScore, AssessmentScore,
} from './scoring/assessment-score.js';
export { scoreAssessment } from './scoring/score-assessment.js';
export { verificationOfRecord, storedDecisions } from './scoring/verification.js';
export type { AssessmentAnswers, SubmitAssessmentInput, AssessmentSubmitProblem, AssessmentSubmitResult } from './scoring/assessment-submission.js';
export { assessmentReportKey, assessmentSubmissionData, submitAssessment, assessmentDiffersFrom } from './scoring/assessment-submission.js';
export type { IndicatorResult } from './scoring/score-indicator.js';
export { scoreIndicator, unwrapAnswer, isMissingAnswer, sameAnswer } from './scoring/score-indicator.js';
export { answersFromSelfAssessment } from './scoring/self-assessment-answers.js';
export { SELF_SCORE_KEY } from './schema/self-assessment.js';
export type { ReportData, PrefillSource, PrefilledAnswer } from './scoring/prefill-answers.js';
export { prefillAnswers, splitBindingPath } from './scoring/prefill-answers.js';
// aggregation
export type { AggregateInput, CellContributor, AggregateCell, WardReportStatus, AggregateResult } from './aggregate/aggregate.js';
export { aggregate, cellNumber } from './aggregate/aggregate.js';
export { latestByWard } from './aggregate/submitted-report.js';
export { matrixTotalRow, sumCells } from './aggregate/total-row.js';
export type { ExpectedWardsOptions } from './aggregate/expected-wards.js';
export { expectedWards } from './aggregate/expected-wards.js';
export type { SubmittedReport } from './aggregate/submitted-report.js';
// plan targets
export type { TargetResult } from './targets/evaluate-targets.js';
export { evaluateTargets, passes } from './targets/evaluate-targets.js';
export type { FigureSource, TargetContextInput, TargetContext } from './targets/target-context.js';
export { targetContext, STANDARD_TARGET_NAMES } from './targets/target-context.js';
// comparison across years
export type { YearValues, CompareRow, YearComparison } from './compare/compare-years.js';
export { compareYears } from './compare/compare-years.js';
export type { ResolvedFormLike } from './compare/values-by-code.js';
export { valuesByCode } from './compare/values-by-code.js';
export type { DiffableForm, RevisionChange } from './compare/revision-diff.js';
export { revisionDiff } from './compare/revision-diff.js';
// exchange files
export type {
  BundledSubmission, ExchangeBundle, BundleDataValidator, ImportOptions, ImportedItem, RefusedItem, ImportReport,
} from './exchange/bundle.js';
export { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, DEFAULT_MAX_BUNDLE_BYTES } from './exchange/bundle.js';
export type { ExportSelection } from './exchange/export-bundle.js';
export { exportBundle } from './exchange/export-bundle.js';
export { importBundle } from './exchange/import-bundle.js';
export type { BundledReopen, BundledReview, ReopenHashInput, ReviewBundle, ReviewHashInput, ReviewImportOptions } from './exchange/review-bundle.js';
export { REVIEW_BUNDLE_FORMAT, REVIEW_BUNDLE_FORMAT_VERSION, reopenHash, reviewHash } from './exchange/review-bundle.js';
export { exportReviewBundle } from './exchange/export-reviews.js';
export { importReviewBundle } from './exchange/import-reviews.js';
export { exportBundles, exportReviewBundles, versionsToExport } from './exchange/export-versions.js';
// spreadsheet cells: a block pasted from Excel, one cell's text read for a form cell
export type { ClipboardBlock, ClipboardLimits } from './exchange/clipboard-block.js';
export { DEFAULT_CLIPBOARD_LIMITS, parseClipboardBlock } from './exchange/clipboard-block.js';
export { isClipboardBlock } from './exchange/clipboard-kind.js';
export type { CellReading, CellRefusal, CellTextKind } from './exchange/cell-text.js';
export { numberRefusal, readCellText } from './exchange/cell-text.js';
export type { BlockPastePlan, PasteRefusal, PasteSkip, PasteTarget, PasteTargetCell, PasteWrite } from './exchange/block-paste.js';
export { planBlockPaste } from './exchange/block-paste.js';
// authoring of draft packs (the administrator's editor)
export * from './authoring/index.js';
