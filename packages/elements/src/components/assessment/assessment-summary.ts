/**
 * The live result region of `<fp-assessment>`: total / max, the threshold of the ward's
 * locality class, the recognition verdict and its reasons (vi/en from the score).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { AssessmentScore, CriteriaSet } from '@formplan/core';
import { formatVietnameseNumber } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { term } from '../../i18n/term.js';

/** A recognition threshold of a criteria set. */
export type Threshold = CriteriaSet['recognition']['thresholds'][number];

/**
 * Renders the result as a polite live region.
 * @param score - the live score
 * @param threshold - the threshold of the ward's locality class, if the set has one
 * @param lang - language
 * @returns the template
 */
export function renderSummary(score: AssessmentScore, threshold: Threshold | undefined, lang: Lang): TemplateResult {
  return html`<section class="summary" part="summary" role="status" aria-live="polite" aria-atomic="true"
      data-recognised=${String(score.recognised)}>
    <p class="total" data-total=${score.total}>${term(lang, 'assessment', 'total', { total: formatVietnameseNumber(score.total), max: formatVietnameseNumber(score.maxPoints) })}</p>
    <p class="threshold">${threshold
      ? term(lang, 'assessment', 'threshold', { label: pick(threshold.label, lang), threshold: formatVietnameseNumber(threshold.minTotal) })
      : term(lang, 'assessment', 'noThreshold')}</p>
    <p class="verdict">${term(lang, 'assessment', score.recognised ? 'recognised' : 'notRecognised')}</p>
    ${score.reasons.length
      ? html`<ul class="reasons">${score.reasons.map((r) => html`<li data-reason=${r.code}>${pick(r.message, lang)}</li>`)}</ul>`
      : nothing}
  </section>`;
}
