/**
 * The report-lifecycle state of `<fp-form>` in pack mode: where the report stands (core's
 * policy over the stored report), whether the ward chose "Sửa và gửi lại" in this page, and
 * whether the confirm step before a submission shows. The host repaints when any changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftKey, ScheduledPeriod, Store } from '@formplan/core';
import { readLifecycle, type ReportLifecycle } from './form-lifecycle.js';

/** The report the state is read from. */
export interface LifecycleSource {
  store: Store;
  key: DraftKey;
  period: ScheduledPeriod;
}

/** The lifecycle state of one form. */
export class LifecycleController implements ReactiveController {
  #lifecycle?: ReportLifecycle;
  #revising = false;
  #confirming = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // state lives as long as the loaded report
  }

  /** Where the report stands; undefined in schema mode or when the store could not be read. */
  get lifecycle(): ReportLifecycle | undefined {
    return this.#lifecycle;
  }

  /** The ward chose "Sửa và gửi lại" in this page (the fields are editable although the report was sent). */
  get revising(): boolean {
    return this.#revising;
  }

  /** The confirm step shows. */
  get confirming(): boolean {
    return this.#confirming;
  }

  /** A newly loaded report (or none): not revising, not confirming. */
  reset(lifecycle: ReportLifecycle | undefined): void {
    this.#lifecycle = lifecycle;
    this.#revising = this.#confirming = false;
    this.host.requestUpdate();
  }

  /** Shows or hides the confirm step, then (once repainted) focuses what `focus` finds. */
  async confirm(shown: boolean, focus?: () => HTMLElement | null | undefined): Promise<void> {
    this.#confirming = shown;
    this.host.requestUpdate();
    if (!focus) return;
    await this.host.updateComplete;
    focus()?.focus();
  }

  /** Starts a revision of a sent report; false when the report cannot be revised. */
  startRevising(): boolean {
    if (!this.#lifecycle?.policy.canRevise) return false;
    this.#revising = true;
    this.host.requestUpdate();
    return true;
  }

  /** Whether the fields are read-only, given the element's own `readonly`. */
  readOnly(readonly: boolean): boolean {
    return readonly || (!!this.#lifecycle && !this.#lifecycle.policy.editable && !this.#revising);
  }

  /** Whether the submit button shows, given the element's own `readonly`. */
  canSubmit(readonly: boolean): boolean {
    return !this.readOnly(readonly) && (!this.#lifecycle || this.#lifecycle.policy.canSubmit);
  }

  /**
   * Reads the report again at `clock` (after a submission or a refusal, or when records arrived);
   * keeps the state when the store fails. The confirmation closes unless `confirming` says otherwise.
   */
  async refresh(source: LifecycleSource, clock: Date, revising = this.#revising, confirming = false): Promise<void> {
    try {
      this.#lifecycle = (await readLifecycle(source.store, source.key, source.period, clock)).lifecycle;
    } catch {
      // keep the last known state; a store failure shows through autosave
    }
    this.#revising = revising;
    this.#confirming = confirming && this.canSubmit(false);
    this.host.requestUpdate();
  }
}
