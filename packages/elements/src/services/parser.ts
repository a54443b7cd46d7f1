/**
 * The expression parser (jsep and formplan's grammar on top), in a chunk of its own
 * (`dist/formplan-parser.js`): a ward page whose pack forms come with trees parsed ahead of time
 * (`formplan build`'s validators module) never loads it; schema mode loads it on demand (see
 * page-parser.ts).
 */
export { parseExpression } from '@formplan/core';
