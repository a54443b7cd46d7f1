/** The matrix grid of the editor: like the form's table, with header cells as buttons. */
import { css } from 'lit';

export const matrixStyles = css`
  .settings { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: end; margin-block: 0.5rem; }
  /* The grid scrolls inside its own region (sticky head and row headers, like the form's
     table) rather than squeezing its row headers to a word a line. */
  .grid-wrap { overflow: auto; max-width: 100%; max-height: 70vh; border: 1px solid var(--_fp-color-border-subtle); }
  .grid { border-collapse: separate; border-spacing: 0; font-size: 0.9em; }
  .grid caption { text-align: start; font-weight: 600; padding: 0.25rem; }
  .grid th, .grid td { border-inline-end: 1px solid var(--_fp-color-border-subtle); border-block-end: 1px solid var(--_fp-color-border-subtle);
    padding: 0.2rem 0.3rem; vertical-align: top; }
  .grid thead th, .grid thead td { background: var(--_fp-color-header-bg); position: sticky; top: 0; z-index: 2; min-width: 6rem; }
  .grid td { min-width: 3rem; background: var(--_fp-color-readonly-bg); }
  .grid th[scope='row'], .grid .corner { position: sticky; inset-inline-start: 0; z-index: 1; text-align: start; font-weight: normal;
    background: var(--_fp-color-header-bg); min-width: 16rem; max-width: 24rem; }
  .grid thead .corner { z-index: 3; }
  .grid .row-head { display: flex; gap: 0.5rem; align-items: flex-start; justify-content: space-between; }
  .grid th.depth-2 .row-head { padding-inline-start: 1rem; }
  .grid .colhead { width: 100%; background: none; border: none; text-align: center; font-weight: 600; }
  .grid .colhead[aria-expanded='true'] { outline: 2px solid var(--_fp-color-primary); }
  .grid .rowtoggle { flex: none; font-size: 0.8em; padding: 0 0.3rem; white-space: nowrap; }
  .grid th.retired, .hidden-row th .row-name { text-decoration: line-through; color: var(--_fp-color-muted); }
  .col-actions { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: end; border: 1px solid var(--_fp-color-primary);
    border-radius: var(--_fp-radius); padding: 0.5rem; margin-block: 0.5rem; }
  .col-actions .row { display: flex; gap: 0.4rem; }
`;
