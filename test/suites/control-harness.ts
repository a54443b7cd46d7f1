/**
 * Mounting one renderer (or a tree of them) in a test and waiting for it: the preamble every
 * renderer test shares. Runs under @web/test-runner with @open-wc/testing.
 * @example
 * ```ts
 * const { el, model, input } = await mountControl('fp-text-renderer', { type: 'string' }, { f: 'An' });
 * ```
 */
import { fixture } from '@open-wc/testing';
import { AjvValidator, FormModel } from '@formplan/core';
import type { SchemaNode } from '@formplan/core';
import { shadowInput } from './renderer.suite.js';

/** How {@link mountControl} mounts a control. */
export interface MountControlOptions {
  /** the parent object requires the field: the root schema lists it and the control's `required` is set */
  required?: boolean;
}

/** A control mounted by {@link mountControl}. */
export interface MountedControl<E extends HTMLElement, I extends Element> {
  el: E;
  model: FormModel;
  /** the focusable input (`#input`) in the control's shadow root */
  input: I;
  /** the text of the feedback region, trimmed */
  feedback(): string;
}

let count = 0;

/**
 * Mounts `<tagName>` over the field `/f` of a {@link FormModel} whose schema is
 * `{ type: 'object', properties: { f: schema } }`, with `value` as the whole data.
 */
export async function mountControl<K extends keyof HTMLElementTagNameMap, I extends Element = HTMLInputElement>(
  tagName: K,
  schema: SchemaNode,
  value: Record<string, unknown> = {},
  opts: MountControlOptions = {},
): Promise<MountedControl<HTMLElementTagNameMap[K], I>> {
  const root: SchemaNode = {
    $id: `urn:formplan:test:${tagName}:${++count}`,
    type: 'object',
    properties: { f: schema },
    ...(opts.required ? { required: ['f'] } : {}),
  };
  const model = new FormModel({ schema: root, validator: new AjvValidator(), value });
  const el = document.createElement(tagName);
  Object.assign(el, { model, schema, pointer: '/f' }, opts.required ? { required: true } : {});
  await fixture(el);
  const input = shadowInput<I>(el);
  const feedback = () => el.shadowRoot?.getElementById('feedback')?.textContent?.trim() ?? '';
  return { el, model, input, feedback };
}

/** The radio buttons in a control's shadow root, in order. */
export function shadowRadios(el: Element): HTMLInputElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type=radio]') ?? [])];
}

/** Every element below `el`'s shadow root, through open shadow roots. */
export function deepElements(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (root: ShadowRoot) => {
    for (const c of root.querySelectorAll('*')) {
      out.push(c);
      if (c.shadowRoot) walk(c.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return out;
}

/** Waits `rounds` times for `el` and every element below it to finish updating. */
export async function settleTree(el: Element, rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const all: (Element & { updateComplete?: Promise<unknown> })[] = [el, ...deepElements(el)];
    await Promise.all(all.map((x) => x.updateComplete));
  }
}

/** The element focused now, through shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/**
 * The pointers of a group's own children in display order: its renderer elements (custom
 * elements with a `pointer`) and its light cells (a `.leaf` block, named by the `data-pointer` of its input).
 */
export function childPointers(group: Element): string[] {
  const root = group.shadowRoot;
  if (!root) return [];
  const out: string[] = [];
  for (const c of root.querySelectorAll<HTMLElement>('*')) {
    // a light group (a fieldset painted in the group's shadow root) is one child: its cells are its own
    if (c.matches('fieldset[data-group]')) out.push(c.dataset.group ?? '');
    else if (c.parentElement?.closest('fieldset[data-group]')) continue;
    else if (c.classList.contains('leaf')) out.push(c.querySelector<HTMLElement>('[data-pointer]')?.dataset.pointer ?? '');
    else if (c.localName.includes('-') && typeof (c as HTMLElement & { pointer?: unknown }).pointer === 'string') out.push((c as HTMLElement & { pointer: string }).pointer);
  }
  return out;
}

/** The inputs of a group's light cells, in display order. */
export function lightInputs(group: Element): HTMLInputElement[] {
  return [...(group.shadowRoot?.querySelectorAll<HTMLInputElement>('.leaf input') ?? [])];
}
