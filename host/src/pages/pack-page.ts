/** The year pack at a glance (administrators): forms, category sets, criteria set, calendar. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { resolveForm } from '@formplan/core';
import { pick } from '@formplan/elements/i18n';
import { term } from '../host-strings.js';
import type { PageContext } from './page-context.js';
const dmy = (iso: string | null): string => (iso ? iso.split('-').reverse().join('/') : '—');

/** Renders the pack overview. */
export function packPage(ctx: PageContext): TemplateResult {
  const { pack, lang } = ctx;
  const m = pack.manifest;
  return html`<h1>${pick(m.title, lang)}</h1>
    <p class="muted">${m.id} · ${term(lang, 'host', 'version')} ${m.version} · ${m.document.number ?? '—'} · ${dmy(m.document.date)}</p>
    <section class="card" aria-labelledby="forms-h">
      <h2 id="forms-h">${term(lang, 'host', 'forms')} (${pack.forms.length})</h2>
      <table class="simple">
        <thead><tr><th scope="col">${term(lang, 'host', 'formId')}</th><th scope="col">${term(lang, 'host', 'formTitle')}</th><th scope="col">${term(lang, 'host', 'periods')}</th><th scope="col">${term(lang, 'host', 'fields')}</th><th scope="col">${term(lang, 'host', 'source')}</th></tr></thead>
        <tbody>
          ${pack.forms.map((f) => {
            const resolved = resolveForm(pack, f['x-fp-id']);
            return html`<tr>
              <td><code>${f['x-fp-id']}</code></td>
              <td>${pick(f['x-fp-label'], lang)}</td>
              <td>${f['x-fp-period-kinds'].join(', ')}</td>
              <td>${resolved?.fields.length ?? '—'}</td>
              <td>${f['x-fp-provenance'].status === 'confirmed' ? term(lang, 'host', 'confirmed') : term(lang, 'host', 'proposed')}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </section>
    <section class="card" aria-labelledby="cats-h">
      <h2 id="cats-h">${term(lang, 'host', 'categorySets')}</h2>
      ${pack.categorySets.map(
        (s) => html`<details>
          <summary>${pick(s.title, lang)} (${s.items.length}) <code>${s.id}</code></summary>
          <ol>${s.items.map((i) => html`<li><code>${i.code}</code> ${pick(i.label, lang)}${i.children?.length ? html` <span class="muted">(+${i.children.length})</span>` : ''}</li>`)}</ol>
        </details>`,
      )}
    </section>
    <section class="card" aria-labelledby="crit-h">
      <h2 id="crit-h">${term(lang, 'host', 'criteriaSets')}</h2>
      ${pack.criteriaSets.map(
        (c) => html`<h3>${pick(c.title, lang)} — ${c.legalBasis}</h3>
          <p>${term(lang, 'host', 'maximum')} ${c.maxPoints} ·
            ${c.recognition.thresholds.map((t) => `${pick(t.label, lang)}: ≥ ${t.minTotal}`).join(' · ')}</p>
          <table class="simple">
            <thead><tr><th scope="col">${term(lang, 'host', 'code')}</th><th scope="col">${term(lang, 'host', 'criterion')}</th><th scope="col">${term(lang, 'host', 'points')}</th></tr></thead>
            <tbody>${c.criteria.map((k) => html`<tr><td>${k.code}</td><td>${pick(k.title, lang)}</td><td>${k.maxPoints}</td></tr>`)}</tbody>
          </table>`,
      )}
    </section>
    <section class="card" aria-labelledby="cal-h">
      <h2 id="cal-h">${term(lang, 'host', 'calendar')}</h2>
      <table class="simple">
        <thead><tr><th scope="col">${term(lang, 'host', 'calendarPeriod')}</th><th scope="col">${term(lang, 'host', 'covers')}</th><th scope="col">${term(lang, 'host', 'due')}</th></tr></thead>
        <tbody>${pack.calendar.periods.map((p) => html`<tr><td>${pick(p.label, lang)}</td><td>${dmy(p.coverage.from)} – ${dmy(p.coverage.to)}</td><td>${dmy(p.due)}</td></tr>`)}</tbody>
      </table>
    </section>`;
}
