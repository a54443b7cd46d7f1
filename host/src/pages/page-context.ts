/** What every host page is given by the shell, and the small helpers the pages share. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PackRecord, PackSource, Store } from '@formplan/core';
import { describeError } from '@formplan/core';
import type { FpOpenDetail, FpOpenEvent } from '@formplan/elements';
import type { Page, Role } from '../roles.js';
import { term } from '../host-strings.js';
import type { Lang } from '../host-strings.js';
import type { HostSync } from '../host-sync.js';

/** Everything a page needs. */
export interface PageContext {
  /** the newest published version of the chosen year */
  pack: PackSource;
  /** every stored (published, immutable) pack version */
  packs: PackRecord[];
  store: Store;
  role: Role;
  lang: Lang;
  today: string;
  args: string[];
  /** counts the store changes the shell was told about: a page's loads re-run when it changes */
  version: number;
  /** navigates to another page */
  go(page: Page, ...args: string[]): void;
  /** asks the shell to repaint (after a store change a page made) */
  refresh(): void;
  /** asks the shell to read the stored pack versions again (after a publish or an import) */
  packsChanged(): Promise<void>;
  /** sync through CouchDB: its settings, login and status (off unless a server URL is saved) */
  sync: HostSync;
}

/** The title of a page in the shell's language. */
export function pageTitle(ctx: PageContext, page: Page): string {
  return term(ctx.lang, 'host', `page.${page}`);
}

/** The wards of the pack. */
export function wardsOf(pack: PackSource) {
  return pack.orgUnits.filter((o) => o.level === 'ward');
}

/** The status line shown while a page section loads. */
export function loadingStatus(lang: Lang): TemplateResult {
  return html`<p role="status">${term(lang, 'host', 'loading')}</p>`;
}

/** A section's load failure. */
export function loadError(error: unknown, lang: Lang): TemplateResult {
  return html`<div class="error" role="alert">${describeError(error, lang)}</div>`;
}

/** The reporting calendar of one ward (`ward`) or of every ward for one period (`period`). */
export function calendarBlock(ctx: PageContext, target: { ward: string } | { period: string }, onOpen: (detail: FpOpenDetail) => void): TemplateResult {
  return html`<fp-calendar
    .pack=${ctx.pack}
    .store=${ctx.store}
    ward=${ifDefined('ward' in target ? target.ward : undefined)}
    period=${ifDefined('period' in target ? target.period : undefined)}
    today=${ctx.today}
    lang=${ctx.lang}
    @fp-open=${(e: FpOpenEvent) => onOpen(e.detail)}
  ></fp-calendar>`;
}
