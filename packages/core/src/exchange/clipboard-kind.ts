/**
 * Telling a block copied from a spreadsheet from a bit of text, at once on paste (the block
 * itself is read by clipboard-block.ts, which a page may load later).
 */

/** Whether clipboard text is a block (several cells or a whole copied cell) rather than a bit of text to type into one input. */
export function isClipboardBlock(text: string): boolean {
  return /[\t\r\n]/.test(text);
}
