/** Every authoring command, by area. Each returns an {@link EditCommand} with a vi/en label. */
export * from './commands-forms.js';
export * from './commands-matrix.js';
export * from './commands-categories.js';
export * from './commands-criteria.js';
export * from './commands-calendar.js';
export * from './commands-plan.js';
export { categorySetUsage, criteriaSetUsage } from './usage.js';
export type { CategorySetUse } from './usage.js';
