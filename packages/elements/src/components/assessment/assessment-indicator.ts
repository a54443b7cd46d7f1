/**
 * The template of one indicator of `<fp-assessment>`: the answer input matching its scoring
 * kind, the prefilled value with its source, the evidence note, live points and, in verify
 * mode, the district's decision. Plain text only; every input has a label in the same root.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Indicator, IndicatorScore, IndicatorVerification, PrefilledAnswer } from '@formplan/core';
import { formatVietnameseNumber, sameAnswer } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { term } from '../../i18n/term.js';

/** What the template shows for one indicator. */
export interface IndicatorView {
  indicator: Indicator;
  lang: Lang;
  mode: 'self' | 'verify';
  /** the answers cannot be changed (verify mode, or the ward's report is sent or accepted) */
  readonly: boolean;
  /** the effective answer (own, else prefilled) */
  answer: unknown;
  /** the ward entered (or kept) an answer of its own */
  own: boolean;
  prefill?: PrefilledAnswer;
  /** "Lấy từ Biểu 06, kỳ Năm" */
  prefillText?: string;
  evidence: string;
  score: IndicatorScore;
  /** invalid-answer message, if any (shown at the field) */
  invalid?: string;
  /** the ward changed the answer after the district verified it */
  stale?: string;
  decision?: IndicatorVerification;
}

/** What the template calls on user input. */
export interface IndicatorHandlers {
  /** the user typed or chose an answer (`null`: cleared; a string: not a number, kept as typed) */
  answer(code: string, value: unknown): void;
  evidence(code: string, text: string): void;
  /** the district decided (`undefined`: not decided) */
  decide(code: string, decision: IndicatorVerification | undefined): void;
  /** the district typed granted points (`undefined`: none) */
  verifiedPoints(code: string, points: number | undefined): void;
}

/** Shows a value as the ward reads it (Vietnamese numbers, Có/Không). */
export function answerText(value: unknown, lang: Lang): string {
  if (typeof value === 'number') return formatVietnameseNumber(value);
  if (typeof value === 'boolean') return term(lang, 'ui', value ? 'yes' : 'no');
  return value == null ? '' : String(value);
}

function numberLabel(ind: Indicator, lang: Lang): string {
  switch (ind.scoring.kind) {
    case 'percent-threshold': return term(lang, 'assessment', 'percent');
    case 'count-max': return term(lang, 'assessment', 'count');
    default: return term(lang, 'assessment', 'selfPoints', { max: ind.maxPoints });
  }
}

function renderAnswer(v: IndicatorView, h: IndicatorHandlers, describedBy: string): TemplateResult {
  const code = v.indicator.code;
  const readonly = v.readonly;
  if (v.indicator.scoring.kind === 'boolean') {
    const choice = (value: boolean): TemplateResult => html`
      <label class="choice">
        <input type="radio" name="${code}-answer" data-code=${code} .checked=${v.answer === value}
          ?disabled=${readonly} aria-describedby=${describedBy || nothing}
          @change=${() => h.answer(code, value)} />
        ${term(v.lang, 'ui', value ? 'yes' : 'no')}
      </label>`;
    return html`<div class="answer" role="radiogroup" aria-labelledby="${code}-answer-label"
        aria-invalid=${v.invalid ? 'true' : 'false'}>
      <span id="${code}-answer-label" class="answer-label">${term(v.lang, 'assessment', 'answer')}</span>
      ${choice(true)} ${choice(false)}
    </div>`;
  }
  return html`<div class="answer">
    <label for="${code}-answer" class="answer-label">${numberLabel(v.indicator, v.lang)}</label>
    <input id="${code}-answer" part="answer-input" type="text" inputmode="decimal" autocomplete="off"
      data-code=${code} data-number="answer" ?readonly=${readonly}
      aria-invalid=${v.invalid ? 'true' : 'false'} aria-describedby=${describedBy || nothing}
      @input=${(e: Event) => h.answer(code, (e.target as HTMLInputElement).value)} />
  </div>`;
}

