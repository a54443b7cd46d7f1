import { css } from 'lit';

/** Styles of the Excel button row of `<fp-form excel>` (the dialog's: excel-dialog.styles.ts). */
export const excelStyles = css`
  .excel {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: center;
    margin-block-end: var(--fp-form-gap);
  }
  .excel-upload {
    position: relative;
    display: inline-block;
    padding: 0.375rem 1rem;
    border: 1px solid var(--_fp-color-border);
    border-radius: var(--_fp-radius);
    background: var(--_fp-color-button-bg);
    cursor: pointer;
  }
  .excel-upload[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .excel-upload:focus-within {
    outline: 3px solid var(--_fp-color-focus);
    outline-offset: 2px;
  }
  .excel-upload input {
    position: absolute;
    inset: 0;
    opacity: 0;
    width: 100%;
    cursor: inherit;
  }
`;
