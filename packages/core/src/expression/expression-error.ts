/** Errors and messages of the expression engine, always Vietnamese first, English second. */

/** A message in both languages (both always present). */
export interface ExpressionMessage {
  vi: string;
  en: string;
}

/** A problem found in an expression; `index` is the character offset when known (syntax errors). */
export interface ExpressionError {
  index?: number;
  message: ExpressionMessage;
}

/**
 * Builds a message pair.
 * @param vi - Vietnamese text (NFC)
 * @param en - English text
 * @returns the message
 */
export function expressionMessage(vi: string, en: string): ExpressionMessage {
  return { vi: vi.normalize('NFC'), en };
}
