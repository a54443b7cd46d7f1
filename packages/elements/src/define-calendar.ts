/**
 * The reporting calendar's entry (`@formplan/elements/define-calendar`, built as
 * `dist/formplan-calendar.js`): registers `<fp-calendar>`, which a ward portal may show beside its
 * forms. The built file imports `./formplan.js` (the ward file, same folder) for `<fp-provider>`,
 * `<fp-form>` and the code they share, so a portal that has the ward file pays only for the calendar.
 */
import './components/calendar/calendar.js';

export { FpCalendar } from './components/calendar/calendar.component.js';
export { statusText } from './components/calendar/calendar-strings.js';
export * from './define-form.js';
