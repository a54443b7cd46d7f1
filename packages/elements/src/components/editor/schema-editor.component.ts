/**
 * `<fp-schema-editor>`: edits a draft pack without JSON. A tab list (Biểu mẫu, Danh mục, Tiêu chí,
 * Lịch báo cáo, Đơn vị, Cơ quan, Kế hoạch, Vấn đề), undo/redo of every edit with the step's name,
 * a live problems list whose entries focus the place of each problem, and the live preview of
 * the selected form. The document and its history live in the given `EditSession` (core); the
 * element emits `fp-edit` after every applied, undone or redone change so the host persists it.
 */
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { EditSession, EditTransaction, MetaSchemaDoc, PackProblem, PackSource } from '@formplan/core';
import { checkDraftPack } from '@formplan/core';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { PackCheckController } from '../../controllers/pack-check-controller.js';
import { emit } from '../../events/emit.js';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { term } from '../../i18n/term.js';
import { srOnlyStyles } from '../../styles/sr-only-styles.js';
import { tokenStyles } from '../../styles/tokens.js';
import './editor-strings.js';
import './fp-edit.js';
import { editorStyles } from './editor.styles.js';
import { TABS, areaTab, type TabId } from './tabs.js';

/**
 * How long after a change the whole draft is checked again (ms), counted from the first frame
 * after the change: the check (tens to hundreds of ms on a 20-form pack) must not hold back the
 * repaint of the change itself.
 */
const CHECK_DELAY = 120;

/** Inputs whose value is not typed (they apply at once). */
const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'file', 'reset', 'range', 'color']);

/** Whether `el` is a box text is typed into (it keeps its own typing undo; it applies on `change`). */
function isTextBox(el: unknown): el is HTMLInputElement | HTMLTextAreaElement {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !NOT_TYPED.has(el.type));
}

/** A panel of a tab: anything that can focus the place of a pointer. */
interface FocusablePanel extends HTMLElement {
  focusPointer?: (pointer: string) => boolean | Promise<boolean>;
  updateComplete?: Promise<unknown>;
}

/**
 * @summary The pack editor: tabs per part of the pack, undo/redo, problems list, live preview.
 * @event fp-edit - after every applied, undone or redone change; detail `{ transaction, history }`
 * @event fp-problems - after each check of the draft (on opening, a little after each change); detail `{ problems, errors }`
 * @example
 * ```html
 * <fp-schema-editor .session=${new EditSession(pack)} .metaSchemas=${metaSchemas} lang="vi"></fp-schema-editor>
 * ```
 */
export class FpSchemaEditor extends LitElement {
  static override styles = [tokenStyles, srOnlyStyles, editorStyles];

  /** the draft being edited and its history */
  @property({ attribute: false }) session?: EditSession;
  /** the meta-schemas the draft is checked against */
  @property({ attribute: false }) metaSchemas: MetaSchemaDoc[] = [];
  /** interface language (`vi`, `en`); default: the provider's, else `vi` */
  @property() override lang = '';
  /** the open tab */
  @property() tab: TabId = 'forms';
  /** the form selected in the forms tab (`x-fp-id`); default: the first form */
  @property({ attribute: 'form-id' }) formId = '';
  /**
   * check the draft with the CSP-safe interpreter instead of ajv: for a page whose
   * Content-Security-Policy forbids code generation (`script-src 'self'` without 'unsafe-eval');
   * ajv's strict mode is then not applied (publishing applies it). See pack-check-controller.ts.
   */
  @property({ type: Boolean }) interpret = false;

  @state() private problems: PackProblem[] = [];
  @state() private announcement = '';
  /** bumped by every change of the document so the template re-reads `session.doc` */
  @state() private revision = 0;

  private readonly l10n = new LocalizeController(this);
  private readonly checker = new PackCheckController(this, () => this.checkNow());
  private unsubscribe?: () => void;
  private checkTimer?: ReturnType<typeof setTimeout>;
  private checkFrame = 0;

  get effectiveLang(): Lang {
    return this.l10n.lang;
  }

