/**
 * `<fp-editor-forms>`: the forms tab of `<fp-schema-editor>`. The list of forms (add, select,
 * reorder) and, for the selected form, its name vi/en side by side, its period kinds and its
 * fields in order (add, edit, retire/restore, move); a matrix field is edited as a grid.
 */
import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addField, addForm, draftExpressionFields, moveInArray, setFormLabel, setFormPeriodKinds, unescapePointerToken } from '@formplan/core';
import type { EditCommand, EditSession, FieldSpec, PackProblem } from '@formplan/core';
import { emit } from '../../events/emit.js';
import type { Lang } from '../../i18n/lang.js';
import { pick, toLang } from '../../i18n/lang.js';
import { term } from '../../i18n/term.js';
import { srOnlyStyles } from '../../styles/sr-only-styles.js';
import { tokenStyles } from '../../styles/tokens.js';
import { bilingual, tryApply } from './apply.js';
import { editorStyles } from './editor.styles.js';
import { orderedCodes, renderField, type FieldContext, type FieldNode } from './field-editor.js';
import { formsStyles } from './forms-panel.styles.js';
import { focusNearest, problemAttrs, problemsAt, renderProblemsAt } from './problems-at.js';
import { ReorderController, renderReorder, reorderStyles } from './reorder.js';

/** `fp-editor-select`: the forms tab selected another form. */
export interface FpEditorSelectDetail { formId: string }
declare global {
  interface GlobalEventHandlersEventMap {
    'fp-editor-select': CustomEvent<FpEditorSelectDetail>;
  }
}

function formValues(form: HTMLFormElement): Record<string, string> {
  return Object.fromEntries([...new FormData(form)].map(([k, v]) => [k, String(v)]));
}

/**
 * @summary The forms tab of the pack editor.
 * @event fp-editor-select - another form was selected; detail `{ formId }`
 */
export class FpEditorForms extends LitElement {
  static override styles = [tokenStyles, srOnlyStyles, editorStyles, reorderStyles, formsStyles];

  @property({ attribute: false }) session?: EditSession;
  @property() override lang = '';
  /** the selected form (`x-fp-id`) */
  @property({ attribute: 'form-id' }) formId = '';
  /** the draft's problems (from the shell's check) */
  @property({ attribute: false }) problems: readonly PackProblem[] = [];

  @state() private error = '';
  @state() private open = new Set<string>();
  @state() private adding: 'form' | 'field' | '' = '';

  private readonly reorder = new ReorderController(this, () => this.effectiveLang);
  private unsubscribe?: () => void;

  get effectiveLang(): Lang {
    return toLang(this.lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe = this.session?.subscribe(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('session') && this.isConnected) {
      this.unsubscribe?.();
      this.unsubscribe = this.session?.subscribe(() => this.requestUpdate());
    }
  }

  /** Applies a command; a refusal is shown (role=alert) and the draft stays as it was. */
  private apply(cmd: () => EditCommand): boolean {
    if (!this.session) return false;
    const r = tryApply(this.session, cmd, this.effectiveLang);
    this.error = r.ok ? '' : r.message;
    return r.ok;
  }

  private select(formId: string): void {
    this.formId = formId;
    emit(this, 'fp-editor-select', { formId });
  }

  /**
   * Focuses the editable place nearest to a pack pointer (selecting its form and opening its field).
   * @returns whether a place was found
   */
  async focusPointer(pointer: string): Promise<boolean> {
    const doc = this.session?.doc;
    const m = /^\/forms\/(\d+)(?:\/properties\/([^/]+))?/.exec(pointer);
    if (doc && m) {
      const form = doc.forms[Number(m[1])];
      if (form && form['x-fp-id'] !== this.formId) this.select(form['x-fp-id']);
      if (m[2] !== undefined) this.open = new Set([...this.open, unescapePointerToken(m[2])]);
      await this.updateComplete;
      const nested = [...this.renderRoot.querySelectorAll<LitElement>('fp-editor-matrix')];
      await Promise.all(nested.map((n) => n.updateComplete));
    }
    return focusNearest(this.renderRoot, pointer);
  }

  private addForm(e: SubmitEvent): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const v = formValues(form);
    const kinds = [...new FormData(form).getAll('kind')].map(String);
    const id = (v.id ?? '').trim();
    if (this.apply(() => addForm(id, bilingual(v.vi ?? '', v.en), kinds))) {
      this.adding = '';
      this.select(id);
    }
  }

