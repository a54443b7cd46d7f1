/** Styles shared by the editor's elements (shell, forms tab, matrix grid, preview). */
import { css } from 'lit';

export const editorStyles = css`
  :host { display: block; font-family: var(--_fp-font-family); font-size: var(--_fp-font-size); color: var(--_fp-color-text); }
  :host([hidden]) { display: none; }
  button, select, input, textarea, summary { font: inherit; }
  button { border: 1px solid var(--_fp-color-border); border-radius: var(--_fp-radius); background: var(--_fp-color-button-bg);
    color: var(--_fp-color-text); padding: 0.25rem 0.6rem; cursor: pointer; }
  button:disabled { opacity: 0.55; cursor: default; }
  :focus-visible { outline: 2px solid var(--_fp-color-focus); outline-offset: 2px; }
  .toolbar { display: flex; gap: 0.5rem; align-items: center; margin-block-end: var(--_fp-spacing); }
  .toolbar .step { color: var(--_fp-color-muted); }
  .tabs { display: flex; flex-wrap: wrap; gap: 0.25rem; border-block-end: 1px solid var(--_fp-color-border-subtle); }
  .tabs [role='tab'] { border-radius: var(--_fp-radius) var(--_fp-radius) 0 0; }
  .tabs [aria-selected='true'] { background: var(--_fp-color-primary); color: var(--_fp-color-on-primary); border-color: var(--_fp-color-primary); }
  /* The shell is a container: the preview sits beside the editor only when both have room
     (a container of 1500px and more), else below it, reached by the "Xem trước" button. */
  .editor { container: fp-editor / inline-size; }
  .body { display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_fp-spacing); padding-block-start: var(--_fp-spacing); }
  .body > .preview { border-block-start: 1px solid var(--_fp-color-border-subtle); padding-block-start: var(--_fp-spacing); }
  @container fp-editor (min-width: 1500px) {
    .body { grid-template-columns: minmax(0, 3fr) minmax(26rem, 2fr); }
    .body > .preview { border-block-start: none; padding-block-start: 0; position: sticky; top: 0; align-self: start;
      max-height: 100vh; overflow: auto; }
    .toolbar .to-preview { display: none; }
  }
  .toolbar .to-preview { margin-inline-start: auto; }
  .problems ul, .problems-at { margin: 0; padding-inline-start: 1.2rem; }
  .problems li.error button, .problems-at .error { color: var(--_fp-color-danger); }
  .problems li.warning button, .problems-at .warning { color: var(--_fp-color-warning); }
  .problems button { background: none; border: none; text-align: start; text-decoration: underline; padding: 0.15rem 0; }
  .problems-at { font-size: 0.9em; }
  [aria-invalid='true'] { border-color: var(--_fp-color-danger); background: var(--_fp-color-danger-bg); }
  .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0.5rem; }
  label { display: flex; flex-direction: column; gap: 0.15rem; }
  label.check { flex-direction: row; align-items: center; gap: 0.35rem; }
  input, select, textarea { border: 1px solid var(--_fp-color-border); border-radius: var(--_fp-radius); padding: 0.25rem 0.4rem;
    background: var(--_fp-color-input-bg); color: var(--_fp-color-text); }
  fieldset { border: 1px solid var(--_fp-color-border-subtle); border-radius: var(--_fp-radius); margin: 0 0 var(--_fp-spacing); }
  .alert { color: var(--_fp-color-danger); }
  .muted { color: var(--_fp-color-muted); }
  h2, h3, h4 { margin: 0.5rem 0; }
`;
