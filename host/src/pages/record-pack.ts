/**
 * `<formplan-record-pack>`: a stored report stays under the pack version it was made under. When
 * the ward's draft or submission of a form × period exists only under an older version of the
 * year's pack (the district published a new version since), the page is shown with that version's
 * forms, with a note naming both versions; otherwise with the year's newest version.
 */
import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { PackRecord, PackSource, Store } from '@formplan/core';
import { term } from '../host-strings.js';
import { versionsOf } from '../years.js';
import { loadError, loadingStatus } from './page-context.js';
import type { PageContext } from './page-context.js';

/** What names one report of a ward under any version of a pack. */
export interface ReportKey {
  formId: string;
  ward: string;
  period: string;
}

/**
 * The pack a report opens with: `pack` when the report has a draft or submission under it or none
 * at all, else the newest stored older version that holds one.
 */
export async function packOfReport(store: Store, pack: PackSource, records: readonly PackRecord[], key: ReportKey): Promise<PackSource> {
  const filter = { packId: pack.manifest.id, ...key };
  const [drafts, submissions] = await Promise.all([store.listDrafts(filter), store.listSubmissions({ ...filter, latestOnly: true })]);
  const versions = new Set([...drafts, ...submissions].map((r) => r.packVersion));
  if (versions.size === 0 || versions.has(pack.manifest.version)) return pack;
  const older = versionsOf(records, pack.manifest.id).find((r) => versions.has(r.version));
  return older ? (older.source as PackSource) : pack;
}

export class RecordPack extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;
  @property() ward = '';
  @property() formId = '';
  @property() period = '';
  /** renders the page with the context whose `pack` is the report's version */
  @property({ attribute: false }) view!: (ctx: PageContext) => TemplateResult;

  private readonly load = new Task(this, {
    task: async ([store, pack, packs, ward, formId, period]) => ({ report: `${ward}/${formId}/${period}`, pack: await packOfReport(store, pack, packs, { ward, formId, period }) }),
    // not re-run on every store change: a report moves to another version only when versions change
    args: () => [this.ctx.store, this.ctx.pack, this.ctx.packs, this.ward, this.formId, this.period] as const,
  });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render() {
    const { ctx } = this;
    // the same report's page stays while a re-run reads the store (its elements keep their state)
    const last = this.load.value;
    if (last && last.report === `${this.ward}/${this.formId}/${this.period}` && this.load.status !== TaskStatus.ERROR) return this.page(last.pack);
    return this.load.render({
      pending: () => loadingStatus(ctx.lang),
      error: (e) => loadError(e, ctx.lang),
    });
  }

  private page(pack: PackSource): TemplateResult {
    const { ctx } = this;
    const current = ctx.pack.manifest.version;
    const older = pack.manifest.version !== current;
    return html`${older ? html`<p class="muted" role="note">${term(ctx.lang, 'host', 'olderVersion', { version: pack.manifest.version, current })}</p>` : nothing}
      ${this.view({ ...ctx, pack })}`;
  }
}

customElements.define('formplan-record-pack', RecordPack);
declare global {
  interface HTMLElementTagNameMap {
    'formplan-record-pack': RecordPack;
  }
}
