/**
 * `<fp-editor-category-sets>`: the pack's shared category sets and their items (a tree): add,
 * relabel vi/en, reorder, retire/restore (a retired code stays, struck through), delete (refused
 * while a form uses it, with the reason). Each set says how many forms use it; a structural edit
 * of a used set first lists the forms and fields that change and waits for confirmation.
 */
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  addCategoryItem, addCategorySet, categorySetUsage, deleteCategoryItem, fieldLabel, getAt, lastSegment,
  moveCategoryItem, parsePointer, retireCategoryItem, setCategoryItemLabel, setCategorySetTitle,
} from '@formplan/core';
import type { CategoryItem, CategorySet, EditCommand, PackSource } from '@formplan/core';
import { pick } from '../../../i18n/lang.js';
import type { Lang } from '../../../i18n/lang.js';
import { term } from '../../../i18n/registry.js';
import { EditorPanel } from './panel-base.js';
import { bilingualField } from './panel-fields.js';
import { addForm } from './add-form.js';
import { panelStyles } from './panel.styles.js';
import './editor-panels-strings.js';

/** A structural edit waiting for the user to confirm its impact. */
interface PendingEdit {
  setId: string;
  place: string;
  cmd: EditCommand;
}

/** The forms and fields that use a set, as the user reads them ("Biểu 02 — Số liệu"). */
export function usageLines(pack: PackSource, setId: string, lang: Lang): { formId: string; text: string }[] {
  return categorySetUsage(pack, setId).map(({ formId, pointer, label }) => {
    const fieldPointer = pointer.slice(0, pointer.search(/\/x-fp-|$/));
    const node = getAt(pack, parsePointer(fieldPointer));
    const field = fieldLabel(isNode(node) ? node : undefined, lastSegment(fieldPointer), lang);
    return { formId, text: term(lang, 'editorPanels', 'cat.usageItem', { form: pick(label, lang) || formId, field }) };
  });
}

/**
 * @summary Category sets editor (a panel of `<fp-schema-editor>`).
 * @tagname fp-editor-category-sets
 * @example
 * ```html
 * <fp-editor-category-sets .session=${session} lang="vi"></fp-editor-category-sets>
 * ```
 */
export class FpEditorCategorySets extends EditorPanel {
  static override styles = panelStyles;

  @state() private pending?: PendingEdit;

  override render(): TemplateResult {
    const doc = this.doc;
    const lang = this.effectiveLang;
    if (!doc) return html`<p>${term(lang, 'editorPanels', 'noSession')}</p>`;
    return html`<h2>${term(lang, 'editorPanels', 'cat.heading')}</h2>
      ${this.renderLive()}
      ${doc.categorySets.map((set, si) => this.renderSet(doc, set, si, lang))}
      ${addForm(this, {
        place: '/categorySets', legend: term(lang, 'editorPanels', 'cat.addSet'), submit: term(lang, 'editorPanels', 'cat.addSet'),
        fields: [
          { name: 'id', label: term(lang, 'editorPanels', 'cat.setId') },
          { name: 'vi', label: term(lang, 'editorPanels', 'inVi', { label: term(lang, 'editorPanels', 'cat.setTitle') }) },
          { name: 'en', label: term(lang, 'editorPanels', 'inEn', { label: term(lang, 'editorPanels', 'cat.setTitle') }) },
        ],
        command: (v) => addCategorySet(v.id, v.en ? { vi: v.vi, en: v.en } : { vi: v.vi }),
      })}`;
  }

