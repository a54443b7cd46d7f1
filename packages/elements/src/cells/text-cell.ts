/**
 * Keeping a text input in step with the model: the bare text input (a "cell") of tables and the
 * text and textarea renderers share it. The model normalises to NFC and treats empty text as
 * missing.
 */

/** What a text input shows for a model value: strings as they are, numbers and booleans as text, anything else empty. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * Writes the model value into `input` unless the user is typing there and the text already
 * means that value (the model keeps NFC; the input may hold the same text decomposed; empty
 * text is a missing value), so the caret never jumps while typing.
 */
export function syncTextInput(input: HTMLInputElement | HTMLTextAreaElement, value: unknown): void {
  const text = textOf(value);
  const root = input.getRootNode() as Document | ShadowRoot;
  const focused = root.activeElement === input;
  if (focused && input.value.normalize('NFC') === text.normalize('NFC')) return;
  if (input.value !== text) input.value = text;
}
