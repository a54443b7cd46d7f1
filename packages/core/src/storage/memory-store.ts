/**
 * An in-memory {@link Store}: same behaviour as `IdbStore`, nothing persisted. For tests, for
 * node tools, and as a fallback where IndexedDB is unavailable.
 */
import { BaseStore, type StoreOptions } from './base-store.js';
import type { CasResult, ReviewAdmission } from './store-context.js';
import { formKeyText, matchesFilter } from './record-keys.js';
import { sameReview } from './review-import.js';
import { sameReopen } from './reopen-records.js';
import type {
  AssessmentKey, AssessmentRecord, DraftKey, DraftRecord, PackDraftRecord, PackRecord, PlanProgressRecord, ReopenRecord,
  ReviewRecord, SubmissionKey, SubmissionRecord,
} from './records.js';
import type { PublishCommit } from './pack-draft-records.js';
import type { AssessmentFilter, FormDataFilter } from './store.js';

const clone = <T>(v: T): T => structuredClone(v);

function assessmentKeyText(k: AssessmentKey): string {
  return [k.packId, k.packVersion, k.criteriaSetId, k.ward, String(k.year)].join('\u0000');
}

/**
 * A {@link Store} kept in plain maps. Records are copied on the way in and out.
 * @example
 * ```ts
 * const store = new MemoryStore();
 * await store.putPack({ id: 'tay-ho-2018', version: '1.0.0', source });
 * ```
 */
export class MemoryStore extends BaseStore {
  readonly #packs = new Map<string, PackRecord>();
  readonly #drafts = new Map<string, DraftRecord>();
  readonly #submissions = new Map<string, SubmissionRecord>();
  readonly #reviews: ReviewRecord[] = [];
  readonly #reopens: ReopenRecord[] = [];
  readonly #assessments = new Map<string, AssessmentRecord>();
  readonly #progress = new Map<string, PlanProgressRecord>();
  readonly #packDrafts = new Map<string, PackDraftRecord>();
  #seq = 0;

  /** @param options clock injection */
  constructor(options: StoreOptions = {}) {
    super(options);
  }

  protected async readPack(id: string, version: string): Promise<PackRecord | undefined> {
    const r = this.#packs.get(`${id}\u0000${version}`);
    return r && clone(r);
  }

