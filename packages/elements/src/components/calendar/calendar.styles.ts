/** Styles of `<fp-calendar>`: a plain, readable table; status shown by colour AND text. */
import { css } from 'lit';
import { tableStyles } from '../../styles/table-styles.js';
import { tokenStyles } from '../../styles/tokens.js';

export const calendarStyles = [tokenStyles, tableStyles, css`
  :host {
    --fp-status-not-due-bg: #eceff1;
    --fp-status-open-bg: #e3f2fd;
    --fp-status-draft-bg: #fff8e1;
    --fp-status-submitted-bg: #e8f5e9;
    --fp-status-accepted-bg: #c8e6c9;
    --fp-status-returned-bg: #ffe0b2;
    --fp-status-late-bg: #ffebee;
    --fp-status-locked-bg: #e0e0e0;
    --fp-status-reopened-bg: #f3e5f5;
  }
  table {
    width: 100%;
  }
  th,
  td {
    padding: 0.25rem;
  }
  tfoot th,
  tfoot td {
    background: var(--_fp-color-header-bg);
  }
  button {
    font: inherit;
    color: inherit;
    width: 100%;
    min-height: 2.75rem;
    text-align: start;
    cursor: pointer;
    border: 1px solid var(--_fp-color-border);
    border-radius: var(--_fp-radius);
    padding: 0.25rem 0.375rem;
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
  }
  button:focus-visible {
    outline: 3px solid var(--_fp-color-focus);
    outline-offset: 1px;
  }
  .status {
    font-weight: 600;
  }
  .due,
  .note {
    font-size: 0.85em;
  }
  [data-status='not-due'] { background: var(--fp-status-not-due-bg); }
  [data-status='open'] { background: var(--fp-status-open-bg); }
  [data-status='draft'] { background: var(--fp-status-draft-bg); }
  [data-status='submitted'] { background: var(--fp-status-submitted-bg); }
  [data-status='accepted'] { background: var(--fp-status-accepted-bg); }
  [data-status='returned'] { background: var(--fp-status-returned-bg); border-style: dashed; }
  [data-status='late'] { background: var(--fp-status-late-bg); border-width: 2px; }
  [data-status='locked'] { background: var(--fp-status-locked-bg); }
  [data-status='reopened'] { background: var(--fp-status-reopened-bg); border-style: dotted; }
  .na {
    color: var(--_fp-color-muted);
    text-align: center;
  }
  .summary {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
`];
