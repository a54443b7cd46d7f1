/**
 * `<fp-field>`: chooses the renderer for one schema node with the ranked testers of the
 * registry and renders it (or `<fp-unsupported>`). Tag names come from the registry, never from
 * schema text; the element is created with `document.createElement` and given its properties.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { FormModel, SchemaNode } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import type { RendererRegistry } from '../registry.js';
import { rendererElement, rendererTagOf } from './renderer-element.js';
import type { RendererElement } from './renderer-element.js';

/**
 * @summary Renders one node of a form with the best renderer for it.
 */
export class FpField extends LitElement {
  @property({ attribute: false }) model?: FormModel;
  @property({ attribute: false }) schema: SchemaNode = {};
  @property() pointer = '';
  @property() override lang: Lang = 'vi';
  @property({ type: Boolean }) readonly = false;
  @property({ type: Boolean }) required = false;
  @property({ attribute: false }) registry?: RendererRegistry;

  private child?: RendererElement;

  protected override createRenderRoot(): HTMLElement {
    this.style.display = 'contents';
    return this;
  }

  /** The tag of the renderer chosen for the node. */
  get rendererTag(): string {
    return rendererTagOf(this);
  }

  override render() {
    this.child = rendererElement(this.child, this.rendererTag, this);
    return this.child;
  }
}
