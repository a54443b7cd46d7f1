/** Hash routes: `#/<page>/<arg>/<arg>…`, e.g. `#/form/bieu-02/2018-H1`. */
import type { Page } from './roles.js';

export interface Route {
  page: Page | '';
  args: string[];
}

/** Reads the current hash. */
export function currentRoute(hash = location.hash): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return { page: (parts[0] ?? '') as Page, args: parts.slice(1) };
}

/** The hash of a route. */
export function href(page: Page, ...args: string[]): string {
  return '#/' + [page, ...args].map(encodeURIComponent).join('/');
}
