/** Self-assessments (guarded by revision) and plan progress (last write wins) in a store. */
import { normalizeJson } from './canonical-json.js';
import { AssessmentConflictError, StoreError } from './storage-errors.js';
import { checkKey, checkRevision, type StoreContext } from './store-context.js';
import type { AssessmentKey, AssessmentRecord, PlanProgressRecord } from './records.js';
import type { AssessmentInput, PlanProgressInput } from './store.js';

/** Saves an assessment if the stored revision is `expectedRevision`; else {@link AssessmentConflictError}. */
export async function saveAssessment(ctx: StoreContext, input: AssessmentInput, expectedRevision: number, replacing?: number): Promise<AssessmentRecord> {
  checkKey(input, ['packId', 'packVersion', 'criteriaSetId', 'ward']);
  if (!Number.isInteger(input.year)) throw new StoreError({ vi: 'Năm phải là số nguyên.', en: 'The year must be an integer.' });
  checkRevision(expectedRevision);
  const clean = normalizeJson(input) as unknown as AssessmentInput;
  return ctx.guard({ method: 'saveAssessment', args: [clean, expectedRevision] }, async () => {
    const record: AssessmentRecord = { ...structuredClone(clean), revision: expectedRevision + 1, updatedAt: ctx.nowIso() };
    const key: AssessmentKey = { packId: input.packId, packVersion: input.packVersion, criteriaSetId: input.criteriaSetId, ward: input.ward, year: input.year };
    const r = await ctx.db.casAssessment(key, expectedRevision, record);
    if (!r.ok) throw new AssessmentConflictError(r.stored, structuredClone(clean), expectedRevision);
    return record;
  }, replacing);
}

/** Records the status of one plan task. */
export async function putPlanProgress(ctx: StoreContext, input: PlanProgressInput, replacing?: number): Promise<PlanProgressRecord> {
  checkKey(input, ['packId', 'packVersion', 'taskCode']);
  if (!['not-started', 'in-progress', 'done'].includes(input.status)) {
    throw new StoreError({ vi: `Trạng thái không hợp lệ: ${String(input.status)}.`, en: `Invalid status: ${String(input.status)}.` });
  }
  const args: PlanProgressInput = { packId: input.packId, packVersion: input.packVersion, taskCode: input.taskCode, status: input.status, note: input.note.normalize('NFC') };
  return ctx.guard({ method: 'putPlanProgress', args: [args] }, async () => {
    const record: PlanProgressRecord = { ...args, updatedAt: ctx.nowIso() };
    await ctx.db.writePlanProgress(record);
    return record;
  }, replacing);
}
