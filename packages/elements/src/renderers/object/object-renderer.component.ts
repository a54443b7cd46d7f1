import { css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatPointer, rankWith, schemaTypeIs } from '@formplan/core';
import type { SchemaNode } from '@formplan/core';
import { ModelController } from '../../controllers/model-controller.js';
import { FpControlBase } from '../control-base.js';
import { childKeys } from './child-keys.js';

/** Renders `object` nodes (rank 1): a fieldset of one `<fp-field>` per property. */
export const objectTester = rankWith(1, schemaTypeIs('object'));

/**
 * @summary A group of fields: a `<fieldset>` with the object's label as `<legend>` and one
 * `<fp-field>` per property, in `x-fp-order` order. The form's root object (pointer `''`) shows
 * only its children. Children hidden by `x-fp-visible-if` are not rendered.
 * @csspart fieldset - the fieldset
 * @csspart legend - the legend
 * @csspart body - the children's container (root object)
 * @cssproperty --fp-object-gap - space between the fields of a group
 * @cssproperty --fp-object-border - the fieldset border
 * @cssproperty --fp-object-padding - the fieldset padding
 */
export class FpObjectRenderer extends FpControlBase {
  static override styles = [
    FpControlBase.styles,
    css`
      :host {
        --fp-object-gap: var(--fp-field-gap, 0.5rem);
      }
      fieldset {
        border: var(--fp-object-border, 1px solid var(--_fp-color-border-subtle));
        border-radius: var(--_fp-radius);
        padding: var(--fp-object-padding, 0.5rem 1rem 1rem);
        margin: 0;
        min-width: 0;
        display: flex;
        flex-direction: column;
        gap: var(--fp-object-gap);
      }
      legend {
        font-weight: 700;
        padding-inline: 0.25rem;
      }
      .body {
        display: flex;
        flex-direction: column;
        gap: var(--fp-object-gap);
      }
      @media print {
        fieldset {
          border: none;
          padding: 0;
        }
      }
    `,
  ];

  /** repaints when which children are hidden changes */
  private readonly hiddenChildren = new ModelController(this, { model: () => this.model, select: () => this.takeHiddenSignature() });

  /** The pointer of the property `key` of this object. */
  childPointer(key: string): string {
    return this.pointer + formatPointer([key]);
  }

  override render() {
    const props = (this.schema.properties ?? {}) as Record<string, SchemaNode>;
    const required = Array.isArray(this.schema.required) ? (this.schema.required as unknown[]) : [];
    const keys = childKeys(this.schema).filter((k) => !this.model?.isHidden(this.childPointer(k)));
    const fields = repeat(
      keys,
      (k) => k,
      (k) => html`<fp-field
        .model=${this.model}
        .schema=${props[k]}
        .pointer=${this.childPointer(k)}
        .lang=${this.lang}
        .readonly=${this.readonly}
        .required=${required.includes(k)}
        .registry=${this.registry}
      ></fp-field>`,
    );
    if (this.pointer === '') return html`<div class="body" part="body">${fields}</div>`;
    return html`<fieldset part="fieldset" aria-describedby=${this.describedBy} aria-invalid=${this.invalid ? 'true' : nothing}>
      <legend part="legend">${this.label}${this.renderRequiredMark()}</legend>
      ${fields}${this.renderFeedback()}
    </fieldset>`;
  }

  protected override get showsValue(): boolean {
    return false;
  }

  /** Which children are hidden now, as a string (repaint only when it changes). */
  private takeHiddenSignature(): string {
    const m = this.model;
    if (!m) return '';
    return childKeys(this.schema).map((k) => (m.isHidden(this.childPointer(k)) ? '1' : '0')).join('');
  }
}
