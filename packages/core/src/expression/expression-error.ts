/** Errors and messages of the expression engine, always Vietnamese first, English second. */

import type { Bilingual } from '../common/bilingual.js';

/** A problem found in an expression; `index` is the character offset when known (syntax errors). */
export interface ExpressionError {
  index?: number;
  message: Bilingual;
}
