/** The matrix grid of the editor: like the form's table, with header cells as buttons. */
import { css } from 'lit';

export const matrixStyles = css`
  .settings { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: end; margin-block: 0.5rem; }
  .grid-wrap { overflow: auto; max-width: 100%; }
  .grid { border-collapse: collapse; font-size: 0.9em; }
  .grid caption { text-align: start; font-weight: 600; padding-block: 0.25rem; }
  .grid th, .grid td { border: 1px solid var(--_fp-color-border-subtle); padding: 0.2rem; vertical-align: top; }
  .grid thead th { background: var(--_fp-color-header-bg); }
  .grid td { min-width: 2.5rem; background: var(--_fp-color-readonly-bg); }
  .grid th[scope='row'] { text-align: start; font-weight: normal; background: var(--_fp-color-header-bg); }
  .grid th.depth-2 { padding-inline-start: 1.25rem; }
  .grid .colhead { width: 100%; background: none; border: none; text-align: center; font-weight: 600; }
  .grid .colhead[aria-expanded='true'] { outline: 2px solid var(--_fp-color-primary); }
  .grid .rowtoggle { display: block; font-size: 0.8em; margin-block-start: 0.15rem; padding: 0 0.3rem; }
  .grid th.retired, .hidden-row th span:first-child { text-decoration: line-through; color: var(--_fp-color-muted); }
  .col-actions { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: end; border: 1px solid var(--_fp-color-primary);
    border-radius: var(--_fp-radius); padding: 0.5rem; margin-block: 0.5rem; }
  .col-actions .row { display: flex; gap: 0.4rem; }
`;
