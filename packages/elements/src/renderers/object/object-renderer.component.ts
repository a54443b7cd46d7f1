import { css, html, nothing } from 'lit';
import type { FormModel, SchemaNode } from '@formplan/core';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { formatPointer, rankWith, schemaTypeIs } from '@formplan/core';
import { ModelController } from '../../controllers/model-controller.js';
import { FpControlBase } from '../control-base.js';
import type { RendererRegistry } from '../registry.js';
import { childrenView, isGroupView, isLeafView, planChildren, sameChildrenView } from './group-children.js';
import type { ChildrenView, GroupChild } from './group-children.js';
import { cellBlur, cellInput, renderLightLeaf } from './light-leaf.js';
import type { CellEntry } from './light-leaf.js';
import { renderLightGroup } from './light-group.js';
import { computedStyles } from '../computed/computed-control.js';
import { definedTag, rendererElement } from '../field/renderer-element.js';
import type { RendererElement } from '../field/renderer-element.js';

const NO_VIEW = { value: undefined, errors: [], hidden: false };

/** Renders `object` nodes (rank 1): a fieldset of its properties (light cells and renderer elements). */
export const objectTester = rankWith(1, schemaTypeIs('object'));

/**
 * @summary A group of fields: a `<fieldset>` with the object's label as `<legend>` and its
 * properties in `x-fp-order` order: simple leaves (number, text, textarea, date, computed) as light cells in
 * this shadow root, and so are child groups made only of such leaves (light groups: a `<fieldset>`
 * each); every other child (deeper groups, tables, choices, custom renderers) is the element the
 * registry picks for it (no `<fp-field>` wrapper). The form's root object (pointer `''`) shows
 * only its children. Children hidden by `x-fp-visible-if` are not rendered.
 * @csspart fieldset - the fieldset
 * @csspart legend - the legend
 * @csspart body - the children's container (root object)
 * @csspart leaf - one light cell (label, input, help, feedback)
 * @csspart label - a light cell's label
 * @csspart input - a light cell's input
 * @csspart help - help text
 * @csspart hint - a date cell's format hint
 * @csspart status - a computed cell's "incomplete" marker or computation error
 * @csspart feedback - error messages
 * @cssproperty --fp-object-gap - space between the fields of a group
 * @cssproperty --fp-object-border - the fieldset border
 * @cssproperty --fp-object-padding - the fieldset padding
 */
export class FpObjectRenderer extends FpControlBase {
  static override styles = [
    FpControlBase.styles,
    computedStyles,
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
      .leaf {
        display: block;
        margin-block: var(--fp-field-gap, 0.5rem);
      }
      textarea {
        width: 100%;
        min-height: var(--fp-textarea-rows-height, 6em);
        resize: vertical;
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

  /** repaints when a light cell's value or errors, or which children are hidden, change */
  private readonly childViews: ModelController<ChildrenView> = new ModelController<ChildrenView>(this, {
    model: () => this.model,
    select: (m) => childrenView(m, this.pointer, this.plan, this.childViews.value),
    equals: sameChildrenView,
  });

  private planned?: { schema: SchemaNode; pointer: string; model?: FormModel; registry?: RendererRegistry; plan: GroupChild[] };

  /** The children, planned again only when the schema, pointer, model or registry change. */
  private get plan(): GroupChild[] {
    const p = this.planned;
    if (p && p.schema === this.schema && p.pointer === this.pointer && p.model === this.model && p.registry === this.registry) return p.plan;
    const plan = planChildren(this.schema, this.pointer, this.model, this.registry);
    const kept = new Set(plan.map((c) => c.pointer));
    for (const ptr of this.elements.keys()) if (!kept.has(ptr)) this.elements.delete(ptr);
    this.planned = { schema: this.schema, pointer: this.pointer, model: this.model, registry: this.registry, plan };
    return plan;
  }

  /** the renderer elements of the element children, by pointer (kept across repaints) */
  private readonly elements = new Map<string, RendererElement>();

  /** the text-like light cells of this shadow root (its light groups' too), by pointer */
  private readonly cells = new Map<string, CellEntry>();

  /** The cell an event from this shadow root came from (not from a child element's own shadow root). */
  private cellOf(e: Event): { cell: CellEntry; input: HTMLInputElement | HTMLTextAreaElement } | undefined {
    const input = e.target;
    if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) return undefined;
    const cell = this.cells.get(input.dataset.pointer ?? '');
    return cell && { cell, input };
  }

  // one pair of listeners for every light cell (see light-leaf.ts), on the shadow root itself
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('input', (e) => {
      const hit = this.cellOf(e);
      if (hit) cellInput(this, this.model, hit.cell, hit.input);
    });
    root.addEventListener('focusout', (e) => {
      const hit = this.cellOf(e);
      if (hit) cellBlur(this.model, hit.cell, hit.input);
    });
    return root;
  }

  /** The pointer of the property `key` of this object. */
  childPointer(key: string): string {
    return this.pointer + formatPointer([key]);
  }

  override render() {
    const plan = this.plan;
    const view = this.childViews.value?.plan === plan ? this.childViews.value : undefined;
    const shown = plan.map((c, i) => ({ c, i })).filter(({ i }) => view?.hidden[i] !== '1');
    const strings = this.stringOverrides;
    const fields = repeat(
      shown,
      ({ c }) => c.key,
      ({ c, i }) => {
        const leaf = c.leaf;
        if (c.group) {
          const w = view?.views[i];
          const v = isGroupView(w) ? w : undefined;
          return guard([v, c, this.lang, this.readonly, this.model, strings], () =>
            renderLightGroup({ host: this, cells: this.cells, model: this.model, child: c, index: i, lang: this.lang, readonly: this.readonly, view: v, strings }));
        }
        if (leaf) {
          const w = view?.views[i];
          const v = isLeafView(w) ? w : NO_VIEW;
          return guard([v, c, this.lang, this.readonly, this.model, strings], () =>
            renderLightLeaf(leaf, { host: this, cells: this.cells, model: this.model, schema: c.node, pointer: c.pointer, index: i, lang: this.lang, readonly: this.readonly, required: c.required, view: v }));
        }
        const el = rendererElement(this.elements.get(c.pointer), definedTag(c.tag), {
          model: this.model, schema: c.node, pointer: c.pointer, lang: this.lang, readonly: this.readonly, required: c.required, registry: this.registry,
        });
        this.elements.set(c.pointer, el);
        return el;
      },
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
}
