/**
 * Light cells: the simple leaves of an object group (number, text, textarea and date fields the
 * registry gives to the built-in renderers) painted straight into the group's shadow root, not
 * as one custom element with its own shadow root per field. Each cell is wired like a control:
 * `<label for>`, `aria-describedby` to its hint, help and feedback, `aria-invalid`,
 * `aria-required`, `data-pointer` (the error summary focuses it), and edits go through
 * `model.set` + `fp-change`. A custom renderer or an explicit `x-fp-widget` for another element
 * still gets its element (see {@link lightLeafOf}).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fieldLabel, lastSegment } from '@formplan/core';
import type { FormModel, SchemaNode } from '@formplan/core';
import { numberFromText, syncNumberInput } from '../../cells/number-cell.js';
import { syncTextInput } from '../../cells/text-cell.js';
import { dateFromText, syncDateInput } from '../../cells/date-cell.js';
import type { FieldView } from '../../controllers/model-controller.js';
import { emit } from '../../events/emit.js';
import type { Lang } from '../../i18n/lang.js';
import { term } from '../../i18n/form-term.js';
import { renderComputedLeaf } from './light-computed.js';
import { errorLines, feedbackFor, helpText, labelFor, maxLengthOf, requiredMark, syncedValue, textControl } from '../control-template.js';
import type { FieldIds, SyncInput, TextControlSpec } from '../control-template.js';

/** A kind of light cell: a text-like input, or a computed value ({@link renderComputedLeaf}). */
export type LightLeaf = TextLeaf | { kind: 'computed' };

/** A text-like light cell: the input it shows and how the input follows the model. */
export interface TextLeaf {
  kind: 'text';
  spec(schema: SchemaNode): TextControlSpec;
  sync: SyncInput;
  /** what blur does (default {@link sync}): the date rewrites its text even when it means the value */
  onBlur?: SyncInput;
  /** the cell shows the date format hint */
  dateHint?: boolean;
}

const syncText: SyncInput = (c, v) => syncTextInput(c, v);
const syncNumber: SyncInput = (c, v) => {
  if (c instanceof HTMLInputElement) syncNumberInput(c, v);
};
const syncDate: SyncInput = (c, v) => {
  if (c instanceof HTMLInputElement) syncDateInput(c, v);
};

/** The built-in renderers whose nodes a group paints as light cells, by tag name. */
export const LIGHT_LEAVES: Readonly<Record<string, LightLeaf>> = {
  'fp-number-renderer': {
    kind: 'text',
    spec: (s) => ({ type: 'text', inputmode: s.type === 'integer' ? 'numeric' : 'decimal', autocomplete: 'off', parse: numberFromText }),
    sync: syncNumber,
  },
  'fp-text-renderer': {
    kind: 'text',
    spec: (s) => ({ type: 'text', autocomplete: 'off', maxlength: maxLengthOf(s.maxLength) }),
    sync: syncText,
  },
  'fp-textarea-renderer': {
    kind: 'text',
    spec: (s) => ({ tag: 'textarea', rows: 4, maxlength: maxLengthOf(s.maxLength) }),
    sync: syncText,
  },
  'fp-date-renderer': {
    kind: 'text',
    spec: () => ({ type: 'text', inputmode: 'numeric', autocomplete: 'off', placeholder: 'dd/mm/yyyy', parse: dateFromText }),
    sync: syncDate,
    onBlur: (c, v) => {
      if (c instanceof HTMLInputElement) syncDateInput(c, v, true);
    },
    dateHint: true,
  },
  'fp-computed-renderer': { kind: 'computed' },
};

/** The light cell kind for a renderer tag (undefined: the node gets its element). */
export function lightLeafOf(tagName: string | undefined): LightLeaf | undefined {
  return tagName !== undefined && Object.prototype.hasOwnProperty.call(LIGHT_LEAVES, tagName) ? LIGHT_LEAVES[tagName] : undefined;
}

/**
 * What the group's delegated `input` / `focusout` listeners need of one text-like cell (one pair
 * of listeners per group's shadow root, not one per input).
 */
export interface CellEntry {
  leaf: TextLeaf;
  pointer: string;
  locked: boolean;
  /** the model value for the text typed (default: the text) */
  parse?: (text: string) => unknown;
}

/** Everything one light cell shows. */
export interface LightLeafProps {
  /** the group element: `fp-change` is sent from it */
  host: HTMLElement;
  /** the group's cells by pointer, read by its delegated listeners ({@link cellInput}, {@link cellBlur}) */
  cells: Map<string, CellEntry>;
  model?: FormModel;
  schema: SchemaNode;
  pointer: string;
  /** the cell's place among the group's children, `i-j` in a light group (its ids derive from it) */
  index: number | string;
  lang: Lang;
  readonly: boolean;
  required: boolean;
  view: LeafView;
}

