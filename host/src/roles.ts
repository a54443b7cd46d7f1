/**
 * Roles of the host. This is a convenience for one shared computer, not security: real
 * authentication belongs to the portal that embeds formplan.
 */
export type Role = { kind: 'admin' } | { kind: 'officer' } | { kind: 'ward'; ward: string };

/** The pages of the host. */
export type Page =
  | 'reports' | 'form' | 'assessment' | 'export'
  | 'board' | 'review' | 'totals' | 'import' | 'assessments'
  | 'plan' | 'tracker' | 'pack'
  | 'packs' | 'editor' | 'rollover' | 'sync';

const WARD_PAGES: readonly Page[] = ['reports', 'form', 'assessment', 'export', 'plan', 'sync'];
const OFFICER_PAGES: readonly Page[] = ['board', 'review', 'totals', 'import', 'assessments', 'plan', 'tracker', 'sync'];
const ADMIN_PAGES: readonly Page[] = [...OFFICER_PAGES, 'pack', 'packs', 'rollover', 'editor'];

/** The pages a role may open. */
export function pagesFor(role: Role): readonly Page[] {
  return role.kind === 'ward' ? WARD_PAGES : role.kind === 'officer' ? OFFICER_PAGES : ADMIN_PAGES;
}

/** Whether a role may open a page. */
export function mayOpen(role: Role, page: Page): boolean {
  return pagesFor(role).includes(page);
}

/** The page a role starts on. */
export function homeOf(role: Role): Page {
  return role.kind === 'ward' ? 'reports' : 'board';
}

const KEY = 'formplan.role';

/** The role chosen on this computer (kept in localStorage), if any. */
export function savedRole(): Role | undefined {
  try {
    const r = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Role | null;
    if (r && (r.kind === 'admin' || r.kind === 'officer' || (r.kind === 'ward' && typeof r.ward === 'string'))) return r;
  } catch {
    /* a damaged entry is ignored */
  }
  return undefined;
}

/** Remembers the role. */
export function saveRole(role: Role | undefined): void {
  if (role) localStorage.setItem(KEY, JSON.stringify(role));
  else localStorage.removeItem(KEY);
}
