// One user edit on a mounted form: type into a text-like input, pick an option of a select, or
// click a checkbox / radio, the way a user does (events bubble out of the shadow roots).
import type { FpForm } from '../../../packages/elements/src/components/form/form.component.js';
import { deepAll } from './form-check.js';

/** An edit to make: which control (modulo their count) and what to type or which option. */
export interface Edit {
  index: number;
  text: string;
}

/**
 * Makes the edit on the `index`-th control (by `data-pointer`) of the form.
 * @returns the pointer of the control edited, or undefined when the form has no control
 */
export function editControl(form: FpForm, edit: Edit): string | undefined {
  const controls = deepAll(form.shadowRoot!, 'input[data-pointer], select[data-pointer], textarea[data-pointer]') as (
    | HTMLInputElement
    | HTMLSelectElement
    | HTMLTextAreaElement
  )[];
  if (controls.length === 0) return undefined;
  const c = controls[edit.index % controls.length];
  c.focus();
  if (c instanceof HTMLInputElement && (c.type === 'checkbox' || c.type === 'radio')) {
    c.click();
  } else if (c instanceof HTMLSelectElement) {
    if (c.options.length) c.selectedIndex = edit.text.length % c.options.length;
    c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    c.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    c.value = edit.text;
    c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    c.dispatchEvent(new Event('change', { bubbles: true }));
  }
  c.blur();
  return c.dataset.pointer;
}
