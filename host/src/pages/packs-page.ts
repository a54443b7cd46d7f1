/**
 * The administrator's pack versions: every published version and every draft with its year,
 * status, date, content hash and number of changes; open a draft, start a new version from a
 * published one, export any of them as a zip; import a pack file; start a new year.
 */
import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { contentHash, describeError, packChangeLog } from '@formplan/core';
import type { PackDraftRecord, PackRecord, PackSource } from '@formplan/core';
import { displayDate } from '@formplan/elements/i18n';
import type { KeyOf } from '@formplan/elements/i18n';
import { term } from '../host-strings.js';
import { href } from '../route.js';
import { loadError, loadingStatus, pageTitle } from './page-context.js';
import type { PageContext } from './page-context.js';
import { downloadPackZip, draftFromPublished } from './pack-drafts.js';
import './pack-import.js';

/** One line of the table: a published version or a draft. */
interface Row {
  year: number;
  id: string;
  version: string;
  source: PackSource;
  date: string;
  hash: string;
  changes: number | undefined;
  published?: PackRecord;
  draft?: PackDraftRecord;
}

function publishedRow(r: PackRecord): Row {
  const source = r.source as PackSource;
  return { year: source.manifest.year, id: r.id, version: r.version, source, date: r.publishedAt ?? r.savedAt, hash: r.hash, changes: r.changeCount, published: r };
}

async function draftRow(d: PackDraftRecord, packs: readonly PackRecord[]): Promise<Row> {
  const based = d.basedOn && packs.find((p) => p.id === d.basedOn?.id && p.version === d.basedOn.version);
  const changes = based ? packChangeLog(based.source as PackSource, d.source).length : undefined;
  return { year: d.source.manifest.year, id: d.id, version: d.version, source: d.source, date: d.updatedAt, hash: await contentHash(d.source), changes, draft: d };
}

/** Newest year first, then id, then drafts before what they will succeed. */
function byYear(a: Row, b: Row): number {
  return b.year - a.year || a.id.localeCompare(b.id) || b.version.localeCompare(a.version, undefined, { numeric: true });
}

export class PacksTable extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;
  /** what the last action did (or why it failed) */
  @state() private said?: { ok: boolean; text: string };

  private readonly rows = new Task(this, {
    task: async ([store, packs]): Promise<Row[]> => {
      const drafts = await store.listPackDrafts();
      const rows = [...packs.map(publishedRow), ...(await Promise.all(drafts.map((d) => draftRow(d, packs))))];
      return rows.sort(byYear);
    },
    args: () => [this.ctx.store, this.ctx.packs, this.ctx.version] as const,
  });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private async editAsNew(record: PackRecord): Promise<void> {
    try {
      const draft = await draftFromPublished(this.ctx.store, record);
      this.ctx.go('editor', draft.id, draft.version);
    } catch (e) {
      this.said = { ok: false, text: describeError(e, this.ctx.lang) };
    }
  }

  private exportZip(source: PackSource): void {
    try {
      this.said = { ok: true, text: term(this.ctx.lang, 'host', 'packs.exported', { name: downloadPackZip(source) }) };
    } catch (e) {
      this.said = { ok: false, text: describeError(e, this.ctx.lang) };
    }
  }

  override render() {
    const { lang } = this.ctx;
    return html`${this.rows.render({
        pending: () => loadingStatus(lang),
        error: (e) => loadError(e, lang),
        complete: (rows) => (rows.length ? this.table(rows) : html`<p>${term(lang, 'host', 'packs.none')}</p>`),
      })}
      <div role="status" class=${this.said ? (this.said.ok ? 'ok' : 'error') : ''}>${this.said?.text ?? ''}</div>`;
  }

  private table(rows: Row[]): TemplateResult {
    const t = (k: KeyOf<'host'>) => term(this.ctx.lang, 'host', k);
    return html`<table class="simple packs">
      <caption>${t('packs.caption')}</caption>
      <thead><tr>
        <th scope="col">${t('packs.year')}</th><th scope="col">${t('packs.id')}</th><th scope="col">${t('packs.version')}</th>
        <th scope="col">${t('packs.status')}</th><th scope="col">${t('packs.date')}</th><th scope="col">${t('packs.hash')}</th>
        <th scope="col">${t('packs.changes')}</th><th scope="col">${t('packs.actions')}</th>
      </tr></thead>
      <tbody>${rows.map((r) => this.row(r))}</tbody>
    </table>`;
  }

  private row(r: Row): TemplateResult {
    const { lang } = this.ctx;
    const named = html`<span class="sr-only"> (${r.id} ${r.version})</span>`;
    const published = r.published;
    return html`<tr data-pack=${`${r.id}@${r.version}`}>
      <td>${r.year}</td>
      <td><code>${r.id}</code></td>
      <td>${r.version}</td>
      <td>${term(lang, 'host', r.draft ? 'packs.draft' : 'packs.published')}</td>
      <td>${displayDate(r.date.slice(0, 10))}</td>
      <td><code title=${r.hash}>${r.hash.slice(0, 12)}</code></td>
      <td>${r.changes ?? '—'}</td>
      <td class="actions">
        ${r.draft ? html`<a href=${href('editor', r.id, r.version)}>${term(lang, 'host', 'packs.open')}${named}</a>` : nothing}
        ${published ? html`<button @click=${() => this.editAsNew(published)}>${term(lang, 'host', 'packs.editAsNew')}${named}</button>` : nothing}
        <button @click=${() => this.exportZip(r.source)}>${term(lang, 'host', 'packs.export')}${named}</button>
      </td>
    </tr>`;
  }
}

customElements.define('formplan-packs-table', PacksTable);
declare global {
  interface HTMLElementTagNameMap {
    'formplan-packs-table': PacksTable;
  }
}

/** The page. */
export function packsPage(ctx: PageContext): TemplateResult {
  return html`<h1>${pageTitle(ctx, 'packs')}</h1>
    <div class="toolbar"><a href=${href('rollover')}>${term(ctx.lang, 'host', 'packs.newYear')}</a></div>
    <formplan-packs-table .ctx=${ctx}></formplan-packs-table>
    <formplan-pack-import .ctx=${ctx}></formplan-pack-import>`;
}
