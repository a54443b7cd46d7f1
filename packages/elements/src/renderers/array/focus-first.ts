/** Finding the first thing a keyboard user can focus inside an element, across shadow roots. */

const FOCUSABLE = 'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex="0"]';

/**
 * The first focusable element inside `root` (its light DOM and, depth first, the open shadow
 * roots of its descendants), or undefined.
 */
export function firstFocusable(root: Element | ShadowRoot): HTMLElement | undefined {
  const kids = root instanceof Element && root.shadowRoot ? [root.shadowRoot] : [];
  for (const start of [...kids, root]) {
    const walker = document.createTreeWalker(start, NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
      if (n instanceof HTMLElement && n.matches(FOCUSABLE) && !n.closest('[hidden]')) return n;
      if (n.shadowRoot) {
        const inner = firstFocusable(n.shadowRoot);
        if (inner) return inner;
      }
    }
    if (start === root) break;
  }
  return undefined;
}
