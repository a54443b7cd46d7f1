/**
 * The document view of `<fp-plan>`: the plan as the signed paper reads, from pack data only.
 * Plain text everywhere (no HTML from data); OCR gaps are marked discreetly.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Assignment, ContentItem, PackSource, PlanTask } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { dateLine, issuerLines, numberLine, planSubtitle, stripBullet } from './plan-header.js';
import { term } from '../../i18n/term.js';

function gapMark(gap: string | undefined, lang: Lang): TemplateResult | typeof nothing {
  if (!gap) return nothing;
  return html` <span class="gap" part="gap" title=${gap}>${term(lang, 'plan', 'gap')}<span class="sr-only"> (${gap})</span></span>`;
}

function refsLine(refs: string[] | undefined, lang: Lang): TemplateResult | typeof nothing {
  if (!refs || refs.length === 0) return nothing;
  return html` <span class="refs" part="refs">${term(lang, 'plan', 'refs', { refs: refs.join('; ') })}</span>`;
}

function renderContentChildren(items: ContentItem[] | undefined, depth: number, lang: Lang): TemplateResult | typeof nothing {
  if (!items || items.length === 0) return nothing;
  return html`<ul class=${depth === 1 ? 'dash' : 'plus'}>
    ${items.map((c) => html`<li data-item=${c.code}>${stripBullet(pick(c.text, lang))}${gapMark(c.gap, lang)}${refsLine(c.refs, lang)}
      ${renderContentChildren(c.children, depth + 1, lang)}</li>`)}
  </ul>`;
}

function renderTasks(tasks: PlanTask[] | undefined, depth: number, lang: Lang): TemplateResult | typeof nothing {
  if (!tasks || tasks.length === 0) return nothing;
  return html`<ul class=${depth === 1 ? 'dash' : 'plus'}>
    ${tasks.map((t) => html`<li data-task=${t.code}>${stripBullet(pick(t.text, lang))}${gapMark(t.gap, lang)}
      ${renderTasks(t.children, depth + 1, lang)}</li>`)}
  </ul>`;
}

function renderAssignment(a: Assignment, lang: Lang, top: boolean): TemplateResult {
  const heading = html`<h4 class="assignment-heading">${a.number}. ${pick(a.heading, lang)}</h4>`;
  const body = html`${heading}${renderTasks(a.tasks, 1, lang)}
    ${(a.children ?? []).map((c) => renderAssignment(c, lang, false))}`;
  return top
    ? html`<section class="assignment" part="assignment" data-assignment=${a.number}>${body}</section>`
    : html`<section class="assignment sub" part="assignment" data-sub-assignment=${a.number}>${body}</section>`;
}

/**
 * Renders the whole plan document.
 * @param pack - the pack (manifest: issuer, document number/date/place, year; plan)
 * @param lang - language (the plan's texts fall back to Vietnamese)
 * @returns the template
 */
export function renderPlanDocument(pack: PackSource, lang: Lang): TemplateResult {
  const { manifest, plan } = pack;
  const issuer = issuerLines(manifest.issuer, lang);
  const preamble = plan.preamble ? pick(plan.preamble, lang) : (manifest.document.basis ?? []).map((b) => pick(b, lang)).join('; ');
  const signer = plan.signer;
  return html`<article class="document" part="document" lang=${lang}>
    <header class="doc-header" part="document-header">
      <div class="issuer">
        ${issuer.map((line, i) => html`<p class=${i === issuer.length - 1 ? 'issuer-line underline' : 'issuer-line'}>${line}</p>`)}
        <p class="doc-number" data-number>${numberLine(manifest.document, manifest.issuer, lang)}</p>
      </div>
      <div class="national">
        <p class="national-title">${term(lang, 'plan', 'nationalTitle')}</p>
        <p class="national-motto underline">${term(lang, 'plan', 'nationalMotto')}</p>
        <p class="doc-date" data-date>${dateLine(manifest, lang)}</p>
      </div>
    </header>
    <h2 class="doc-kind">${term(lang, 'plan', 'kind')}</h2>
    <p class="doc-title">${planSubtitle(pick(plan.title, lang))}</p>
    <p class="rule" aria-hidden="true"></p>
    ${preamble ? html`<p class="para preamble">${preamble}</p>` : nothing}

    <h3>${term(lang, 'plan', 'purposeHeading')}</h3>
    <h4>${term(lang, 'plan', 'purpose')}</h4>
    ${plan.purpose.map((p) => html`<p class="para">${pick(p, lang)}</p>`)}
    <h4>${term(lang, 'plan', 'requirements')}</h4>
    <ul class="dash targets">${plan.targets.map((tg) => html`<li data-target=${tg.code}>${pick(tg.text, lang)}</li>`)}</ul>

    <h3>${term(lang, 'plan', 'contentHeading')}</h3>
    <ol class="content-items">
      ${plan.contentItems.map((c, i) => html`<li data-item=${c.code}><span class="num">${i + 1}.</span> ${pick(c.text, lang)}${gapMark(c.gap, lang)}${refsLine(c.refs, lang)}
        ${renderContentChildren(c.children, 1, lang)}</li>`)}
    </ol>

    <h3>${term(lang, 'plan', 'organisationHeading')}</h3>
    <div class="assignments">${plan.assignments.map((a) => renderAssignment(a, lang, true))}</div>
    ${(plan.closing ?? []).map((p) => html`<p class="para closing">${pick(p, lang)}</p>`)}

    <footer class="doc-footer" part="document-footer">
      <div class="recipients">
        <p class="recipients-title">${term(lang, 'plan', 'recipients')}</p>
        <ul class="recipients-list">
          ${plan.recipients.map((r, i) => html`<li>- ${r}${i === plan.recipients.length - 1 ? '.' : ';'}</li>`)}
        </ul>
      </div>
      <div class="signature" part="signature">
        <p class="sign-line">${signer.on_behalf.toLocaleUpperCase('vi')}</p>
        <p class="sign-line">${signer.capacity.toLocaleUpperCase('vi')}</p>
        <p class="sign-line">${signer.title.toLocaleUpperCase('vi')}</p>
        <div class="sign-space" aria-hidden="true"></div>
        <p class="signer-name" data-signer>${signer.name ?? nothing}</p>
      </div>
    </footer>
  </article>`;
}
