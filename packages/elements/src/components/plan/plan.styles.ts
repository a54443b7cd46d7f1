import { css } from 'lit';
import { tokenStyles } from '../../styles/tokens.js';

/**
 * Styles of `<fp-plan>`: the document view set like a Vietnamese administrative document
 * (Nghị định 30/2020 style: A4, Times New Roman 13–14pt, margins 20 mm / 15 mm)
 * and the tracker. The print rules drop controls and keep the document.
 */
export const planStyles = [tokenStyles, css`
  :host {
    --fp-plan-font: 'Times New Roman', Times, 'Liberation Serif', 'Nimbus Roman', serif;
    --fp-plan-size: 14pt;
    --fp-plan-ok: var(--_fp-color-success);
    --fp-plan-bad: var(--_fp-color-danger);
    --fp-plan-muted: var(--_fp-color-muted);
    display: block;
    color: var(--_fp-color-text);
  }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

  /* document view */
  .document {
    font-family: var(--fp-plan-font);
    font-size: var(--fp-plan-size);
    line-height: 1.35;
    max-width: 180mm;
    margin: 0 auto;
    padding: 20mm 15mm;
    background: var(--fp-plan-paper, #fff);
    box-sizing: border-box;
  }
  .document p { margin: 0; }
  .doc-header, .doc-footer { display: grid; grid-template-columns: 2fr 3fr; column-gap: 1rem; }
  .issuer, .national { text-align: center; }
  .issuer-line { font-size: 13pt; }
  .issuer-line.underline, .national-title, .national-motto { font-weight: 700; }
  .national-title { font-size: 12pt; white-space: nowrap; }
  .underline { text-decoration: underline; text-underline-offset: 4px; }
  .doc-number { margin-top: 0.6em !important; font-size: 13pt; }
  .doc-date { margin-top: 0.6em !important; font-style: italic; }
  .doc-kind { text-align: center; font-size: var(--fp-plan-size); font-weight: 700; margin: 1.5em 0 0; }
  .doc-title { text-align: center; font-weight: 700; }
  .rule { width: 6em; border-top: 1px solid currentColor; margin: 0.2em auto 1em !important; }
  .para { text-align: justify; text-indent: 1cm; margin: 0.4em 0 !important; }
  .document h3 { font-size: var(--fp-plan-size); font-weight: 700; margin: 1em 0 0.4em; }
  .document h4 { font-size: var(--fp-plan-size); font-weight: 700; margin: 0.6em 0 0.3em; text-indent: 1cm; }
  .document ul, .document ol { list-style: none; margin: 0; padding: 0; }
  .document li { text-align: justify; text-indent: 1cm; margin: 0.3em 0; }
  .document li li { text-indent: 1cm; }
  .document ul.dash > li::before { content: '- '; }
  .document ul.plus > li::before { content: '+ '; }
  .assignment.sub > .assignment-heading { font-style: italic; }
  .gap { color: var(--fp-plan-muted); font-size: 0.85em; font-style: italic; }
  .refs { display: block; color: var(--fp-plan-muted); font-size: 0.8em; text-indent: 0; }
  .doc-footer { margin-top: 1.5em; align-items: start; }
  .recipients { font-size: 11pt; }
  .recipients-title { font-weight: 700; font-style: italic; font-size: 12pt; }
  .recipients-list li { text-indent: 0; margin: 0; text-align: left; }
  .signature { text-align: center; font-weight: 700; }
  .sign-space { height: 28mm; }

  /* tracker view */
  .tracker { font-family: var(--_fp-font-family); }
  table.targets { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; }
  table.targets caption { text-align: left; font-weight: 700; font-size: 1.1rem; padding-bottom: 0.4rem; }
  table.targets th, table.targets td { border: 1px solid var(--_fp-color-border); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
  table.targets tbody th { font-weight: 400; }
  tr[data-ok='true'] .state { color: var(--fp-plan-ok); font-weight: 700; }
  tr[data-ok='false'] .state { color: var(--fp-plan-bad); font-weight: 700; }
  .block { border-top: 1px solid var(--_fp-color-border); padding: 0.5rem 0; }
  .block h3 { font-size: 1.05rem; margin: 0.3rem 0; }
  .progress { display: flex; align-items: center; gap: 0.6rem; }
  progress { width: 12rem; }
  .tasks { list-style: none; padding: 0; margin: 0.5rem 0; }
  .task { padding: 0.35rem 0; border-bottom: 1px dotted var(--_fp-color-border); }
  .task.depth-1 { margin-inline-start: 1.5rem; }
  .task.depth-2 { margin-inline-start: 3rem; }
  .task-text { margin: 0 0 0.3rem; }
  .task[data-status='done'] .task-text { color: var(--fp-plan-muted); }
  .due { margin-inline-start: 0.5rem; color: var(--fp-plan-muted); font-size: 0.9em; }
  .task-controls { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
  .task-controls input { min-width: 14rem; }
  .error { color: var(--fp-plan-bad); }

  @media print {
    :host { color: #000; }
    .document { max-width: none; padding: 0; font-size: 14pt; }
    .refs, .gap .sr-only, button, select, input, .tracker-only { display: none !important; }
    .assignment, .doc-footer { break-inside: avoid-page; }
    .doc-header { break-after: avoid; }
  }
`];

/**
 * The page rule of the printed plan. `@page` has no effect inside a shadow root, so
 * `<fp-plan view="document">` adopts it into its document once.
 */
export const PLAN_PAGE_CSS = '@page { size: A4; margin: 20mm 15mm; }';
