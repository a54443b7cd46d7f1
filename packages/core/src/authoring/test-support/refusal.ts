import { AuthoringError } from '../authoring-error.js';
import type { EditCommand, EditSession } from '../edit-session.js';

/** Applies a command that must be refused and returns the refusal (fails the test when it is accepted). */
export function refusalOf(s: EditSession, cmd: EditCommand): AuthoringError {
  try {
    s.apply(cmd);
  } catch (e) {
    if (e instanceof AuthoringError) return e;
    throw e;
  }
  throw new Error('not refused');
}
