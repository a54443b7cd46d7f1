/** The host app's look: a plain government-office tool, readable and printable. */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    font-family: system-ui, 'Segoe UI', Roboto, Arial, sans-serif;
    color: #1b1f24;
    background: #f5f6f8;
    --fp-color-focus: #0b57d0;
  }
  .skip {
    position: absolute;
    left: -999px;
  }
  .skip:focus {
    left: 1rem;
    top: 1rem;
    background: #fff;
    padding: 0.5rem;
    z-index: 10;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    justify-content: space-between;
    align-items: center;
    padding: 0.75rem 1.5rem;
    background: #8b1a1a;
    color: #fff;
  }
  .brand {
    display: flex;
    flex-direction: column;
  }
  .brand strong {
    font-size: 1.25rem;
    letter-spacing: 0.02em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: center;
  }
  .controls label {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .controls input,
  .controls select,
  .controls button {
    font: inherit;
    padding: 0.25rem 0.5rem;
    border-radius: 4px;
    border: 1px solid #ccc;
  }
  .controls input.date {
    width: 7.5em;
  }
  .controls .hint {
    font-size: 0.85rem;
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 1rem;
    padding: 0.5rem 1.5rem;
    background: #fff;
    border-bottom: 1px solid #d0d4da;
  }
  nav .who {
    font-weight: 600;
    color: #5b1111;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav a {
    color: #0b57d0;
    text-decoration: none;
    padding: 0.25rem 0;
  }
  nav a[aria-current='page'] {
    color: #1b1f24;
    font-weight: 700;
    border-bottom: 3px solid #8b1a1a;
  }
  main {
    padding: 1.5rem;
    max-width: 1400px;
    margin: 0 auto;
  }
  /* the pack editor uses a wide screen: its live preview goes beside the form from 1500px */
  main:has(formplan-pack-editor) {
    max-width: 2400px;
  }
  main:focus {
    outline: none;
  }
  h1 {
    font-size: 1.5rem;
    margin-top: 0;
  }
  .card {
    background: #fff;
    border: 1px solid #d0d4da;
    border-radius: 6px;
    padding: 1.25rem;
    margin-bottom: 1rem;
  }
  .roles,
  .wards {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    list-style: none;
    padding: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
    padding: 0.4rem 0.9rem;
    border-radius: 4px;
    border: 1px solid #8a8f98;
    background: #fff;
    color: #1b1f24;
  }
  button.primary {
    background: #8b1a1a;
    border-color: #8b1a1a;
    color: #fff;
  }
  button:focus-visible,
  a:focus-visible,
  select:focus-visible,
  input:focus-visible,
  textarea:focus-visible {
    outline: 3px solid #0b57d0;
    outline-offset: 2px;
  }
  .error {
    background: #fdf1f0;
    border: 1px solid #b3261e;
    color: #8c1d18;
    padding: 0.75rem 1rem;
    border-radius: 4px;
  }
  .ok {
    background: #edf7ee;
    border: 1px solid #1e7b34;
    color: #14532d;
    padding: 0.75rem 1rem;
    border-radius: 4px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: end;
    margin-bottom: 1rem;
  }
  .toolbar label {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-weight: 600;
  }
  .toolbar select,
  .toolbar input,
  textarea {
    font: inherit;
    padding: 0.3rem 0.5rem;
  }
  table.simple {
    border-collapse: collapse;
    background: #fff;
  }
  table.simple th,
  table.simple td {
    border: 1px solid #c4c8ce;
    padding: 0.35rem 0.6rem;
    text-align: left;
    vertical-align: top;
  }
  table.simple th {
    background: #eef0f3;
  }
  .muted {
    color: #545b64;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* sync status (sync-status-bar.ts): at the end of the navigation row */
  .sync-bar {
    margin-left: auto;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .sync-bar .sync-text {
    margin: 0;
  }
  .sync-bar .sync-problem {
    color: #8b1a1a;
    font-weight: 600;
  }
  .sync-settings form {
    display: grid;
    gap: 0.75rem;
    max-width: 36rem;
  }
  .sync-settings label {
    display: grid;
    gap: 0.25rem;
  }
  .sync-settings input {
    font: inherit;
    padding: 0.35rem 0.5rem;
  }
  .sync-settings .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  @media print {
    .top,
    nav,
    .toolbar,
    .skip,
    main > fp-provider > p:has(> a[href^='#/']) {
      display: none;
    }
    :host {
      background: #fff;
    }
    main {
      padding: 0;
    }
  }
`;
