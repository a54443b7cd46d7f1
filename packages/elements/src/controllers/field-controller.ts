/**
 * Binds an element to one value of a {@link FormModel}: repaints the host only when what it
 * shows (its value, its visible errors, whether it is hidden) changed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldError, FormModel } from '@formplan/core';

/** What a field host exposes to its controller. */
export interface FieldHost extends ReactiveControllerHost {
  model?: FormModel;
  pointer: string;
}

/** The field's view of the model. */
export class FieldController implements ReactiveController {
  private readonly host: FieldHost;
  private subscribedTo?: FormModel;
  private unsubscribe?: () => void;
  private snapshot = '';
  private lastValue: unknown;

  constructor(host: FieldHost) {
    this.host = host;
    host.addController(this);
  }

  /** The current value at the host's pointer. */
  get value(): unknown {
    return this.host.model?.get(this.host.pointer);
  }

  /** The errors at the host's pointer that should show now. */
  get errors(): FieldError[] {
    return this.host.model?.visibleErrorsAt(this.host.pointer) ?? [];
  }

  /** Whether the field is hidden by a condition. */
  get hidden(): boolean {
    return this.host.model?.isHidden(this.host.pointer) ?? false;
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
    this.snapshot = this.take();
    this.lastValue = this.value;
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribedTo = undefined;
  }

  private sync(): void {
    const model = this.host.model;
    if (model === this.subscribedTo) return;
    this.unsubscribe?.();
    this.subscribedTo = model;
    this.unsubscribe = model?.subscribe(() => this.onModelChange());
  }

  private take(): string {
    const m = this.host.model;
    if (!m) return '';
    const errs = m.visibleErrorsAt(this.host.pointer);
    return `${m.isHidden(this.host.pointer) ? 1 : 0}|${errs.map((e) => e.keyword + ':' + e.message.vi).join('|')}`;
  }

  private onModelChange(): void {
    if (this.value !== this.lastValue || this.take() !== this.snapshot) this.host.requestUpdate();
  }
}
