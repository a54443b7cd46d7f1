/** Styles of the editor panels: compact labelled fields, vi/en side by side, alerts at the place. */
import { css } from 'lit';
import { buttonStyles } from '../../../styles/button-styles.js';
import { srOnlyStyles } from '../../../styles/sr-only-styles.js';
import { tokenStyles } from '../../../styles/tokens.js';
import { reorderStyles } from '../reorder.js';

export const panelStyles = [tokenStyles, srOnlyStyles, buttonStyles, reorderStyles, css`
  :host {
    display: block;
    font-family: var(--_fp-font-family);
    font-size: var(--_fp-font-size);
    color: var(--_fp-color-text);
  }
  :host([hidden]) {
    display: none;
  }
  h2, h3, h4 {
    margin-block: var(--_fp-spacing) calc(var(--_fp-spacing) / 2);
  }
  fieldset {
    border: 1px solid var(--_fp-color-border-subtle);
    border-radius: var(--_fp-radius);
    margin-block: calc(var(--_fp-spacing) / 2);
    padding: calc(var(--_fp-spacing) / 2) var(--_fp-spacing);
  }
  legend {
    font-weight: 600;
  }
  fieldset > label.field {
    margin-block: 0.375rem;
  }
  .row, .bilingual {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_fp-spacing) / 2) var(--_fp-spacing);
    align-items: flex-end;
  }
  .bilingual > label {
    flex: 1 1 14rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
  }
  .field .label {
    font-size: 0.875em;
    font-weight: 600;
  }
  .check {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
  }
  input, select, textarea {
    font: inherit;
    color: inherit;
    box-sizing: border-box;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_fp-color-border);
    border-radius: var(--_fp-radius);
    background: var(--_fp-color-input-bg);
    min-height: 2.25rem;
  }
  input:focus-visible, select:focus-visible, textarea:focus-visible, button:focus-visible, summary:focus-visible {
    outline: 3px solid var(--_fp-color-focus);
    outline-offset: 1px;
  }
  [aria-invalid='true'] {
    border-color: var(--_fp-color-danger);
    background: var(--_fp-color-danger-bg);
  }
  .problem {
    color: var(--_fp-color-danger);
    font-size: 0.875em;
    margin-block: 0.25rem;
  }
  .shown-date, .muted, .code {
    color: var(--_fp-color-muted);
    font-size: 0.875em;
  }
  .retired > .item-head .code, .retired > .item-head .item-name {
    text-decoration: line-through;
  }
  .tag {
    font-size: 0.8125em;
    border: 1px solid var(--_fp-color-border-subtle);
    border-radius: var(--_fp-radius);
    padding: 0 0.375rem;
  }
  ul.items {
    list-style: none;
    padding-inline-start: var(--_fp-spacing);
    margin: 0;
  }
  li.item {
    border-inline-start: 2px solid var(--_fp-color-border-subtle);
    padding-inline-start: calc(var(--_fp-spacing) / 2);
    margin-block: calc(var(--_fp-spacing) / 2);
    /* the item's name with its actions on one line, its inputs and children below */
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: var(--_fp-spacing);
  }
  li.item > * {
    grid-column: 1 / -1;
  }
  li.item > .item-head {
    grid-area: 1 / 1;
    align-self: center;
  }
  li.item > .actions {
    grid-area: 1 / 2;
    justify-content: end;
  }
  /* numbers and dates need no line's width */
  input[type='number'] {
    inline-size: 12rem;
    max-inline-size: 100%;
  }
  input[type='date'] {
    inline-size: 12rem;
  }
  details {
    margin-block: 0.125rem;
  }
  summary {
    cursor: pointer;
    padding-block: 0.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin-block: 0.25rem;
  }
  .impact {
    border: 2px solid var(--_fp-color-warning);
    border-radius: var(--_fp-radius);
    padding: calc(var(--_fp-spacing) / 2) var(--_fp-spacing);
  }
  table {
    border-collapse: collapse;
  }
  th, td {
    border: 1px solid var(--_fp-color-border-subtle);
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  th {
    background: var(--_fp-color-header-bg);
  }
`];
