/**
 * `<formplan-review-section>`: the body of the district's review page: the ward's latest
 * submission read-only and the decision form. The store is read once per ward, form, period and
 * store change (a `Task`), not on every shell repaint; the comment lives in the element's state.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { resolveForm } from '@formplan/core';
import type { SubmissionKey } from '@formplan/core';
import { statusText } from '@formplan/elements';
import { pick } from '@formplan/elements/i18n';
import { term } from '../host-strings.js';
import { loadError, loadingStatus } from './page-context.js';
import type { PageContext } from './page-context.js';

export class ReviewSection extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;
  @property() ward = '';
  @property() formId = '';
  @property() period = '';
  @state() private comment = '';
  @state() private message = '';

  private readonly review = new Task(this, {
    task: async ([store, pack, ward, formId, period]) => {
      const key: SubmissionKey = { packId: pack.manifest.id, packVersion: pack.manifest.version, formId, ward, period };
      const latest = await store.latestSubmission(key);
      const reviews = latest ? await store.getReviews(key, latest.revision) : [];
      return { key, latest, reviews, resolved: resolveForm(pack, formId) };
    },
    args: () => [this.ctx.store, this.ctx.pack, this.ward, this.formId, this.period, this.ctx.version] as const,
  });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private async decide(key: SubmissionKey, revision: number, decision: 'accept' | 'return'): Promise<void> {
    const lang = this.ctx.lang;
    const comment = this.comment.trim();
    if (decision === 'return' && !comment) {
      this.message = term(lang, 'host', 'commentRequired');
      return;
    }
    await this.ctx.store.review({ key, revision, decision, comment, reviewer: term(lang, 'host', 'reviewer') });
    this.ctx.refresh();
    this.ctx.go('board', this.period);
  }

  override render() {
    const lang = this.ctx.lang;
    return this.review.render({
      pending: () => loadingStatus(lang),
      error: (e) => loadError(e, lang),
      complete: ({ key, latest, reviews, resolved }) => {
        if (!resolved) return html`<div class="error" role="alert">${term(lang, 'host', 'unknownForm', { pack: pick(this.ctx.pack.manifest.title, lang) })}</div>`;
        if (!latest) return html`<p class="muted">${term(lang, 'host', 'notSubmittedYet')}</p>`;
        const date = new Date(latest.submittedAt).toLocaleString(term(lang, 'host', 'dateLocale'));
        return html`<p>${term(lang, 'host', 'revisionLine', { revision: latest.revision, date })} <strong>${statusText(lang, latest.status)}</strong></p>
          ${reviews.length
            ? html`<ul>${reviews.map((r) => html`<li>${term(lang, 'host', r.decision === 'accept' ? 'accepted' : 'returned')}: ${r.comment}</li>`)}</ul>`
            : nothing}
          <fp-form .schema=${resolved.schema} .value=${latest.data} readonly lang=${lang}></fp-form>
          <section class="card" aria-labelledby="decide-h">
            <h2 id="decide-h">${term(lang, 'host', 'decision')}</h2>
            <label for="review-comment">${term(lang, 'host', 'commentToWard')}</label><br />
            <textarea id="review-comment" rows="3" cols="60" .value=${this.comment}
              @input=${(e: Event) => (this.comment = (e.target as HTMLTextAreaElement).value)}></textarea>
            <div class="toolbar">
              <button class="primary" @click=${() => this.decide(key, latest.revision, 'accept')}>${term(lang, 'host', 'accept')}</button>
              <button @click=${() => this.decide(key, latest.revision, 'return')}>${term(lang, 'host', 'returnWithComment')}</button>
            </div>
            <p role="status" aria-live="polite">${this.message}</p>
          </section>`;
      },
    });
  }
}

customElements.define('formplan-review-section', ReviewSection);
declare global {
  interface HTMLElementTagNameMap {
    'formplan-review-section': ReviewSection;
  }
}
