/** Commands on the plan document, the manifest, and the generic reorder of any array of the pack. */
import { parsePointer, getAt } from '../common/json-pointer.js';
import { isForbiddenKey } from '../common/safe-keys.js';
import type { Assignment, PackManifest, PackSource, Plan, PlanTarget } from '../pack/types.js';
import { AuthoringError } from './authoring-error.js';
import { command, moveItem, notFound, refuseClash, requireCode, writeText } from './draft-access.js';
import type { EditCommand } from './edit-session.js';

function targetOf(d: PackSource, code: string): PlanTarget {
  const t = d.plan.targets.find((x) => x.code === code);
  if (!t) notFound({ vi: `chỉ tiêu kế hoạch '${code}'`, en: `plan target '${code}'` });
  return t;
}

/** Changes a plan target's text, binding or provenance; never its code. */
export function setPlanTarget(code: string, props: Partial<Omit<PlanTarget, 'code'>>): EditCommand {
  return command(`Sửa chỉ tiêu kế hoạch ${code}`, `Edit plan target ${code}`, (d) => {
    const t = targetOf(d, code);
    for (const [k, v] of Object.entries(props)) {
      if (v !== undefined) (t as unknown as Record<string, unknown>)[k] = structuredClone(v);
    }
  });
}

/** Adds a plan target. */
export function addPlanTarget(target: PlanTarget): EditCommand {
  return command(`Thêm chỉ tiêu kế hoạch ${target.code}`, `Add plan target ${target.code}`, (d) => {
    requireCode(target.code);
    const clash = d.plan.targets.find((t) => t.code === target.code);
    if (clash) refuseClash(target.code, { vi: `chỉ tiêu kế hoạch '${clash.text.vi}'`, en: `plan target '${clash.text.en ?? clash.text.vi}'` });
    d.plan.targets.push(structuredClone(target));
  });
}

/** Sets who signs the plan. */
export function setPlanSigner(signer: Plan['signer']): EditCommand {
  return command('Sửa người ký kế hoạch', 'Edit the plan signer', (d) => {
    d.plan.signer = structuredClone(signer);
  });
}

/** Sets the recipients of the plan ("Nơi nhận"). */
export function setPlanRecipients(list: string[]): EditCommand {
  return command('Sửa nơi nhận kế hoạch', 'Edit the plan recipients', (d) => {
    d.plan.recipients = [...list];
  });
}

function findAssignment(list: Assignment[], number: string): Assignment | undefined {
  for (const a of list) {
    if (a.number === number) return a;
    const inner = findAssignment(a.children ?? [], number);
    if (inner) return inner;
  }
  return undefined;
}

/** Sets the agencies of an assignment block (by its printed number, e.g. `11.2`). */
export function setAssignmentAgencies(number: string, codes: string[]): EditCommand {
  return command(`Sửa cơ quan được giao mục ${number}`, `Edit the agencies of assignment ${number}`, (d) => {
    const a = findAssignment(d.plan.assignments, number);
    if (!a) notFound({ vi: `mục phân công ${number}`, en: `assignment ${number}` });
    const unknown = codes.filter((c) => !d.agencies.some((x) => x.code === c));
    if (unknown.length > 0) notFound({ vi: `cơ quan ${unknown.join(', ')}`, en: `agency ${unknown.join(', ')}` });
    a.agencies = [...codes];
  });
}

/** Sets the pack's title and plan document (number, date, place, basis). */
export function setManifest(props: { title?: PackManifest['title']; document?: Partial<PackManifest['document']> }): EditCommand {
  return command('Sửa thông tin gói', 'Edit the pack details', (d) => {
    if (props.title) writeText(d.manifest, 'title', props.title);
    if (props.document) {
      for (const [k, v] of Object.entries(props.document)) {
        if (v !== undefined) (d.manifest.document as Record<string, unknown>)[k] = structuredClone(v);
      }
    }
  });
}

/**
 * Moves an item of any array of the pack (the editor's Move up/down/to…).
 * @param pointerToArray - RFC 6901 pointer into the PackSource, e.g. `/plan/targets`
 */
export function moveInArray(pointerToArray: string, fromIndex: number, toIndex: number): EditCommand {
  return command(`Chuyển mục ${fromIndex + 1} → ${toIndex + 1}`, `Move item ${fromIndex + 1} → ${toIndex + 1}`, (d) => {
    const segs = parsePointer(pointerToArray);
    const arr = segs.some(isForbiddenKey) ? undefined : getAt(d, segs);
    if (!Array.isArray(arr)) {
      throw new AuthoringError('not-found', { vi: `Không có danh sách tại ${pointerToArray}.`, en: `No list at ${pointerToArray}.` }, { pointer: pointerToArray });
    }
    moveItem(arr, fromIndex, toIndex);
  });
}
