/**
 * The error summary of `<fp-form>`: "Biểu mẫu còn N lỗi cần sửa:" and one button per error that
 * names the field and the message; activating it focuses the field's input.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { FieldError, FieldInfo, SchemaNode } from '@formplan/core';
import { labelPath } from '@formplan/core';
import type { LocalizedText } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { term } from '../../i18n/term.js';

/**
 * The label path of the value at `pointer`: the resolved field's full label when known (pack
 * mode), else the labels of the schema nodes along the pointer joined with ` › `, else the pointer.
 */
export function fieldLabel(pointer: string, lang: Lang, fields: readonly FieldInfo[] | undefined, schema: SchemaNode | undefined): string {
  const field = fields?.find((f) => f.pointer === pointer);
  if (field) return pick(field.fullLabel as LocalizedText, lang);
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
  return html`<section part="summary" class="summary" id="summary" tabindex="-1" role="alert" aria-live="assertive" aria-labelledby="summary-title">
    <h3 id="summary-title">${term(o.lang, 'ui', 'errorSummary', { n: o.errors.length })}</h3>
    <ul>
      ${o.errors.map((e) => {
        const label = fieldLabel(e.pointer, o.lang, o.fields, o.schema);
        return html`<li>
          <button type="button" class="summary-link" data-target=${e.pointer} @click=${() => o.onActivate(e.pointer)}>
            <span class="summary-field">${label}</span>: <span class="summary-message">${errorMessage(e, o.lang)}</span>
          </button>
        </li>`;
      })}
    </ul>
  </section>`;
}
