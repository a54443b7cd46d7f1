/**
 * The bare text input (a "cell") for tables: shows strings as typed, anything else as empty;
 * the model normalises to NFC and treats empty text as missing.
 */

/** What a text input shows for a model value. */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Keeps a text input in step with the model without fighting the user: a focused input whose
 * text already means the model value (up to NFC and empty-is-missing) is left alone.
 */
export function syncTextInput(input: HTMLInputElement, value: unknown): void {
  const root = input.getRootNode() as Document | ShadowRoot;
  const focused = root.activeElement === input;
  const typed = input.value.normalize('NFC');
  if (focused && (typed === '' ? value === undefined : typed === value)) return;
  const text = textOf(value);
  if (input.value !== text) input.value = text;
}
