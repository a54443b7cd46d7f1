// Mounting <fp-form> on a schema and value, waiting for every nested renderer, and comparing
// its verdict with ajv's on the same schema and value.
import { createAjv, ajvErrorPointer } from '@formplan/core';
import type { SchemaNode } from '@formplan/core';
import type { FpForm } from '../../../packages/elements/src/components/form/form.component.js';

/** Every element matching `selector` below `root`, through open shadow roots. */
export function deepAll(root: ParentNode, selector: string): Element[] {
  const out = Array.from(root.querySelectorAll(selector));
  for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) out.push(...deepAll(el.shadowRoot, selector));
  return out;
}

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Waits until the form and every Lit element below it finished updating (bounded rounds). */
export async function settle(el: Element): Promise<void> {
  let seen = -1;
  for (let round = 0; round < 8; round++) {
    const lit = [el, ...deepAll(el.shadowRoot ?? el, '*')].filter(
      (e): e is Element & { updateComplete: Promise<boolean> } => 'updateComplete' in e,
    );
    const done = await Promise.all(lit.map((e) => e.updateComplete));
    await frame();
    if (done.every(Boolean) && lit.length === seen) return;
    seen = lit.length;
  }
}

/** What went wrong globally while a form was mounted. */
export interface Mounted {
  el: FpForm;
  /** window `error` / `unhandledrejection` events seen */
  globalErrors: unknown[];
}

/** Mounts `<fp-form>` (schema mode) with `schema` and `value`, waits for it to settle. */
export async function mountForm(schema: SchemaNode, value: unknown): Promise<Mounted> {
  const globalErrors: unknown[] = [];
  const onError = (e: ErrorEvent) => globalErrors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => globalErrors.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const el = document.createElement('fp-form');
  try {
    el.value = value;
    el.schema = schema;
    document.body.append(el);
    await el.updateComplete;
    await settle(el);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return { el, globalErrors };
}

/** `pointer keyword` of every error, sorted and de-duplicated. */
function keys(list: { pointer: string; keyword: string }[]): string[] {
  return [...new Set(list.map((e) => `${e.pointer} ${e.keyword}`))].sort();
}

let ajvCount = 0;
const ajv = createAjv();

/** ajv's verdict (same options as core) on a schema and value, as sorted `pointer keyword` keys. */
export function ajvVerdict(schema: SchemaNode, value: unknown): { valid: boolean; errors: string[] } {
  const id = `urn:formplan:test:ajv-${++ajvCount}`;
  const fn = ajv.compile({ ...schema, $id: id });
  const valid = fn(value);
  ajv.removeSchema(id);
  return { valid, errors: valid ? [] : keys((fn.errors ?? []).map((e) => ({ pointer: ajvErrorPointer(e), keyword: e.keyword }))) };
}

/** The form's verdict from `validate()`, severity `error` only. */
export function formVerdict(el: FpForm): { valid: boolean; errors: string[] } {
  const errors = keys(el.validate().filter((e) => e.severity === 'error'));
  return { valid: errors.length === 0, errors };
}
