import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Lang } from '../../i18n/lang.js';
import { term } from '../../i18n/form-term.js';
import { tokenStyles } from '../../styles/tokens.js';

/**
 * A visible notice for a schema node no renderer supports. Never throws.
 * @summary Shown in place of a field formplan cannot render, naming its path.
 * @csspart notice - the notice box
 */
export class FpUnsupported extends LitElement {
  static override styles = [tokenStyles, css`
    :host {
      display: block;
      margin-block: 0.5rem;
    }
    div {
      border: 1px dashed var(--_fp-color-warning);
      color: var(--_fp-color-warning);
      padding: 0.5rem;
      border-radius: var(--_fp-radius);
    }
  `];

  /** JSON Pointer of the node */
  @property() pointer = '';
  @property() override lang: Lang = 'vi';

  override render() {
    return html`<div part="notice" role="note">${term(this.lang, 'ui', 'unsupported', { path: this.pointer || '/' })}</div>`;
  }
}
