/**
 * `<formplan-pack-editor>`: a stored pack draft in `<fp-schema-editor>`. The session is rebuilt
 * from the draft's base and history, so a reload reopens the same document with the same undo
 * stack; every `fp-edit` saves the draft guarded by its revision: a save from a second tab wins
 * nothing silently. On a conflict the user keeps their changes (this tab's unsaved edits re-applied
 * on top of the newest stored draft, core `rebaseTransactions`) or loads the latest. "Công bố"
 * opens the publish view; it is refused while the draft has errors, with the way to them.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { PackDraftConflictError, describeError, rebaseTransactions, unsavedTransactions } from '@formplan/core';
import type { Bilingual, EditHistoryState, EditSession } from '@formplan/core';
import type { PackDraftRecord, PackRecord } from '@formplan/core';
import { pick } from '@formplan/elements/i18n';
import { term } from '../host-strings.js';
import { href } from '../route.js';
import { metaSchemas } from '../pack-source.js';
import { loadError, loadingStatus } from './page-context.js';
import type { PageContext } from './page-context.js';
import { PackDraftJournal } from './pack-draft-journal.js';
import { draftFromPublished } from './pack-drafts.js';
import './publish-view.js';

/** An opened draft: the stored record it came from and the live session over it. */
interface Opened {
  draft: PackDraftRecord;
  session: EditSession;
  journal: PackDraftJournal;
  /** the history the store last received from (or gave to) this tab */
  saved: EditHistoryState;
}

/** What the last save said. */
type SaveState = { kind: 'saved'; revision: number } | { kind: 'conflict' } | { kind: 'failed'; error: unknown };

