/**
 * The change log of a rollover, and its error type.
 */
import type { LocalizedText } from '../pack/types.js';

/** One change made (or deliberately not made) by a rollover. */
export interface ChangeLogEntry {
  /** JSON Pointer into the new {@link PackSource}, e.g. `/calendar/periods/1/due` */
  pointer: string;
  /**
   * `changed`: the value was rewritten; `added`: a value that did not exist (e.g.
   * `manifest.previous`); `cleared`: set to null until an administrator fills it;
   * `kept`: deliberately left as it was (e.g. legal validity dates), listed so nobody wonders.
   */
  kind: 'changed' | 'added' | 'cleared' | 'kept';
  before: unknown;
  after: unknown;
  /** what happened, in Vietnamese and English */
  message: { vi: string; en: string };
}

/** A rollover that cannot be done; the message is Vietnamese first. */
export class RolloverError extends Error {
  /** The message in Vietnamese and English. */
  readonly messages: LocalizedText & { en: string };

  /** @param messages the message in Vietnamese and English */
  constructor(messages: { vi: string; en: string }) {
    super(`${messages.vi} / ${messages.en}`);
    this.name = 'RolloverError';
    this.messages = messages;
  }
}

/** Builds a JSON Pointer from path segments (escaping `~` and `/`). */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
