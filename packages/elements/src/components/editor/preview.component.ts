/**
 * `<fp-editor-preview>`: the selected form of a draft pack as a ward will see it, resolved by
 * core (`resolveAuthoredForm`, retired and hidden things left out) and shown by `<fp-form>` in
 * schema mode with small deterministic sample numbers. Repaints after each edit (a new `doc`).
 */
import { LitElement, html } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { describeError, resolveAuthoredForm, setAt } from '@formplan/core';
import type { PackSource, ResolvedForm } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick, toLang } from '../../i18n/lang.js';
import { term } from '../../i18n/term.js';
import { tokenStyles } from '../../styles/tokens.js';
import '../form/form.js';
import './preview-renderers.js';
import { editorStyles } from './editor.styles.js';

/**
 * Sample data for a resolved form: every entered whole number or number gets a small number
 * (1, 2, … 9 in field order), computed fields and the header are left to the form.
 */
export function sampleData(form: ResolvedForm): Record<string, unknown> {
  let out: unknown = {};
  let n = 0;
  for (const f of form.fields) {
    if (f.readOnly || f.computed !== undefined || f.path[0] === 'thong_tin') continue;
    if (f.type !== 'integer' && f.type !== 'number') continue;
    out = setAt(out, f.path, (n++ % 9) + 1);
  }
  return out as Record<string, unknown>;
}

/** @summary Live preview of one form of a draft pack. */
export class FpEditorPreview extends LitElement {
  static override styles = [tokenStyles, editorStyles];

  /** the draft pack (a new object after each edit) */
  @property({ attribute: false }) doc?: PackSource;
  @property({ attribute: 'form-id' }) formId = '';
  @property() override lang = '';

  @state() private resolved?: ResolvedForm;
  @state() private sample: Record<string, unknown> = {};
  @state() private failure = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('doc') && !changed.has('formId')) return;
    const form = this.doc?.forms.find((f) => f['x-fp-id'] === this.formId);
    if (!this.doc || !form) {
      this.resolved = undefined;
      return;
    }
    try {
      this.resolved = resolveAuthoredForm(this.doc, form);
      this.sample = sampleData(this.resolved);
      this.failure = '';
    } catch (e) {
      this.resolved = undefined;
      this.failure = describeError(e, toLang(this.lang));
    }
  }

  override render(): TemplateResult {
    const lang: Lang = toLang(this.lang);
    const title = this.resolved ? pick(this.resolved.title, lang) : this.formId;
    return html`<section class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">${term(lang, 'editor', 'preview', { form: title })}</h2>
      <p class="muted">${term(lang, 'editor', 'previewNote')}</p>
      ${this.failure ? html`<p class="alert" role="status">${term(lang, 'editor', 'previewFailed', { detail: this.failure })}</p>` : ''}
      ${this.resolved ? html`<fp-form .schema=${this.resolved.schema} .value=${this.sample} lang=${lang}></fp-form>` : ''}
    </section>`;
  }
}
