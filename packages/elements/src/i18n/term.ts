/**
 * `term()` with every built-in catalogue of the elements registered: import the lookup from here
 * (or from `@formplan/elements/i18n`) so a namespace is never looked up before it is defined.
 */
import './ui-strings.js';
import '../components/aggregate/aggregate-strings.js';
import '../components/assessment/assessment-strings.js';
import '../components/calendar/calendar-strings.js';
import '../components/form/form-strings.js';
import '../components/form/excel-strings.js';
import '../components/plan/plan-strings.js';

export { term } from './registry.js';
