/** The plan as the official document, and as a task tracker. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { term } from '../host-strings.js';
import type { PageContext } from './page-context.js';

/** The official document. */
export function planPage(ctx: PageContext): TemplateResult {
  return html`<div class="toolbar"><button @click=${() => window.print()}>${term(ctx.lang, 'host', 'print')}</button></div>
    <fp-plan .pack=${ctx.pack} .store=${ctx.store} view="document" lang=${ctx.lang}></fp-plan>`;
}

/** Each agency's tasks with status and notes, and each target with its live value. */
export function trackerPage(ctx: PageContext): TemplateResult {
  return html`<fp-plan .pack=${ctx.pack} .store=${ctx.store} view="tracker" lang=${ctx.lang}></fp-plan>`;
}
