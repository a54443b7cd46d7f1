/**
 * `<formplan-review-section>`: the body of the district's review page: the latest revision's line,
 * the revision history with its decisions, what changed since the previous revision, the earlier
 * return comments, the latest submission read-only, and the decision with a confirm step. The
 * store says which decisions are still open (`allowedDecisions`, the rule `Store.review` enforces):
 * an accepted report shows a notice, not the buttons. The store is read once per ward, form, period
 * and store change (a `Task`); the comment and the confirm step live in the element's state.
 */
import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { allowedDecisions, describeError, readReport, resolveForm, reviewsOfRevision, revisionDiff } from '@formplan/core';
import type { ResolvedForm, ReviewDecision, ReviewRecord, SubmissionKey, SubmissionRecord } from '@formplan/core';
import { statusText } from '@formplan/elements';
import { pick } from '@formplan/elements/i18n';
import type { KeyOf, Params } from '@formplan/elements/i18n';
import { term } from '../host-strings.js';
import { loadError, loadingStatus } from './page-context.js';
import type { PageContext } from './page-context.js';
import { changesTable, displayDateTime, historyTable, returnComments } from './review-history.js';

/** What the section reads from the store. */
interface Loaded {
  key: SubmissionKey;
  revisions: SubmissionRecord[];
  reviews: ReviewRecord[];
  resolved: ResolvedForm | undefined;
}

/** What the last decision did, said in the status line. */
interface Outcome {
  ok: boolean;
  text: string;
}

