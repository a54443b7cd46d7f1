/**
 * Keeping a text input in step with the model (shared by the text, textarea and date renderers).
 */

/** What a text input shows for a model value: strings as they are, numbers and booleans as text, anything else empty. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * Writes the model value into `input` unless the user is typing there and the text already
 * means that value (the model keeps NFC; the input may hold the same text decomposed), so the
 * caret never jumps while typing.
 */
export function syncTextInput(input: HTMLInputElement | HTMLTextAreaElement, value: unknown): void {
  const text = textOf(value);
  const root = input.getRootNode() as ShadowRoot | Document;
  const focused = root.activeElement === input;
  if (focused && input.value.normalize('NFC') === text.normalize('NFC')) return;
  if (focused && input.value === '' && value === undefined) return;
  if (input.value !== text) input.value = text;
}
