/**
 * Repaints a computed field when its computed state (incomplete flag, computation error)
 * changes although its value did not (e.g. `sum(a, b)` stays 4 when the missing `b` becomes 0):
 * the field controller only watches values, visible errors and visibility.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FormModel } from '@formplan/core';

/** What the controller reads from its host. */
export interface ComputedStateHost extends ReactiveControllerHost {
  model?: FormModel;
  pointer: string;
}

/** Watches `model.computedState(pointer)` and asks the host to repaint when it changes. */
export class ComputedStateController implements ReactiveController {
  private readonly host: ComputedStateHost;
  private subscribedTo?: FormModel;
  private unsubscribe?: () => void;
  private last = '';

  constructor(host: ComputedStateHost) {
    this.host = host;
    host.addController(this);
  }

  private key(): string {
    const s = this.host.model?.computedState(this.host.pointer);
    return s ? `${s.incomplete ? 1 : 0}|${s.error?.vi ?? ''}` : '';
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
    this.last = this.key();
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
    this.unsubscribe = model?.subscribe(() => {
      if (this.key() !== this.last) this.host.requestUpdate();
    });
  }
}
