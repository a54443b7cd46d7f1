import { css } from 'lit';
import { tokenStyles } from '../../styles/tokens.js';

/** Styles of `<fp-rollover>`: a plain wizard on the theme tokens. */
export const rolloverStyles = [tokenStyles, css`
  :host { display: block; font-family: var(--_fp-font-family); font-size: var(--_fp-font-size); color: var(--_fp-color-text); }
  .wizard { max-width: 64rem; }
  h2 { font-size: 1.4em; margin: 0 0 var(--_fp-spacing); }
  h3 { font-size: 1.2em; margin: 0 0 var(--_fp-spacing); }
  h4 { font-size: 1em; margin: var(--_fp-spacing) 0 0.25rem; }
  h3:focus { outline: 2px solid var(--_fp-color-focus); outline-offset: 2px; }
  .steps { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; padding-left: 1.25rem; margin: 0 0 var(--_fp-spacing); color: var(--_fp-color-muted); }
  .steps li { list-style-position: inside; }
  .steps li[aria-current='step'] { color: var(--_fp-color-text); font-weight: 700; }
  .steps li.done { color: var(--_fp-color-success); }
  .step { border: 1px solid var(--_fp-color-border-subtle); border-radius: var(--_fp-radius); padding: var(--_fp-spacing); }
  .step-of { margin: 0 0 0.4rem; color: var(--_fp-color-muted); font-size: 0.9em; }
  .field { display: flex; flex-direction: column; gap: 0.25rem; margin: 0 0 var(--_fp-spacing); max-width: 40rem; }
  .row { display: flex; flex-wrap: wrap; gap: var(--_fp-spacing); }
  .help, .note { color: var(--_fp-color-muted); font-size: 0.9em; }
  .check { display: block; margin: 0.25rem 0; }
  fieldset { border: 1px solid var(--_fp-color-border-subtle); border-radius: var(--_fp-radius); margin: 0 0 var(--_fp-spacing); }
  input, select, button { font: inherit; }
  input, select { border: 1px solid var(--_fp-color-border); border-radius: var(--_fp-radius); background: var(--_fp-color-input-bg); color: inherit; padding: 0.25rem 0.4rem; }
  :is(input, select, button):focus-visible { outline: 2px solid var(--_fp-color-focus); outline-offset: 1px; }
  [aria-invalid='true'] { border-color: var(--_fp-color-danger); }
  .checklist { list-style: none; padding-left: 0; }
  .tick { color: var(--_fp-color-success); }
  table { border-collapse: collapse; width: 100%; margin: 0 0 var(--_fp-spacing); }
  caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
  th, td { border: 1px solid var(--_fp-color-border-subtle); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
  thead th { background: var(--_fp-color-header-bg); }
  tbody th { font-weight: 400; }
  tr.unmatched th, .warning { color: var(--_fp-color-warning); }
  .shown-date { margin-left: 0.5rem; color: var(--_fp-color-muted); }
  .leap-note { color: var(--_fp-color-warning); font-weight: 700; }
  .edited { color: var(--_fp-color-muted); font-style: italic; }
  .kind { display: inline-block; min-width: 5.5rem; color: var(--_fp-color-muted); font-size: 0.9em; }
  /* the change log: the kind in a column of its own, a wrapped message aligned under its first line */
  .changes { list-style: none; padding-left: 0; margin: 0 0 var(--_fp-spacing); }
  .changes li { display: grid; grid-template-columns: 6rem minmax(0, 1fr); gap: 0.5rem; padding-block: 0.1rem; }
  .error, .problems { color: var(--_fp-color-danger); }
  .problems { background: var(--_fp-color-danger-bg); border-radius: var(--_fp-radius); padding: 0.25rem 0.75rem; }
  .ok { color: var(--_fp-color-success); }
  .nav { display: flex; gap: var(--_fp-spacing); margin-top: var(--_fp-spacing); }
  button { border: 1px solid var(--_fp-color-border); border-radius: var(--_fp-radius); background: var(--_fp-color-button-bg); color: var(--_fp-color-text); padding: 0.4rem 1rem; cursor: pointer; }
  button.primary { background: var(--_fp-color-primary); border-color: var(--_fp-color-primary); color: var(--_fp-color-on-primary); }
  button:disabled { opacity: 0.6; cursor: not-allowed; }
  fp-form.preview { display: block; margin-top: var(--_fp-spacing); }
`];
