/**
 * One report across the versions of its pack. A pack id is one year (`tay-ho-2018`); the district
 * may publish several versions of it (1.0.0, then 1.1.0). A ward's report (form × ward × period)
 * keeps the version it was made under on every record (`packVersion`, so it opens and validates
 * under its own forms), but it is ONE report: its status, its place in the totals, the review and
 * reopening rules and the revision numbering run over its records under every version of the id.
 *
 * The rules, in one place:
 * - the report's records are its drafts, submissions, reviews and reopenings under any version;
 * - revisions are numbered across versions (a submission after a reopening, made under the new
 *   version, is revision latest + 1 of the report), so the latest revision is the highest number
 *   (on a tie, which only two submissions under two versions at the same instant or records
 *   merged from two stores can make, the later `submittedAt`);
 * - the latest revision gives the report's status, whatever version it was made under;
 * - a report opens under the year's current version when it has a record under it or none at all,
 *   else under the newest older version that holds one ({@link openingVersion}).
 */
import type { SubmissionSummary } from '../calendar/report-status.js';
import type { PackSource } from '../pack/types.js';
import { compareSemver } from './semver-compare.js';
import type { DraftRecord, FormDataKey, PackRecord, ReopenRecord, ReviewRecord, SubmissionRecord } from './records.js';
import type { Store } from './store.js';

/** A report of a ward under any version of a pack id. */
export type ReportKey = Omit<FormDataKey, 'packVersion'>;

/** Which reports to read: a pack id, narrowed by form, ward or period. */
export type ReportScope = Pick<FormDataKey, 'packId'> & Partial<Omit<ReportKey, 'packId'>>;

/** The records of one report under every version of its pack id. */
export interface ReportRecords {
  key: ReportKey;
  /** every revision, in report order ({@link compareRevisions}), each with its own `packVersion` and derived status */
  submissions: SubmissionRecord[];
  /** every review, in the order stored */
  reviews: ReviewRecord[];
  /** every reopening, in the order stored */
  reopens: ReopenRecord[];
  /** the drafts (one per version at most), oldest save first */
  drafts: DraftRecord[];
}

/** Orders two revisions of one report: by number, then by submission time. */
export function compareRevisions(a: Pick<SubmissionRecord, 'revision' | 'submittedAt'>, b: Pick<SubmissionRecord, 'revision' | 'submittedAt'>): number {
  return a.revision - b.revision || a.submittedAt.localeCompare(b.submittedAt);
}

/** The report a record belongs to, as text (pack id, form, ward, period). */
export function reportKeyText(k: ReportKey): string {
  return [k.packId, k.formId, k.ward, k.period].join('\u0000');
}

/** The report a record belongs to. */
export function reportKeyOf(k: ReportKey): ReportKey {
  return { packId: k.packId, formId: k.formId, ward: k.ward, period: k.period };
}

/** Whether two records name the same revision: same version and number. */
export function sameRevision(a: Pick<FormDataKey, 'packVersion'> & { revision: number }, b: Pick<FormDataKey, 'packVersion'> & { revision: number }): boolean {
  return a.packVersion === b.packVersion && a.revision === b.revision;
}

/** The latest revision of a report (see {@link compareRevisions}), if any. */
export function latestRevision<S extends Pick<SubmissionRecord, 'revision' | 'submittedAt'>>(submissions: readonly S[]): S | undefined {
  let best: S | undefined;
  for (const s of submissions) if (!best || compareRevisions(s, best) >= 0) best = s;
  return best;
}

/** The reviews of one revision (its version and number), oldest first. */
export function reviewsOfRevision(reviews: readonly ReviewRecord[], revision: Pick<SubmissionRecord, 'packVersion' | 'revision'>): ReviewRecord[] {
  return reviews.filter((r) => sameRevision(r, revision));
}

/** The newest draft (by last save) of a report, if any. */
export function latestDraft(drafts: readonly DraftRecord[]): DraftRecord | undefined {
  let best: DraftRecord | undefined;
  for (const d of drafts) if (!best || d.updatedAt >= best.updatedAt) best = d;
  return best;
}

/**
 * Reads the reports of a scope under every version of the pack id: drafts, every submission
 * revision (with its status), reviews and reopenings, grouped by report.
 * @param store where the records are
 * @param scope the pack id, and optionally a form, ward or period
 * @returns report key text ({@link reportKeyText}) → its records; reports without any record are absent
 * @example
 * ```ts
 * const reports = await readReports(store, { packId: 'tay-ho-2018', period: '2018-Q1' });
 * latestRevision(reports.get(reportKeyText({ packId: 'tay-ho-2018', formId: 'bieu-02', ward: 'NHAT_TAN', period: '2018-Q1' }))!.submissions);
 * ```
 */
export async function readReports(store: Store, scope: ReportScope): Promise<Map<string, ReportRecords>> {
  const filter = reportKeyFilter(scope);
  const [drafts, submissions, reviews, reopens] = await Promise.all([
    store.listDrafts(filter), store.listSubmissions(filter), store.listReviews(filter), store.listReopens(filter),
  ]);
  const out = new Map<string, ReportRecords>();
  const entry = (k: ReportKey): ReportRecords => {
    const text = reportKeyText(k);
    let r = out.get(text);
    if (!r) {
      r = { key: reportKeyOf(k), submissions: [], reviews: [], reopens: [], drafts: [] };
      out.set(text, r);
    }
    return r;
  };
  for (const d of drafts) entry(d).drafts.push(d);
  for (const s of submissions) entry(s).submissions.push(s);
  for (const r of reviews) entry(r).reviews.push(r);
  for (const r of reopens) entry(r).reopens.push(r);
  for (const r of out.values()) {
    r.submissions.sort(compareRevisions);
    r.drafts.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  }
  return out;
}

