/**
 * `<fp-editor-preview>`: the selected form of a draft pack as a ward will see it, resolved by
 * core (`resolveAuthoredForm`, retired and hidden things left out) and shown by `<fp-form>` in
 * schema mode with small deterministic sample numbers. Repaints after each edit (a new `doc`).
 */
import { LitElement, html } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cachedResolveForm, describeError, setAt } from '@formplan/core';
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
      // An unchanged form (an edit elsewhere in the pack) resolves to the same object: nothing to repaint.
      const resolved = cachedResolveForm(this.doc, form);
      if (resolved === this.resolved) return;
      this.resolved = resolved;
      // The same sample keeps the same object, so <fp-form> is not reset to it before it rebuilds.
      const sample = sampleData(resolved);
      if (JSON.stringify(sample) !== JSON.stringify(this.sample)) this.sample = sample;
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
