/**
 * `<formplan-host>`: the reference host app. Role choice, navigation, clock and language, and the
 * pages of a ward's and a district's year, each built from the formplan elements.
 */
import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { PackRecord, PackSource, Store } from '@formplan/core';
import { FpAggregate, FpCalendar, FpForm } from '@formplan/elements';
import { IdbStore, describeError } from '@formplan/core';
import { bootstrapPacks } from './bootstrap.js';
import type { BundledPackErrors } from './bootstrap.js';
import { chooseYear, publishedYears, savedYear, saveYear } from './years.js';
import type { YearChoice } from './years.js';
import { currentRoute, href } from './route.js';
import type { Route } from './route.js';
import { homeOf, mayOpen, pagesFor, savedRole, saveRole } from './roles.js';
import type { Page, Role } from './roles.js';
import { hostStyles } from './host-styles.js';
import { displayDate, parseDisplayDate, pick, toLang } from '@formplan/elements/i18n';
import { term } from './host-strings.js';
import type { Lang } from './host-strings.js';
import { renderPage } from './pages/pages.js';
import type { PageContext } from './pages/page-context.js';
import { defaultViewingDate, realToday, todayFromUrl } from './viewing-date.js';
import { HostSync } from './host-sync.js';
import { syncStatusBar } from './sync-status-bar.js';

/** Pages reached from another page, not from the navigation. */
const inNav = (p: Page): boolean => p !== 'form' && p !== 'review' && p !== 'editor';

export class FormplanHost extends LitElement {
  static override styles = hostStyles;

  /** every stored (published) pack version; undefined until the boot read them */
  @state() private records?: PackRecord[];
  /** bundled packs that could not be stored */
  @state() private refused: BundledPackErrors[] = [];
  /** the year this tab chose */
  @state() private year?: number = savedYear();
  @state() private fatal?: { error: unknown };
  @state() private userRole?: Role = savedRole();
  @state() private route: Route = currentRoute();
  @state() private uiLang: Lang = toLang(localStorage.getItem('formplan.lang'));
  /** the viewing date; set from the pack's year on boot when neither the address nor this tab gave one */
  @state() private today?: string = todayFromUrl() ?? sessionStorage.getItem('formplan.today') ?? undefined;
  @state() private todayInvalid = false;
  @state() private tick = 0;

  /** the one store of the page (the elements get it from the provider), stamping times by the viewing date */
  readonly store: Store = new IdbStore({ now: () => this.clock() });

  /** sync through CouchDB when a server URL is saved (host-sync.ts); a pull that imports records reloads the page's data */
  readonly sync = new HostSync(this, { store: this.store, onImported: (packs) => void this.imported(packs) });