function renderVerify(v: IndicatorView, h: IndicatorHandlers): TemplateResult {
  const code = v.indicator.code;
  const d = v.decision;
  const choice = (key: 'accept' | 'reject' | 'undecided', on: boolean, next: IndicatorVerification | undefined): TemplateResult => html`
    <label class="choice">
      <input type="radio" name="${code}-verify" data-verify=${key} .checked=${on}
        @change=${() => h.decide(code, next)} />
      ${term(v.lang, 'assessment', key)}
    </label>`;
  return html`<div class="verify" part="verify">
    <div role="radiogroup" aria-labelledby="${code}-verify-label">
      <span id="${code}-verify-label" class="answer-label">${term(v.lang, 'assessment', 'verify')}</span>
      ${choice('accept', d?.accepted === true, { accepted: true, ...(d?.points !== undefined ? { points: d.points } : {}) })}
      ${choice('reject', d?.accepted === false, { accepted: false })}
      ${choice('undecided', !d, undefined)}
    </div>
    <label for="${code}-verified-points">${term(v.lang, 'assessment', 'verifiedPoints', { max: v.indicator.maxPoints })}</label>
    <input id="${code}-verified-points" type="text" inputmode="decimal" autocomplete="off"
      data-code=${code} data-number="verified"
      @input=${(e: Event) => {
        const text = (e.target as HTMLInputElement).value.trim();
        const n = Number(text.replace(',', '.'));
        h.verifiedPoints(code, text === '' || !Number.isFinite(n) ? undefined : n);
      }} />
  </div>`;
}

/**
 * Renders one indicator as a fieldset.
 * @param v - what to show
 * @param h - what to call on input
 * @returns the template
 */
export function renderIndicator(v: IndicatorView, h: IndicatorHandlers): TemplateResult {
  const ind = v.indicator;
  const code = ind.code;
  const hint = pick(ind.evidence, v.lang);
  const hasPrefill = v.prefill !== undefined;
  const prefillValue = v.prefill?.value ?? null;
  const edited = hasPrefill && prefillValue !== null && v.own && !sameAnswer(v.answer, prefillValue);
  const describedBy = [hasPrefill ? `${code}-source` : '', v.invalid ? `${code}-error` : '', v.stale ? `${code}-stale` : ''].filter(Boolean).join(' ');
  return html`<fieldset part="indicator" class="indicator" data-indicator=${code}>
    <legend>
      <span class="code">${code}</span> ${pick(ind.title, v.lang)}
      <span class="max">(${term(v.lang, 'assessment', 'maxPoints', { max: formatVietnameseNumber(ind.maxPoints) })})</span>
    </legend>
    ${renderAnswer(v, h, describedBy)}
    ${hasPrefill
      ? html`<p id="${code}-source" class="source" part="source">
          ${prefillValue === null
            ? term(v.lang, 'assessment', 'prefillMissing')
            : html`${v.prefillText}: <strong>${answerText(prefillValue, v.lang)}</strong>`}
          ${edited ? html`<span class="edited"> — ${term(v.lang, 'assessment', 'edited', { value: answerText(prefillValue, v.lang) })}</span>` : nothing}
        </p>`
      : nothing}
    ${v.invalid ? html`<p id="${code}-error" class="error" part="error">${v.invalid}</p>` : nothing}
    ${v.stale ? html`<p id="${code}-stale" class="stale" part="stale" data-stale=${code}>${v.stale}</p>` : nothing}
    <label for="${code}-evidence" class="evidence-label">${term(v.lang, 'assessment', 'evidence')}</label>
    ${hint ? html`<p id="${code}-hint" class="hint">${hint}</p>` : nothing}
    <textarea id="${code}-evidence" part="evidence" rows="2" .value=${v.evidence} ?readonly=${v.readonly}
      aria-describedby=${hint ? `${code}-hint` : nothing}
      @input=${(e: Event) => h.evidence(code, (e.target as HTMLTextAreaElement).value)}></textarea>
    <output class="points" part="indicator-points" data-points=${code}>
      ${term(v.lang, 'assessment', 'points', { points: formatVietnameseNumber(v.score.points), max: formatVietnameseNumber(ind.maxPoints) })}
    </output>
    ${v.mode === 'verify' ? renderVerify(v, h) : nothing}
  </fieldset>`;
}
