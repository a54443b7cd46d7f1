/**
 * `@formplan/elements/i18n`: the localisation API without any element (safe to import in node
 * and in a host's own modules). See `registry.ts` for the catalogue shape.
 */
export { term } from './term.js';
export { defineStrings, namespaces, registerStrings } from './registry.js';
export type { Catalogue, Entry, FpStrings, KeyOf, Namespace, Params, PartialCatalogue, StringOverrides } from './registry.js';
export { pick, toLang } from './lang.js';
export type { Lang } from './lang.js';
export { displayDate, displayDateTime, formatNumber, parseDisplayDate } from './format.js';
