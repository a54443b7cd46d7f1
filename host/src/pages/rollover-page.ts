/**
 * `<formplan-rollover-page>`: the new-year wizard `<fp-rollover>` over the published packs; the
 * pack it creates is stored as a draft (origin `rollover`) and opened in the editor. A year that
 * has a pack already gets the next free version (the wizard says which).
 */
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { describeError } from '@formplan/core';
import type { PackSource, PackVersionRef } from '@formplan/core';
import { term } from '../host-strings.js';
import { metaSchemas } from '../pack-source.js';
import { publishedYears } from '../years.js';
import type { PageContext } from './page-context.js';
import { draftFromRollover } from './pack-drafts.js';

export class RolloverPage extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;
  @state() private failure?: unknown;
  private readonly metaSchemas = metaSchemas();
  /** every stored version, published or draft: the wizard never gives the new pack a taken one */
  private readonly taken = new Task(this, {
    args: () => [this.ctx.store, this.ctx.packs] as const,
    task: async ([store, packs]): Promise<PackVersionRef[]> => [...packs, ...(await store.listPackDrafts())].map(({ id, version }) => ({ id, version })),
  });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private async create(pack: PackSource): Promise<void> {
    try {
      const draft = await draftFromRollover(this.ctx.store, pack);
      this.ctx.go('editor', draft.id, draft.version);
    } catch (e) {
      this.failure = e;
    }
  }

  override render() {
    const { ctx } = this;
    const published = publishedYears(ctx.packs).map((c) => c.pack);
    if (!published.length) return html`<p>${term(ctx.lang, 'host', 'rollover.none')}</p>`;
    return html`<p>${term(ctx.lang, 'host', 'rollover.intro')}</p>
      <div role="alert">${this.failure ? html`<p class="error">${describeError(this.failure, ctx.lang)}</p>` : ''}</div>
      <fp-rollover .packs=${published} .metaSchemas=${this.metaSchemas} .taken=${this.taken.value ?? []} .store=${ctx.store} lang=${ctx.lang}
        @fp-rollover-create=${(e: CustomEvent<{ pack: PackSource }>) => this.create(e.detail.pack)}></fp-rollover>`;
  }
}

customElements.define('formplan-rollover-page', RolloverPage);
declare global {
  interface HTMLElementTagNameMap {
    'formplan-rollover-page': RolloverPage;
  }
}
