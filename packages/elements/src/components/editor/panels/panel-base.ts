/**
 * What every editor panel shares: the edit session it renders from (re-rendered on each change,
 * unsubscribed on disconnect), edits applied only through core commands with a refusal shown at
 * the place it concerns, the draft's problems (from the shell's check) at their places, the
 * shared reorder controls (Move up/down/to…, announced in vi/en), and `focusPointer()` for the
 * problems list.
 */
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { errorMessages } from '@formplan/core';
import type { Bilingual, EditCommand, EditSession, PackProblem, PackSource } from '@formplan/core';
import { LocalizeController } from '../../../controllers/localize-controller.js';
import type { Lang } from '../../../i18n/lang.js';
import { pick } from '../../../i18n/lang.js';
import { ReorderController, renderReorder } from '../reorder.js';
import { errorId } from './panel-fields.js';
import type { FieldHost } from './panel-fields.js';

const UNKNOWN: Bilingual = { vi: 'Không thực hiện được thay đổi.', en: 'The change could not be made.' };

/** Base class of `<fp-editor-*>` panels. */
export abstract class EditorPanel extends LitElement implements FieldHost {
  /** the editing session of the draft pack; the panel renders `session.doc` */
  @property({ attribute: false }) session?: EditSession;
  /** interface language (`vi`, `en`); default: the provider's, else `vi` */
  @property() override lang = '';

  /** the draft's problems (the shell's whole-pack check); each is shown at the input of its pointer */
  @property({ attribute: false }) problems: readonly PackProblem[] = [];

  /** messages at places (pointer → text): a refused edit */
  @state() private refusals = new Map<string, Bilingual>();
  /** an outcome announced politely (an import, a swap) */
  @state() protected announcement = '';

  protected readonly l10n = new LocalizeController(this);
  /** announces moves and keeps focus on the moved item (the shared reorder UI) */
  protected readonly reorder = new ReorderController(this, () => this.effectiveLang);
  #unsubscribe?: () => void;
  #subscribed?: EditSession;

  /** The language in effect. */
  get effectiveLang(): Lang {
    return this.l10n.lang;
  }

  /** The draft pack shown, or undefined without a session. */
  protected get doc(): PackSource | undefined {
    return this.session?.doc;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#follow();
  }

  override disconnectedCallback(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribed = undefined;
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session')) this.#follow();
  }

  #follow(): void {
    if (!this.isConnected || this.#subscribed === this.session) return;
    this.#unsubscribe?.();
    this.#subscribed = this.session;
    this.#unsubscribe = this.session?.subscribe(() => this.requestUpdate());
  }

  /**
   * Applies a core command. A refusal (an AuthoringError, vi/en) is shown at `place` and changes
   * nothing; what the user typed stays in the input.
   * @param place - pointer of the input or item the edit concerns
   * @param coalesce - typing: edits of the same place within a second make one undo step
   * @returns whether the command was accepted
   */
  edit(place: string, cmd: EditCommand, coalesce = false): boolean {
    if (!this.session) return false;
    try {
      this.session.apply(cmd, coalesce ? { coalesceKey: place } : undefined);
    } catch (e) {
      this.setProblem(place, errorMessages(e, UNKNOWN));
      return false;
    }
    this.setProblem(place, undefined);
    return true;
  }

  /**
   * Tries a command on a copy of the draft without applying it (before an impact preview): a
   * refusal is shown at `place` at once rather than after the user confirmed.
   * @returns whether the command would be accepted
   */
  check(place: string, cmd: EditCommand): boolean {
    if (!this.session) return false;
    try {
      cmd.recipe(structuredClone(this.session.doc));
    } catch (e) {
      this.setProblem(place, errorMessages(e, UNKNOWN));
      return false;
    }
    this.setProblem(place, undefined);
    return true;
  }

  /** Shows (or clears) a message at a place. */
  setProblem(place: string, message: Bilingual | undefined): void {
    if (message === undefined && !this.refusals.has(place)) return;
    const next = new Map(this.refusals);
    if (message === undefined) next.delete(place);
    else next.set(place, message);
    this.refusals = next;
  }

  /** The message at a place, in the language in effect: a refused edit, else the draft's problems there. */
  problemAt(place: string): string | undefined {
    const m = this.refusals.get(place);
    if (m !== undefined) return pick(m, this.effectiveLang);
    const found = this.problems.filter((p) => p.pointer === place);
    return found.length === 0 ? undefined : found.map((p) => pick(p.message, this.effectiveLang)).join(' ');
  }

  /** The alert under an input or item, when it has a message. */
  renderProblem(place: string): TemplateResult | typeof nothing {
    const text = this.problemAt(place);
    return text === undefined ? nothing : html`<p class="problem" role="alert" id=${errorId(place)}>${text}</p>`;
  }

  /** Says an outcome in the live region. */
  announce(text: string): void {
    this.announcement = text;
  }

  /** The polite live regions every panel renders once: outcomes, and moves (the shared reorder UI). */
  protected renderLive(): TemplateResult {
    return html`<p class="sr-only" role="status" aria-live="polite">${this.announcement}</p>${this.reorder.renderLive()}`;
  }

  /**
   * The shared Move up / Move down / Move to… controls of one item of a list; a refused move is
   * shown at `place`.
   * @param o.key - the item's stable code (focus follows it); o.name - as the user reads it
   */
  moveControls(o: { key: string; name: string; index: number; count: number; place: string; command: (toIndex: number) => EditCommand }): TemplateResult | typeof nothing {
    return renderReorder(this.reorder, { key: o.key, name: o.name, index: o.index, count: o.count },
      (to) => this.edit(o.place, o.command(to)), this.effectiveLang);
  }

  /**
   * Focuses the input of a place: the one with exactly `pointer` as `data-pointer`, else the first
   * inside it, else the nearest enclosing place that has one. Opens closed `<details>` on the way.
   * @returns whether an input of that place (or an enclosing one) was focused
   */
  focusPointer(pointer: string): boolean {
    const root = this.renderRoot as ParentNode;
    const all = [...root.querySelectorAll<HTMLElement>('[data-pointer]')];
    let p = pointer;
    for (;;) {
      const target = all.find((e) => e.dataset.pointer === p) ?? all.find((e) => e.dataset.pointer?.startsWith(`${p}/`));
      if (target) {
        for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
        target.focus();
        return (this.renderRoot as ShadowRoot).activeElement === target;
      }
      const cut = p.lastIndexOf('/');
      if (cut <= 0) return false;
      p = p.slice(0, cut);
    }
  }
}
