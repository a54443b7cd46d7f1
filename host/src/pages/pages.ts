/** Page dispatch: one function per page of the host. */
import type { TemplateResult } from 'lit';
import type { PageContext } from './page-context.js';
import type { Page } from '../roles.js';
import { packPage } from './pack-page.js';
import { reportsPage, formPage, assessmentPage, exportPage } from './ward-pages.js';
import { boardPage, reviewPage, totalsPage, assessmentsPage } from './district-pages.js';
import { importPage } from './import-page.js';
import { planPage, trackerPage } from './plan-pages.js';
import { packsPage } from './packs-page.js';
import { editorPage, rolloverPage } from './admin-lazy.js';
import { syncPage } from './sync-page.js';

const PAGES: Record<Page, (ctx: PageContext) => TemplateResult> = {
  reports: reportsPage,
  form: formPage,
  assessment: assessmentPage,
  export: exportPage,
  board: boardPage,
  review: reviewPage,
  totals: totalsPage,
  import: importPage,
  assessments: assessmentsPage,
  plan: planPage,
  tracker: trackerPage,
  pack: packPage,
  packs: packsPage,
  editor: editorPage,
  rollover: rolloverPage,
  sync: syncPage,
};

/** Renders a page the role may open. */
export function renderPage(page: Page, ctx: PageContext): TemplateResult {
  return PAGES[page](ctx);
}
