/**
 * Rollover: next year's pack from this year's, with a change log.
 */
import { formatDisplayDate, isIsoDate } from '../calendar/iso-date.js';
import { shiftYears } from '../calendar/shift-years.js';
import type { Assignment, PackSource, Provenance } from '../pack/types.js';
import { RolloverError, type ChangeLogEntry } from './change-log.js';
import { formatPointer } from '../common/json-pointer.js';
import { assertSafeKeys } from './safe-keys.js';
import { rewriteLocalizedYears, rolloverPackId, rolloverPeriodId } from './year-text.js';

/** Options of {@link rollover}. */
export interface RolloverOptions {
  /** version of the new pack; `1.0.0` by default */
  version?: string;
  /**
   * What of the plan is carried (both by default): `targets: false` starts the new plan with no
   * targets, `tasks: false` keeps the assignment blocks (agencies, headings) with no tasks.
   */
  carry?: { targets?: boolean; tasks?: boolean };
}

/** Result of {@link rollover}. */
export interface RolloverResult {
  pack: PackSource;
  changes: ChangeLogEntry[];
}

type Path = (string | number)[];

function fail(vi: string, en: string): never {
  throw new RolloverError({ vi, en });
}

/**
 * Makes the pack of `toYear` from `pack`, which is not modified.
 *
 * - manifest: new id (the year segment replaced, else `-<toYear>` appended), `version`
 *   (default `1.0.0`), `year`, `previous = { id, version }`, document number and date cleared
 *   (null) until the new plan is signed, provenance `proposed` ("rolled over from …");
 *   the document's `basis` is kept and flagged for review;
 * - calendar: period ids (`2018-H1` → `2019-H1`), coverage and due dates and note dues shifted
 *   by whole years (29 February → 28 February; a coverage ending on a month's last day ends on
 *   the new month's last day); shifted periods and notes become `proposed`;
 * - plan: targets and tasks carried (unless `opts.carry` says otherwise) and marked for review:
 *   each target's provenance becomes `proposed`; task due dates shifted; task references to
 *   period ids renamed; the signer's name cleared (null) until the new plan is signed; plan
 *   provenance becomes `proposed`;
 * - years in localized texts of the manifest title, calendar, plan and forms rewritten by
 *   {@link replaceYearTokens} (standalone year tokens only);
 * - left as they are, and said so in the log: org unit and criteria set validity dates (legal
 *   validity does not move), category sets, agencies.
 * @param pack the source pack
 * @param toYear the new year
 * @param opts the new version
 * @returns the new pack and every change, each with a pointer, before, after and a vi/en message
 * @throws {RolloverError} on an invalid year, version or date, or a forbidden key
 * @example
 * ```ts
 * const { pack: next, changes } = rollover(pack2018, 2019);
 * next.manifest.id; // 'tay-ho-2019'
 * ```
 */
