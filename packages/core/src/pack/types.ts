/**
 * The pack format: everything one year of a district's child-protection work is configured by.
 *
 * A pack is a folder (`schemas/packs/<id>/`) of JSON files, one per part, each validated by the
 * meta-schema of the same name in `schemas/meta/`. In the browser the same parts arrive as one
 * {@link PackSource} object. These types mirror the meta-schemas; the meta-schemas are the truth.
 *
 * Folder layout:
 * ```
 * pack.json            PackManifest
 * org-units.json       OrgUnit[]
 * agencies.json        Agency[]
 * category-sets.json   CategorySet[]
 * criteria/<id>.json   CriteriaSet        (one file per criteria set)
 * calendar.json        Calendar
 * plan.json            Plan
 * forms/<id>.json      AuthoredForm       (one file per form: a JSON Schema 2020-12 document + x-fp-* vocabulary)
 * ```
 */

/** Texts of a pack: Vietnamese always, English when known (see common/bilingual.ts). */
import type { Bilingual } from '../common/bilingual.js';

export type { Bilingual } from '../common/bilingual.js';

/** Where a fact comes from. Every value that is not confirmed by a legal source is `proposed`. */
export type Provenance =
  | { status: 'confirmed'; source: string; note?: string }
  | { status: 'proposed'; note?: string; source?: string };

/** Provenance of single fields whose status differs from their object's `provenance`, by field name. */
export type FieldProvenance = Record<string, Provenance>;

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A stable ASCII code: `^[A-Za-z][A-Za-z0-9_]*$`. Codes, not labels, identify values. */
export type Code = string;

/** `pack.json` */
export interface PackManifest {
  /** e.g. `tay-ho-2018`; `^[a-z0-9]+(-[a-z0-9]+)*$` */
  id: string;
  year: number;
  /** semver, e.g. `1.0.0`; a published version is immutable */
  version: string;
  title: Bilingual;
  /** issuing body, e.g. UBND quận Tây Hồ */
  issuer: Bilingual;
  /** org unit code of the district the pack is for */
  district: Code;
  /** the plan document: number and date are cleared by rollover until the new plan is signed */
  document: {
    number: string | null;
    date: IsoDate | null;
    place?: string;
    /** the document this plan implements, e.g. KH 515/KH-LĐTĐ of 06/3/2018 */
    basis?: Bilingual[];
  };
  locale: 'vi';
  /** the pack this one was rolled over from */
  previous?: { id: string; version: string };
  provenance: Provenance;
}

/** `org-units.json`: the district and its wards, versioned by validity dates (wards merge). */
export interface OrgUnit {
  code: Code;
  name: string;
  level: 'city' | 'district' | 'ward';
  parent?: Code;
  /** numeric code of the national list of administrative units (GSO), e.g. `00091` */
  gsoCode?: string;
  /** first day the unit exists */
  validFrom?: IsoDate;
  /** the day the unit ceased to exist (exclusive); null or absent while it exists */
  validTo?: IsoDate | null;
  /** locality class for the child-friendly criteria thresholds, e.g. `city-ward` */
  localityClass?: string;
  provenance: Provenance;
  fieldProvenance?: FieldProvenance;
}

/** `agencies.json`: offices the plan assigns tasks to. */
export interface Agency {
  code: Code;
  name: Bilingual;
  short?: string;
  provenance?: Provenance;
}

/** One item of a category set; items may nest (NĐ 56 sub-groups under an Article 10 group). */
export interface CategoryItem {
  code: Code;
  label: Bilingual;
  /** legal reference, e.g. `Luật 102/2016/QH13, Điều 10 khoản 1 điểm a` */
  ref?: string;
  children?: CategoryItem[];
  /** no longer offered for entry; kept so old data under the code stays readable */
  retired?: boolean;
  /** when the item's status differs from its set's */
  provenance?: Provenance;
}

/** `category-sets.json`: ordered, coded lists declared once and referenced by forms. */
export interface CategorySet {
  id: string;
  title: Bilingual;
  legalBasis?: string;
  /** whether items are mutually exclusive (a child counted once) or not (counted per group) */
  exclusive: boolean;
  items: CategoryItem[];
  provenance: Provenance;
}

/** One scored indicator of a criterion. */
export interface Indicator {
  code: Code;
  title: Bilingual;
  maxPoints: number;
  /**
   * How the points follow from the answer:
   * - `boolean`: full points when true;
   * - `percent-threshold`: answer is a percentage; full points when it passes `target` by `op`;
   * - `count-max`: answer is a count; full points when it is ≤ `target` (e.g. no abused child);
   * - `points`: the assessor enters points directly, 0..maxPoints.
   */
  scoring:
    | { kind: 'boolean' }
    | { kind: 'percent-threshold'; op: '>=' | '<=' | '<' | '>'; target: number }
    | { kind: 'count-max'; target: number }
    | { kind: 'points' };
  /** optional binding to a report field: an expression over `forms.<formId>.<pointer path>` */
  binding?: string;
  evidence?: Bilingual;
  provenance: Provenance;
}

