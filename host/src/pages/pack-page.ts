/** The year pack at a glance (administrators): forms, category sets, criteria set, calendar. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { resolveForm } from '@formplan/core';
import type { LocalizedText } from '@formplan/core';
import type { PageContext } from '../app.js';

const l = (t: LocalizedText | undefined, lang: 'vi' | 'en'): string => (t ? (lang === 'en' ? t.en ?? t.vi : t.vi) : '');
const dmy = (iso: string | null): string => (iso ? iso.split('-').reverse().join('/') : '—');

/** Renders the pack overview. */
export function packPage(ctx: PageContext): TemplateResult {
  const { pack, lang } = ctx;
  const m = pack.manifest;
  return html`<h1>${l(m.title, lang)}</h1>
    <p class="muted">${m.id} · ${lang === 'en' ? 'version' : 'phiên bản'} ${m.version} · ${m.document.number ?? '—'} · ${dmy(m.document.date)}</p>
    <section class="card" aria-labelledby="forms-h">
      <h2 id="forms-h">${lang === 'en' ? 'Forms' : 'Biểu mẫu'} (${pack.forms.length})</h2>
      <table class="simple">
        <thead><tr><th scope="col">${lang === 'en' ? 'Id' : 'Mã'}</th><th scope="col">${lang === 'en' ? 'Title' : 'Tên biểu'}</th><th scope="col">${lang === 'en' ? 'Periods' : 'Kỳ báo cáo'}</th><th scope="col">${lang === 'en' ? 'Fields' : 'Số trường'}</th><th scope="col">${lang === 'en' ? 'Status' : 'Nguồn'}</th></tr></thead>
        <tbody>
          ${pack.forms.map((f) => {
            const resolved = resolveForm(pack, f['x-fp-id']);
            return html`<tr>
              <td><code>${f['x-fp-id']}</code></td>
              <td>${l(f['x-fp-label'], lang)}</td>
              <td>${f['x-fp-period-kinds'].join(', ')}</td>
              <td>${resolved?.fields.length ?? '—'}</td>
              <td>${f['x-fp-provenance'].status === 'confirmed' ? (lang === 'en' ? 'confirmed' : 'đã xác nhận') : lang === 'en' ? 'proposed' : 'đề xuất'}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </section>
    <section class="card" aria-labelledby="cats-h">
      <h2 id="cats-h">${lang === 'en' ? 'Category sets' : 'Danh mục'}</h2>
      ${pack.categorySets.map(
        (s) => html`<details>
          <summary>${l(s.title, lang)} (${s.items.length}) <code>${s.id}</code></summary>
          <ol>${s.items.map((i) => html`<li><code>${i.code}</code> ${l(i.label, lang)}${i.children?.length ? html` <span class="muted">(+${i.children.length})</span>` : ''}</li>`)}</ol>
        </details>`,
      )}
    </section>
    <section class="card" aria-labelledby="crit-h">
      <h2 id="crit-h">${lang === 'en' ? 'Criteria sets' : 'Bộ tiêu chí'}</h2>
      ${pack.criteriaSets.map(
        (c) => html`<h3>${l(c.title, lang)} — ${c.legalBasis}</h3>
          <p>${lang === 'en' ? 'Maximum' : 'Tối đa'} ${c.maxPoints} ·
            ${c.recognition.thresholds.map((t) => `${l(t.label, lang)}: ≥ ${t.minTotal}`).join(' · ')}</p>
          <table class="simple">
            <thead><tr><th scope="col">${lang === 'en' ? 'Code' : 'Mã'}</th><th scope="col">${lang === 'en' ? 'Criterion' : 'Tiêu chí'}</th><th scope="col">${lang === 'en' ? 'Points' : 'Điểm'}</th></tr></thead>
            <tbody>${c.criteria.map((k) => html`<tr><td>${k.code}</td><td>${l(k.title, lang)}</td><td>${k.maxPoints}</td></tr>`)}</tbody>
          </table>`,
      )}
    </section>
    <section class="card" aria-labelledby="cal-h">
      <h2 id="cal-h">${lang === 'en' ? 'Reporting calendar' : 'Lịch báo cáo'}</h2>
      <table class="simple">
        <thead><tr><th scope="col">${lang === 'en' ? 'Period' : 'Kỳ'}</th><th scope="col">${lang === 'en' ? 'Covers' : 'Số liệu từ – đến'}</th><th scope="col">${lang === 'en' ? 'Due' : 'Hạn nộp'}</th></tr></thead>
        <tbody>${pack.calendar.periods.map((p) => html`<tr><td>${l(p.label, lang)}</td><td>${dmy(p.coverage.from)} – ${dmy(p.coverage.to)}</td><td>${dmy(p.due)}</td></tr>`)}</tbody>
      </table>
    </section>`;
}
