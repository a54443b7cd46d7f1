/**
 * The change log of a rollover, and its error type.
 */
import type { Bilingual } from '../common/bilingual.js';
import { FormplanError } from '../common/formplan-error.js';

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
  message: Bilingual;
}

/** A rollover that cannot be done; the message is Vietnamese first. */
export class RolloverError extends FormplanError {
  /** @param messages the message in Vietnamese and English */
  constructor(messages: Bilingual) {
    super('rollover', messages);
    this.name = 'RolloverError';
  }
}