export class PackEditor extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;
  @property() packId = '';
  @property() version = '';
  @state() private saveState?: SaveState;
  @state() private publishing = false;
  /** errors of the last check of the draft (publishing waits until there are none) */
  @state() private errors = 0;
  /** the edits a "keep my changes" could not re-apply */
  @state() private notKept: Bilingual[] = [];
  /** the revision the next save expects */
  private revision = 0;
  /** a save is running; `dirty` asks for one more after it */
  private saving?: Promise<void>;
  private dirty = false;
  private readonly metaSchemas = metaSchemas();

  private readonly load = new Task(this, {
    task: async ([store, id, version]): Promise<Opened | { published: PackRecord } | undefined> => {
      const draft = await store.getPackDraft(id, version);
      if (!draft) {
        // a published version is immutable: its URL opens no editor
        const published = await store.getPack(id, version);
        return published ? { published } : undefined;
      }
      this.revision = draft.revision;
      this.saveState = undefined;
      const journal = new PackDraftJournal(store, id, version);
      const { session, replayed } = journal.open(draft);
      this.notKept = [];
      const opened = { draft, session, journal, saved: draft.history };
      // edits the last page journaled but the store never got (a reload right after an edit)
      if (replayed) this.edited(opened);
      return opened;
    },
    args: () => [this.ctx.store, this.packId, this.version] as const,
  });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** An edit: journaled at once (it survives an immediate reload), then saved. */
  private edited(opened: Opened): void {
    opened.journal.write(opened.session.history(), this.revision);
    void this.persist(opened);
  }

  /** Saves the session now, and once more after if edits came in meanwhile. */
  private persist(opened: Opened): Promise<void> {
    this.dirty = true;
    this.saving ??= (async () => {
      while (this.dirty && this.saveState?.kind !== 'conflict') {
        this.dirty = false;
        await this.saveOnce(opened);
      }
      this.saving = undefined;
    })();
    return this.saving;
  }

  private async saveOnce(opened: Opened): Promise<void> {
    const { draft, session, journal } = opened;
    const seq = journal.lastSeq;
    const history = session.history();
    try {
      const stored = await this.ctx.store.putPackDraft({
        id: draft.id, version: draft.version, basedOn: draft.basedOn, origin: draft.origin,
        base: session.base, history, source: session.doc,
      }, this.revision);
      this.revision = stored.revision;
      opened.saved = history;
      journal.committed(seq, stored.revision);
      this.saveState = { kind: 'saved', revision: stored.revision };
    } catch (e) {
      this.saveState = e instanceof PackDraftConflictError ? { kind: 'conflict' } : { kind: 'failed', error: e };
    }
  }

  /**
   * "Giữ thay đổi của tôi": this tab's unsaved edits re-applied on top of the newest stored draft,
   * then saved over its revision; edits that no longer apply are named.
   */
  private async keepMine(opened: Opened): Promise<void> {
    try {
      const latest = await this.ctx.store.getPackDraft(opened.draft.id, opened.draft.version);
      if (!latest) {
        // published or deleted in the other tab: show what the URL now is
        void this.load.run();
        return;
      }
      const { session, dropped } = rebaseTransactions(latest, unsavedTransactions(opened.saved, opened.session.history()));
      Object.assign(opened, { draft: latest, session, saved: latest.history });
      this.revision = latest.revision;
      this.notKept = dropped;
      this.saveState = undefined;
      this.edited(opened);
      await this.saving;
      this.requestUpdate();
    } catch (e) {
      this.saveState = { kind: 'failed', error: e };
    }
  }

  /** Opens the problems tab of the editor (from the reason publishing is refused). */
  private async showProblems(): Promise<void> {
    await this.querySelector('fp-schema-editor')?.selectTab('problems', true);
  }

  override render() {
    const { lang } = this.ctx;
    return this.load.render({
      pending: () => loadingStatus(lang),
      error: (e) => loadError(e, lang),
      complete: (opened) => {
        if (opened && 'published' in opened) return this.renderPublished(opened.published);
        if (!opened) {
          return html`<div class="error" role="alert">${term(lang, 'host', 'editor.missing', { id: this.packId, version: this.version })}</div>
            <p><a href=${href('packs')}>${term(lang, 'host', 'editor.back')}</a></p>`;
        }
        const { draft, session } = opened;
        return html`<p class="muted">${draft.basedOn ? term(lang, 'host', 'editor.basedOn', { id: draft.basedOn.id, version: draft.basedOn.version }) : term(lang, 'host', 'editor.new')}</p>
          <div class="toolbar">
            <a href=${href('packs')}>← ${term(lang, 'host', 'editor.back')}</a>
            <button class="primary" ?hidden=${this.publishing} ?disabled=${this.saveState?.kind === 'conflict'}
              aria-disabled=${this.errors > 0 ? 'true' : 'false'} aria-describedby=${this.errors > 0 ? 'publish-blocked' : nothing}
              @click=${async () => {
                if (this.errors > 0) return;
                await this.saving;
                this.publishing = true;
              }}>${term(lang, 'host', 'editor.publish')}</button>
            ${this.errors > 0 && !this.publishing
              ? html`<button type="button" id="publish-blocked" @click=${() => this.showProblems()}>${term(lang, 'host', 'editor.publishBlocked', { n: this.errors })}</button>`
              : nothing}
          </div>
          ${this.renderSaveState(opened)}${this.renderNotKept()}
          ${this.publishing
            ? html`<formplan-publish-view .ctx=${this.ctx} .draft=${draft} .session=${session} .metaSchemas=${this.metaSchemas}
                @cancel=${() => (this.publishing = false)}></formplan-publish-view>`
            : nothing}
          <fp-schema-editor ?hidden=${this.publishing} .session=${session} .metaSchemas=${this.metaSchemas} lang=${lang}
            @fp-problems=${(e: GlobalEventHandlersEventMap['fp-problems']) => { this.errors = e.detail.errors; }}
            @fp-edit=${() => this.edited(opened)}></fp-schema-editor>`;
      },
    });
  }

  /** The URL of a published version: refused (it is immutable), with the way to change it. */
  private renderPublished(record: PackRecord) {
    const { lang } = this.ctx;
    const named = { id: record.id, version: record.version };
    return html`<div class="error" role="alert">${term(lang, 'host', 'editor.published', named)}</div>
      <div class="toolbar">
        <button class="primary" @click=${async () => {
          try {
            const draft = await draftFromPublished(this.ctx.store, record);
            this.ctx.go('editor', draft.id, draft.version);
          } catch (e) {
            this.saveState = { kind: 'failed', error: e };
          }
        }}>${term(lang, 'host', 'packs.editAsNewNamed', named)}</button>
        <a href=${href('packs')}>${term(lang, 'host', 'editor.back')}</a>
      </div>
      ${this.renderSaveState()}`;
  }

  private renderSaveState(opened?: Opened) {
    const s = this.saveState;
    const { lang } = this.ctx;
    if (s?.kind === 'conflict' && opened) {
      return html`<div class="error" role="alert"><p>${term(lang, 'host', 'editor.conflict')}</p>
        <div class="toolbar">
          <button type="button" class="primary" data-action="keep-mine" @click=${() => this.keepMine(opened)}>${term(lang, 'host', 'editor.keepMine')}</button>
          <button type="button" data-action="load-latest" @click=${() => this.load.run()}>${term(lang, 'host', 'editor.loadLatest')}</button>
        </div></div>`;
    }
    if (s?.kind === 'failed') return html`<div class="error" role="alert">${term(lang, 'host', 'editor.saveFailed', { reason: describeError(s.error, lang) })}</div>`;
    return html`<p class="muted" role="status">${s?.kind === 'saved' ? term(lang, 'host', 'editor.saved', { revision: s.revision }) : ''}</p>`;
  }

  private renderNotKept() {
    const { lang } = this.ctx;
    if (this.notKept.length === 0) return nothing;
    const labels = this.notKept.map((l) => `“${pick(l, lang)}”`).join(', ');
    return html`<div class="error" role="alert">${term(lang, 'host', 'editor.notKept', { n: this.notKept.length, labels })}</div>`;
  }
}

customElements.define('formplan-pack-editor', PackEditor);
declare global {
  interface HTMLElementTagNameMap {
    'formplan-pack-editor': PackEditor;
  }
}
