/**
 * `<formplan-publish-view>`: what publishing a pack draft will do, then doing it. The change log
 * against the version the draft is based on (each change vi/en, breaking or not), the dry run of
 * moving the wards' drafts of that version to the new one ("N bản nháp chuyển được, M cần xem
 * lại"), release notes; Publish is disabled, with the reason, while the pack has errors. After
 * publishing, the drafts that can move are moved and the shell reads the pack versions again.
 */
import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { applyDraftMigration, checkDraftPack, describeError, packChangeLog, planDraftMigration } from '@formplan/core';
import type { DraftMigrationPlan, EditSession, MetaSchemaDoc, PackChange, PackDraftRecord, PackSource } from '@formplan/core';
import { pick } from '@formplan/elements/i18n';
import { term } from '../host-strings.js';
import { loadError, loadingStatus } from './page-context.js';
import type { PageContext } from './page-context.js';

/** What the view computes before publishing. */
interface Preview {
  previous: PackSource | undefined;
  changes: PackChange[];
  errors: number;
  /** the wards' drafts of the based-on version (same pack id only: a new year's periods are new) */
  migration: DraftMigrationPlan | undefined;
}

export class PublishView extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;
  @property({ attribute: false }) draft!: PackDraftRecord;
  @property({ attribute: false }) session!: EditSession;
  @property({ attribute: false }) metaSchemas: MetaSchemaDoc[] = [];
  @state() private notes = '';
  @state() private busy = false;
  @state() private outcome?: { ok: boolean; text: string };

  private readonly preview = new Task(this, {
    task: async ([store, draft, doc, metaSchemas]): Promise<Preview> => {
      const based = draft.basedOn;
      const previous = based ? ((await store.getPack(based.id, based.version))?.source as PackSource | undefined) : undefined;
      const errors = checkDraftPack(doc, metaSchemas).filter((p) => p.severity === 'error').length;
      const sameId = previous && based && based.id === draft.id;
      const drafts = sameId ? await store.listDrafts({ packId: based.id, packVersion: based.version }) : [];
      return { previous, changes: packChangeLog(previous, doc), errors, migration: sameId ? planDraftMigration(previous, doc, drafts) : undefined };
    },
    args: () => [this.ctx.store, this.draft, this.session.doc, this.metaSchemas] as const,
  });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private async publish(p: Preview): Promise<void> {
    const { ctx, draft } = this;
    this.busy = true;
    try {
      await ctx.store.publishPackDraft(draft.id, draft.version, { notes: this.notes, metaSchemas: this.metaSchemas, check: checkDraftPack, changeLog: packChangeLog });
      const moved = p.migration ? (await applyDraftMigration(ctx.store, p.migration, draft.version)).written.length : 0;
      this.outcome = { ok: true, text: term(ctx.lang, 'host', 'publish.done', { id: draft.id, version: draft.version, n: moved }) };
      await ctx.packsChanged();
    } catch (e) {
      this.outcome = { ok: false, text: describeError(e, ctx.lang) };
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const { lang } = this.ctx;
    const { draft } = this;
    return html`<section class="card" aria-labelledby="publish-h">
      <h2 id="publish-h">${term(lang, 'host', 'publish.title', { id: draft.id, version: draft.version })}</h2>
      ${this.preview.render({
        pending: () => loadingStatus(lang),
        error: (e) => loadError(e, lang),
        complete: (p) => this.renderPreview(p),
      })}
    </section>`;
  }

  private renderPreview(p: Preview): TemplateResult {
    const { lang } = this.ctx;
    const done = this.outcome?.ok === true;
    const based = this.draft.basedOn;
    return html`<h3>${based && p.previous ? term(lang, 'host', 'publish.changes', { version: based.version }) : term(lang, 'host', 'publish.changesFirst')}</h3>
      ${p.changes.length
        ? html`<ul class="changes">${p.changes.map((c) => html`<li>${pick(c.message, lang)}
            — <strong>${term(lang, 'host', c.breaking ? 'publish.breaking' : 'publish.nonBreaking')}</strong></li>`)}</ul>`
        : html`<p>${term(lang, 'host', 'publish.noChanges')}</p>`}
      ${p.migration ? this.renderMigration(p.migration) : nothing}
      <p><label for="publish-notes">${term(lang, 'host', 'publish.notes')}</label><br />
        <textarea id="publish-notes" rows="3" cols="60" .value=${this.notes} ?disabled=${done}
          @input=${(e: Event) => (this.notes = (e.target as HTMLTextAreaElement).value)}></textarea></p>
      ${p.errors ? html`<p id="publish-blocked" class="error">${term(lang, 'host', 'publish.blocked', { n: p.errors })}</p>` : nothing}
      <div class="toolbar">
        <button class="primary" ?disabled=${p.errors > 0 || this.busy || done} aria-describedby=${p.errors ? 'publish-blocked' : nothing}
          @click=${() => this.publish(p)}>${term(lang, 'host', 'publish.confirm', { version: this.draft.version })}</button>
        ${done ? nothing : html`<button @click=${() => this.dispatchEvent(new Event('cancel'))}>${term(lang, 'host', 'publish.cancel')}</button>`}
      </div>
      <div role="status" class=${this.outcome ? (this.outcome.ok ? 'ok' : 'error') : ''}>${this.outcome?.text ?? ''}</div>`;
  }

  private renderMigration(plan: DraftMigrationPlan): TemplateResult {
    const { lang } = this.ctx;
    return html`<h3>${term(lang, 'host', 'publish.migration')}</h3>
      <p>${pick(plan.summary, lang)}</p>
      ${plan.needsReview.length
        ? html`<ul>${plan.needsReview.map(({ draft, reasons }) => html`<li>${term(lang, 'host', 'publish.needsReview', { form: draft.formId, ward: draft.ward, period: draft.period })}:
            ${reasons.map((r) => pick(r, lang)).join('; ')}</li>`)}</ul>`
        : nothing}`;
  }
}

customElements.define('formplan-publish-view', PublishView);
declare global {
  interface HTMLElementTagNameMap {
    'formplan-publish-view': PublishView;
  }
}
