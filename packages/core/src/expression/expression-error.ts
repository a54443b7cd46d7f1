/** Errors and messages of the expression engine, always Vietnamese first, English second. */

import type { Bilingual } from '../common/bilingual.js';

/** What kind of problem an {@link ExpressionError} is (for editors that treat them differently). */
export type ExpressionErrorKind = 'syntax' | 'unknown-field' | 'unknown-function' | 'arity' | 'list' | 'type';

/**
 * A problem found in an expression; `index` is the character offset when known (syntax errors,
 * and names the checker can find in the text).
 */
export interface ExpressionError {
  index?: number;
  kind?: ExpressionErrorKind;
  message: Bilingual;
}
