/** The one way elements send public events: typed, bubbling and composed by default. */

/**
 * Dispatches `new CustomEvent(name, { detail, bubbles: true, composed: true })` from `target`.
 * @returns false when a listener called `preventDefault()` (events are cancelable)
 */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  name: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
  init: Omit<CustomEventInit, 'detail'> = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable: true, ...init, detail }));
}
