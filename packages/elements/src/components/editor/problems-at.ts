/**
 * Problems shown at their place: each problem of `checkDraftPack` belongs to the most specific
 * editable place (a `data-pointer`) whose pointer contains it. Inputs get `aria-invalid` and
 * `aria-describedby` to a list of the messages rendered next to them.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { PackProblem } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';

/** Whether `pointer` is `place` or lies under it (segment-wise). */
export function isUnder(pointer: string, place: string): boolean {
  return pointer === place || pointer.startsWith(`${place}/`);
}

/** The problems whose nearest place among `places` is `place`. */
export function problemsAt(problems: readonly PackProblem[], place: string, places: readonly string[] = []): PackProblem[] {
  return problems.filter((p) => isUnder(p.pointer, place) && !places.some((q) => q.length > place.length && isUnder(q, place) && isUnder(p.pointer, q)));
}

/** The element id of the message list of a place (unique within one shadow root). */
export function problemId(place: string): string {
  return `pb${place.replace(/[^A-Za-z0-9_-]/g, (c) => `.${c.charCodeAt(0).toString(16)}`)}`;
}

/** `aria-invalid` / `aria-describedby` values for an input at `place` with `found` problems. */
export function problemAttrs(place: string, found: readonly PackProblem[]): { invalid: 'true' | 'false'; describedBy: string | undefined } {
  return {
    invalid: found.some((p) => p.severity === 'error') ? 'true' : 'false',
    describedBy: found.length > 0 ? problemId(place) : undefined,
  };
}

/** The messages of a place, next to its input. */
export function renderProblemsAt(place: string, found: readonly PackProblem[], lang: Lang): TemplateResult | typeof nothing {
  if (found.length === 0) return nothing;
  return html`<ul class="problems-at" id=${problemId(place)}>${found.map((p) => html`<li class=${p.severity}>${pick(p.message, lang)}</li>`)}</ul>`;
}

/**
 * The deepest element of `root` (and of the open shadow roots below it) whose `data-pointer`
 * contains `pointer`; focuses it and returns whether one was found.
 */
export function focusNearest(root: ParentNode, pointer: string): boolean {
  let best: HTMLElement | undefined;
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll<HTMLElement>('[data-pointer]')) {
      const place = el.dataset.pointer ?? '';
      if (isUnder(pointer, place) && (!best || place.length > (best.dataset.pointer ?? '').length)) best = el;
    }
    for (const el of node.querySelectorAll<HTMLElement>('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(root);
  if (!best) return false;
  best.focus();
  return true;
}
