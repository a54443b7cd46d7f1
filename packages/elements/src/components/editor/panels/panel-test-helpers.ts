/** Browser-test helpers of the editor panels: the 2018 pack in a fresh session, the meta-schemas, typing. */
import { fixture } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { EditSession } from '@formplan/core';
import type { MetaSchemaDoc } from '@formplan/core';
import { loadTayHo2018 } from '../../../../../../test/fixtures/tay-ho-2018.js';
import type { EditorPanel } from './panel-base.js';
import './index.js';

/** A panel over a new session of the Tây Hồ 2018 pack. */
export async function panelOn<T extends EditorPanel>(tag: string, props: Record<string, unknown> = {}): Promise<{ el: T; session: EditSession }> {
  const session = new EditSession(structuredClone(await loadTayHo2018()));
  const el = await fixture<T>(html`<${unsafeStatic(tag)} .session=${session} lang="vi"></${unsafeStatic(tag)}>`);
  Object.assign(el, props);
  await el.updateComplete;
  return { el, session };
}

const META = ['manifest', 'org-units', 'agencies', 'category-sets', 'criteria-set', 'calendar', 'plan', 'form', 'common'];

/** The meta-schemas, fetched from the repository the test runner serves. */
export async function metaSchemas(): Promise<MetaSchemaDoc[]> {
  return Promise.all(META.map(async (name) => {
    const file = `schemas/meta/${name}.schema.json`;
    return { file, schema: await (await fetch(`/${file}`)).json() as unknown };
  }));
}

/** The input of a place in a panel. */
export function at<E extends HTMLElement = HTMLInputElement>(el: EditorPanel, pointer: string): E {
  const found = el.shadowRoot!.querySelector<E>(`[data-pointer="${pointer}"]`);
  if (!found) throw new Error(`no input at ${pointer}`);
  return found;
}

/** Types text into an input the way a user does: one input event per keystroke. */
export async function typeInto(el: EditorPanel, input: HTMLInputElement, text: string): Promise<void> {
  for (let i = 1; i <= text.length; i++) {
    input.value = text.slice(0, i);
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  }
}

/** Sets a value and fires `change` (dates, numbers, selects). */
export async function changeTo(el: EditorPanel, input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** The collapsed text of a node. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
