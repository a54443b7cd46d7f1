import { UsageError } from './args.js';
import { processIo, type Io } from './io.js';
import { aggregateUsage, aggregateVerb } from './verbs/aggregate.js';
import { buildUsage, buildVerb } from './verbs/build.js';
import { checkUsage, checkVerb } from './verbs/check.js';
import { couchSetupUsage, couchSetupVerb } from './verbs/couch-setup.js';
import { diffUsage, diffVerb } from './verbs/diff.js';
import { inspectUsage, inspectVerb } from './verbs/inspect.js';
import { rolloverUsage, rolloverVerb } from './verbs/rollover.js';
import { scoreUsage, scoreVerb } from './verbs/score.js';
import { typesUsage, typesVerb } from './verbs/types.js';
import { validateUsage, validateVerb } from './verbs/validate.js';

/** A verb: its arguments in, an exit code out. */
export type Verb = (argv: readonly string[], io: Io) => Promise<number>;

/** Every verb by name, with its usage line. */
export const VERBS: ReadonlyMap<string, { run: Verb; usage: string }> = new Map([
  ['validate', { run: validateVerb, usage: validateUsage }],
  ['inspect', { run: inspectVerb, usage: inspectUsage }],
  ['types', { run: typesVerb, usage: typesUsage }],
  ['rollover', { run: rolloverVerb, usage: rolloverUsage }],
  ['diff', { run: diffVerb, usage: diffUsage }],
  ['check', { run: checkVerb, usage: checkUsage }],
  ['score', { run: scoreVerb, usage: scoreUsage }],
  ['aggregate', { run: aggregateVerb, usage: aggregateUsage }],
  ['build', { run: buildVerb, usage: buildUsage }],
  ['couch-setup', { run: couchSetupVerb, usage: couchSetupUsage }],
]);

/** The usage message. */
export function usage(): string {
  return ['Usage:', ...[...VERBS.values()].map((v) => `  ${v.usage}`)].join('\n');
}

/**
 * Runs the command line. Never throws: usage errors exit 2, anything unexpected exits 1 with a
 * one-line message (no stack trace).
 * @param argv - arguments after `formplan`
 * @param io - output streams
 * @returns the exit code
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.err(usage());
    return name === undefined ? 2 : 0;
  }
  const verb = VERBS.get(name);
  if (!verb) {
    io.err(`Lệnh không rõ / unknown command: ${name}\n${usage()}`);
    return 2;
  }
  try {
    return await verb.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n${usage()}`);
      return 2;
    }
    io.err(`Lỗi / error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
