/**
 * Light groups: an object child whose own children are all light cells (a row of counts, a
 * block of "thông tin" fields) painted as a `<fieldset>` in its parent group's shadow root, as
 * `<fp-object-renderer>` would paint it, without an element, shadow root and model subscription
 * of its own. The parent's {@link childrenView} computes its {@link GroupView}.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { fieldLabel, lastSegment } from '@formplan/core';
import type { FormModel } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { feedbackFor, helpText, requiredMark } from '../control-template.js';
import { isLeafView } from './group-children.js';
import type { GroupChild, GroupView } from './group-children.js';
import { renderLightLeaf } from './light-leaf.js';
import type { CellEntry, LeafView } from './light-leaf.js';

const NO_VIEW: LeafView = { value: undefined, errors: [], hidden: false };

/** Everything one light group shows. */
export interface LightGroupProps {
  /** the group element that paints it: `fp-change` is sent from it */
  host: HTMLElement;
  /** the group element's cells, read by its delegated listeners */
  cells: Map<string, CellEntry>;
  model?: FormModel;
  child: GroupChild;
  /** the group's place among its parent's children (its cells' ids derive from it) */
  index: number;
  lang: Lang;
  readonly: boolean;
  view?: GroupView;
  /** repaints every cell when it changes (the element's string overrides) */
  strings: unknown;
}

/** One light group: legend, its cells (guarded by their views), help and feedback. */
export function renderLightGroup(p: LightGroupProps): TemplateResult {
  const { child, view, lang } = p;
  const cells = child.group ?? [];
  const ids = { input: `g${p.index}`, help: `g${p.index}-help`, feedback: `g${p.index}-feedback`, hint: `g${p.index}-hint` };
  const help = helpText(child.node, lang);
  const errors = view?.errors ?? [];
  const shown = cells.map((c, j) => ({ c, j })).filter(({ j }) => view?.hidden[j] !== '1');
  return html`<fieldset part="fieldset" data-group=${child.pointer} aria-describedby=${help ? `${ids.help} ${ids.feedback}` : ids.feedback}
      aria-invalid=${errors.some((e) => e.severity === 'error') ? 'true' : nothing}>
    <legend part="legend">${fieldLabel(child.node, lastSegment(child.pointer), lang)}${requiredMark(child.required, lang)}</legend>
    ${repeat(shown, ({ c }) => c.key, ({ c, j }) => {
      const w = view?.views[j];
      const v = isLeafView(w) ? w : NO_VIEW;
      return guard([v, c, lang, p.readonly, p.model, p.strings], () => renderLightLeaf(c.leaf ?? { kind: 'computed' }, {
        host: p.host, cells: p.cells, model: p.model, schema: c.node, pointer: c.pointer, index: `${p.index}-${j}`, lang, readonly: p.readonly, required: c.required, view: v,
      }));
    })}${feedbackFor(ids, help, errors, lang)}
  </fieldset>`;
}
