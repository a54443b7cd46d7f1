import { langOf, parseArgs, UsageError } from '../args.js';
import { formatErrors, loadFromArgs } from '../load.js';
import type { Io } from '../io.js';

/** Usage line of `validate`. */
export const validateUsage = 'formplan validate <packDir | pack.zip> [--lang vi|en] [--meta <dir>]';

/**
 * `formplan validate <packDir | pack.zip>`: exit 0 when the pack (a folder, or a zip of one) is
 * valid, else print every error (`file pointer message`, one a line, on stdout; files inside a
 * zip by their name there) and exit 1.
 */
export async function validateVerb(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['lang', 'meta'], ['lang', 'meta']);
  if (args.positional.length !== 1) throw new UsageError(validateUsage);
  const lang = langOf(args);
  const r = await loadFromArgs(args.positional[0], args);
  if (r.ok) {
    io.out(lang === 'vi' ? `Gói hợp lệ: ${r.pack.manifest.id} ${r.pack.manifest.version}` : `Pack is valid: ${r.pack.manifest.id} ${r.pack.manifest.version}`);
    return 0;
  }
  io.out(formatErrors(r.errors, lang));
  io.err(lang === 'vi' ? `${r.errors.length} lỗi` : `${r.errors.length} error(s)`);
  return 1;
}