export class ReviewSection extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;
  @property() ward = '';
  @property() formId = '';
  @property() period = '';
  @state() private comment = '';
  @state() private commentMissing = false;
  @state() private confirming: ReviewDecision | undefined;
  @state() private pending = false;
  @state() private outcome: Outcome | undefined;

  private readonly review = new Task(this, {
    task: async ([store, pack, ward, formId, period]): Promise<Loaded> => {
      // the report under every version of the year's pack: revisions are numbered across them,
      // and a decision is recorded under the version of the revision it is for
      const { submissions: revisions, reviews } = await readReport(store, { packId: pack.manifest.id, formId, ward, period });
      const latest = revisions[revisions.length - 1];
      const key: SubmissionKey = { packId: pack.manifest.id, packVersion: latest?.packVersion ?? pack.manifest.version, formId, ward, period };
      return { key, revisions, reviews, resolved: resolveForm(pack, formId) };
    },
    args: () => [this.ctx.store, this.ctx.pack, this.ward, this.formId, this.period, this.ctx.version] as const,
  });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ward') || changed.has('formId') || changed.has('period')) {
      this.comment = '';
      this.commentMissing = false;
      this.confirming = undefined;
      this.outcome = undefined;
    }
  }

  private async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.querySelector<HTMLElement>(selector)?.focus();
  }

  /** First step: a return needs a comment; then the confirm question. */
  private ask(decision: ReviewDecision): void {
    this.outcome = undefined;
    if (decision === 'return' && !this.comment.trim()) {
      this.commentMissing = true;
      void this.focusOn('#review-comment');
      return;
    }
    this.confirming = decision;
    void this.focusOn('#review-confirm');
  }

  private cancel(): void {
    const decision = this.confirming;
    this.confirming = undefined;
    void this.focusOn(decision === 'return' ? '#review-return' : '#review-accept');
  }

  /** Second step: records the decision once (the button is disabled while it is written). */
  private async confirm(key: SubmissionKey, revision: number): Promise<void> {
    const decision = this.confirming;
    if (!decision || this.pending) return;
    const lang = this.ctx.lang;
    const comment = this.comment.trim();
    this.pending = true;
    try {
      const record = await this.ctx.store.review({ key, revision, decision, comment, reviewer: term(lang, 'host', 'reviewer') });
      this.outcome = {
        ok: true,
        text: decision === 'accept'
          ? term(lang, 'host', 'review.didAccept', { revision, at: displayDateTime(record.at) })
          : term(lang, 'host', 'review.didReturn', { revision, comment }),
      };
      this.comment = '';
    } catch (error) {
      this.outcome = { ok: false, text: term(lang, 'host', 'review.failed', { reason: describeError(error, lang) }) };
    } finally {
      this.pending = false;
      this.confirming = undefined;
      this.ctx.refresh();
    }
    void this.focusOn('#review-outcome');
  }

  private decisionCard(key: SubmissionKey, latest: SubmissionRecord, ownReviews: ReviewRecord[]) {
    const lang = this.ctx.lang;
    const t = (k: KeyOf<'host'>, params?: Params) => term(lang, 'host', k, params);
    const allowed = allowedDecisions(latest.revision, latest.revision, ownReviews);
    const last = ownReviews[ownReviews.length - 1];
    const revision = latest.revision;
    const outcome = html`<div id="review-outcome" tabindex="-1" role="status" aria-live="polite">
      ${this.pending ? html`<p>${t('review.saving')}</p>` : nothing}
      ${this.outcome?.ok ? html`<p class="ok">${this.outcome.text}</p>` : nothing}
    </div>
    ${this.outcome && !this.outcome.ok ? html`<div class="error" role="alert">${this.outcome.text}</div>` : nothing}`;
    if (!allowed.length) {
      return html`<section class="card" aria-labelledby="decide-h">
        <h2 id="decide-h">${t('decision')}</h2>
        ${outcome}
        ${last?.decision === 'accept' ? html`<p class="ok">${t('review.acceptedNotice', { revision, at: displayDateTime(last.at) })}</p>` : nothing}
        <!-- A reopen control (the district reopens an accepted report for the ward) mounts here. -->
        <div class="review-reopen-slot"></div>
      </section>`;
    }
    const canReturn = allowed.includes('return');
    const question = this.confirming === 'accept'
      ? t('review.confirmAccept', { revision })
      : t('review.confirmReturn', { revision, comment: this.comment.trim() });
    return html`<section class="card" aria-labelledby="decide-h">
      <h2 id="decide-h">${t('decision')}</h2>
      ${last?.decision === 'return' ? html`<p class="muted">${t('review.returnedNotice', { revision })}</p>` : nothing}
      <label for="review-comment">${t('commentToWard')}</label><br />
      <textarea id="review-comment" rows="3" cols="60" .value=${this.comment} ?readonly=${!!this.confirming}
        aria-invalid=${this.commentMissing ? 'true' : 'false'}
        aria-describedby=${this.commentMissing ? 'review-comment-error' : nothing}
        @input=${(e: Event) => {
          this.comment = (e.target as HTMLTextAreaElement).value;
          if (this.comment.trim()) this.commentMissing = false;
        }}></textarea>
      ${this.commentMissing ? html`<p id="review-comment-error" class="error" role="alert">${t('commentRequired')}</p>` : nothing}
      ${this.confirming
        ? html`<div class="toolbar review-confirm" role="group" aria-labelledby="review-confirm-q"
            @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape' && !this.pending) this.cancel(); }}>
            <p id="review-confirm-q"><strong>${question}</strong></p>
            <button id="review-confirm" class="primary" ?disabled=${this.pending}
              @click=${() => this.confirm(key, revision)}>${t('review.confirm')}</button>
            <button ?disabled=${this.pending} @click=${() => this.cancel()}>${t('review.cancel')}</button>
          </div>`
        : html`<div class="toolbar">
            <button id="review-accept" class="primary" @click=${() => this.ask('accept')}>${t('accept')}</button>
            ${canReturn ? html`<button id="review-return" @click=${() => this.ask('return')}>${t('returnWithComment')}</button>` : nothing}
          </div>`}
      ${outcome}
    </section>`;
  }

  private body({ key, revisions, reviews, resolved }: Loaded) {
    const lang = this.ctx.lang;
    if (!resolved) return html`<div class="error" role="alert">${term(lang, 'host', 'unknownForm', { pack: pick(this.ctx.pack.manifest.title, lang) })}</div>`;
    const latest = revisions[revisions.length - 1];
    if (!latest) return html`<p class="muted">${term(lang, 'host', 'notSubmittedYet')}</p>`;
    const previous = revisions[revisions.length - 2];
    const ownReviews = reviewsOfRevision(reviews, latest);
    return html`<p>${term(lang, 'host', 'revisionLine', { revision: latest.revision, date: displayDateTime(latest.submittedAt) })}
        <strong>${statusText(lang, latest.status)}</strong></p>
      ${historyTable(lang, revisions, reviews)}
      ${previous ? changesTable(lang, previous.revision, latest.revision, revisionDiff(resolved, previous.data, latest.data)) : nothing}
      ${returnComments(lang, reviews)}
      ${this.decisionCard(key, latest, ownReviews)}
      <fp-form .schema=${resolved.schema} .value=${latest.data} readonly lang=${lang}></fp-form>`;
  }

  override render() {
    const lang = this.ctx.lang;
    return this.review.render({
      // a reload after a decision keeps the page in place instead of flashing "loading"
      pending: () => (this.review.value ? this.body(this.review.value) : loadingStatus(lang)),
      error: (e) => loadError(e, lang),
      complete: (loaded) => this.body(loaded),
    });
  }
}

customElements.define('formplan-review-section', ReviewSection);
declare global {
  interface HTMLElementTagNameMap {
    'formplan-review-section': ReviewSection;
  }
}