  private addField(e: SubmitEvent, formId: string): void {
    e.preventDefault();
    const v = formValues(e.target as HTMLFormElement);
    const code = (v.code ?? '').trim();
    const spec: FieldSpec = { label: bilingual(v.vi ?? '', v.en), type: (v.type || 'integer') as FieldSpec['type'] };
    if (this.apply(() => addField(formId, code, spec))) {
      this.adding = '';
      this.open = new Set([...this.open, code]);
    }
  }

  private renderKinds(name: string, selected: readonly string[], onChange?: (kinds: string[]) => void): TemplateResult {
    const lang = this.effectiveLang;
    const kinds = this.session?.doc.calendar.periodKinds ?? [];
    return html`<fieldset class="kinds"><legend>${term(lang, 'editor', 'periodKinds')}</legend>
      ${kinds.map((k) => html`<label class="check"><input type="checkbox" name=${name} value=${k.code} .checked=${selected.includes(k.code)}
        @change=${(e: Event) => {
          if (!onChange) return;
          const box = e.target as HTMLInputElement;
          onChange(box.checked ? [...selected, k.code] : selected.filter((c) => c !== k.code));
        }}>${pick(k.label, lang)} (${k.code})</label>`)}
    </fieldset>`;
  }

  private renderNewForm(lang: Lang): TemplateResult {
    if (this.adding !== 'form') return html`<button type="button" data-action="add-form" @click=${() => { this.adding = 'form'; }}>+ ${term(lang, 'editor', 'addForm')}</button>`;
    return html`<form class="add" aria-label=${term(lang, 'editor', 'addForm')} @submit=${this.addForm}>
      <label>${term(lang, 'editor', 'formId')}<input name="id" required autocomplete="off"></label>
      <div class="pair"><label>${term(lang, 'editor', 'labelVi')}<input name="vi" required></label>
        <label>${term(lang, 'editor', 'labelEn')}<input name="en"></label></div>
      ${this.renderKinds('kind', [])}
      <button type="submit">${term(lang, 'editor', 'add')}</button>
      <button type="button" @click=${() => { this.adding = ''; }}>${term(lang, 'editor', 'cancel')}</button>
    </form>`;
  }

  private renderNewField(lang: Lang, formId: string): TemplateResult {
    if (this.adding !== 'field') return html`<button type="button" data-action="add-field" @click=${() => { this.adding = 'field'; }}>+ ${term(lang, 'editor', 'addField')}</button>`;
    return html`<form class="add" aria-label=${term(lang, 'editor', 'addFieldHere')} @submit=${(e: SubmitEvent) => this.addField(e, formId)}>
      <label>${term(lang, 'editor', 'code')}<input name="code" required autocomplete="off" aria-describedby="code-hint"></label>
      <p class="muted" id="code-hint">${term(lang, 'editor', 'codeHint')}</p>
      <div class="pair"><label>${term(lang, 'editor', 'labelVi')}<input name="vi" required></label>
        <label>${term(lang, 'editor', 'labelEn')}<input name="en"></label></div>
      <label>${term(lang, 'editor', 'type')}<select name="type">
        ${(['integer', 'number', 'string', 'boolean', 'date'] as const).map((t) => html`<option value=${t}>${term(lang, 'editor', `type.${t}`)}</option>`)}</select></label>
      <button type="submit">${term(lang, 'editor', 'add')}</button>
      <button type="button" @click=${() => { this.adding = ''; }}>${term(lang, 'editor', 'cancel')}</button>
    </form>`;
  }

