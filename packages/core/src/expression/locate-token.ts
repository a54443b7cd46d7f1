/** Finds where a name is written in an expression's text, for messages that point at it. */

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The character offset of the first place a path is written (`a.*.b`, spaces around dots
 * allowed), not inside a longer name. Offsets are into the NFC text, as the parser's are.
 * @param text - the expression text
 * @param segments - the written path, e.g. `['so_lieu', '*', 'tong_so']`
 * @returns the offset, or `undefined` when it cannot be found
 * @example
 * ```ts
 * pathOffset('x + so_lieu.*.nam', ['so_lieu', '*', 'nam']) // 4
 * ```
 */
export function pathOffset(text: string, segments: readonly string[]): number | undefined {
  const body = segments.map(escapeRegExp).join('\\s*\\.\\s*');
  return firstMatch(text, new RegExp(`(?<![A-Za-z0-9_$.])${body}(?![A-Za-z0-9_])`, 'u'));
}

/**
 * The character offset of the first call of a function by name (`name(` with optional spaces).
 * @param text - the expression text
 * @param name - the function's name
 * @returns the offset, or `undefined`
 */
export function callOffset(text: string, name: string): number | undefined {
  return firstMatch(text, new RegExp(`(?<![A-Za-z0-9_$.])${escapeRegExp(name)}\\s*\\(`, 'u'));
}

/** The text with the inside of string literals blanked (same length), so names in quotes are not found. */
function maskStrings(text: string): string {
  return text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/gu, (s) => s[0] + ' '.repeat(s.length - 2) + s[s.length - 1]);
}

function firstMatch(text: string, re: RegExp): number | undefined {
  const m = re.exec(maskStrings(text.normalize('NFC')));
  return m ? m.index : undefined;
}
