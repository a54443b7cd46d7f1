/**
 * The error an authoring command throws when it refuses an edit: a code that clashes, an item
 * still in use, a place that does not exist. Vietnamese first, English second.
 */
import type { Bilingual } from '../common/bilingual.js';
import { FormplanError } from '../common/formplan-error.js';

/** Why an edit was refused. */
export type AuthoringErrorCode = 'code-clash' | 'in-use' | 'not-found' | 'invalid' | 'history';

/** An edit the authoring commands refuse; nothing is changed when it is thrown. */
export class AuthoringError extends FormplanError {
  declare readonly code: AuthoringErrorCode;
  constructor(code: AuthoringErrorCode, messages: Bilingual, options: { pointer?: string; cause?: unknown } = {}) {
    super(code, messages, options);
    this.name = 'AuthoringError';
  }
}
