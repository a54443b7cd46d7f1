/**
 * The header of `<fp-form>` like the official appendix form (title, ward, period, data cut-off
 * date), the print-only letterhead (committee left, national motto right) and the signature
 * block. Every text is rendered as text, never as HTML.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Bilingual, PackSource } from '@formplan/core';
import { fieldLabel, formatDisplayDate } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { term } from '../../i18n/form-term.js';

/** What the header shows. */
export interface HeaderInfo {
  title: string;
  /** e.g. `Phường Phú Thượng` */
  wardName?: string;
  /** e.g. `Quận Tây Hồ` */
  districtName?: string;
  periodLabel?: string;
  /** `YYYY-MM-DD` as entered */
  cutOff?: string;
}

/**
 * What the header shows: in pack mode the form's title, ward, district and period from the pack;
 * in schema mode the schema's title. `cutOff` as entered in the form.
 */
export function headerInfoOf(
  pack: { pack: PackSource; title: Bilingual; ward: string; period: string } | undefined,
  schema: Record<string, unknown> | undefined, cutOff: string | undefined, lang: Lang,
): HeaderInfo {
  if (!pack) return { title: schemaTitle(schema, lang), cutOff };
  return { title: pick(pack.title, lang), cutOff, ...packHeader(pack.pack, pack.ward, pack.period, lang) };
}

/** The title of a schema: `x-fp-label`, else `title`. */
export function schemaTitle(schema: Record<string, unknown> | undefined, lang: Lang): string {
  return schema ? fieldLabel(schema, '', lang) : '';
}

/** Names of the ward, its district and the period, looked up in the pack. */
export function packHeader(pack: PackSource, ward: string, period: string, lang: Lang): Omit<HeaderInfo, 'title' | 'cutOff'> {
  const units = Array.isArray(pack.orgUnits) ? pack.orgUnits : [];
  const wardUnit = units.find((u) => u.code === ward);
  const districtCode = wardUnit?.parent ?? pack.manifest.district;
  const district = units.find((u) => u.code === districtCode) ?? units.find((u) => u.code === pack.manifest.district);
  const p = pack.calendar?.periods?.find((x) => x.id === period);
  return {
    wardName: wardUnit?.name ?? ward,
    districtName: district?.name,
    periodLabel: p ? pick(p.label, lang) : period,
  };
}

function upper(text: string, lang: Lang): string {
  return text.toLocaleUpperCase(lang === 'vi' ? 'vi-VN' : 'en');
}

/** The print-only letterhead: committees on the left, the national title and motto on the right. */
export function renderLetterhead(info: HeaderInfo, lang: Lang): TemplateResult | typeof nothing {
  if (!info.wardName && !info.districtName) return nothing;
  return html`<div class="letterhead print-only" part="letterhead" aria-hidden="true">
    <div>
      ${info.districtName ? html`<span class="line">${upper(term(lang, 'ui', 'committeeOf', { name: info.districtName }), lang)}</span>` : nothing}
      ${info.wardName ? html`<span class="line strong rule">${upper(term(lang, 'ui', 'committeeOf', { name: info.wardName }), lang)}</span>` : nothing}
    </div>
    <div>
      <span class="line strong">${term(lang, 'ui', 'nationalTitle')}</span>
      <span class="line strong rule">${term(lang, 'ui', 'nationalMotto')}</span>
    </div>
  </div>`;
}

/** The on-screen (and printed) header: title, ward, period, cut-off date. */
export function renderHeader(info: HeaderInfo, lang: Lang): TemplateResult {
  const row = (label: string, value: string | undefined) =>
    value ? html`<div class="meta-item"><dt>${label}</dt><dd>${value}</dd></div>` : nothing;
  const hasMeta = !!(info.wardName || info.periodLabel || info.cutOff);
  return html`<div class="header" part="header">
    ${renderLetterhead(info, lang)}
    <h2 part="title" id="title">${info.title || term(lang, 'ui', 'formTitle')}</h2>
    ${hasMeta
      ? html`<dl part="meta">
          ${row(term(lang, 'ui', 'ward'), info.wardName)} ${row(term(lang, 'ui', 'period'), info.periodLabel)}
          ${row(term(lang, 'ui', 'cutOff'), info.cutOff ? formatDisplayDate(info.cutOff) : undefined)}
        </dl>`
      : nothing}
  </div>`;
}

/**
 * The signature block: "Người lập biểu" on the left, "TM. UBND phường / Chủ tịch" on the right,
 * each with "(Ký, ghi rõ họ tên)" and the name when the form has it. Shown only in print unless
 * a host styles `::part(signatures)`.
 */
export function renderSignatures(lang: Lang, preparer?: string, signer?: string): TemplateResult {
  const block = (title: string, name?: string) => html`<div class="signature">
    <div class="sign-title">${title}</div>
    <div class="sign-hint">${term(lang, 'ui', 'signHint')}</div>
    <div class="sign-space"></div>
    <div class="sign-name">${name ?? ''}</div>
  </div>`;
  return html`<div class="signatures" part="signatures">
    ${block(term(lang, 'ui', 'preparer'), preparer)} ${block(term(lang, 'ui', 'chair'), signer)}
  </div>`;
}