  protected async readPacks(id?: string): Promise<PackRecord[]> {
    return [...this.#packs.values()].filter((p) => id === undefined || p.id === id).map(clone);
  }

  protected async insertPack(record: PackRecord): Promise<PackRecord | undefined> {
    const k = `${record.id}\u0000${record.version}`;
    const existing = this.#packs.get(k);
    if (existing) return clone(existing);
    this.#packs.set(k, clone(record));
    return undefined;
  }

  protected async readDraft(key: DraftKey): Promise<DraftRecord | undefined> {
    const r = this.#drafts.get(formKeyText(key));
    return r && clone(r);
  }

  protected async casDraft(key: DraftKey, expected: number | undefined, next: DraftRecord | undefined): Promise<CasResult<DraftRecord>> {
    const k = formKeyText(key);
    const stored = this.#drafts.get(k);
    if (expected !== undefined && (stored?.revision ?? 0) !== expected) return { ok: false, stored: stored && clone(stored) };
    if (next) this.#drafts.set(k, clone(next));
    else this.#drafts.delete(k);
    return { ok: true };
  }

  protected async readDrafts(filter: FormDataFilter): Promise<DraftRecord[]> {
    return [...this.#drafts.values()].filter((d) => matchesFilter(d, filter)).map(clone);
  }

  protected async readSubmissions(key: SubmissionKey): Promise<SubmissionRecord[]> {
    const k = formKeyText(key);
    return [...this.#submissions.values()]
      .filter((s) => formKeyText(s) === k)
      .sort((a, b) => a.revision - b.revision)
      .map(clone);
  }

  protected async readSubmissionsBy(filter: FormDataFilter): Promise<SubmissionRecord[]> {
    return [...this.#submissions.values()].filter((s) => matchesFilter(s, filter)).map(clone);
  }

  protected async insertSubmission(record: SubmissionRecord): Promise<SubmissionRecord | undefined> {
    const k = `${formKeyText(record)}\u0000${record.revision}`;
    const existing = this.#submissions.get(k);
    if (existing) return clone(existing);
    this.#submissions.set(k, clone(record));
    return undefined;
  }

  protected async insertReview(record: ReviewRecord, admit?: ReviewAdmission): Promise<ReviewRecord> {
    if (admit) {
      const key = formKeyText(record);
      const revisions = [...this.#submissions.values()].filter((s) => formKeyText(s) === key).sort((a, b) => a.revision - b.revision);
      admit(revisions.map(clone), this.#reviews.filter((r) => formKeyText(r) === key && r.revision === record.revision).map(clone));
    }
    const stored = { ...clone(record), seq: ++this.#seq };
    this.#reviews.push(stored);
    return clone(stored);
  }

  protected async insertReviewOnce(record: ReviewRecord): Promise<ReviewRecord | undefined> {
    const existing = this.#reviews.find((r) => sameReview(r, record));
    if (existing) return clone(existing);
    await this.insertReview(record);
    return undefined;
  }

  protected async readReviews(filter: FormDataFilter, revision?: number): Promise<ReviewRecord[]> {
    return this.#reviews
      .filter((r) => matchesFilter(r, filter) && (revision === undefined || r.revision === revision))
      .map(clone);
  }

  protected async insertReopen(record: ReopenRecord): Promise<ReopenRecord> {
    const stored = { ...clone(record), seq: ++this.#seq };
    this.#reopens.push(stored);
    return clone(stored);
  }

  protected async insertReopenOnce(record: ReopenRecord): Promise<ReopenRecord | undefined> {
    const existing = this.#reopens.find((r) => sameReopen(r, record));
    if (existing) return clone(existing);
    await this.insertReopen(record);
    return undefined;
  }

  protected async readReopens(filter: FormDataFilter): Promise<ReopenRecord[]> {
    return this.#reopens.filter((r) => matchesFilter(r, filter)).map(clone);
  }

  protected async readAssessment(key: AssessmentKey): Promise<AssessmentRecord | undefined> {
    const r = this.#assessments.get(assessmentKeyText(key));
    return r && clone(r);
  }

  protected async casAssessment(key: AssessmentKey, expected: number, next: AssessmentRecord): Promise<CasResult<AssessmentRecord>> {
    const k = assessmentKeyText(key);
    const stored = this.#assessments.get(k);
    if ((stored?.revision ?? 0) !== expected) return { ok: false, stored: stored && clone(stored) };
    this.#assessments.set(k, clone(next));
    return { ok: true };
  }

  protected async readAssessments(filter: AssessmentFilter): Promise<AssessmentRecord[]> {
    return [...this.#assessments.values()].filter((a) => matchesFilter(a, filter)).map(clone);
  }

  protected async writePlanProgress(record: PlanProgressRecord): Promise<void> {
    this.#progress.set([record.packId, record.packVersion, record.taskCode].join('\u0000'), clone(record));
  }

  protected async readPlanProgress(packId: string, packVersion: string, taskCode?: string): Promise<PlanProgressRecord[]> {
    return [...this.#progress.values()]
      .filter((p) => p.packId === packId && p.packVersion === packVersion && (taskCode === undefined || p.taskCode === taskCode))
      .sort((a, b) => (a.taskCode < b.taskCode ? -1 : a.taskCode > b.taskCode ? 1 : 0))
      .map(clone);
  }

  protected async readPackDraft(id: string, version: string): Promise<PackDraftRecord | undefined> {
    const r = this.#packDrafts.get(`${id}\u0000${version}`);
    return r && clone(r);
  }

  protected async readPackDrafts(): Promise<PackDraftRecord[]> {
    return [...this.#packDrafts.values()].map(clone);
  }

  protected async casPackDraft(id: string, version: string, expected: number | undefined, next: PackDraftRecord | undefined): Promise<CasResult<PackDraftRecord>> {
    const k = `${id}\u0000${version}`;
    const stored = this.#packDrafts.get(k);
    if (expected !== undefined && (stored?.revision ?? 0) !== expected) return { ok: false, stored: stored && clone(stored) };
    if (next) this.#packDrafts.set(k, clone(next));
    else this.#packDrafts.delete(k);
    return { ok: true };
  }

  protected async commitPublish(record: PackRecord, expectedDraftRevision: number): Promise<PublishCommit> {
    const k = `${record.id}\u0000${record.version}`;
    const draft = this.#packDrafts.get(k);
    if (draft?.revision !== expectedDraftRevision) return { outcome: 'draft-changed', stored: draft && clone(draft) };
    const existing = this.#packs.get(k);
    if (existing && existing.hash !== record.hash) return { outcome: 'version-taken', existing: clone(existing) };
    if (!existing) this.#packs.set(k, clone(record));
    this.#packDrafts.delete(k);
    return { outcome: 'published', record: clone(existing ?? record) };
  }

  async close(): Promise<void> {
    // nothing to release
  }
}
