/**
 * The tracker view of `<fp-plan>`: tasks grouped by assignment block with a status and a note
 * each, a progress bar per block, and the targets table with live values.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Assignment, PackSource, PlanProgressRecord, PlanTask, TargetResult } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { bindingText, liveValueText } from './plan-context.js';
import { stripBullet } from './plan-header.js';
import { term } from '../../i18n/term.js';

/** A task status. */
export type TaskStatus = PlanProgressRecord['status'];

/** The statuses in order. */
export const TASK_STATUSES: readonly TaskStatus[] = ['not-started', 'in-progress', 'done'];

/** What the tracker shows. */
export interface TrackerView {
  pack: PackSource;
  lang: Lang;
  progress: Map<string, PlanProgressRecord>;
  targets: TargetResult[];
  values: Record<string, number | null>;
}

/** What the tracker calls on user input. */
export interface TrackerHandlers {
  status(taskCode: string, status: TaskStatus): void;
  note(taskCode: string, note: string): void;
}

/** A block of tasks with one heading (an assignment, or a sub-assignment such as 11.2). */
export interface TaskBlock {
  number: string;
  heading: string;
  tasks: { task: PlanTask; depth: number }[];
}

function flatten(tasks: PlanTask[] | undefined, depth: number, out: { task: PlanTask; depth: number }[]): void {
  for (const t of tasks ?? []) {
    out.push({ task: t, depth });
    flatten(t.children, depth + 1, out);
  }
}

/**
 * The plan's tasks grouped by block: each assignment with tasks, and each sub-assignment
 * (11.1–11.4) as its own block; sub-tasks follow their task.
 * @param assignments - the plan's assignments
 * @param lang - language
 * @returns the blocks in plan order
 */
export function taskBlocks(assignments: Assignment[], lang: Lang): TaskBlock[] {
  const out: TaskBlock[] = [];
  const visit = (a: Assignment): void => {
    const tasks: { task: PlanTask; depth: number }[] = [];
    flatten(a.tasks, 0, tasks);
    if (tasks.length > 0) out.push({ number: a.number, heading: pick(a.heading, lang), tasks });
    for (const c of a.children ?? []) visit(c);
  };
  for (const a of assignments) visit(a);
  return out;
}

function renderTask(v: TrackerView, h: TrackerHandlers, task: PlanTask, depth: number): TemplateResult {
  const code = task.code;
  const rec = v.progress.get(code);
  const status = rec?.status ?? 'not-started';
  return html`<li class="task depth-${depth}" data-task=${code} data-status=${status}>
    <p id="text-${code}" class="task-text">${stripBullet(pick(task.text, v.lang))}${task.gap ? html` <span class="gap" title=${task.gap}>${term(v.lang, 'plan', 'gap')}</span>` : nothing}
      ${task.due ? html`<span class="due">${term(v.lang, 'plan', 'due', { date: task.due })}</span>` : nothing}</p>
    <div class="task-controls">
      <label for="status-${code}">${term(v.lang, 'plan', 'status')}</label>
      <select id="status-${code}" data-status-for=${code} aria-describedby="text-${code}"
        @change=${(e: Event) => h.status(code, (e.target as HTMLSelectElement).value as TaskStatus)}>
        ${TASK_STATUSES.map((s) => html`<option value=${s} ?selected=${s === status}>${term(v.lang, 'plan', s)}</option>`)}
      </select>
      <label for="note-${code}">${term(v.lang, 'plan', 'note')}</label>
      <input id="note-${code}" type="text" data-note-for=${code} .value=${rec?.note ?? ''} aria-describedby="text-${code}"
        @change=${(e: Event) => h.note(code, (e.target as HTMLInputElement).value)} />
    </div>
  </li>`;
}

function renderBlock(v: TrackerView, h: TrackerHandlers, b: TaskBlock): TemplateResult {
  const total = b.tasks.length;
  const done = b.tasks.filter((x) => v.progress.get(x.task.code)?.status === 'done').length;
  const id = `block-${b.number.replace(/\./g, '-')}`;
  return html`<section class="block" part="block" data-block=${b.number} aria-labelledby="${id}-h">
    <h3 id="${id}-h">${b.number}. ${b.heading}</h3>
    <div class="progress">
      <progress id="${id}-p" max=${total} .value=${done} aria-labelledby="${id}-h ${id}-t"></progress>
      <span id="${id}-t" class="progress-text" data-progress=${b.number}>${term(v.lang, 'plan', 'progress', { done, total })}</span>
    </div>
    <ul class="tasks">${b.tasks.map((x) => renderTask(v, h, x.task, x.depth))}</ul>
  </section>`;
}

function stateText(r: TargetResult, lang: Lang): string {
  if (!r.bound) return term(lang, 'plan', 'notBound');
  if (r.ok === null) return term(lang, 'plan', 'unknown');
  return term(lang, 'plan', r.ok ? 'ok' : 'notOk');
}

/**
 * Renders the tracker.
 * @param v - what to show
 * @param h - what to call on input
 * @returns the template
 */
export function renderTracker(v: TrackerView, h: TrackerHandlers): TemplateResult {
  const exprOf = new Map(v.pack.plan.targets.map((tg) => [tg.code, tg.binding?.expr]));
  return html`<div class="tracker" part="tracker">
    <table class="targets" part="targets">
      <caption>${term(v.lang, 'plan', 'targets')}</caption>
      <thead><tr>
        <th scope="col">${term(v.lang, 'plan', 'target')}</th><th scope="col">${term(v.lang, 'plan', 'binding')}</th>
        <th scope="col">${term(v.lang, 'plan', 'value')}</th><th scope="col">${term(v.lang, 'plan', 'state')}</th>
      </tr></thead>
      <tbody>${v.targets.map((r) => html`<tr data-target=${r.code} data-ok=${r.ok === null ? 'unknown' : String(r.ok)}>
        <th scope="row">${pick(r.text, v.lang)}</th>
        <td class="binding">${bindingText(r)}</td>
        <td class="live">${liveValueText(r, exprOf.get(r.code), v.values, v.lang)}</td>
        <td class="state">${stateText(r, v.lang)}</td>
      </tr>`)}</tbody>
    </table>
    ${taskBlocks(v.pack.plan.assignments, v.lang).map((b) => renderBlock(v, h, b))}
  </div>`;
}
