/**
 * What every loading element shares around its `@lit/task` `Task`: the one "ready" signal
 * (`loadComplete`) and the one look of the pending and failed states (a polite status line, an
 * alert). Vietnamese comes first: elements pass the text in the language in effect.
 */
import { html, nothing } from 'lit';
import type { ReactiveElement, TemplateResult } from 'lit';
import { TaskStatus } from '@lit/task';
import type { Task } from '@lit/task';

/** A task of any arguments and result (only its status is read here). */
type AnyTask = Pick<Task<readonly unknown[], unknown>, 'status' | 'taskComplete'>;

/**
 * Resolves (never rejects) when the host's current load finished, done or failed, and the host
 * rendered the outcome: the value of every element's public `loadComplete`.
 */
export async function loadSettled(host: ReactiveElement, task: AnyTask): Promise<boolean> {
  await host.updateComplete;
  while (task.status === TaskStatus.PENDING) {
    await task.taskComplete.catch(() => undefined);
    await host.updateComplete;
  }
  return host.updateComplete;
}

/** Whether the task is loading now. */
export function isPending(task: AnyTask): boolean {
  return task.status === TaskStatus.PENDING;
}

/** Whether the task's last run failed. */
export function isFailed(task: AnyTask): boolean {
  return task.status === TaskStatus.ERROR;
}

/** The pending state of a load: a polite status line (`part="status"`). */
export function renderPending(text: string, lang?: string): TemplateResult {
  return html`<div part="status" role="status" aria-live="polite" lang=${lang || nothing}>${text}</div>`;
}

/** The failed state of a load: an alert (`part="notice"`, classes `notice error`). */
export function renderFailure(text: string, lang?: string): TemplateResult {
  return html`<div class="notice error" part="notice" role="alert" lang=${lang || nothing}>${text}</div>`;
}
