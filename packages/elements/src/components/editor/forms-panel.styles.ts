/** Layout of the forms tab. */
import { css } from 'lit';

export const formsStyles = css`
  /* A container: the forms list is a readable column beside the form when the tab has room
     (52rem), else a grid of compact entries above it. */
  :host { container: fp-forms / inline-size; }
  .forms-tab { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_fp-spacing); }
  .selected { min-width: 0; }
  .form-list ol, .fields { list-style: none; margin: 0; padding: 0; }
  .form-list ol { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 0 var(--_fp-spacing); }
  .form-list h2 { font-size: 1.15em; }
  .form-list li { display: flex; flex-wrap: wrap; gap: 0.25rem; align-items: flex-start; justify-content: flex-end; margin-block: 0.25rem; }
  .form-list .pick { flex: 1 1 11.5rem; min-width: 11.5rem; text-align: start; background: none; }
  @container fp-forms (min-width: 52rem) {
    .forms-tab { grid-template-columns: minmax(16rem, 20rem) minmax(0, 1fr); }
    .form-list ol { display: block; }
  }
  .form-list .pick[aria-current='true'] { font-weight: 600; border-color: var(--_fp-color-primary); }
  .field { border: 1px solid var(--_fp-color-border-subtle); border-radius: var(--_fp-radius); padding: 0.4rem; margin-block: 0.4rem; }
  .field.retired { opacity: 0.75; border-style: dashed; }
  .field-head { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: flex-start; }
  .field-head .disclosure { flex: 1; text-align: start; font-weight: 600; background: none; }
  .field-head .disclosure[aria-expanded='true'] { border-color: var(--_fp-color-primary); }
  .props { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; margin-block: 0.5rem; }
  .badge { font-weight: normal; color: var(--_fp-color-warning); }
  .add { display: grid; gap: 0.5rem; border: 1px solid var(--_fp-color-border-subtle); padding: 0.5rem; border-radius: var(--_fp-radius); }
  .kinds { display: flex; flex-wrap: wrap; gap: 0.75rem; }
  .expr { margin-block: 0.4rem; }
`;
