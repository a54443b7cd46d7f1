/**
 * The one template of a text-like control (text, textarea, date and number renderers): the
 * `<input>` or `<textarea>` wired like every control (id for the label, `aria-describedby` to
 * help and feedback, `aria-invalid`, `aria-required`, read-only, `data-pointer` for the error
 * summary). Each renderer says only what makes it different, as a {@link TextControlSpec}.
 */
import { noChange, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { html, literal } from 'lit/static-html.js';

/** What a text-like control differs in. */
export interface TextControlSpec {
  /** a one-line `<input>` (default) or a multi-line `<textarea>` */
  tag?: 'input' | 'textarea';
  /** the input's `type` (inputs only) */
  type?: 'text' | 'date';
  inputmode?: 'numeric' | 'decimal';
  /** a short example of the expected text */
  placeholder?: string;
  autocomplete?: 'off';
  rows?: number;
  /** the schema's `maxLength`, when it is a length */
  maxlength?: number;
  min?: string;
  max?: string;
  /** the text to show, kept live; leave it out when the renderer syncs the text itself */
  value?: string;
  /** the event that writes the edit to the model: `input` (default) or `change` */
  commitOn?: 'input' | 'change';
  /** turns the control's text into the model value (default: the text as it is) */
  parse?: (text: string) => unknown;
  /** runs on blur after the value is marked touched */
  afterBlur?: () => void;
}

/** What the template reads from the control it belongs to (see `FpControlBase.renderTextControl`). */
export interface TextControlView {
  id: string;
  pointer: string;
  describedBy: string;
  invalid: boolean;
  required: boolean;
  locked: boolean;
  commit(value: unknown): void;
  touch(): void;
}

const OPEN = { input: literal`input`, textarea: literal`textarea` };
const CLOSE = { input: literal``, textarea: literal`</textarea>` };

/** The `maxLength` of a schema as an attribute value (a non-negative number, else none). */
export function maxLengthOf(max: unknown): number | undefined {
  return typeof max === 'number' && max >= 0 ? max : undefined;
}

/** The input (or textarea) of a text-like control. */
export function textControl(view: TextControlView, spec: TextControlSpec): TemplateResult {
  const tag = spec.tag ?? 'input';
  const parse = spec.parse ?? ((text: string) => text);
  const edit = (e: Event) => view.commit(parse((e.target as HTMLInputElement | HTMLTextAreaElement).value));
  const onChange = spec.commitOn === 'change';
  return html`<${OPEN[tag]}
        id=${view.id}
        part="input"
        type=${ifDefined(spec.type)}
        inputmode=${ifDefined(spec.inputmode)}
        placeholder=${ifDefined(spec.placeholder)}
        autocomplete=${ifDefined(spec.autocomplete)}
        rows=${ifDefined(spec.rows)}
        data-pointer=${view.pointer}
        maxlength=${ifDefined(spec.maxlength)}
        min=${ifDefined(spec.min || undefined)}
        max=${ifDefined(spec.max || undefined)}
        .value=${spec.value === undefined ? noChange : live(spec.value)}
        aria-describedby=${view.describedBy}
        aria-invalid=${view.invalid ? 'true' : 'false'}
        aria-required=${view.required ? 'true' : 'false'}
        ?readonly=${view.locked}
        @input=${onChange ? nothing : edit}
        @change=${onChange ? edit : nothing}
        @blur=${() => {
          view.touch();
          spec.afterBlur?.();
        }}
      />${CLOSE[tag]}`;
}
