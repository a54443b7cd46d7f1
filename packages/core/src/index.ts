/**
 * @formplan/core: packs, form model, validation, calendar, storage, scoring, aggregation,
 * rollover. No rendering and no Lit: everything here runs in node and in the browser.
 */
export type {
  LocalizedText, Provenance, IsoDate, Code, PackManifest, OrgUnit, Agency, CategoryItem,
  CategorySet, Indicator, Criterion, CriteriaSet, PeriodKind, Period, Calendar, PlanTarget,
  ContentItem, PlanTask, Assignment, Plan, AuthoredForm, PackSource,
} from './pack/types.js';
