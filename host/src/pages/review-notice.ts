/**
 * `<formplan-review-notice>`: above a ward's report, the district's last decision on its latest
 * submission. Read once per report and store change (a `Task`), not on every shell repaint.
 */
import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { term } from '../host-strings.js';
import type { PageContext } from './page-context.js';

export class ReviewNotice extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;
  @property() ward = '';
  @property() formId = '';
  @property() period = '';

  private readonly notice = new Task(this, {
    task: async ([store, pack, ward, formId, period]) => {
      const key = { packId: pack.manifest.id, packVersion: pack.manifest.version, formId, ward, period };
      const latest = await store.latestSubmission(key);
      if (!latest) return undefined;
      const reviews = await store.getReviews(key, latest.revision);
      return { revision: latest.revision, last: reviews[reviews.length - 1] };
    },
    args: () => [this.ctx.store, this.ctx.pack, this.ward, this.formId, this.period, this.ctx.version] as const,
  });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render() {
    const lang = this.ctx.lang;
    return this.notice.render({
      complete: (found) => {
        if (!found) return nothing;
        const { revision, last } = found;
        if (last?.decision === 'return') {
          return html`<div class="error" role="status">
            <strong>${term(lang, 'host', 'returnedBy', { revision })}:</strong>
            ${last.comment}
            <div>${term(lang, 'host', 'correctAndResubmit')}</div>
          </div>`;
        }
        const key = last?.decision === 'accept' ? 'acceptedBy' : 'awaitingReview';
        return html`<div class="ok" role="status">${term(lang, 'host', key, { revision })}</div>`;
      },
    });
  }
}

customElements.define('formplan-review-notice', ReviewNotice);
declare global {
  interface HTMLElementTagNameMap {
    'formplan-review-notice': ReviewNotice;
  }
}
