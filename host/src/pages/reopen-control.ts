/**
 * `<formplan-reopen-control>`: on the district's review page, reopening one report (form × ward ×
 * period) for the ward, with a reason, when core's policy at the viewing date says the ward can
 * no longer send it (the period is locked, or the report was accepted). Says so when a
 * reopening is in force. The store is read once per report and store change (a `Task`).
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { describeError, planPeriod, readStoredReport } from '@formplan/core';
import type { FormDataKey } from '@formplan/core';
import { pick } from '@formplan/elements/i18n';
import { term } from '../host-strings.js';
import { loadError } from './page-context.js';
import type { PageContext } from './page-context.js';

export class ReopenControl extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;
  @property() ward = '';
  @property() formId = '';
  @property() period = '';
  @state() private reason = '';
  @state() private message = '';

  private readonly report = new Task(this, {
    task: async ([store, pack, ward, formId, period, today]) => {
      const key: FormDataKey = { packId: pack.manifest.id, packVersion: pack.manifest.version, formId, ward, period };
      const { policy } = await readStoredReport(store, key, planPeriod(pack, formId, period), today);
      return { key, policy };
    },
    args: () => [this.ctx.store, this.ctx.pack, this.ward, this.formId, this.period, this.ctx.today, this.ctx.version] as const,
  });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private async reopen(key: FormDataKey): Promise<void> {
    const lang = this.ctx.lang;
    const reason = this.reason.trim();
    if (!reason) {
      this.message = term(lang, 'host', 'reopenRequired');
      return;
    }
    try {
      await this.ctx.store.reopen({ key, reason, by: term(lang, 'host', 'reviewer') });
      this.reason = '';
      this.message = term(lang, 'host', 'reopenDone', { reason });
      this.ctx.refresh();
    } catch (e) {
      this.message = describeError(e, lang);
    }
  }

  override render() {
    const lang = this.ctx.lang;
    return this.report.render({
      error: (e) => loadError(e, lang),
      complete: ({ key, policy }) => {
        const reopen = policy.report?.reopen;
        if (reopen) return html`<p class="ok" role="status">${term(lang, 'host', 'reopenDone', { reason: reopen.reason })}</p>`;
        if (policy.refusal !== 'period-locked' && policy.refusal !== 'accepted-final') {
          return this.message ? html`<p role="status">${this.message}</p>` : nothing;
        }
        return html`<section class="card" aria-labelledby="reopen-h">
          <h2 id="reopen-h">${term(lang, 'host', 'reopenTitle')}</h2>
          <p>${policy.reason ? pick(policy.reason, lang) : nothing}</p>
          <label for="reopen-reason">${term(lang, 'host', 'reopenReason')}</label><br />
          <textarea id="reopen-reason" rows="2" cols="60" .value=${this.reason}
            @input=${(e: Event) => (this.reason = (e.target as HTMLTextAreaElement).value)}></textarea>
          <div class="toolbar"><button @click=${() => this.reopen(key)}>${term(lang, 'host', 'reopenButton')}</button></div>
          <p role="status" aria-live="polite">${this.message}</p>
        </section>`;
      },
    });
  }
}

customElements.define('formplan-reopen-control', ReopenControl);
declare global {
  interface HTMLElementTagNameMap {
    'formplan-reopen-control': ReopenControl;
  }
}