  /** The problems found by the last check of the draft. */
  get currentProblems(): readonly PackProblem[] {
    return this.problems;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeydown);
    window.addEventListener('pagehide', this.onLeave);
    document.addEventListener('visibilitychange', this.onLeave);
    if (this.session && !this.unsubscribe) this.watch(this.session);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeydown);
    window.removeEventListener('pagehide', this.onLeave);
    document.removeEventListener('visibilitychange', this.onLeave);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.cancelCheck();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session')) {
      this.unsubscribe?.();
      this.unsubscribe = undefined;
      if (this.session && this.isConnected) this.watch(this.session);
      this.checkNow();
    } else if (changed.has('metaSchemas') || changed.has('interpret')) {
      this.checkNow();
    }
    const forms = this.session?.doc.forms ?? [];
    if (!forms.some((f) => f['x-fp-id'] === this.formId)) this.formId = forms[0]?.['x-fp-id'] ?? '';
  }

  private watch(session: EditSession): void {
    this.unsubscribe = session.subscribe((_doc, tx) => this.changed(tx));
  }

  /** Every change of the session (from any panel, undo or redo): re-render, re-check, tell the host. */
  private changed(tx: EditTransaction | undefined): void {
    this.revision++;
    this.cancelCheck();
    this.checkFrame = requestAnimationFrame(() => {
      this.checkFrame = 0;
      this.checkTimer = setTimeout(() => this.checkNow(), CHECK_DELAY);
    });
    if (tx && this.session) emit(this, 'fp-edit', { transaction: tx, history: this.session.history() });
  }

  /** Checks the draft now (normally done a little after each change). */
  checkNow(): void {
    this.cancelCheck();
    const options = this.checker.now();
    if (!options) return; // the interpreter loads; checkNow follows
    this.problems = this.session ? checkDraftPack(this.session.doc, this.metaSchemas, options) : [];
    emit(this, 'fp-problems', { problems: this.problems, errors: this.problems.filter((p) => p.severity === 'error').length });
  }

  private cancelCheck(): void {
    clearTimeout(this.checkTimer);
    if (this.checkFrame) cancelAnimationFrame(this.checkFrame);
    this.checkFrame = 0;
  }

  /**
   * Commits what is typed in the focused text box now, as leaving it would: the editor's inputs
   * apply on `change` (on leaving the box), which a reload, a tab close or a switch to another
   * tab never fires; so the last keystrokes become an edit (and an `fp-edit` the host journals
   * synchronously) before the page goes.
   */
  commitPending(): void {
    let el: Element | null | undefined = this.shadowRoot?.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (isTextBox(el)) el.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private readonly onLeave = (e: Event): void => {
    if (e.type === 'pagehide' || document.visibilityState === 'hidden') this.commitPending();
  };

  /** Undoes the last change; returns whether there was one. */
  undo(): boolean {
    const tx = this.session?.undo();
    if (tx) this.announcement = term(this.effectiveLang, 'editor', 'undone', { step: pick(tx.label, this.effectiveLang) });
    return tx !== undefined;
  }

  /** Redoes the last undone change; returns whether there was one. */
  redo(): boolean {
    const tx = this.session?.redo();
    if (tx) this.announcement = term(this.effectiveLang, 'editor', 'redone', { step: pick(tx.label, this.effectiveLang) });
    return tx !== undefined;
  }

  private readonly onKeydown = (e: KeyboardEvent): void => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key !== 'z' && key !== 'y') return;
    // A text box keeps its own typing undo; the pack's undo works everywhere else.
    const target = e.composedPath()[0];
    if (isTextBox(target)) return;
    const redo = key === 'y' || (key === 'z' && e.shiftKey);
    e.preventDefault();
    if (redo) this.redo();
    else this.undo();
  };

  /** Opens a tab (and moves focus to it when asked). */
  async selectTab(tab: TabId, focus = false): Promise<void> {
    this.tab = tab;
    await this.updateComplete;
    if (focus) this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  /**
   * Opens the tab of a problem's area and focuses its place (`focusPointer` of the tab's panel).
   * @returns whether a place was focused
   */
  async focusProblem(problem: Pick<PackProblem, 'pointer' | 'area'>): Promise<boolean> {
    await this.selectTab(areaTab(problem.area));
    const panel = this.renderRoot.querySelector<FocusablePanel>('[role="tabpanel"] > .panel');
    if (!panel) return false;
    await panel.updateComplete;
    return (await panel.focusPointer?.(problem.pointer)) ?? false;
  }

  private onTabKey(e: KeyboardEvent): void {
    const ids = TABS.map((t) => t.id);
    const at = ids.indexOf(this.tab);
    const to = e.key === 'ArrowRight' ? (at + 1) % ids.length
      : e.key === 'ArrowLeft' ? (at - 1 + ids.length) % ids.length
        : e.key === 'Home' ? 0 : e.key === 'End' ? ids.length - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    void this.selectTab(ids[to], true);
  }

  private renderToolbar(lang: Lang): TemplateResult {
    const history = this.session?.history();
    const last = history?.past.at(-1);
    const next = history?.future.at(-1);
    const undoText = last ? term(lang, 'editor', 'undoStep', { step: pick(last.label, lang) }) : term(lang, 'editor', 'nothingToUndo');
    const redoText = next ? term(lang, 'editor', 'redoStep', { step: pick(next.label, lang) }) : term(lang, 'editor', 'nothingToRedo');
    return html`<div class="toolbar" role="toolbar" aria-label=${term(lang, 'editor', 'toolbar')}>
      <button type="button" data-action="undo" ?disabled=${!last} title=${undoText} aria-label=${undoText} aria-keyshortcuts="Control+Z" @click=${() => this.undo()}>
        ↶ ${term(lang, 'editor', 'undo')}</button>
      <button type="button" data-action="redo" ?disabled=${!next} title=${redoText} aria-label=${redoText} aria-keyshortcuts="Control+Y Control+Shift+Z" @click=${() => this.redo()}>
        ↷ ${term(lang, 'editor', 'redo')}</button>
      <span class="step">${last ? pick(last.label, lang) : ''}</span>
      ${this.tab === 'forms' && this.formId ? html`<button type="button" class="to-preview" data-action="to-preview" @click=${() => this.showPreview()}>
        ${term(lang, 'editor', 'toPreview')}<span aria-hidden="true"> ↓</span></button>` : nothing}
    </div>`;
  }

  /** Scrolls to the live preview (below the editor when the shell is narrow) and focuses it. */
  showPreview(): void {
    const preview = this.renderRoot.querySelector<HTMLElement>('fp-editor-preview');
    preview?.scrollIntoView({ block: 'start' });
    preview?.focus({ preventScroll: true });
  }

  private renderTabs(lang: Lang): TemplateResult {
    return html`<div class="tabs" role="tablist" aria-label=${term(lang, 'editor', 'tabs')} @keydown=${this.onTabKey}>
      ${TABS.map((t) => html`<button type="button" role="tab" id=${`tab-${t.id}`} aria-controls="tabpanel"
        aria-selected=${t.id === this.tab ? 'true' : 'false'} tabindex=${t.id === this.tab ? 0 : -1}
        @click=${() => this.selectTab(t.id)}>${term(lang, 'editor', t.key, { n: this.problems.length })}</button>`)}
    </div>`;
  }

  private renderProblems(lang: Lang): TemplateResult {
    const errors = this.problems.filter((p) => p.severity === 'error').length;
    return html`<div class="panel problems">
      <h2>${term(lang, 'editor', 'problemsTitle')}</h2>
      <p>${this.problems.length === 0 ? term(lang, 'editor', 'noProblems')
        : term(lang, 'editor', 'problemCount', { errors, warnings: this.problems.length - errors })}</p>
      <ul>${this.problems.map((p) => html`<li class=${p.severity}><button type="button" data-problem=${p.pointer} @click=${() => this.focusProblem(p)}>
        ${term(lang, 'editor', 'goToProblem', {
          severity: term(lang, 'editor', p.severity === 'error' ? 'severity.error' : 'severity.warning'),
          area: term(lang, 'editor', `area.${p.area satisfies PackProblem['area']}`), message: pick(p.message, lang),
        })}</button></li>`)}</ul>
    </div>`;
  }

  private renderPanel(session: EditSession, lang: Lang): TemplateResult {
    const problems = this.problems;
    switch (this.tab) {
      case 'forms': return html`<fp-editor-forms class="panel" .session=${session} lang=${lang} .problems=${problems}
        form-id=${this.formId} @fp-editor-select=${(e: CustomEvent<{ formId: string }>) => { this.formId = e.detail.formId; }}></fp-editor-forms>`;
      case 'categorySets': return html`<fp-editor-category-sets class="panel" .session=${session} lang=${lang} .problems=${problems}></fp-editor-category-sets>`;
      case 'criteria': return html`<fp-editor-criteria class="panel" .session=${session} .metaSchemas=${this.metaSchemas} lang=${lang} .problems=${problems}></fp-editor-criteria>`;
      case 'calendar': return html`<fp-editor-calendar class="panel" .session=${session} lang=${lang} .problems=${problems}></fp-editor-calendar>`;
      case 'orgUnits': return html`<fp-editor-org-units class="panel" .session=${session} lang=${lang} .problems=${problems}></fp-editor-org-units>`;
      case 'agencies': return html`<fp-editor-agencies class="panel" .session=${session} lang=${lang} .problems=${problems}></fp-editor-agencies>`;
      case 'plan': return html`<fp-editor-plan class="panel" .session=${session} lang=${lang} .problems=${problems}></fp-editor-plan>`;
      case 'problems': return this.renderProblems(lang);
    }
  }

  private renderPreview(doc: PackSource, lang: Lang): TemplateResult | typeof nothing {
    if (this.tab !== 'forms' || !this.formId) return nothing;
    return html`<fp-editor-preview class="preview" tabindex="-1" .doc=${doc} form-id=${this.formId} lang=${lang}></fp-editor-preview>`;
  }

  override render(): TemplateResult {
    const lang = this.effectiveLang;
    const session = this.session;
    if (!session) return html`<p role="status">${term(lang, 'editor', 'noSession')}</p>`;
    void this.revision;
    return html`<section class="editor" aria-label=${term(lang, 'editor', 'editorLabel')}>
      ${this.renderToolbar(lang)}
      ${this.renderTabs(lang)}
      <div class="body">
        <div class="main" role="tabpanel" id="tabpanel" aria-labelledby=${`tab-${this.tab}`}>${this.renderPanel(session, lang)}</div>
        ${this.renderPreview(session.doc, lang)}
      </div>
      <div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>
    </section>`;
  }
}
