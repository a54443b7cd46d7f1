import { contentHash } from './content-hash.js';
import { formDataKey } from './record-keys.js';
import type { SubmissionHashInput } from './records.js';

/**
 * The hash of a submission revision: SHA-256 of the canonical JSON of every field but `hash`
 * and `status`.
 * @param s the submission fields
 * @returns 64 hex digits
 */
export function submissionHash(s: SubmissionHashInput): Promise<string> {
  const input: SubmissionHashInput = {
    ...formDataKey(s), revision: s.revision, data: s.data, cutOffDate: s.cutOffDate, author: s.author, submittedAt: s.submittedAt,
  };
  return contentHash(input);
}