  private readonly onHash = () => {
    this.route = currentRoute();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
    void this.boot();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHash);
    super.disconnectedCallback();
  }

  private async boot(): Promise<void> {
    try {
      const r = await bootstrapPacks(this.store);
      this.refused = r.refused;
      this.records = r.packs;
      const chosen = this.chosen;
      if (chosen) this.today ??= defaultViewingDate(chosen.pack, realToday());
      this.sync.setRole(this.userRole);
    } catch (e) {
      this.fatal = { error: e };
    }
  }

  /** Reads the stored pack versions again (after the administrator published or imported one). */
  private async packsChanged(): Promise<void> {
    this.records = await this.store.listPacks();
    this.tick++;
  }

  /** Records came from the sync server: read the store again (page tasks and the elements' loads). */
  private async imported(packs: boolean): Promise<void> {
    if (packs) await this.packsChanged();
    else this.tick++;
    await this.updateComplete;
    // an open report hears of a return, reopening or acceptance at once (its typed values stay)
    for (const el of this.renderRoot.querySelectorAll('fp-calendar, fp-aggregate, fp-form')) {
      if (el instanceof FpCalendar || el instanceof FpAggregate || el instanceof FpForm) void el.refresh();
    }
  }

  private get years(): YearChoice[] {
    return publishedYears(this.records ?? []);
  }

  /** The chosen year with its newest published version. */
  private get chosen(): YearChoice | undefined {
    return chooseYear(this.years, this.year, this.today);
  }

  /** The pack of the chosen year (its newest published version). */
  private get pack(): PackSource | undefined {
    return this.chosen?.pack;
  }

  /** Chooses a year for this tab; the viewing date moves into it when it was in another year. */
  private setYear(year: number): void {
    const choice = this.years.find((c) => c.year === year);
    if (!choice) return;
    this.year = year;
    saveYear(year);
    if (!this.today?.startsWith(`${year}-`)) {
      this.today = defaultViewingDate(choice.pack, realToday());
      sessionStorage.setItem('formplan.today', this.today);
    }
  }

  private setRole(role: Role | undefined): void {
    this.userRole = role;
    saveRole(role);
    this.sync.setRole(role);
    location.hash = role ? href(homeOf(role)) : '';
  }

  private setLang(lang: Lang): void {
    this.uiLang = lang;
    localStorage.setItem('formplan.lang', lang);
    document.documentElement.lang = lang;
  }

  /**
   * The clock the elements inside use (submission and review times): the viewing date at the
   * current time of day, so a report submitted "on 16/05/2018" is dated 16/05/2018.
   */
  private readonly clock = (): Date => {
    const now = new Date();
    const [y, m, d] = (this.today ?? realToday(now)).split('-').map(Number);
    now.setFullYear(y, m - 1, d);
    return now;
  };

  /** Takes a viewing date typed as dd/mm/yyyy (or d/m/yyyy, d-m-yyyy, d.m.yyyy). */
  private setToday(text: string): void {
    const iso = parseDisplayDate(text);
    this.todayInvalid = !iso;
    if (!iso) return;
    this.today = iso;
    sessionStorage.setItem('formplan.today', iso);
  }

  override render(): TemplateResult {
    return html`<a class="skip" href="#main">${term(this.uiLang, 'host', 'skip')}</a>
      <header class="top" part="header">
        <div class="brand">
          <strong>formplan</strong>
          <span>${this.pack ? pick(this.pack.manifest.title, this.uiLang) : ''}</span>
        </div>
        <div class="controls">
          ${this.renderYearSelect()}
          <label>${term(this.uiLang, 'host', 'today')}
            <input type="text" class="date" inputmode="numeric" autocomplete="off" placeholder="dd/mm/yyyy"
              aria-describedby="today-hint" aria-invalid=${this.todayInvalid ? 'true' : 'false'}
              .value=${this.today ? displayDate(this.today) : ''}
              @change=${(e: Event) => this.setToday((e.target as HTMLInputElement).value)} />
          </label>
          <span id="today-hint" class="hint" role=${this.todayInvalid ? 'alert' : nothing}>${term(this.uiLang, 'host', this.todayInvalid ? 'todayInvalid' : 'todayHint')}</span>
          <label>${term(this.uiLang, 'host', 'language')}
            <select @change=${(e: Event) => this.setLang(toLang((e.target as HTMLSelectElement).value))}>
              <option value="vi" ?selected=${this.uiLang === 'vi'}>Tiếng Việt</option>
              <option value="en" ?selected=${this.uiLang === 'en'}>English</option>
            </select>
          </label>
          ${this.userRole ? html`<button @click=${() => this.setRole(undefined)}>${term(this.uiLang, 'host', 'switchRole')}</button>` : nothing}
        </div>
      </header>
      ${this.userRole && this.pack ? this.renderNav(this.userRole) : nothing}
      <main id="main" tabindex="-1"><fp-provider lang=${this.uiLang} .clock=${this.clock} .store=${this.store}>${this.renderMain()}</fp-provider></main>`;
  }

  private renderYearSelect(): TemplateResult | typeof nothing {
    const years = this.years;
    const chosen = this.chosen;
    if (!chosen) return nothing;
    return html`<label>${term(this.uiLang, 'host', 'year')}
      <select class="year" @change=${(e: Event) => this.setYear(Number((e.target as HTMLSelectElement).value))}>
        ${years.map((c) => html`<option value=${c.year} ?selected=${c === chosen}>${c.year} (${c.record.version})</option>`)}
      </select>
    </label>`;
  }

  private renderNav(role: Role): TemplateResult {
    const pages = pagesFor(role).filter(inNav);
    return html`<nav aria-label=${term(this.uiLang, 'host', 'navigation')}>
      <span class="who">${this.roleLabel(role)}</span>
      <ul>
        ${pages.map(
          (p) => html`<li><a href=${href(p)} aria-current=${this.route.page === p ? 'page' : 'false'}>${term(this.uiLang, 'host', `page.${p}`)}</a></li>`,
        )}
      </ul>
      ${syncStatusBar(this.sync, this.uiLang)}
    </nav>`;
  }

  private roleLabel(role: Role): string {
    if (role.kind === 'ward') {
      const w = this.pack?.orgUnits.find((o) => o.code === role.ward);
      return `${term(this.uiLang, 'host', 'wardOfficer')}: ${w?.name ?? role.ward}`;
    }
    return term(this.uiLang, 'host', role.kind === 'admin' ? 'admin' : 'officer');
  }

  private renderMain(): TemplateResult {
    if (this.fatal) return html`<div class="error" role="alert">${term(this.uiLang, 'host', 'storeFailed')}: ${describeError(this.fatal.error, this.uiLang)}</div>`;
    const pack = this.pack;
    if (!pack && this.records) return this.renderRefused();
    if (!pack) return html`<p role="status">${term(this.uiLang, 'host', 'loading')}</p>`;
    if (!this.userRole) return this.renderRoleChoice(pack);
    const page = this.route.page || homeOf(this.userRole);
    if (!mayOpen(this.userRole, page)) {
      return html`<div class="error" role="alert">${term(this.uiLang, 'host', 'forbidden')}</div>
        <p><a href=${href(homeOf(this.userRole))}>${term(this.uiLang, 'host', 'backHome')}</a></p>`;
    }
    const ctx: PageContext = {
      pack,
      packs: this.records ?? [],
      store: this.store,
      role: this.userRole,
      lang: this.uiLang,
      today: this.today ?? realToday(),
      args: this.route.args,
      version: this.tick,
      go: (p, ...args) => {
        location.hash = href(p, ...args);
      },
      refresh: () => {
        this.tick++;
        this.sync.localChange();
      },
      packsChanged: () => this.packsChanged(),
      sync: this.sync,
    };
    return html`${this.userRole.kind === 'admin' && this.refused.length ? this.renderRefused() : nothing}${renderPage(page, ctx)}`;
  }

  /** The bundled packs that could not be stored, each error with its file and place. */
  private renderRefused(): TemplateResult {
    return html`<div class="error" role="alert">
      <p><strong>${term(this.uiLang, 'host', 'packInvalid')}</strong></p>
      ${this.refused.map((r) => html`<p><code>${r.folder}</code></p>
        <ul>${r.errors.map((e) => html`<li><code>${e.file}${e.pointer ? ' ' + e.pointer : ''}</code>: ${e.message.vi}${e.message.en ? html` <span lang="en">(${e.message.en})</span>` : nothing}</li>`)}</ul>`)}
    </div>`;
  }

  private renderRoleChoice(pack: PackSource): TemplateResult {
    const wards = pack.orgUnits.filter((o) => o.level === 'ward');
    return html`<section class="card">
      <h1>${term(this.uiLang, 'host', 'chooseRole')}</h1>
      <p>${term(this.uiLang, 'host', 'roleNote')}</p>
      <div class="roles">
        <button @click=${() => this.setRole({ kind: 'admin' })}>${term(this.uiLang, 'host', 'admin')}</button>
        <button @click=${() => this.setRole({ kind: 'officer' })}>${term(this.uiLang, 'host', 'officer')}</button>
      </div>
      <h2>${term(this.uiLang, 'host', 'wardOfficer')}</h2>
      <ul class="wards">
        ${wards.map((w) => html`<li><button @click=${() => this.setRole({ kind: 'ward', ward: w.code })}>${w.name}</button></li>`)}
      </ul>
    </section>`;
  }
}

customElements.define('formplan-host', FormplanHost);
