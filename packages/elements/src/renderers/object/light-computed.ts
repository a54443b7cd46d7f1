/**
 * The light cell of a computed value (`x-fp-computed`): a labelled read-only input that can be
 * focused and read but never edited, with a status marker when the figures it needs are
 * incomplete or it cannot be computed; as `<fp-computed-renderer>` shows it, in the group's
 * shadow root.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ComputedState, FormModel } from '@formplan/core';
import { pick } from '../../i18n/lang.js';
import { term } from '../../i18n/form-term.js';
import { errorLines, requiredMark } from '../control-template.js';
import { computedText } from '../computed/computed-renderer.component.js';
import { computedControl } from '../computed/computed-control.js';
import { leafParts } from './light-leaf.js';
import type { LightLeafProps } from './light-leaf.js';

/** The repaint key of a computed value's state (incomplete flag, computation error). */
export function computedKey(model: FormModel, pointer: string): string {
  const s = model.computedState(pointer);
  return s ? `${s.incomplete ? 1 : 0}|${s.error?.vi ?? ''}` : '';
}

/** One computed cell: label, read-only input, status, help and feedback. */
export function renderComputedLeaf(p: LightLeafProps): TemplateResult {
  const status = `f${p.index}-status`;
  const { ids, help, errors, invalid, label, describedBy } = leafParts(p, status);
  const s: ComputedState = p.model?.computedState(p.pointer) ?? { value: p.view.value, incomplete: false };
  const note = s.error ? pick(s.error, p.lang) : s.incomplete ? term(p.lang, 'ui', 'incomplete') : '';
  const text = computedText(s.value, p.lang, p.schema['x-fp-unit']);
  return html`<div class="leaf" part="leaf"><label part="label" for=${ids.input}>${label}${requiredMark(p.required, p.lang)}</label>${computedControl({
      id: ids.input, statusId: status, pointer: p.pointer, text, note, describedBy, invalid,
    })}${help ? html`<div class="help" id=${ids.help} part="help">${help}</div>` : nothing}<div
      class="feedback" id=${ids.feedback} part="feedback" aria-live="polite">${errorLines(errors, p.lang)}</div></div>`;
}
