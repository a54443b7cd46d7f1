/**
 * What every editor panel shares: the edit session it renders from (re-rendered on each change,
 * unsubscribed on disconnect), edits applied only through core commands with a refusal shown at
 * the place it concerns, an aria-live region for move announcements, and `focusPointer()` for
 * the problems list.
 */
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { errorMessages } from '@formplan/core';
import type { Bilingual, EditCommand, EditSession, PackSource } from '@formplan/core';
import { LocalizeController } from '../../../controllers/localize-controller.js';
import type { Lang } from '../../../i18n/lang.js';
import { pick } from '../../../i18n/lang.js';
import { errorId } from './panel-fields.js';
import type { FieldHost } from './panel-fields.js';

const UNKNOWN: Bilingual = { vi: 'Không thực hiện được thay đổi.', en: 'The change could not be made.' };

/** Base class of `<fp-editor-*>` panels. */
export abstract class EditorPanel extends LitElement implements FieldHost {
  /** the editing session of the draft pack; the panel renders `session.doc` */
  @property({ attribute: false }) session?: EditSession;
  /** interface language (`vi`, `en`); default: the provider's, else `vi` */
  @property() override lang = '';

  /** messages at places (pointer → text), e.g. a refused edit */
  @state() private problems = new Map<string, Bilingual>();
  /** the last move, announced in the live region */
  @state() protected announcement = '';

  protected readonly l10n = new LocalizeController(this);
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
    if (message === undefined && !this.problems.has(place)) return;
    const next = new Map(this.problems);
    if (message === undefined) next.delete(place);
    else next.set(place, message);
    this.problems = next;
  }

  /** The message at a place, in the language in effect. */
  problemAt(place: string): string | undefined {
    const m = this.problems.get(place);
    return m === undefined ? undefined : pick(m, this.effectiveLang);
  }

  /** The alert under an input or item, when it has a message. */
  renderProblem(place: string): TemplateResult | typeof nothing {
    const text = this.problemAt(place);
    return text === undefined ? nothing : html`<p class="problem" role="alert" id=${errorId(place)}>${text}</p>`;
  }

  /** Says a move in the live region. */
  announce(text: string): void {
    this.announcement = text;
  }

  /** The polite live region every panel renders once. */
  protected renderLive(): TemplateResult {
    return html`<p class="sr-only" role="status" aria-live="polite">${this.announcement}</p>`;
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
