/**
 * The one theme-token sheet: every global `--fp-*` custom property with its one default, included
 * first in every element's styles. An embedder sets `--fp-*` on the element or on any ancestor
 * (they inherit); the elements read the private `--_fp-*` copies made here, so a default is
 * written once and an ancestor's value is never hidden by a `:host` declaration.
 * Component tokens (`--fp-plan-bad`, `--fp-matrix-border`, …) default to these.
 * Every `--fp-*` property is listed in docs/theming.md (a unit test checks it).
 */
import { css } from 'lit';

export const tokenStyles = css`
  :host {
    --_fp-font-family: var(--fp-font-family, system-ui, 'Segoe UI', Roboto, Arial, sans-serif);
    --_fp-font-size: var(--fp-font-size, 1rem);
    --_fp-radius: var(--fp-radius, 4px);
    --_fp-spacing: var(--fp-spacing, 0.75rem);
    --_fp-color-text: var(--fp-color-text, #1b1f24);
    --_fp-color-muted: var(--fp-color-muted, #545b64);
    --_fp-color-border: var(--fp-color-border, #8a8f98);
    --_fp-color-border-subtle: var(--fp-color-border-subtle, #d0d4da);
    --_fp-color-focus: var(--fp-color-focus, #1a73e8);
    --_fp-color-link: var(--fp-color-link, #0b57d0);
    --_fp-color-primary: var(--fp-color-primary, #0b57d0);
    --_fp-color-on-primary: var(--fp-color-on-primary, #fff);
    --_fp-color-danger: var(--fp-color-danger, #b3261e);
    --_fp-color-danger-bg: var(--fp-color-danger-bg, #fdf1f0);
    --_fp-color-warning: var(--fp-color-warning, #8a5a00);
    --_fp-color-success: var(--fp-color-success, #1b6e2d);
    --_fp-color-header-bg: var(--fp-color-header-bg, #eef1f4);
    --_fp-color-readonly-bg: var(--fp-color-readonly-bg, #f1f3f4);
    --_fp-color-input-bg: var(--fp-color-input-bg, #fff);
    --_fp-color-button-bg: var(--fp-color-button-bg, #f8f9fa);
    --_fp-color-surface-alt: var(--fp-color-surface-alt, #f3f3f3);
  }
`;