  private renderList(lang: Lang): TemplateResult {
    const forms = this.session?.doc.forms ?? [];
    return html`<nav class="form-list" aria-label=${term(lang, 'editor', 'formsList')}>
      <h2>${term(lang, 'editor', 'formsList')} <span class="muted">${term(lang, 'editor', 'formCount', { n: forms.length })}</span></h2>
      ${forms.length === 0 ? html`<p>${term(lang, 'editor', 'noForms')}</p>` : nothing}
      <ol>${forms.map((f, i) => {
        const id = f['x-fp-id'];
        const name = pick(f['x-fp-label'], lang) || id;
        return html`<li>
          <button type="button" class="pick" aria-current=${id === this.formId ? 'true' : 'false'} @click=${() => this.select(id)}>${name}</button>
          ${renderReorder(this.reorder, { key: `form:${id}`, name, index: i, count: forms.length }, (to) => this.apply(() => moveInArray('/forms', i, to)), lang)}
        </li>`;
      })}</ol>
      ${this.renderNewForm(lang)}
    </nav>`;
  }

  private renderForm(lang: Lang): TemplateResult | typeof nothing {
    const doc = this.session?.doc;
    const index = doc?.forms.findIndex((f) => f['x-fp-id'] === this.formId) ?? -1;
    if (!doc || index < 0) return nothing;
    const form = doc.forms[index];
    const formId = form['x-fp-id'];
    const node = form as unknown as FieldNode;
    const formPointer = `/forms/${index}`;
    const label = form['x-fp-label'];
    const codes = orderedCodes(node);
    const props = form.properties as Record<string, FieldNode>;
    const required = Array.isArray(node.required) ? (node.required as string[]) : [];
    const ctx: FieldContext = {
      lang, formId, formPointer, problems: this.problems, reorder: this.reorder, apply: (cmd) => this.apply(cmd),
      open: this.open,
      toggle: (code, open) => {
        if (open === this.open.has(code)) return;
        const next = new Set(this.open);
        if (open) next.add(code); else next.delete(code);
        this.open = next;
      },
      fields: draftExpressionFields(doc, formId),
    };
    const labelPlace = (l: 'vi' | 'en') => `${formPointer}/x-fp-label/${l}`;
    const labelInput = (l: 'vi' | 'en') => {
      const found = problemsAt(this.problems, labelPlace(l));
      const a = problemAttrs(labelPlace(l), found);
      return html`<label>${term(lang, 'editor', l === 'vi' ? 'labelVi' : 'labelEn')}<input data-pointer=${labelPlace(l)} .value=${label[l] ?? ''}
        aria-invalid=${a.invalid} aria-describedby=${a.describedBy ?? nothing}
        @change=${(e: Event) => {
          const v = (e.target as HTMLInputElement).value;
          this.apply(() => setFormLabel(formId, l === 'vi' ? bilingual(v, label.en) : bilingual(label.vi, v)));
        }}>${renderProblemsAt(labelPlace(l), found, lang)}</label>`;
    };
    return html`<section class="form" aria-labelledby="form-heading">
      <h2 id="form-heading">${pick(label, lang)} <span class="muted">(${formId})</span></h2>
      <div class="pair" role="group" aria-label=${term(lang, 'editor', 'formLabelOf', { form: formId })}>${labelInput('vi')}${labelInput('en')}</div>
      ${this.renderKinds(`kinds-${formId}`, form['x-fp-period-kinds'], (kinds) => this.apply(() => setFormPeriodKinds(formId, kinds)))}
      <h3>${term(lang, 'editor', 'fieldsOf', { form: pick(label, lang) })}</h3>
      ${codes.length === 0 ? html`<p>${term(lang, 'editor', 'noFields')}</p>` : nothing}
      <ol class="fields">${codes.map((code, i) => renderField(ctx, code, props[code], i, codes.length, required.includes(code),
        (fieldPointer) => html`<fp-editor-matrix .session=${this.session} lang=${lang} form-id=${formId} form-index=${index}
          field-pointer=${fieldPointer} .problems=${this.problems}></fp-editor-matrix>`))}</ol>
      ${this.renderNewField(lang, formId)}
    </section>`;
  }

  override render(): TemplateResult {
    const lang = this.effectiveLang;
    return html`<div class="forms-tab">
      ${this.renderList(lang)}
      <div class="selected">
        ${this.error ? html`<p class="alert" role="alert">${this.error}</p>` : nothing}
        ${this.renderForm(lang)}
      </div>
      ${this.reorder.renderLive()}
    </div>`;
  }
}

