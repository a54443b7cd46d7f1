/**
 * The bare number input (a "cell"), shared by the number control and matrix tables. Reads
 * Vietnamese number habits (`1.234`, `12,5`); text that is not a number is kept as typed and
 * reported by validation, never dropped.
 */
import { formatVietnameseNumber, parseVietnameseNumber } from '@formplan/core';

/** What the input shows for a model value: the number in vi-VN format, or the text kept as typed. */
export function numberText(value: unknown): string {
  if (typeof value === 'number') return formatVietnameseNumber(value);
  return typeof value === 'string' ? value : '';
}

/**
 * The model value for what the user typed: a number, `undefined` for empty (missing, not
 * zero), or the raw text when it is not a number (so validation says so and nothing is lost).
 */
export function numberFromText(text: string): unknown {
  const r = parseVietnameseNumber(text);
  return r.ok ? r.value : text;
}

/**
 * Keeps an input's text in step with the model without disturbing the user while they type:
 * while the input has focus and its text already means the model value, it is left alone.
 */
export function syncNumberInput(input: HTMLInputElement, value: unknown): void {
  const root = input.getRootNode();
  const focused = (root instanceof ShadowRoot ? root.activeElement : document.activeElement) === input;
  if (focused && numberFromText(input.value) === value) return;
  const text = numberText(value);
  if (input.value !== text) input.value = text;
}
