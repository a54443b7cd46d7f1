import { css } from 'lit';
import { tokenStyles } from '../../styles/tokens.js';

/** Styles of `<fp-assessment>`. */
export const assessmentStyles = [tokenStyles, css`
  :host {
    --fp-assessment-gap: var(--_fp-spacing);
    --fp-assessment-border: var(--_fp-color-border);
    --fp-assessment-ok: var(--_fp-color-success);
    --fp-assessment-bad: var(--_fp-color-danger);
    display: block;
    font-family: var(--_fp-font-family);
    color: var(--_fp-color-text);
  }
  h2 { font-size: 1.2rem; margin: 0 0 var(--fp-assessment-gap); }
  fieldset.criterion {
    border: 1px solid var(--fp-assessment-border);
    border-radius: 4px;
    margin: 0 0 var(--fp-assessment-gap);
    padding: var(--fp-assessment-gap);
  }
  fieldset.criterion > legend { font-weight: 600; padding: 0 0.25rem; }
  fieldset.indicator {
    border: 0;
    border-top: 1px dashed var(--fp-assessment-border);
    margin: 0;
    padding: 0.5rem 0;
    display: grid;
    gap: 0.35rem;
  }
  fieldset.indicator > legend { font-weight: 500; padding: 0.5rem 0 0.25rem; }
  .code { font-variant-numeric: tabular-nums; font-weight: 600; }
  .max, .hint, .source { color: var(--_fp-color-muted); font-size: 0.9em; margin: 0; }
  .edited { font-style: italic; }
  .choice { margin-inline-end: 1rem; }
  .answer-label { margin-inline-end: 0.75rem; }
  input[type='text'] { width: 8rem; font: inherit; padding: 0.2rem 0.35rem; }
  textarea { font: inherit; width: 100%; box-sizing: border-box; }
  input[aria-invalid='true'], [role='radiogroup'][aria-invalid='true'] { outline: 2px solid var(--fp-assessment-bad); }
  .error { color: var(--fp-assessment-bad); margin: 0; }
  .points, .criterion-points { font-weight: 600; }
  .verify { display: grid; gap: 0.35rem; padding: 0.35rem; background: var(--_fp-color-surface-alt); }
  .summary {
    border: 2px solid var(--fp-assessment-border);
    border-radius: 4px;
    padding: var(--fp-assessment-gap);
    margin-block: var(--fp-assessment-gap);
  }
  .summary[data-recognised='true'] { border-color: var(--fp-assessment-ok); }
  .summary p { margin: 0.2rem 0; }
  .verdict { font-weight: 700; }
  .summary[data-recognised='true'] .verdict { color: var(--fp-assessment-ok); }
  .summary[data-recognised='false'] .verdict { color: var(--fp-assessment-bad); }
  .conflict { border: 2px solid var(--fp-assessment-bad); padding: var(--fp-assessment-gap); margin-block: var(--fp-assessment-gap); }
  .save-state { color: var(--_fp-color-muted); font-size: 0.9em; }
  .stale { color: var(--fp-assessment-bad); font-weight: 600; margin: 0; }
  .report {
    border: 2px solid var(--fp-assessment-border);
    border-radius: 4px;
    padding: var(--fp-assessment-gap);
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .report h3 { margin: 0; font-size: 1.05rem; }
  .report p { margin: 0; }
  .report-status.ok { color: var(--fp-assessment-ok); }
  .report-status.returned, .unsent { color: var(--fp-assessment-bad); }
  .confirm { display: grid; gap: 0.35rem; justify-items: start; }
  .confirm input[type='text'] { width: 16rem; }
  button { font: inherit; padding: 0.3rem 0.8rem; cursor: pointer; }
  button.primary { font-weight: 600; }
`];
