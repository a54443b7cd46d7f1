/**
 * `<formplan-scores-table>`: every ward's self-assessment score and recognition on the district's
 * assessments page, read once per store change (a `Task`), not on every shell repaint.
 */
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { scoreAssessment } from '@formplan/core';
import { formatNumber, pick } from '@formplan/elements/i18n';
import { term } from '../host-strings.js';
import { loadError, loadingStatus, wardsOf } from './page-context.js';
import type { PageContext } from './page-context.js';

export class ScoresTable extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;

  private readonly assessments = new Task(this, {
    task: async ([store, pack]) => {
      const set = pack.criteriaSets[0];
      return { set, all: set ? await store.listAssessments({ packId: pack.manifest.id, criteriaSetId: set.id }) : [] };
    },
    args: () => [this.ctx.store, this.ctx.pack, this.ctx.version] as const,
  });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render() {
    const ctx = this.ctx;
    const lang = ctx.lang;
    return this.assessments.render({
      pending: () => loadingStatus(lang),
      error: (e) => loadError(e, lang),
      complete: ({ set, all }) => {
        if (!set) return html``;
        return html`<table class="simple">
          <caption>${pick(set.title, lang)}</caption>
          <thead><tr><th scope="col">${term(lang, 'host', 'ward')}</th><th scope="col">${term(lang, 'host', 'score')}</th><th scope="col">${term(lang, 'host', 'result')}</th><th scope="col">${term(lang, 'host', 'verify')}</th></tr></thead>
          <tbody>
            ${wardsOf(ctx.pack).map((w) => {
              const a = all.find((x) => x.ward === w.code);
        const s = a ? scoreAssessment(set, a.answers as Record<string, unknown>, { localityClass: w.localityClass ?? '', verification: a.verification as never }) : undefined;
              return html`<tr>
                <th scope="row">${w.name}</th>
                <td>${s ? `${formatNumber(s.total, lang)}/${formatNumber(s.maxPoints, lang)}` : '—'}</td>
                <td>${term(lang, 'host', !s ? 'notAssessed' : s.recognised ? 'recognised' : 'notRecognised')}</td>
                <td><a href=${`#/assessments/${encodeURIComponent(w.code)}`}>${term(lang, 'host', 'open')}</a></td>
              </tr>`;
            })}
          </tbody>
        </table>`;
      },
    });
  }
}

customElements.define('formplan-scores-table', ScoresTable);
declare global {
  interface HTMLElementTagNameMap {
    'formplan-scores-table': ScoresTable;
  }
}
