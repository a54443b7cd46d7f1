/**
 * Commands on forms and their fields. A field is named by the JSON Pointer of its value in the
 * form's data (`/tre_em_hcdb`, `/nhom/truong`); its code is the last segment and never changes.
 */
import type { Bilingual } from '../common/bilingual.js';
import type { AuthoredForm } from '../pack/types.js';
import { AuthoringError } from './authoring-error.js';
import {
  command, containerNode, fieldNode, formOf, ID_PATTERN, insertAt, moveItem, notFound, refuseClash, requireCode,
  setOrDelete, type Node, writeText,
} from './draft-access.js';
import type { EditCommand } from './edit-session.js';

/** What an author sets on a field; the commands write it as JSON Schema + x-fp keywords. */
export interface FieldSpec {
  label: Bilingual;
  type: 'integer' | 'number' | 'string' | 'boolean' | 'date' | 'enum';
  required?: boolean;
  minimum?: number;
  maximum?: number;
  unit?: 'person' | 'household' | 'case' | 'VND' | 'percent';
  widget?: 'textarea' | 'radio' | 'select' | 'checkbox' | 'date' | 'money';
  help?: Bilingual;
  computed?: string;
  visibleIf?: string;
  enum?: string[];
}

/** Changes to a field: a value sets it, `null` removes it, a missing key leaves it. */
export type FieldProps = { [K in keyof FieldSpec]?: FieldSpec[K] | null };

const KEYWORD: Record<Exclude<keyof FieldSpec, 'type' | 'required'>, string> = {
  label: 'x-fp-label', minimum: 'minimum', maximum: 'maximum', unit: 'x-fp-unit', widget: 'x-fp-widget',
  help: 'x-fp-help', computed: 'x-fp-computed', visibleIf: 'x-fp-visible-if', enum: 'enum',
};

function writeType(node: Node, type: FieldSpec['type']): void {
  delete node.format;
  if (type === 'date') {
    node.type = 'string';
    node.format = 'date';
  } else if (type === 'enum') {
    node.type = 'string';
    if (!Array.isArray(node.enum)) node.enum = ['a'];
  } else {
    node.type = type;
    if (type !== 'string') delete node.enum;
  }
}

function writeRequired(parent: Node, code: string, required: boolean): void {
  const list = Array.isArray(parent.required) ? (parent.required as string[]) : [];
  const has = list.includes(code);
  if (required && !has) parent.required = [...list, code];
  if (!required && has) {
    const rest = list.filter((c) => c !== code);
    setOrDelete(parent, 'required', rest.length > 0 ? rest : undefined);
  }
}

function writeProps(node: Node, parent: Node, code: string, props: FieldProps): void {
  if (props.type) writeType(node, props.type);
  if (props.required !== undefined) writeRequired(parent, code, props.required === true);
  for (const [key, keyword] of Object.entries(KEYWORD)) {
    const v = props[key as keyof typeof KEYWORD];
    if (v === undefined) continue;
    if (key === 'label' && props.label) {
      writeText(node, keyword, props.label);
      continue;
    }
    setOrDelete(node, keyword, v === null ? undefined : structuredClone(v));
  }
  if (props.computed !== undefined) setOrDelete(node, 'readOnly', props.computed === null ? undefined : true);
}

/** The display order of an object node's fields (`x-fp-order`, then the rest), written back. */
function ensureOrder(container: Node): string[] {
  const keys = Object.keys((container.properties ?? {}) as object);
  const order = Array.isArray(container['x-fp-order']) ? (container['x-fp-order'] as string[]).filter((k) => keys.includes(k)) : [];
  const full = [...order, ...keys.filter((k) => !order.includes(k))];
  const now = container['x-fp-order'];
  if (!Array.isArray(now) || now.length !== full.length || full.some((k, i) => now[i] !== k)) container['x-fp-order'] = full;
  return container['x-fp-order'] as string[];
}

function parentPointer(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

/** Adds an empty form filed for the given period kinds. */
export function addForm(id: string, label: Bilingual, periodKinds: string[]): EditCommand {
  return command(`Thêm biểu mẫu '${label.vi}'`, `Add form '${label.en ?? label.vi}'`, (d) => {
    requireCode(id, ID_PATTERN);
    const clash = d.forms.find((f) => f['x-fp-id'] === id);
    if (clash) refuseClash(id, { vi: `biểu mẫu '${clash['x-fp-label'].vi}'`, en: `form '${clash['x-fp-label'].en ?? clash['x-fp-label'].vi}'` });
    const form: AuthoredForm = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      'x-fp-id': id, 'x-fp-label': structuredClone(label), 'x-fp-period-kinds': [...periodKinds],
      'x-fp-provenance': { status: 'proposed' }, type: 'object', additionalProperties: false, 'x-fp-order': [], properties: {},
    };
    d.forms.push(form);
  });
}

