/**
 * The bare checkbox (a "cell") for tables. A missing value shows unchecked and is not written
 * back until the user changes it.
 */

/** Shows a model value on a checkbox (`true` checked, anything else unchecked). */
export function syncBooleanInput(input: HTMLInputElement, value: unknown): void {
  const checked = value === true;
  if (input.checked !== checked) input.checked = checked;
}
