/**
 * The editor and the rollover pages load their code on first use: the editor bundle
 * (`@formplan/elements/editor`), the authoring core and the host's editor pages are a chunk of
 * their own (admin-editor.ts), never part of what a ward's pages load.
 */
import { LitElement, html } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { term } from '../host-strings.js';
import { loadError, pageTitle } from './page-context.js';
import type { PageContext } from './page-context.js';

export class AdminLazy extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;
  @property() view: 'editor' | 'rollover' = 'editor';

  private readonly code = new Task(this, {
    // the editor bundle first: the host's editor pages render its elements
    task: async () => {
      await import('@formplan/elements/editor');
      await import('./admin-editor.js');
    },
    args: () => [] as const,
  });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render() {
    const { ctx } = this;
    return this.code.render({
      pending: () => html`<p role="status">${term(ctx.lang, 'host', 'editor.loading')}</p>`,
      error: (e) => loadError(e, ctx.lang),
      complete: () =>
        this.view === 'editor'
          ? html`<formplan-pack-editor .ctx=${ctx} .packId=${ctx.args[0] ?? ''} .version=${ctx.args[1] ?? ''}></formplan-pack-editor>`
          : html`<formplan-rollover-page .ctx=${ctx}></formplan-rollover-page>`,
    });
  }
}

customElements.define('formplan-admin-lazy', AdminLazy);
declare global {
  interface HTMLElementTagNameMap {
    'formplan-admin-lazy': AdminLazy;
  }
}

/** `#/editor/<id>/<version>`: a pack draft in the editor. */
export function editorPage(ctx: PageContext): TemplateResult {
  return html`<h1>${pageTitle(ctx, 'editor')} — ${ctx.args[0] ?? ''} ${ctx.args[1] ?? ''}</h1>
    <formplan-admin-lazy .ctx=${ctx} view="editor"></formplan-admin-lazy>`;
}

/** `#/rollover`: a new year from a published pack. */
export function rolloverPage(ctx: PageContext): TemplateResult {
  return html`<h1>${pageTitle(ctx, 'rollover')}</h1>
    <formplan-admin-lazy .ctx=${ctx} view="rollover"></formplan-admin-lazy>`;
}
