/**
 * A group of choices (radio buttons) as a borderless `<fieldset>` with its `<legend>` as the label,
 * each `.option` a radio beside its text.
 */
import { css } from 'lit';

export const choiceGroupStyles = css`
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    font-weight: normal;
    margin: 0;
  }
  .option input {
    min-height: auto;
    margin: 0;
  }
`;
