/**
 * The sync settings page (`#/sync`): the CouchDB database URL, login with CouchDB's `_session`
 * (the server keeps the session in a cookie; formplan keeps no password), log out, turn sync off.
 * The URL is checked by core's `checkDbUrl`; the sync module loads only when the user acts here.
 */
import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { describeError } from '@formplan/core';
import { pick } from '@formplan/elements/i18n';
import { term } from '../host-strings.js';
import { loadSyncModule } from '../host-sync.js';
import { pageTitle } from './page-context.js';
import type { PageContext } from './page-context.js';

type Field = 'url' | 'user' | 'password';

export class SyncSettingsPage extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;
  @state() private url = '';
  @state() private user = '';
  @state() private password = '';
  /** the field that is wrong and why, or the server's refusal (field undefined) */
  @state() private problem: { field?: Field; text: string } | undefined;
  @state() private done = '';
  @state() private busy = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const s = this.ctx.sync.settings;
    this.url = s?.dbUrl ?? '';
    this.user = s?.user ?? '';
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    const lang = this.ctx.lang;
    this.done = '';
    this.problem = undefined;
    if (!this.user.trim()) {
      this.problem = { field: 'user', text: term(lang, 'host', 'sync.userMissing') };
      return;
    }
    if (!this.password) {
      this.problem = { field: 'password', text: term(lang, 'host', 'sync.passwordMissing') };
      return;
    }
    this.busy = true;
    try {
      const checked = (await loadSyncModule()).checkDbUrl(this.url);
      if (!checked.ok) {
        this.problem = { field: 'url', text: pick(checked.message, lang) };
        return;
      }
      this.url = checked.url;
      await this.ctx.sync.login(checked.url, this.user.trim(), this.password);
      this.password = '';
      this.done = term(lang, 'host', 'sync.loggedInAs', { url: checked.url, user: this.user.trim() });
    } catch (err) {
      this.problem = { text: describeError(err, lang) };
    } finally {
      this.busy = false;
    }
  }

  private async act(what: 'logout' | 'off'): Promise<void> {
    const lang = this.ctx.lang;
    this.problem = undefined;
    try {
      if (what === 'logout') await this.ctx.sync.logout();
      else await this.ctx.sync.turnOff();
      this.done = term(lang, 'host', what === 'logout' ? 'sync.loggedOut' : 'sync.offDone');
      if (what === 'off') this.url = '';
    } catch (err) {
      this.problem = { text: describeError(err, lang) };
    }
  }

  /** The org unit the logged-in user syncs for (the ward, or the district). */
  private whoOf(): string {
    const scope = this.ctx.sync.settings?.scope;
    const unit = scope?.role === 'ward'
      ? this.ctx.pack.orgUnits.find((o) => o.code === scope.ward)
      : this.ctx.pack.orgUnits.find((o) => o.level === 'district');
    return unit?.name ?? '';
  }

  private field(name: Field, label: string, input: TemplateResult): TemplateResult {
    const wrong = this.problem?.field === name;
    return html`<label>${label}${input}</label>
      ${name === 'url' ? html`<span id="sync-url-hint" class="muted">${term(this.ctx.lang, 'host', 'sync.urlHint')}</span>` : nothing}
      ${wrong ? html`<span id=${`sync-${name}-error`} class="error" role="alert">${this.problem?.text}</span>` : nothing}`;
  }

  private describedBy(name: Field): string {
    const ids = name === 'url' ? ['sync-url-hint'] : [];
    if (this.problem?.field === name) ids.push(`sync-${name}-error`);
    return ids.join(' ');
  }

  override render(): TemplateResult {
    const lang = this.ctx.lang;
    const s = this.ctx.sync.settings;
    const invalid = (name: Field) => (this.problem?.field === name ? 'true' : 'false');
    const value = (e: Event) => (e.target as HTMLInputElement).value;
    return html`<section class="card sync-settings">
      <h1>${pageTitle(this.ctx, 'sync')}</h1>
      <p>${term(lang, 'host', 'sync.intro')}</p>
      ${s?.user && !this.done ? html`<p>${term(lang, 'host', 'sync.loggedInAs', { url: s.dbUrl, user: s.user })}</p>` : nothing}
      ${s?.user && this.ctx.sync.differsFrom(this.ctx.role) ? html`<p class="error" role="status">${term(lang, 'host', 'sync.otherScope', { user: s.user, who: this.whoOf() })}</p>` : nothing}
      <form @submit=${(e: Event) => this.submit(e)} novalidate>
        ${this.field('url', term(lang, 'host', 'sync.url'), html`<input type="url" name="url" autocomplete="url" inputmode="url"
          .value=${this.url} aria-invalid=${invalid('url')} aria-describedby=${this.describedBy('url')}
          @input=${(e: Event) => { this.url = value(e); }} />`)}
        ${this.field('user', term(lang, 'host', 'sync.user'), html`<input type="text" name="username" autocomplete="username"
          .value=${this.user} aria-invalid=${invalid('user')} aria-describedby=${this.describedBy('user')}
          @input=${(e: Event) => { this.user = value(e); }} />`)}
        ${this.field('password', term(lang, 'host', 'sync.password'), html`<input type="password" name="password" autocomplete="current-password"
          .value=${this.password} aria-invalid=${invalid('password')} aria-describedby=${this.describedBy('password')}
          @input=${(e: Event) => { this.password = value(e); }} />`)}
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${term(lang, 'host', this.busy ? 'sync.loggingIn' : 'sync.login')}</button>
          ${s?.user ? html`<button type="button" @click=${() => this.act('logout')}>${term(lang, 'host', 'sync.logout')}</button>` : nothing}
          ${s ? html`<button type="button" @click=${() => this.act('off')}>${term(lang, 'host', 'sync.off')}</button>` : nothing}
        </div>
      </form>
      ${this.problem && !this.problem.field ? html`<div class="error" role="alert">${this.problem.text}</div>` : nothing}
      ${this.done ? html`<p class="ok" role="status">${this.done}</p>` : nothing}
    </section>`;
  }
}

customElements.define('formplan-sync-settings', SyncSettingsPage);

/** The sync settings page. */
export function syncPage(ctx: PageContext): TemplateResult {
  return html`<formplan-sync-settings .ctx=${ctx}></formplan-sync-settings>`;
}
