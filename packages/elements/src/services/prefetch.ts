/**
 * Fetches, while the page is online and idle, the code a form loads on first need (load-runtime.ts,
 * page-parser.ts), so a ward who loses the network after the page loaded can still open, fill and
 * save a form: the store and the interpreter always, the expression parser when the page has no
 * trees parsed ahead of time (no `validators-src`). A failure is ignored here: the first real need
 * loads again and says so in the form.
 */
import { loadRuntime } from './load-runtime.js';
import { loadExpressionParser } from './page-parser.js';

let runtimeAsked = false;
let parserAsked = false;

const whenIdle = (fn: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 0);
};

/**
 * Starts fetching the run-time chunk now (once per page): every form first needs it (a pack
 * form's store, a schema form's interpreter), so it loads beside the page's own start-up rather
 * than when the first form is mounted.
 */
export function fetchRuntimeNow(): void {
  if (runtimeAsked) return;
  runtimeAsked = true;
  loadRuntime().catch(() => { runtimeAsked = false; });
}

/** Asks once per page for the run-time chunk and, with `withParser`, the parser's chunk. */
export function prefetchFormCode(withParser: boolean): void {
  const runtime = !runtimeAsked;
  const parser = withParser && !parserAsked;
  if (!runtime && !parser) return;
  runtimeAsked = true;
  if (parser) parserAsked = true;
  whenIdle(() => {
    if (runtime) loadRuntime().catch(() => { runtimeAsked = false; });
    if (parser) loadExpressionParser().catch(() => { parserAsked = false; });
  });
}
