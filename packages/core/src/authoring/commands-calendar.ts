/** Commands on the calendar (due dates, grace days), org units and agencies. */
import { isIsoDate } from '../calendar/iso-date.js';
import type { Agency, IsoDate, OrgUnit, PackSource, Period } from '../pack/types.js';
import { AuthoringError } from './authoring-error.js';
import { command, notFound, refuseClash, requireCode } from './draft-access.js';
import type { EditCommand } from './edit-session.js';

function periodOf(d: PackSource, id: string): Period {
  const p = d.calendar.periods.find((x) => x.id === id);
  if (!p) notFound({ vi: `kỳ báo cáo '${id}'`, en: `period '${id}'` });
  return p;
}

function requireDate(v: IsoDate): void {
  if (!isIsoDate(v)) throw new AuthoringError('invalid', { vi: `Ngày '${v}' không hợp lệ.`, en: `Date '${v}' is not valid.` });
}

function requireDays(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > 366) {
    throw new AuthoringError('invalid', { vi: `Số ngày ân hạn phải là số nguyên từ 0 đến 366 (nhận ${n}).`, en: `Grace days must be a whole number from 0 to 366 (got ${n}).` });
  }
}

/** Sets a period's due date (null: due when required). */
export function setPeriodDue(periodId: string, due: IsoDate | null): EditCommand {
  return command(`Đổi hạn nộp kỳ ${periodId}`, `Change the due date of ${periodId}`, (d) => {
    if (due !== null) requireDate(due);
    periodOf(d, periodId).due = due;
  });
}

/** Sets a period's own grace days, or (undefined) falls back to the calendar's default. */
export function setPeriodGraceDays(periodId: string, n: number | undefined): EditCommand {
  return command(`Đổi số ngày ân hạn kỳ ${periodId}`, `Change the grace days of ${periodId}`, (d) => {
    const p = periodOf(d, periodId);
    if (n === undefined) delete p.graceDays;
    else {
      requireDays(n);
      p.graceDays = n;
    }
  });
}

/** Sets the calendar's default grace days. */
export function setDefaultGraceDays(n: number): EditCommand {
  return command('Đổi số ngày ân hạn mặc định', 'Change the default grace days', (d) => {
    requireDays(n);
    d.calendar.graceDays = n;
  });
}

type OrgUnitProps = Partial<Pick<OrgUnit, 'name' | 'validFrom' | 'validTo' | 'localityClass'>>;

/** Changes an org unit's name, validity dates or locality class; never its code. */
export function setOrgUnit(code: string, props: OrgUnitProps): EditCommand {
  return command(`Sửa đơn vị ${code}`, `Edit org unit ${code}`, (d) => {
    const u = d.orgUnits.find((x) => x.code === code);
    if (!u) notFound({ vi: `đơn vị '${code}'`, en: `org unit '${code}'` });
    if (props.validFrom) requireDate(props.validFrom);
    if (props.validTo) requireDate(props.validTo);
    for (const [k, v] of Object.entries(props)) {
      if (v !== undefined) (u as unknown as Record<string, unknown>)[k] = v;
    }
  });
}

/** Adds an org unit (e.g. a ward formed by a merger). */
export function addOrgUnit(unit: OrgUnit): EditCommand {
  return command(`Thêm đơn vị '${unit.name}'`, `Add org unit '${unit.name}'`, (d) => {
    requireCode(unit.code);
    const clash = d.orgUnits.find((u) => u.code === unit.code);
    if (clash) refuseClash(unit.code, { vi: `đơn vị '${clash.name}'`, en: `org unit '${clash.name}'` });
    d.orgUnits.push(structuredClone(unit));
  });
}

/** Adds an agency. */
export function addAgency(agency: Agency): EditCommand {
  return command(`Thêm cơ quan '${agency.name.vi}'`, `Add agency '${agency.name.en ?? agency.name.vi}'`, (d) => {
    requireCode(agency.code);
    const clash = d.agencies.find((a) => a.code === agency.code);
    if (clash) refuseClash(agency.code, { vi: `cơ quan '${clash.name.vi}'`, en: `agency '${clash.name.en ?? clash.name.vi}'` });
    d.agencies.push(structuredClone(agency));
  });
}

/** Changes an agency's name or short name; never its code. */
export function setAgency(code: string, props: Partial<Omit<Agency, 'code'>>): EditCommand {
  return command(`Sửa cơ quan ${code}`, `Edit agency ${code}`, (d) => {
    const a = d.agencies.find((x) => x.code === code);
    if (!a) notFound({ vi: `cơ quan '${code}'`, en: `agency '${code}'` });
    for (const [k, v] of Object.entries(props)) {
      if (v !== undefined) (a as unknown as Record<string, unknown>)[k] = structuredClone(v);
    }
  });
}
