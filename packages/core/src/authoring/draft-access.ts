/**
 * Helpers the commands share: find the thing an edit is about (or refuse with a vi/en
 * AuthoringError), check codes, and walk a form's schema by the data pointer of a field.
 */
import type { Draft } from 'immer';
import type { Bilingual } from '../common/bilingual.js';
import { parsePointer } from '../common/json-pointer.js';
import { isForbiddenKey } from '../common/safe-keys.js';
import type { AuthoredForm, PackSource } from '../pack/types.js';
import { AuthoringError } from './authoring-error.js';
import type { EditCommand } from './edit-session.js';

/** A stable code: `^[A-Za-z][A-Za-z0-9_]*$` (the meta-schema's `code`). */
export const CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_]*$/;
/** A kebab-case id of a form, category set or criteria set. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A schema node of an authored form, as plain data. */
export type Node = Record<string, unknown>;

/** Builds a command. */
export function command(vi: string, en: string, recipe: (draft: PackSource) => void): EditCommand {
  return { label: { vi: vi.normalize('NFC'), en }, recipe };
}

/** The text of a label for a message, Vietnamese or English. */
export function quoted(text: Bilingual | undefined, code: string): Bilingual {
  return { vi: `'${text?.vi ?? code}'`, en: `'${text?.en ?? text?.vi ?? code}'` };
}

/** Refuses a code that is not a stable ASCII code. */
export function requireCode(code: string, pattern: RegExp = CODE_PATTERN): void {
  if (!pattern.test(code) || isForbiddenKey(code) || code.length > 64) {
    throw new AuthoringError('invalid', {
      vi: `Mã '${code}' không hợp lệ: chỉ dùng chữ cái không dấu, chữ số và '_' (bắt đầu bằng chữ cái).`,
      en: `Code '${code}' is not valid: use unaccented letters, digits and '_' (starting with a letter).`,
    });
  }
}

/** Refuses a code that clashes with one in use, naming where it is used. */
export function refuseClash(code: string, where: Bilingual, pointer?: string): never {
  throw new AuthoringError('code-clash', {
    vi: `Mã '${code}' đã được dùng cho ${where.vi}; mỗi mã phải là duy nhất.`,
    en: `Code '${code}' is already used by ${where.en ?? where.vi}; every code must be unique.`,
  }, pointer === undefined ? {} : { pointer });
}

/** Refuses an edit of something that does not exist. */
export function notFound(what: Bilingual, pointer?: string): never {
  throw new AuthoringError('not-found', {
    vi: `Không tìm thấy ${what.vi}.`,
    en: `${capital(what.en ?? what.vi)} not found.`,
  }, pointer === undefined ? {} : { pointer });
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Index of the form with `id`, or refuses. */
export function formIndex(pack: PackSource | Draft<PackSource>, id: string): number {
  const i = pack.forms.findIndex((f) => f['x-fp-id'] === id);
  if (i < 0) notFound({ vi: `biểu mẫu '${id}'`, en: `form '${id}'` }, '/forms');
  return i;
}

/** The form with `id` in a draft, or refuses. */
export function formOf(draft: PackSource, id: string): AuthoredForm {
  return draft.forms[formIndex(draft, id)];
}

/** Schema path segments of a field's data pointer: `/a/b` → `['properties','a','properties','b']`. */
export function schemaSegments(pointer: string): string[] {
  return parsePointer(pointer).flatMap((s) => ['properties', s]);
}

/** The schema node of a field (by data pointer) and its parent object node, or refuses. */
export function fieldNode(form: AuthoredForm, pointer: string): { node: Node; parent: Node; code: string } {
  const segs = parsePointer(pointer);
  if (segs.length === 0) notFound({ vi: 'trường (con trỏ rỗng)', en: 'field (empty pointer)' });
  let parent: Node = form;
  let node: Node | undefined;
  for (const s of segs) {
    if (node) parent = node;
    const props = parent.properties as Record<string, Node> | undefined;
    node = props !== undefined && Object.prototype.hasOwnProperty.call(props, s) && !isForbiddenKey(s) ? props[s] : undefined;
    if (!node) notFound({ vi: `trường ${pointer} trong biểu ${form['x-fp-id']}`, en: `field ${pointer} in form ${form['x-fp-id']}` });
  }
  return { node: node as Node, parent, code: segs[segs.length - 1] };
}

/** The object node fields are added to: the form itself (`''`) or a group field. */
export function containerNode(form: AuthoredForm, pointer: string): Node {
  if (pointer === '') return form;
  const { node } = fieldNode(form, pointer);
  if (node.type !== 'object' || node['x-fp-matrix'] !== undefined) {
    throw new AuthoringError('invalid', {
      vi: `Trường ${pointer} không phải là nhóm trường.`,
      en: `Field ${pointer} is not a group of fields.`,
    });
  }
  node.properties ??= {};
  return node;
}

/** Moves `arr[from]` to `to` (both clamped); false when nothing moves. */
export function moveItem<T>(arr: T[], from: number, to: number): boolean {
  if (from < 0 || from >= arr.length) return false;
  const dest = Math.max(0, Math.min(arr.length - 1, to));
  if (dest === from) return false;
  const [item] = arr.splice(from, 1);
  arr.splice(dest, 0, item);
  return true;
}

/** Inserts at `index` (clamped), or appends when it is undefined. */
export function insertAt<T>(arr: T[], item: T, index?: number): void {
  if (index === undefined || index >= arr.length) arr.push(item);
  else arr.splice(Math.max(0, index), 0, item);
}

function isText(v: unknown): v is Bilingual {
  return v !== null && typeof v === 'object' && 'vi' in v && typeof v.vi === 'string';
}

/**
 * Writes a bilingual text into `holder[key]` language by language: a text already there is changed
 * in place, so the edit's patch names only the language that changed, and two tabs editing the vi
 * and the en of one name both keep their edit when one tab's edits are re-applied over the other's
 * (`rebaseTransactions`). A text that already says the same is left alone (no undo step).
 */
export function writeText<K extends string>(holder: { [k in K]?: unknown }, key: K, text: Bilingual): void {
  const held = holder[key];
  if (!isText(held)) {
    holder[key] = structuredClone(text);
    return;
  }
  if (held.vi !== text.vi) held.vi = text.vi;
  if (text.en === undefined) {
    if ('en' in held) delete held.en;
  } else if (held.en !== text.en) held.en = text.en;
}

/** Sets `obj[key]` to `value`, or deletes it when `value` is undefined (history stays JSON). */
export function setOrDelete(obj: Node, key: string, value: unknown): void {
  if (value === undefined) delete obj[key];
  else obj[key] = value;
}
