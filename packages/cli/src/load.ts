import type { LoadResult, PackError } from '@formplan/core';
import { loadPackFromDir, readMetaSchemas } from '@formplan/core/node';
import type { ParsedArgs } from './args.js';

/** Loads the pack named on the command line (`--meta <dir>` picks other meta-schemas). */
export async function loadFromArgs(dir: string, args: ParsedArgs): Promise<LoadResult> {
  const metaDir = args.options.get('meta');
  if (typeof metaDir === 'string') {
    const meta = await readMetaSchemas(metaDir);
    if (!meta.ok) return meta;
    return loadPackFromDir(dir, { metaSchemas: meta.docs });
  }
  return loadPackFromDir(dir);
}

/** Formats pack errors one a line: `file pointer message`. */
export function formatErrors(errors: readonly PackError[], lang: 'vi' | 'en'): string {
  return errors.map((e) => `${e.file || '.'} ${e.pointer || '/'} ${e.message[lang]}`).join('\n');
}
