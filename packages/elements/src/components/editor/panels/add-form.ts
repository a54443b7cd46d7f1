/**
 * The "add" form of a panel (a new item, agency, ward, …): labelled inputs, one submit button.
 * Required inputs are checked at the form; the command's refusal (e.g. a code that clashes) is
 * shown under the form, and what was typed stays until the item is added.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { EditCommand } from '@formplan/core';
import { term } from '../../../i18n/registry.js';
import type { FieldHost } from './panel-fields.js';
import { errorId } from './panel-fields.js';
import './editor-panels-strings.js';

/** One input of an add form; `options` makes it a select. Names `vi` and `en`… are plain keys. */
export interface AddField {
  name: string;
  label: string;
  options?: { value: string; text: string }[];
  /** default: required unless the name is `en` or the field is a select */
  optional?: boolean;
  type?: 'text' | 'date' | 'number';
}

/** Options of {@link addForm}. */
export interface AddFormOptions {
  /** where the form's messages are shown (the pointer of the array added to) */
  place: string;
  legend: string;
  submit: string;
  fields: AddField[];
  command: (values: Record<string, string>) => EditCommand;
  /** instead of applying at once (e.g. show an impact preview first) */
  confirm?: (place: string, cmd: EditCommand) => void;
}

/** The trimmed values of a form's named inputs. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new FormData(form)) out[k] = typeof v === 'string' ? v.trim() : '';
  return out;
}

/** A fieldset with the inputs and the add button. */
export function addForm(host: FieldHost, o: AddFormOptions): TemplateResult {
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const values = formValues(form);
    const missing = o.fields.find((f) => !f.options && !(f.optional ?? f.name === 'en') && !values[f.name]);
    if (missing) {
      host.setProblem(o.place, {
        vi: term('vi', 'editorPanels', 'required', { label: missing.label }),
        en: term('en', 'editorPanels', 'required', { label: missing.label }),
      });
      form.querySelector<HTMLElement>(`[name="${missing.name}"]`)?.focus();
      return;
    }
    const cmd = o.command(values);
    if (o.confirm) {
      host.setProblem(o.place, undefined);
      o.confirm(o.place, cmd);
    } else if (host.edit(o.place, cmd)) form.reset();
  };
  const invalid = host.problemAt(o.place) !== undefined;
  return html`<form class="add" @submit=${submit} data-add=${o.place}>
    <fieldset>
      <legend>${o.legend}</legend>
      <div class="row">
        ${o.fields.map((f) => html`<label class="field"><span class="label">${f.label}</span>
          ${f.options
            ? html`<select name=${f.name}>${f.options.map((opt) => html`<option value=${opt.value}>${opt.text}</option>`)}</select>`
            : html`<input name=${f.name} type=${f.type ?? 'text'} aria-invalid=${ifDefined(invalid ? 'true' : undefined)}
                aria-describedby=${ifDefined(invalid ? errorId(o.place) : undefined)}>`}
        </label>`)}
        <button type="submit">${o.submit}</button>
      </div>
      ${host.renderProblem(o.place)}
    </fieldset>
  </form>`;
}
