/**
 * Commands that set *or clear* optional values. The `set*` commands of the first command files
 * skip `undefined`, so an optional value could not be removed once written; here a value sets it,
 * `null` removes it and a missing key leaves it (as `setFieldProps` does for a field's unit,
 * minimum, maximum and help).
 */
import { isIsoDate } from '../calendar/iso-date.js';
import type { Indicator, IsoDate, PlanTarget } from '../pack/types.js';
import { AuthoringError } from './authoring-error.js';
import { command, notFound } from './draft-access.js';
import type { EditCommand } from './edit-session.js';
import { criteriaSetOf, criterionOf } from './criteria-access.js';

/** A change to optional values: a value sets it, `null` removes it, a missing key leaves it. */
export type Clearable<T> = { [K in keyof T]?: T[K] | null };

function put<T extends object>(target: T, props: Clearable<T>): void {
  const obj = target as Record<string, unknown>;
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined) continue;
    if (v === null) delete obj[k];
    else obj[k] = structuredClone(v);
  }
}


/**
 * Sets or clears an indicator's binding (the expression that measures it) and evidence text.
 * @example
 * ```ts
 * session.apply(setIndicatorOptional('qd-34-2014', 'TC1', 'TC1_1', { binding: null })) // measured by hand from now on
 * ```
 */
export function setIndicatorOptional(setId: string, criterionCode: string, code: string,
  props: Clearable<Pick<Indicator, 'binding' | 'evidence'>>): EditCommand {
  const cleared = Object.values(props).every((v) => v === null);
  return command(`${cleared ? 'Xoá' : 'Sửa'} cách đo/minh chứng của chỉ tiêu '${code}'`,
    `${cleared ? 'Clear' : 'Edit'} the binding/evidence of indicator '${code}'`, (d) => {
      const ind = criterionOf(criteriaSetOf(d, setId), criterionCode).indicators.find((x) => x.code === code);
      if (!ind) notFound({ vi: `chỉ tiêu '${code}' của tiêu chí ${criterionCode}`, en: `indicator '${code}' of criterion ${criterionCode}` });
      if (typeof props.binding === 'string' && props.binding.trim() === '') {
        throw new AuthoringError('invalid', { vi: 'Biểu thức đo đang trống: hãy xoá cách đo thay vì để trống.', en: 'The binding is empty: clear it instead.' });
      }
      put(ind, props);
    });
}

/** Sets (or, with null, removes) the points a criterion must reach to count as met. */
export function setCriterionMinPoints(setId: string, code: string, minPoints: number | null): EditCommand {
  return command(`${minPoints === null ? 'Xoá' : 'Sửa'} điểm tối thiểu của tiêu chí '${code}'`,
    `${minPoints === null ? 'Clear' : 'Edit'} the minimum points of criterion '${code}'`, (d) => {
      const c = criterionOf(criteriaSetOf(d, setId), code);
      if (minPoints !== null && (!Number.isFinite(minPoints) || minPoints < 0 || minPoints > c.maxPoints)) {
        throw new AuthoringError('invalid', {
          vi: `Điểm tối thiểu phải từ 0 đến ${c.maxPoints} (điểm tối đa của tiêu chí), nhận ${minPoints}.`,
          en: `Minimum points must be from 0 to ${c.maxPoints} (the criterion's maximum), got ${minPoints}.`,
        });
      }
      put(c, { minPoints });
    });
}

/** Sets or clears the days an org unit exists from / until (a ward formed or merged away). */
export function setOrgUnitValidity(code: string, props: { validFrom?: IsoDate | null; validTo?: IsoDate | null }): EditCommand {
  return command(`Sửa thời gian hiệu lực của đơn vị ${code}`, `Edit the validity of org unit ${code}`, (d) => {
    const u = d.orgUnits.find((x) => x.code === code);
    if (!u) notFound({ vi: `đơn vị '${code}'`, en: `org unit '${code}'` });
    for (const v of [props.validFrom, props.validTo]) {
      if (typeof v === 'string' && !isIsoDate(v)) throw new AuthoringError('invalid', { vi: `Ngày '${v}' không hợp lệ.`, en: `Date '${v}' is not valid.` });
    }
    const from = props.validFrom === undefined ? u.validFrom : props.validFrom ?? undefined;
    const to = props.validTo === undefined ? u.validTo : props.validTo ?? undefined;
    if (from && to && to <= from) {
      throw new AuthoringError('invalid', {
        vi: `Ngày hết hiệu lực (${to}) phải sau ngày bắt đầu (${from}).`, en: `The end date (${to}) must be after the start date (${from}).`,
      });
    }
    put(u, props);
  });
}

/** Sets or (null) removes the binding that measures a plan target. */
export function setPlanTargetBinding(code: string, binding: PlanTarget['binding'] | null): EditCommand {
  return command(`${binding === null ? 'Xoá' : 'Sửa'} cách đo chỉ tiêu kế hoạch ${code}`,
    `${binding === null ? 'Clear' : 'Edit'} the measure of plan target ${code}`, (d) => {
      const t = d.plan.targets.find((x) => x.code === code);
      if (!t) notFound({ vi: `chỉ tiêu kế hoạch '${code}'`, en: `plan target '${code}'` });
      put(t, { binding });
    });
}
