/**
 * `<formplan-pack-editor>`: a stored pack draft in `<fp-schema-editor>`. The session is rebuilt
 * from the draft's base and history, so a reload reopens the same document with the same undo
 * stack; every `fp-edit` saves the draft guarded by its revision: a save from a second tab wins
 * nothing silently (a conflict is said, nothing is overwritten). "Công bố" opens the publish view.
 */
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { PackDraftConflictError, describeError } from '@formplan/core';
import type { EditSession } from '@formplan/core';
import type { PackDraftRecord, PackRecord } from '@formplan/core';
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
}

/** What the last save said. */
type SaveState = { kind: 'saved'; revision: number } | { kind: 'conflict' } | { kind: 'failed'; error: unknown };

export class PackEditor extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;
  @property() packId = '';
  @property() version = '';
  @state() private saveState?: SaveState;
  @state() private publishing = false;
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
      const opened = { draft, session, journal };
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

  private async saveOnce({ draft, session, journal }: Opened): Promise<void> {
    const seq = journal.lastSeq;
    try {
      const stored = await this.ctx.store.putPackDraft({
        id: draft.id, version: draft.version, basedOn: draft.basedOn, origin: draft.origin,
        base: session.base, history: session.history(), source: session.doc,
      }, this.revision);
      this.revision = stored.revision;
      journal.committed(seq, stored.revision);
      this.saveState = { kind: 'saved', revision: stored.revision };
    } catch (e) {
      this.saveState = e instanceof PackDraftConflictError ? { kind: 'conflict' } : { kind: 'failed', error: e };
    }
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
              @click=${async () => {
                await this.saving;
                this.publishing = true;
              }}>${term(lang, 'host', 'editor.publish')}</button>
          </div>
          ${this.renderSaveState()}
          ${this.publishing
            ? html`<formplan-publish-view .ctx=${this.ctx} .draft=${draft} .session=${session} .metaSchemas=${this.metaSchemas}
                @cancel=${() => (this.publishing = false)}></formplan-publish-view>`
            : nothing}
          <fp-schema-editor ?hidden=${this.publishing} .session=${session} .metaSchemas=${this.metaSchemas} lang=${lang}
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

  private renderSaveState() {
    const s = this.saveState;
    const { lang } = this.ctx;
    if (s?.kind === 'conflict') return html`<div class="error" role="alert">${term(lang, 'host', 'editor.conflict')}</div>`;
    if (s?.kind === 'failed') return html`<div class="error" role="alert">${term(lang, 'host', 'editor.saveFailed', { reason: describeError(s.error, lang) })}</div>`;
    return html`<p class="muted" role="status">${s ? term(lang, 'host', 'editor.saved', { revision: s.revision }) : ''}</p>`;
  }
}

customElements.define('formplan-pack-editor', PackEditor);
declare global {
  interface HTMLElementTagNameMap {
    'formplan-pack-editor': PackEditor;
  }
}