  private renderSet(doc: PackSource, set: CategorySet, si: number, lang: Lang): TemplateResult {
    const usage = usageLines(doc, set.id, lang);
    const forms = new Set(usage.map((u) => u.formId)).size;
    const title = pick(set.title, lang);
    const headId = `set-${si}`;
    const structural = (place: string, cmd: EditCommand) => {
      if (forms === 0) this.edit(place, cmd);
      else if (this.check(place, cmd)) this.pending = { setId: set.id, place, cmd };
    };
    return html`<section aria-labelledby=${headId} data-set=${set.id}>
      <h3 id=${headId}>${term(lang, 'editorPanels', 'cat.set', { title, id: set.id })}</h3>
      ${bilingualField(this, { pointer: `/categorySets/${si}/title`, label: term(lang, 'editorPanels', 'cat.setTitle'), value: set.title,
        command: (t) => setCategorySetTitle(set.id, t) })}
      ${forms === 0 ? html`<p class="muted" data-usage>${term(lang, 'editorPanels', 'cat.unused')}</p>` : html`<details data-usage>
        <summary>${term(lang, 'editorPanels', 'cat.usedBy', { n: forms })}</summary>
        <ul aria-label=${term(lang, 'editorPanels', 'cat.usageOf', { title })}>${usage.map((u) => html`<li>${u.text}</li>`)}</ul>
      </details>`}
      ${this.pending?.setId === set.id ? this.renderImpact(this.pending, usage.map((u) => u.text), forms, lang) : nothing}
      ${this.renderItems(set, set.items, `/categorySets/${si}/items`, lang, structural)}
      ${addForm(this, {
        place: `/categorySets/${si}/items`, legend: term(lang, 'editorPanels', 'cat.addItem', { title }), submit: term(lang, 'editorPanels', 'add'),
        fields: [
          { name: 'code', label: term(lang, 'editorPanels', 'cat.newCode') },
          { name: 'vi', label: term(lang, 'editorPanels', 'inVi', { label: term(lang, 'editorPanels', 'cat.newLabel') }) },
          { name: 'en', label: term(lang, 'editorPanels', 'inEn', { label: term(lang, 'editorPanels', 'cat.newLabel') }) },
          { name: 'parent', label: term(lang, 'editorPanels', 'cat.parent'), options: [
            { value: '', text: term(lang, 'editorPanels', 'cat.topLevel') },
            ...flatten(set.items).map((it) => ({ value: it.code, text: `${it.code} — ${pick(it.label, lang)}` })),
          ] },
        ],
        command: (v) => addCategoryItem(set.id, v.code, v.en ? { vi: v.vi, en: v.en } : { vi: v.vi }, v.parent || undefined),
        confirm: (place, cmd) => structural(place, cmd),
      })}
    </section>`;
  }

  private renderItems(set: CategorySet, items: CategoryItem[], pointer: string, lang: Lang,
    structural: (place: string, cmd: EditCommand) => void): TemplateResult {
    return html`<ul class="items">${items.map((item, i) => {
      const p = `${pointer}/${i}`;
      const name = pick(item.label, lang);
      const retired = item.retired === true;
      return html`<li class="item ${retired ? 'retired' : ''}" data-item=${item.code}>
        <div class="item-head"><span class="code">${item.code}</span> <span class="item-name">${name}</span>
          ${retired ? html`<span class="tag" data-retired>${term(lang, 'editorPanels', 'cat.retired')}</span>` : nothing}</div>
        ${bilingualField(this, { pointer: `${p}/label`, label: term(lang, 'editorPanels', 'cat.itemLabel'), value: item.label,
          command: (label) => setCategoryItemLabel(set.id, item.code, label) })}
        <div class="actions">
          ${this.moveControls({ key: `${set.id}:${item.code}`, name, index: i, count: items.length, place: p, command: (to) => moveCategoryItem(set.id, item.code, to) })}
          <button type="button" data-action=${retired ? 'restore' : 'retire'} aria-label=${term(lang, 'editorPanels', retired ? 'cat.restore' : 'cat.retire', { item: name })}
            @click=${() => structural(p, retireCategoryItem(set.id, item.code, !retired))}>
            ${term(lang, 'editorPanels', retired ? 'cat.restoreShort' : 'cat.retireShort')}</button>
          <button type="button" data-action="delete" aria-label=${term(lang, 'editorPanels', 'cat.delete', { item: name })}
            @click=${() => this.edit(p, deleteCategoryItem(set.id, item.code))}>
            ${term(lang, 'editorPanels', 'cat.deleteShort')}</button>
        </div>
        ${this.renderProblem(p)}
        ${item.children?.length ? this.renderItems(set, item.children, `${p}/children`, lang, structural) : nothing}
      </li>`;
    })}</ul>`;
  }

  private renderImpact(pending: PendingEdit, lines: string[], forms: number, lang: Lang): TemplateResult {
    const change = pick(pending.cmd.label, lang);
    return html`<div class="impact" role="group" aria-labelledby="impact-text" data-impact>
      <p id="impact-text">${term(lang, 'editorPanels', 'cat.impact', { change, n: forms })}</p>
      <ul>${lines.map((l) => html`<li>${l}</li>`)}</ul>
      <div class="actions">
        <button type="button" data-impact-apply @click=${() => { this.edit(pending.place, pending.cmd); this.pending = undefined; }}>
          ${term(lang, 'editorPanels', 'cat.apply')}</button>
        <button type="button" data-impact-cancel @click=${() => { this.pending = undefined; }}>${term(lang, 'editorPanels', 'cancel')}</button>
      </div>
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('pending') && this.pending) this.renderRoot.querySelector<HTMLButtonElement>('[data-impact-apply]')?.focus();
  }
}

function isNode(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function flatten(items: CategoryItem[]): CategoryItem[] {
  return items.flatMap((it) => [it, ...flatten(it.children ?? [])]);
}