export function rollover(pack: PackSource, toYear: number, opts: RolloverOptions = {}): RolloverResult {
  assertSafeKeys(pack);
  const fromYear = pack.manifest.year;
  if (!Number.isInteger(fromYear) || fromYear < 1900 || fromYear > 2999) {
    fail(`Năm của gói không hợp lệ: ${fromYear}`, `Invalid pack year: ${fromYear}`);
  }
  if (!Number.isInteger(toYear) || toYear < 1900 || toYear > 2999 || toYear === fromYear) {
    fail(`Năm mới không hợp lệ: ${toYear} (gói hiện là năm ${fromYear})`, `Invalid new year: ${toYear} (the pack is for ${fromYear})`);
  }
  const version = opts.version ?? '1.0.0';
  if (!/^\d{1,6}\.\d{1,6}\.\d{1,6}$/.test(version)) {
    fail(`Phiên bản không hợp lệ: ${version.slice(0, 40)}`, `Invalid version: ${version.slice(0, 40)}`);
  }
  const years = toYear - fromYear;
  const next = structuredClone(pack);
  const changes: ChangeLogEntry[] = [];
  const log = (path: Path, kind: ChangeLogEntry['kind'], before: unknown, after: unknown, vi: string, en: string): void => {
    changes.push({ pointer: formatPointer(path), kind, before, after, message: { vi, en } });
  };
  const shift = (date: string, path: Path, keepMonthEnd = false): string => {
    if (!isIsoDate(date)) fail(`Ngày không hợp lệ tại ${formatPointer(path)}: ${String(date).slice(0, 40)}`, `Invalid date at ${formatPointer(path)}: ${String(date).slice(0, 40)}`);
    const after = shiftYears(date, years, keepMonthEnd);
    const leapNote = date.endsWith('-02-29') || after.endsWith('-02-29') ? ' (29/2)' : '';
    const [d0, d1] = [formatDisplayDate(date), formatDisplayDate(after)];
    log(path, 'changed', date, after, `Dời ngày ${d0} sang ${d1}${leapNote}`, `Date moved from ${d0} to ${d1}${leapNote}`);
    return after;
  };
  const prevRef = `${pack.manifest.id}@${pack.manifest.version}`;
  const proposed = (what: string): Provenance => ({
    status: 'proposed',
    note: `Chuyển từ ${what} (${prevRef}), cần xác nhận / rolled over from ${what} (${prevRef}), to be confirmed`,
  });
  const reprove = (holder: { provenance: Provenance }, path: Path, what: string): void => {
    const before = holder.provenance;
    holder.provenance = proposed(what);
    log([...path, 'provenance'], 'changed', before, holder.provenance,
      `Nguồn gốc chuyển thành "đề xuất" (chuyển từ ${what})`, `Provenance becomes "proposed" (rolled over from ${what})`);
  };

  // Manifest.
  const m = next.manifest;
  const newId = rolloverPackId(m.id, toYear);
  log(['manifest', 'id'], 'changed', m.id, newId, `Mã gói ${m.id} → ${newId}`, `Pack id ${m.id} → ${newId}`);
  log(['manifest', 'year'], 'changed', m.year, toYear, `Năm ${m.year} → ${toYear}`, `Year ${m.year} → ${toYear}`);
  if (m.version !== version) {
    log(['manifest', 'version'], 'changed', m.version, version, `Phiên bản ${m.version} → ${version}`, `Version ${m.version} → ${version}`);
  }
  log(['manifest', 'previous'], m.previous ? 'changed' : 'added', m.previous, { id: m.id, version: m.version },
    `Gói trước: ${prevRef}`, `Previous pack: ${prevRef}`);
  m.previous = { id: m.id, version: m.version };
  m.id = newId;
  m.year = toYear;
  m.version = version;
  for (const field of ['number', 'date'] as const) {
    const before = m.document[field];
    m.document[field] = null;
    log(['manifest', 'document', field], 'cleared', before, null,
      `Xoá ${field === 'number' ? 'số' : 'ngày'} văn bản kế hoạch cho đến khi kế hoạch mới được ký`,
      `Plan document ${field} cleared until the new plan is signed`);
  }
  if (m.document.basis && m.document.basis.length > 0) {
    log(['manifest', 'document', 'basis'], 'kept', m.document.basis, m.document.basis,
      'Giữ nguyên căn cứ của kế hoạch; cần kiểm tra lại văn bản căn cứ của năm mới',
      'Plan basis kept; check the basis documents for the new year');
  }
  reprove(m, ['manifest'], prevRef);
  const onText = (path: Path, before: unknown, after: unknown): void =>
    log(path, 'changed', before, after, `Cập nhật năm ${fromYear} → ${toYear} trong văn bản`, `Year ${fromYear} → ${toYear} updated in text`);
  rewriteLocalizedYears(m.title, ['manifest', 'title'], fromYear, toYear, onText);

  // Calendar.
  const periodIds = new Map<string, string>();
  next.calendar.periods.forEach((p, i) => {
    const path: Path = ['calendar', 'periods', i];
    const newPid = rolloverPeriodId(p.id, fromYear, toYear);
    if (newPid !== p.id) {
      log([...path, 'id'], 'changed', p.id, newPid, `Mã kỳ ${p.id} → ${newPid}`, `Period id ${p.id} → ${newPid}`);
      periodIds.set(p.id, newPid);
    }
    const oldId = p.id;
    p.id = newPid;
    p.coverage.from = shift(p.coverage.from, [...path, 'coverage', 'from']);
    p.coverage.to = shift(p.coverage.to, [...path, 'coverage', 'to'], true);
    if (p.due !== null) p.due = shift(p.due, [...path, 'due']);
    reprove(p, path, oldId);
  });
  (next.calendar.notes ?? []).forEach((n, i) => {
    const path: Path = ['calendar', 'notes', i];
    if (n.due !== null) {
      n.due = shift(n.due, [...path, 'due']);
      reprove(n, path, `${fromYear}: ${n.label.vi.length > 60 ? `${n.label.vi.slice(0, 60)}…` : n.label.vi}`);
    }
  });
  rewriteLocalizedYears(next.calendar, ['calendar'], fromYear, toYear, onText);

  // Plan.
  const walkAssignments = (list: Assignment[], path: Path): void => {
    list.forEach((a, i) => {
      a.tasks.forEach((t, j) => {
        const tPath: Path = [...path, i, 'tasks', j];
        if (typeof t.due === 'string') t.due = shift(t.due, [...tPath, 'due']);
        if (t.forms) {
          const renamed = t.forms.map((ref) => periodIds.get(ref) ?? ref);
          if (renamed.some((r, k) => r !== t.forms?.[k])) {
            log([...tPath, 'forms'], 'changed', t.forms, renamed, 'Đổi mã kỳ báo cáo mà nhiệm vụ tham chiếu', 'Period ids the task refers to renamed');
            t.forms = renamed;
          }
        }
      });
      if (a.children) walkAssignments(a.children, [...path, i, 'children']);
    });
  };
  const carryTargets = opts.carry?.targets !== false;
  const carryTasks = opts.carry?.tasks !== false;
  if (carryTasks) {
    walkAssignments(next.plan.assignments, ['plan', 'assignments']);
    if (next.plan.assignments.length > 0) {
      log(['plan', 'assignments'], 'kept', undefined, undefined,
        'Chuyển các nhiệm vụ của kế hoạch sang năm mới; cần xem lại từng nhiệm vụ',
        'Plan tasks carried to the new year; review each task');
    }
  } else {
    const clearTasks = (list: Assignment[], path: Path): void => list.forEach((a, i) => {
      if (a.tasks.length > 0) {
        log([...path, i, 'tasks'], 'cleared', a.tasks, [],
          `Không chuyển ${a.tasks.length} nhiệm vụ của mục ${a.number}`, `${a.tasks.length} task(s) of section ${a.number} not carried`);
      }
      a.tasks = [];
      if (a.children) clearTasks(a.children, [...path, i, 'children']);
    });
    clearTasks(next.plan.assignments, ['plan', 'assignments']);
  }
  if (carryTargets) {
    next.plan.targets.forEach((t, i) => reprove(t, ['plan', 'targets', i], `${t.code} ${fromYear}`));
  } else if (next.plan.targets.length > 0) {
    log(['plan', 'targets'], 'cleared', next.plan.targets, [],
      `Không chuyển ${next.plan.targets.length} chỉ tiêu của kế hoạch`, `${next.plan.targets.length} plan target(s) not carried`);
    next.plan.targets = [];
  }
  if (next.plan.signer.name !== null) {
    log(['plan', 'signer', 'name'], 'cleared', next.plan.signer.name, null,
      'Xoá tên người ký kế hoạch cho đến khi kế hoạch mới được ký', 'Plan signer name cleared until the new plan is signed');
    next.plan.signer.name = null;
  }
  reprove(next.plan, ['plan'], `${fromYear}`);
  rewriteLocalizedYears(next.plan, ['plan'], fromYear, toYear, onText);
  next.forms.forEach((f, i) => rewriteLocalizedYears(f, ['forms', i], fromYear, toYear, onText));

  // Deliberately kept.
  next.orgUnits.forEach((u, i) => {
    if (u.validFrom !== undefined || (u.validTo !== undefined && u.validTo !== null)) {
      log(['orgUnits', i], 'kept', { validFrom: u.validFrom, validTo: u.validTo }, { validFrom: u.validFrom, validTo: u.validTo },
        `Giữ nguyên thời hạn hiệu lực của đơn vị ${u.code} (hiệu lực pháp lý không dời theo năm)`,
        `Validity of org unit ${u.code} kept (legal validity does not move with the year)`);
    }
  });
  next.criteriaSets.forEach((c, i) => {
    const validity = { validFrom: c.validFrom, validTo: c.validTo };
    const expired = typeof c.validTo === 'string' && c.validTo < `${toYear}-12-31`;
    log(['criteriaSets', i], 'kept', validity, validity,
      `Giữ nguyên bộ tiêu chí ${c.id} và thời hạn hiệu lực (hiệu lực pháp lý không dời theo năm)` +
        (expired ? `; CHÚ Ý: hết hiệu lực từ ${c.validTo}, cần thay bộ tiêu chí cho năm ${toYear}` : ''),
      `Criteria set ${c.id} and its validity kept (legal validity does not move)` +
        (expired ? `; NOTE: no longer in force after ${c.validTo}, replace it for ${toYear}` : ''));
  });
  return { pack: next, changes };
}