/** What a light cell shows of the model: its field view, and for a computed value its state. */
export interface LeafView extends FieldView {
  /** computed cells: whether the value is incomplete or cannot be computed (changes repaint) */
  computed?: string;
}

/** The ids of the parts of the cell at `index` (unique in the group's shadow root). */
export function leafIds(index: number | string): FieldIds {
  const id = `f${index}`;
  return { input: id, help: `${id}-help`, feedback: `${id}-feedback`, hint: `${id}-hint` };
}

/** One light cell: label, input, (date) hint, help and feedback, in a `.leaf` block. */
export function renderLightLeaf(leaf: LightLeaf, p: LightLeafProps): TemplateResult {
  return leaf.kind === 'computed' ? renderComputedLeaf(p) : renderTextLeaf(leaf, p);
}

/** The parts of a cell every kind shows: ids, label, help, errors, what it is described by. */
export function leafParts(p: LightLeafProps, ...before: string[]) {
  const ids = leafIds(p.index);
  const help = helpText(p.schema, p.lang);
  const errors = p.view.errors;
  return {
    ids,
    help,
    errors,
    invalid: errors.some((e) => e.severity === 'error'),
    label: fieldLabel(p.schema, lastSegment(p.pointer), p.lang),
    describedBy: [...before, help ? ids.help : '', ids.feedback].filter(Boolean).join(' '),
  };
}

/** Writes a user's edit of a cell (parsed) to the model and sends `fp-change` from the group. */
function commitCell(host: HTMLElement, model: FormModel | undefined, cell: CellEntry, value: unknown): void {
  if (!model || cell.locked) return;
  model.set(cell.pointer, value, { user: true });
  emit(host, 'fp-change', { path: cell.pointer, value: model.get(cell.pointer), isTriggeredByUser: true });
}

/** A user's edit in a text-like cell (the group's delegated `input` listener): the model and `fp-change`. */
export function cellInput(host: HTMLElement, model: FormModel | undefined, cell: CellEntry, input: HTMLInputElement | HTMLTextAreaElement): void {
  commitCell(host, model, cell, cell.parse ? cell.parse(input.value) : input.value);
}

/** A text-like cell lost focus (the group's delegated `focusout` listener): touched, its text rewritten. */
export function cellBlur(model: FormModel | undefined, cell: CellEntry, input: HTMLInputElement | HTMLTextAreaElement): void {
  model?.touch(cell.pointer);
  (cell.leaf.onBlur ?? cell.leaf.sync)(input, model?.get(cell.pointer));
}

function renderTextLeaf(leaf: TextLeaf, p: LightLeafProps): TemplateResult {
  const { schema, pointer, lang, model } = p;
  const { ids, help, errors, invalid, label, describedBy } = leafParts(p, leaf.dateHint ? leafIds(p.index).hint : '');
  const locked = p.readonly || schema.readOnly === true || 'x-fp-computed' in schema;
  const spec = leaf.spec(schema);
  const hint = leaf.dateHint ? html`<div class="help" id=${ids.hint} part="hint">${term(lang, 'ui', 'dateHint')}</div>` : nothing;
  const cell: CellEntry = { leaf, pointer, locked, parse: spec.parse };
  if (spec.tag === 'textarea') {
    // the textarea control wires its own listeners (textControl): the same commit and blur as a delegated cell
    const commit = (value: unknown) => commitCell(p.host, model, cell, value);
    const touch = () => undefined;
    const afterBlur = (c: HTMLInputElement | HTMLTextAreaElement) => cellBlur(model, cell, c);
    const view = { id: ids.input, pointer, describedBy, invalid, required: p.required, locked, commit, touch, sync: { value: p.view.value, apply: leaf.sync } };
    return html`<div class="leaf" part="leaf">${labelFor(ids.input, label, p.required, lang)}${textControl(view, { ...spec, afterBlur })}${hint}${feedbackFor(ids, help, errors, lang)}</div>`;
  }
  // One template per cell (not label + input + feedback templates), its edits and blur handled by
  // the group's delegated listeners: a form of 1,000 fields mounts 1,000 template instances and
  // no listener of their own, as a hand-written page would.
  p.cells.set(pointer, cell);
  return html`<div class="leaf" part="leaf"><label part="label" for=${ids.input}>${label}${requiredMark(p.required, lang)}</label><input
      id=${ids.input}
      part="input"
      type="text"
      autocomplete="off"
      inputmode=${ifDefined(spec.inputmode)}
      placeholder=${ifDefined(spec.placeholder)}
      maxlength=${ifDefined(spec.maxlength)}
      data-pointer=${pointer}
      aria-describedby=${describedBy}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-required=${p.required ? 'true' : 'false'}
      ?readonly=${locked}
      ${syncedValue(p.view.value, leaf.sync)}
    />${hint}${help ? html`<div class="help" id=${ids.help} part="help">${help}</div>` : nothing}<div
      class="feedback" id=${ids.feedback} part="feedback" aria-live="polite">${errorLines(errors, lang)}</div></div>`;
}
