/**
 * Finding an element below a root through open shadow roots (the error summary uses it to focus
 * the input of a field, which sits inside the shadow root of its renderer).
 */

/**
 * The first element matching `selector` in `root` or in any open shadow root below it, in
 * document order of the light tree, shadow trees searched after the tree that hosts them.
 * @param root - a document, shadow root or element to search
 * @param selector - a CSS selector
 * @returns the element, or null
 * @example
 * ```ts
 * deepQuery(form.shadowRoot!, `[data-pointer="${CSS.escape('/so_lieu/a')}"]`)?.focus();
 * ```
 */
export function deepQuery<E extends Element = HTMLElement>(root: ParentNode, selector: string): E | null {
  const direct = root.querySelector<E>(selector);
  if (direct) return direct;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.shadowRoot) {
      const found = deepQuery<E>(el.shadowRoot, selector);
      if (found) return found;
    }
  }
  return null;
}

/** A selector for the element that shows the value at a JSON Pointer. */
export function pointerSelector(pointer: string): string {
  return `[data-pointer="${CSS.escape(pointer)}"]`;
}

/**
 * Focuses the control of the value at `pointer` below `root`: the element with that
 * `data-pointer`, else the first control inside it (an object or table), else the control of the
 * nearest parent value.
 * @returns the element focused, or null when nothing showed the value
 */
export function focusPointerIn(root: ParentNode, pointer: string): HTMLElement | null {
  const candidates = [pointerSelector(pointer), `[data-pointer^="${CSS.escape(pointer + '/')}"]`];
  for (let p = pointer; p.includes('/'); ) {
    p = p.slice(0, p.lastIndexOf('/'));
    if (p) candidates.push(pointerSelector(p));
  }
  for (const selector of candidates) {
    const el = deepQuery<HTMLElement>(root, selector);
    if (el) {
      el.focus();
      return el;
    }
  }
  return null;
}