/**
 * Reads one report under every version of its pack id.
 * @param store where the records are
 * @param key the report (a `FormDataKey` fits: its `packVersion` is ignored)
 * @returns its records (empty lists when nothing is stored)
 */
export async function readReport(store: Store, key: ReportKey): Promise<ReportRecords> {
  const k = reportKeyOf(key);
  return (await readReports(store, k)).get(reportKeyText(k)) ?? { key: k, submissions: [], reviews: [], reopens: [], drafts: [] };
}

/**
 * The latest revision of every report in a scope, under whatever version it was made: what the
 * totals, the plan's targets and any per-report list count.
 * @param store where the submissions are
 * @param scope the pack id, and optionally a form, ward or period
 * @returns one revision per report (with its own `packVersion` and derived status), in key order
 */
export async function latestSubmissions(store: Store, scope: ReportScope): Promise<SubmissionRecord[]> {
  const latest = new Map<string, SubmissionRecord>();
  for (const s of await store.listSubmissions(reportKeyFilter(scope))) {
    const k = reportKeyText(s);
    const cur = latest.get(k);
    if (!cur || compareRevisions(s, cur) >= 0) latest.set(k, s);
  }
  return [...latest.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => s);
}

/**
 * The version a report opens under: `current` when the report has a record under it or none at
 * all, else the newest of `versions` that holds one (a report stays under the forms it was made
 * under), else `current`.
 * @param recordVersions the versions the report's drafts and submissions were made under
 * @param current the year's current version
 * @param versions the stored versions of the pack id, in any order
 */
export function openingVersion(recordVersions: Iterable<string>, current: string, versions: Iterable<string>): string {
  const held = new Set(recordVersions);
  if (held.size === 0 || held.has(current)) return current;
  const older = [...versions].filter((v) => held.has(v)).sort((a, b) => compareSemver(b, a));
  return older[0] ?? current;
}

/**
 * The pack a report opens with (see {@link openingVersion}): `pack` (the year's current version),
 * or the stored older version of it under which the report's draft or submissions were made.
 * @param store where the records are
 * @param pack the year's current version
 * @param versions the stored pack versions (`store.listPacks()`; other pack ids are skipped)
 * @param key the report (form, ward, period)
 * @example
 * ```ts
 * const packOfForm = await packOfReport(store, pack2018v110, await store.listPacks(), { formId: 'bieu-02', ward, period: '2018-Q1' });
 * packOfForm.manifest.version; // '1.0.0' when the report was made under 1.0.0 only
 * ```
 */
export async function packOfReport(
  store: Store, pack: PackSource, versions: readonly PackRecord[], key: Omit<ReportKey, 'packId'>,
): Promise<PackSource> {
  const packId = pack.manifest.id;
  const filter = { packId, formId: key.formId, ward: key.ward, period: key.period };
  const [drafts, submissions] = await Promise.all([store.listDrafts(filter), store.listSubmissions({ ...filter, latestOnly: true })]);
  const stored = versions.filter((p) => p.id === packId);
  const version = openingVersion([...drafts, ...submissions].map((r) => r.packVersion), pack.manifest.version, stored.map((p) => p.version));
  if (version === pack.manifest.version) return pack;
  return (stored.find((p) => p.version === version)?.source as PackSource | undefined) ?? pack;
}

/**
 * The drafts of a pack version that hold work not yet sent: newer than their report's latest
 * submission under any version (or of a report never submitted). A draft saved before the
 * submission that followed it is what was sent, not a draft to carry to a new version: moved, it
 * would look newer than the submission and open the report under the new version as unsent.
 * @param store where the drafts and submissions are
 * @param version the pack id and version whose drafts are asked for
 * @example
 * ```ts
 * planDraftMigration(v100, v110, await unsentDrafts(store, { packId: 'tay-ho-2018', packVersion: '1.0.0' }));
 * ```
 */
export async function unsentDrafts(store: Store, version: Pick<FormDataKey, 'packId' | 'packVersion'>): Promise<DraftRecord[]> {
  const [drafts, submitted] = await Promise.all([
    store.listDrafts({ packId: version.packId, packVersion: version.packVersion }), latestSubmissions(store, { packId: version.packId }),
  ]);
  const latest = new Map(submitted.map((s) => [reportKeyText(s), s.submittedAt]));
  return drafts.filter((d) => {
    const at = latest.get(reportKeyText(d));
    return at === undefined || d.updatedAt > at;
  });
}

/** The store filter of a scope: no `packVersion`, so every version of the id matches. */
function reportKeyFilter(scope: ReportScope): ReportScope {
  const f: ReportScope = { packId: scope.packId };
  if (scope.formId !== undefined) f.formId = scope.formId;
  if (scope.ward !== undefined) f.ward = scope.ward;
  if (scope.period !== undefined) f.period = scope.period;
  return f;
}

/**
 * The revisions of one report as the status needs them: the latest one's status and the time
 * of the review that decided it come from its reviews (ascending by `seq`). The revisions may be
 * of several versions of the pack id (a review counts for the revision of its own version).
 */
export function submissionSummaries(subs: readonly SubmissionRecord[], reviews: readonly ReviewRecord[]): SubmissionSummary[] {
  return [...subs].sort(compareRevisions).map((s) => {
    const decided = reviewsOfRevision(reviews, s);
    const last = decided[decided.length - 1];
    if (!last) return { revision: s.revision, submittedAt: s.submittedAt, status: 'submitted' };
    return { revision: s.revision, submittedAt: s.submittedAt, status: last.decision === 'accept' ? 'accepted' : 'returned', decidedAt: last.at };
  });
}
