/**
 * Writes the browser refused for lack of space (quota errors), kept in memory so nothing typed
 * is lost, and replayed on request. A newer write to the same target replaces the pending one.
 */
import { formKeyText } from './record-keys.js';
import { StorageFullError, isQuotaError } from './storage-errors.js';
import { FormplanError } from '../common/formplan-error.js';
import type { DraftKey } from './records.js';
import type { PendingOperation, PendingWrite, RetryReport } from './store.js';

function packDraftRef(op: PendingOperation): string | undefined {
  if (op.method === 'putPackDraft') return `${op.args[0].id}\u0000${op.args[0].version}`;
  if (op.method === 'deletePackDraft') return `${op.args[0]}\u0000${op.args[1]}`;
  return undefined;
}

function sameOperationTarget(a: PendingOperation, b: PendingOperation): boolean {
  const draftOps = ['saveDraft', 'deleteDraft'];
  if (draftOps.includes(a.method) && draftOps.includes(b.method)) {
    return formKeyText(a.args[0] as DraftKey) === formKeyText(b.args[0] as DraftKey);
  }
  if (a.method === 'saveAssessment' && b.method === 'saveAssessment') {
    const x = a.args[0];
    const y = b.args[0];
    return x.packId === y.packId && x.packVersion === y.packVersion && x.criteriaSetId === y.criteriaSetId && x.ward === y.ward && x.year === y.year;
  }
  const packDraftOps = ['putPackDraft', 'deletePackDraft'];
  if (packDraftOps.includes(a.method) && packDraftOps.includes(b.method)) {
    return packDraftRef(a) === packDraftRef(b);
  }
  if (a.method === 'putPlanProgress' && b.method === 'putPlanProgress') {
    const x = a.args[0];
    const y = b.args[0];
    return x.packId === y.packId && x.packVersion === y.packVersion && x.taskCode === y.taskCode;
  }
  return false;
}

/** The pending-write queue of one store. */
export class PendingWrites {
  #pending: PendingWrite[] = [];
  #nextId = 1;

  /** @param nowIso the store's clock */
  constructor(private readonly nowIso: () => string) {}

  /** Runs a write; a quota error keeps the operation pending and becomes a `StorageFullError`. */
  async guard<T>(operation: PendingOperation, run: () => Promise<T>, replacing?: number): Promise<T> {
    try {
      const result = await run();
      this.#pending = this.#pending.filter((p) => !sameOperationTarget(p.operation, operation));
      return result;
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      const write: PendingWrite = { id: replacing ?? this.#nextId++, operation: structuredClone(operation), failedAt: this.nowIso() };
      const at = this.#pending.findIndex((p) => p.id === replacing || sameOperationTarget(p.operation, operation));
      if (at >= 0) this.#pending[at] = write;
      else this.#pending.push(write);
      throw new StorageFullError(write.id, error);
    }
  }

  /** A copy of the queue. */
  list(): PendingWrite[] {
    return structuredClone(this.#pending);
  }

  /**
   * Replays every pending write in order; stops at the first that is still refused for space.
   * @param replay runs one pending write again (through {@link guard}, with `replacing` = its id)
   */
  async retry(replay: (write: PendingWrite) => Promise<unknown>): Promise<RetryReport> {
    const report: RetryReport = { written: [], failed: [], remaining: 0 };
    for (const write of [...this.#pending]) {
      if (!this.#pending.some((p) => p.id === write.id)) continue;
      try {
        await replay(write);
        report.written.push(write.id);
        this.#pending = this.#pending.filter((p) => p.id !== write.id);
      } catch (error) {
        if (error instanceof StorageFullError) break;
        this.#pending = this.#pending.filter((p) => p.id !== write.id);
        const messages = error instanceof FormplanError ? error.messages : { vi: String(error), en: String(error) };
        report.failed.push({ write, error: messages });
      }
    }
    report.remaining = this.#pending.length;
    return report;
  }
}
