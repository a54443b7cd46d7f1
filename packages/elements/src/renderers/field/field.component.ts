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

/** Properties every renderer element accepts. */
interface RendererProps {
  model?: FormModel;
  schema: SchemaNode;
  pointer: string;
  lang: Lang;
  readonly: boolean;
  required: boolean;
  registry?: RendererRegistry;
}

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

  private child?: HTMLElement & Partial<RendererProps>;

  protected override createRenderRoot(): HTMLElement {
    this.style.display = 'contents';
    return this;
  }

  /** The tag of the renderer chosen for the node. */
  get rendererTag(): string {
    const entry = this.model && this.registry?.pick(this.schema, { rootSchema: this.model.schema, pointer: this.pointer });
    return entry && customElements.get(entry.tagName) ? entry.tagName : 'fp-unsupported';
  }

  override render() {
    const tag = this.rendererTag;
    if (!this.child || this.child.localName !== tag) this.child = document.createElement(tag) as HTMLElement & Partial<RendererProps>;
    const c = this.child;
    c.model = this.model;
    c.schema = this.schema;
    c.pointer = this.pointer;
    c.lang = this.lang;
    c.readonly = this.readonly;
    c.required = this.required;
    c.registry = this.registry;
    return c;
  }
}
