/**
 * `<formplan-scores-table>`: every ward's self-assessment on the district's assessments page:
 * the score with the district's verification applied (core's `verificationOfRecord`, the same
 * score `<fp-assessment>` shows), the recognition result, the verdicts (verified, rejected,
 * stale) and where its report stands. Read once per store change (a `Task`).
 */
import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { assessmentReportKey, latestRevision, pickAssessment, readReport, scoreAssessment, verificationOfRecord } from '@formplan/core';
import type { AssessmentRecord, AssessmentScore, CriteriaSet, SubmissionRecord } from '@formplan/core';
import { statusText } from '@formplan/elements';
import { formatNumber, pick } from '@formplan/elements/i18n';
import type { Lang } from '@formplan/elements/i18n';
import { term } from '../host-strings.js';
import { loadError, loadingStatus, wardsOf } from './page-context.js';
import type { PageContext } from './page-context.js';

/** One ward's row: its stored assessment scored with the district's verification, and its report. */
interface WardRow {
  score?: AssessmentScore;
  rejected: number;
  latest?: SubmissionRecord;
}

function rowOf(set: CriteriaSet, a: AssessmentRecord | undefined, localityClass: string, latest: SubmissionRecord | undefined): WardRow {
  if (!a) return { rejected: 0, ...(latest ? { latest } : {}) };
  const verification = verificationOfRecord(a);
  const score = scoreAssessment(set, a.answers, { localityClass, verification });
  const rejected = score.indicators.filter((i) => i.verified && verification[i.code]?.accepted === false).length;
  return { score, rejected, ...(latest ? { latest } : {}) };
}

function verdictText(row: WardRow, lang: Lang): string {
  const s = row.score;
  if (!s) return '—';
  const verified = s.indicators.filter((i) => i.verified).length;
  const stale = s.indicators.filter((i) => i.stale).length;
  const parts = [verified > 0 ? term(lang, 'host', 'verifiedCount', { n: verified, rejected: row.rejected }) : term(lang, 'host', 'notVerified')];
  if (stale > 0) parts.push(term(lang, 'host', 'staleCount', { n: stale }));
  return parts.join('; ');
}

export class ScoresTable extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;

  private readonly assessments = new Task(this, {
    task: async ([store, pack]) => {
      const set = pack.criteriaSets[0];
      if (!set) return { set, rows: new Map<string, WardRow>() };
      const all = await store.listAssessments({ packId: pack.manifest.id, criteriaSetId: set.id, year: pack.manifest.year });
      const rows = new Map<string, WardRow>();
      // a ward's assessment and its submission under any version of the year's pack (core report-versions)
      for (const w of wardsOf(pack)) {
        const key = assessmentReportKey(pack, set.id, w.code, pack.manifest.year);
        const latest = key ? latestRevision((await readReport(store, key)).submissions) : undefined;
        rows.set(w.code, rowOf(set, pickAssessment(all.filter((x) => x.ward === w.code), pack.manifest.version), w.localityClass ?? '', latest));
      }
      return { set, rows };
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
      complete: ({ set, rows }) => {
        if (!set) return html``;
        return html`<table class="simple">
          <caption>${pick(set.title, lang)}</caption>
          <thead><tr>
            <th scope="col">${term(lang, 'host', 'ward')}</th><th scope="col">${term(lang, 'host', 'score')}</th>
            <th scope="col">${term(lang, 'host', 'result')}</th><th scope="col">${term(lang, 'host', 'verification')}</th>
            <th scope="col">${term(lang, 'host', 'reportStatus')}</th><th scope="col">${term(lang, 'host', 'verify')}</th>
          </tr></thead>
          <tbody>
            ${wardsOf(ctx.pack).map((w) => {
              const row = rows.get(w.code) ?? { rejected: 0 };
              const s = row.score;
              return html`<tr data-ward=${w.code}>
                <th scope="row">${w.name}</th>
                <td data-total=${s ? s.total : nothing}>${s ? `${formatNumber(s.total, lang)}/${formatNumber(s.maxPoints, lang)}` : '—'}</td>
                <td>${term(lang, 'host', !s ? 'notAssessed' : s.recognised ? 'recognised' : 'notRecognised')}</td>
                <td data-verdict>${verdictText(row, lang)}</td>
                <td>${row.latest ? statusText(lang, row.latest.status) : term(lang, 'host', 'notSent')}</td>
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
