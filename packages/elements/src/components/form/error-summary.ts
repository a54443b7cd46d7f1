/**
 * The error summary of `<fp-form>`: "Biểu mẫu còn N lỗi cần sửa:" and one button per error that
 * names the field and the message; activating it focuses the field's input.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { FieldError, FieldInfo, SchemaNode } from '@formplan/core';
import { fieldLabel as nodeLabel, joinPointer, labelPath, schemaAt } from '@formplan/core';
import type { Bilingual } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { term } from '../../i18n/form-term.js';

/**
 * The label path of the value at `pointer`: the resolved field's full label when known (pack
 * mode), else the labels of the schema nodes along the pointer joined with ` › `, else the pointer.
 */
export function fieldLabel(pointer: string, lang: Lang, fields: readonly FieldInfo[] | undefined, schema: SchemaNode | undefined): string {
  const field = fields?.find((f) => f.pointer === pointer);
  if (field) return pick(field.fullLabel as Bilingual, lang);
  if (schema && pointer) {
    const labels = labelPath(schema, pointer, lang);
    if (labels.length) return `${labels.join(' › ')} (${pointer})`;
  }
  return pointer || '/';
}

/** The message of an error in `lang`. */
export function errorMessage(error: FieldError, lang: Lang): string {
  return lang === 'en' ? (error.message.en ?? error.message.vi) : error.message.vi;
}

/** One line of the summary: the field it names (its own label when given) and the message. */
export interface SummaryEntry {
  error: FieldError;
  /** the field's own label, for a field named in place of its missing group */
  label?: string;
}

/**
 * The summary's lines. A missing group (a required object, e.g. the standard header
 * `thong_tin`) is named by its own required fields, each with its label ("Ngày chốt số liệu:
 * bắt buộc"; the pack's label path when the form knows the field), not by the group's name;
 * activating a line focuses that field.
 */
export function summaryEntries(errors: readonly FieldError[], schema: SchemaNode | undefined, lang: Lang): SummaryEntry[] {
  return errors.flatMap((error): SummaryEntry[] => {
    const node = error.keyword === 'required' ? (schema ? schemaAt(schema, error.pointer) : undefined) : undefined;
    const props = node?.properties as Record<string, SchemaNode> | undefined;
    const required = Array.isArray(node?.required) ? (node.required as unknown[]).filter((k): k is string => typeof k === 'string') : [];
    if (!props || required.length === 0) return [{ error }];
    return required.map((key) => {
      const child = props[key];
      return { error: { ...error, pointer: joinPointer(error.pointer, key) }, label: nodeLabel(child, key, lang) };
    });
  });
}

/** What the summary needs. */
export interface SummaryOptions {
  errors: readonly FieldError[];
  lang: Lang;
  fields?: readonly FieldInfo[];
  schema?: SchemaNode;
  /** focuses the field of a pointer */
  onActivate: (pointer: string) => void;
}

/** The summary region (nothing when there is no error). */
export function renderErrorSummary(o: SummaryOptions): TemplateResult | typeof nothing {
  if (o.errors.length === 0) return nothing;
  const entries = summaryEntries(o.errors, o.schema, o.lang);
  return html`<section part="summary" class="summary" id="summary" tabindex="-1" role="alert" aria-live="assertive" aria-labelledby="summary-title">
    <h3 id="summary-title">${term(o.lang, 'ui', 'errorSummary', { n: entries.length })}</h3>
    <ul>
      ${entries.map(({ error: e, label: own }) => {
        const label = own && !o.fields?.some((f) => f.pointer === e.pointer) ? own : fieldLabel(e.pointer, o.lang, o.fields, o.schema);
        return html`<li>
          <button type="button" class="summary-link" data-target=${e.pointer} @click=${() => o.onActivate(e.pointer)}>
            <span class="summary-field">${label}</span>: <span class="summary-message">${errorMessage(e, o.lang)}</span>
          </button>
        </li>`;
      })}
    </ul>
  </section>`;
}
