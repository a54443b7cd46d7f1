/**
 * Watches a {@link FormModel} for an element: subscribes when the element connects, resubscribes
 * when the element's model changes, unsubscribes when it disconnects. What the element shows is
 * a `select`ed view of the model; the host repaints only when that view changes (by `equals`).
 * `onChange` hears every change, for hosts that paint the DOM themselves (the matrix).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldError, FormModel, ModelChange } from '@formplan/core';

/** Options of {@link ModelController}. */
export interface ModelControllerOptions<T> {
  /** the model to watch (read at connect and at every update) */
  model: () => FormModel | undefined;
  /** what the host shows of the model; the host repaints when it changes */
  select?: (model: FormModel) => T;
  /** whether two views are the same (default `Object.is`) */
  equals?: (a: T, b: T) => boolean;
  /** called on every change of the model (after `select`) */
  onChange?: (change: ModelChange, model: FormModel) => void;
}

/**
 * The host's view of a form model.
 * @example
 * ```ts
 * // repaint when the hidden flag of this field changes
 * private readonly hidden = new ModelController(this, { model: () => this.model, select: (m) => m.isHidden(this.pointer) });
 * ```
 */
export class ModelController<T = undefined> implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: ModelControllerOptions<T>;
  private readonly modelOf: () => FormModel | undefined;
  private subscribedTo?: FormModel;
  private unsubscribe?: () => void;
  private connected = false;
  /** the view selected from the model watched now (boxed: a view may itself be undefined) */
  private current?: { view: T };

  constructor(host: ReactiveControllerHost, options: ModelControllerOptions<T>) {
    this.host = host;
    this.options = options;
    this.modelOf = options.model;
    host.addController(this);
  }

  /** The selected view of the model as of the last update or change (undefined without a model). */
  get value(): T | undefined {
    return this.current?.view;
  }

  /** The model watched now. */
  get model(): FormModel | undefined {
    return this.subscribedTo;
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
    const model = this.modelOf();
    this.current = model && this.options.select ? { view: this.options.select(model) } : undefined;
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedTo = undefined;
  }

  private sync(): void {
    const model = this.modelOf();
    if (!this.connected || model === this.subscribedTo) return;
    this.unsubscribe?.();
    this.subscribedTo = model;
    this.current = undefined;
    this.unsubscribe = model?.subscribe((change) => this.onModelChange(change, model));
  }

  private onModelChange(change: ModelChange, model: FormModel): void {
    if (this.options.select) {
      const next = this.options.select(model);
      const prev = this.current;
      const equals = this.options.equals ?? Object.is;
      const same = prev !== undefined && equals(prev.view, next);
      this.current = { view: next };
      if (!same) this.host.requestUpdate();
    }
    this.options.onChange?.(change, model);
  }
}

/** What a field shows of the model: its value, its visible errors, whether it is hidden. */
export interface FieldView {
  value: unknown;
  errors: FieldError[];
  hidden: boolean;
}

/** The {@link FieldView} of the value at `pointer`. */
export function fieldView(model: FormModel, pointer: string): FieldView {
  return { value: model.get(pointer), errors: model.visibleErrorsAt(pointer), hidden: model.isHidden(pointer) };
}

/** A key that changes when the shown errors change (severity, keyword, message). */
export function errorsKey(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.severity}:${e.keyword}:${e.message.vi}`).join('|');
}

/** Whether two field views show the same thing (`compareValue` false: errors and visibility only). */
export function sameFieldView(a: FieldView, b: FieldView, compareValue = true): boolean {
  return (!compareValue || a.value === b.value) && a.hidden === b.hidden && errorsKey(a.errors) === errorsKey(b.errors);
}
