import type { LoadResult, PackError } from '@formplan/core';
import { loadPackFromDir, loadPackFromZipFile, readMetaSchemas } from '@formplan/core/node';
import type { ParsedArgs } from './args.js';

/**
 * Loads the pack named on the command line: a pack folder, or a `.zip` of one (as the admin
 * area exports); `--meta <dir>` picks other meta-schemas.
 */
export async function loadFromArgs(path: string, args: ParsedArgs): Promise<LoadResult> {
  const load = path.toLowerCase().endsWith('.zip') ? loadPackFromZipFile : loadPackFromDir;
  const metaDir = args.options.get('meta');
  if (typeof metaDir === 'string') {
    const meta = await readMetaSchemas(metaDir);
    if (!meta.ok) return meta;
    return load(path, { metaSchemas: meta.docs });
  }
  return load(path);
}

/** Formats pack errors one a line: `file pointer message`. */
export function formatErrors(errors: readonly PackError[], lang: 'vi' | 'en'): string {
  return errors.map((e) => `${e.file || '.'} ${e.pointer || '/'} ${e.message[lang]}`).join('\n');
}