/** Renames a form (its id stays). */
export function setFormLabel(formId: string, label: Bilingual): EditCommand {
  return command(`Đổi tên biểu ${formId}`, `Rename form ${formId}`, (d) => {
    writeText(formOf(d, formId), 'x-fp-label', label);
  });
}

/** Sets the period kinds a form is filed for. */
export function setFormPeriodKinds(formId: string, kinds: string[]): EditCommand {
  return command(`Đổi kỳ báo cáo của biểu ${formId}`, `Change the periods of form ${formId}`, (d) => {
    const form = formOf(d, formId);
    if (kinds.length === 0) {
      throw new AuthoringError('invalid', { vi: 'Biểu mẫu cần ít nhất một loại kỳ báo cáo.', en: 'A form needs at least one period kind.' });
    }
    form['x-fp-period-kinds'] = [...kinds];
  });
}

/**
 * Adds a field to a form (or to the group `spec` under `parent`, default the form).
 * @param index - position in the display order; appended when undefined
 * @throws {AuthoringError} `code-clash` when the code is taken at that level
 */
export function addField(formId: string, code: string, spec: FieldSpec, index?: number, parent = ''): EditCommand {
  return command(`Thêm trường '${spec.label.vi}' vào biểu ${formId}`, `Add field '${spec.label.en ?? spec.label.vi}' to form ${formId}`, (d) => {
    requireCode(code);
    const form = formOf(d, formId);
    const container = containerNode(form, parent);
    const props = container.properties as Record<string, Node>;
    if (Object.prototype.hasOwnProperty.call(props, code)) {
      const other = props[code]['x-fp-label'] as Bilingual | undefined;
      refuseClash(code, {
        vi: `trường '${other?.vi ?? code}' trong biểu ${formId}`, en: `field '${other?.en ?? other?.vi ?? code}' in form ${formId}`,
      }, `${parent}/${code}`);
    }
    const order = ensureOrder(container);
    const node: Node = {};
    props[code] = node;
    writeProps(props[code], container, code, { ...spec });
    insertAt(order, code, index);
  });
}

/** Changes a field's properties (label, type, bounds, unit, widget, help, rules); never its code. */
export function setFieldProps(formId: string, pointer: string, props: FieldProps): EditCommand {
  return command(`Sửa trường ${pointer} của biểu ${formId}`, `Edit field ${pointer} of form ${formId}`, (d) => {
    const { node, parent, code } = fieldNode(formOf(d, formId), pointer);
    writeProps(node, parent, code, props);
  });
}

function retiredCommand(formId: string, pointer: string, retired: boolean): EditCommand {
  const [vi, en] = retired ? ['Ngừng dùng', 'Retire'] : ['Dùng lại', 'Restore'];
  return command(`${vi} trường ${pointer} của biểu ${formId}`, `${en} field ${pointer} of form ${formId}`, (d) => {
    const { node } = fieldNode(formOf(d, formId), pointer);
    setOrDelete(node, 'x-fp-retired', retired ? true : undefined);
  });
}

/** Retires a field: kept for old data, no longer offered for entry. */
export function retireField(formId: string, pointer: string): EditCommand {
  return retiredCommand(formId, pointer, true);
}

/** Offers a retired field for entry again. */
export function restoreField(formId: string, pointer: string): EditCommand {
  return retiredCommand(formId, pointer, false);
}

/** Moves a field to `toIndex` of its level's display order (`x-fp-order`). */
export function moveField(formId: string, pointer: string, toIndex: number): EditCommand {
  return command(`Chuyển trường ${pointer} của biểu ${formId}`, `Move field ${pointer} of form ${formId}`, (d) => {
    const form = formOf(d, formId);
    const { code } = fieldNode(form, pointer);
    const order = ensureOrder(containerNode(form, parentPointer(pointer)));
    const from = order.indexOf(code);
    if (from < 0) notFound({ vi: `trường ${pointer}`, en: `field ${pointer}` });
    moveItem(order, from, toIndex);
  });
}
