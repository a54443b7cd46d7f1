/** Parsed command line: positional arguments and `--flag [value]` options. */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

/** Thrown for a usage error (exit code 2). */
export class UsageError extends Error {
  /** @param message - what is wrong with the command line */
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Parses arguments. Options listed in `valued` take the next argument as their value.
 * @param argv - arguments after the verb
 * @param valued - option names that take a value
 * @param known - every accepted option name
 */
export function parseArgs(argv: readonly string[], valued: readonly string[], known: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split('=', 2);
    if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
    if (valued.includes(name)) {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`--${name} needs a value`);
      options.set(name, v);
    } else options.set(name, true);
  }
  return { positional, options };
}

/** The `--lang` option: `vi` (default) or `en`. */
export function langOf(args: ParsedArgs): 'vi' | 'en' {
  const l = args.options.get('lang') ?? 'vi';
  if (l !== 'vi' && l !== 'en') throw new UsageError('--lang must be vi or en');
  return l;
}
