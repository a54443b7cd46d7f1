import { css } from 'lit';

/**
 * Styles of the upload dialog of `<fp-form excel>`, loaded with the dialog (run-time chunk) and
 * added to the form's shadow root when the dialog first shows (see excel-dialog.ts).
 */
export const excelDialogStyles = css`
  .excel-backdrop {
    position: fixed;
    inset: 0;
    z-index: 10;
    display: grid;
    place-items: center;
    background: rgb(0 0 0 / 40%);
  }
  .excel-dialog {
    background: var(--_fp-color-input-bg);
    color: var(--_fp-color-text);
    border-radius: var(--_fp-radius);
    padding: 1rem 1.25rem;
    width: min(60rem, 94vw);
    max-height: 88vh;
    overflow: auto;
  }
  .excel-dialog h2 {
    font-size: 1.15rem;
    margin: 0 0 0.5rem;
  }
  .excel-table {
    max-height: 18rem;
    overflow: auto;
    margin-block: 0.5rem;
  }
  .excel-table:focus-visible {
    outline: 3px solid var(--_fp-color-focus);
  }
  .excel-dialog table {
    border-collapse: collapse;
    width: 100%;
  }
  .excel-dialog caption {
    text-align: start;
    font-weight: 700;
    padding-block: 0.25rem;
  }
  .excel-dialog th,
  .excel-dialog td {
    border: 1px solid var(--_fp-color-border-subtle);
    padding: 0.2rem 0.4rem;
    text-align: start;
    vertical-align: top;
  }
  .excel-dialog .ref {
    white-space: nowrap;
  }
  .excel-dialog .second {
    color: var(--_fp-color-muted);
    font-size: 0.9em;
  }
  .excel-problem {
    border: 2px solid var(--_fp-color-danger);
    background: var(--_fp-color-danger-bg);
    border-radius: var(--_fp-radius);
    padding: 0.5rem 0.75rem;
  }
  .excel-dialog .buttons {
    display: flex;
    gap: 0.5rem;
    margin-block-start: 0.75rem;
  }
  [part~='excel-apply'] {
    background: var(--_fp-color-primary);
    border-color: var(--_fp-color-primary);
    color: var(--_fp-color-on-primary);
    font-weight: 600;
  }
`;