export interface Criterion {
  code: Code;
  title: Bilingual;
  maxPoints: number;
  /** points the criterion must reach to count as met (see `recognition.allCriteriaMet`) */
  minPoints?: number;
  indicators: Indicator[];
  provenance: Provenance;
}

/** `criteria/<id>.json`: the child-friendly-ward standard of one legal basis. */
export interface CriteriaSet {
  id: string;
  title: Bilingual;
  legalBasis: string;
  validFrom?: IsoDate;
  validTo?: IsoDate | null;
  maxPoints: number;
  criteria: Criterion[];
  recognition: {
    /** minimum total per locality class */
    thresholds: { localityClass: string; label: Bilingual; minTotal: number; provenance: Provenance }[];
    /** every criterion must be met: reach its `minPoints` (when a criterion sets none: more than 0) */
    allCriteriaMet: boolean;
    /** no criterion may score 0 */
    noZeroCriterion: boolean;
    /** e.g. the provenance of `allCriteriaMet` and `noZeroCriterion` */
    fieldProvenance?: FieldProvenance;
  };
  provenance: Provenance;
}

/** Kinds of reporting period, e.g. `Q1`, `H1`, `M9`, `Y`, `CFW` (child-friendly-ward result), `ADHOC`. */
export interface PeriodKind {
  code: Code;
  label: Bilingual;
}

/** One reporting period of the year. */
export interface Period {
  /** e.g. `2018-H1` */
  id: string;
  kind: Code;
  label: Bilingual;
  /** the time the data covers */
  coverage: { from: IsoDate; to: IsoDate };
  /** due date; null for ad-hoc periods (due "when required") */
  due: IsoDate | null;
  /** days after `due` before the period locks (overrides the calendar default) */
  graceDays?: number;
  provenance: Provenance;
  fieldProvenance?: FieldProvenance;
}

/** `calendar.json` */
export interface Calendar {
  periodKinds: PeriodKind[];
  /** default days after a due date before a period locks */
  graceDays: number;
  periods: Period[];
  /** other dated reports the plan states, e.g. BHYT under-6 statistics at 9 months and year */
  notes?: { label: Bilingual; due: IsoDate | null; provenance: Provenance }[];
  /** e.g. the provenance of `graceDays` */
  fieldProvenance?: FieldProvenance;
}

/** A measurable requirement of the plan, optionally bound to an indicator computed from data. */
export interface PlanTarget {
  code: Code;
  text: Bilingual;
  /** e.g. `{ expr: "percent(count_recognised, count_wards)", op: ">=", value: 100, unit: "%" }` */
  binding?: { expr: string; op: '>=' | '<=' | '=' | '<' | '>'; value: number; unit?: string };
  provenance: Provenance;
  /** e.g. the provenance of `binding` (our measurement of a confirmed target) */
  fieldProvenance?: FieldProvenance;
}

/** A content item of section II; may nest sub-items with legal references. */
export interface ContentItem {
  code: Code;
  text: Bilingual;
  refs?: string[];
  children?: ContentItem[];
  /** set where the source text is cut or out of place */
  gap?: string;
}

/** A task of an assignment block. */
export interface PlanTask {
  code: Code;
  text: Bilingual;
  /** due date where the plan states one */
  due?: IsoDate | null;
  /** forms or periods the task concerns */
  forms?: string[];
  /** set where the OCR text is cut and the task text is incomplete */
  gap?: string;
  /** sub-tasks, e.g. the `+` lines of a reporting task */
  children?: PlanTask[];
}

/** One assignment block of section III: an agency (or several) and their tasks. */
export interface Assignment {
  /** section number as printed, e.g. `1`, `11.2` */
  number: string;
  agencies: Code[];
  heading: Bilingual;
  tasks: PlanTask[];
  children?: Assignment[];
}

/** `plan.json`: the plan document as data. */
export interface Plan {
  title: Bilingual;
  /** the opening paragraph before section I */
  preamble?: Bilingual;
  purpose: Bilingual[];
  targets: PlanTarget[];
  contentItems: ContentItem[];
  assignments: Assignment[];
  /** closing paragraph(s) of section III */
  closing?: Bilingual[];
  recipients: string[];
  /** who signs; `name` is null after a rollover until the new plan is signed */
  signer: { on_behalf: string; capacity: string; title: string; name: string | null };
  provenance: Provenance;
}

/**
 * `forms/<id>.json`: a JSON Schema 2020-12 document with the x-fp-* presentation vocabulary.
 * See `schemas/meta/form.schema.json` for the vocabulary; core resolves it to plain JSON Schema.
 */
export interface AuthoredForm {
  $schema?: string;
  'x-fp-id': string;
  'x-fp-label': Bilingual;
  'x-fp-period-kinds': Code[];
  'x-fp-provenance': Provenance;
  type: 'object';
  properties: Record<string, unknown>;
  [keyword: string]: unknown;
}

/** A whole pack in memory: what the loader returns and what the browser receives. */
export interface PackSource {
  manifest: PackManifest;
  orgUnits: OrgUnit[];
  agencies: Agency[];
  categorySets: CategorySet[];
  criteriaSets: CriteriaSet[];
  calendar: Calendar;
  plan: Plan;
  forms: AuthoredForm[];
}
