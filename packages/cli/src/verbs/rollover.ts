import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rollover, RolloverError, type PackSource } from '@formplan/core';
import { langOf, parseArgs, UsageError } from '../args.js';
import type { Io } from '../io.js';
import { formatErrors, loadFromArgs } from '../load.js';

/** Usage line of `rollover`. */
export const rolloverUsage =
  'formplan rollover <packDir> --year <YYYY> --out <dir> [--version x.y.z] [--force] [--json] [--lang vi|en] [--meta <dir>]';

/** A file name made from an id: letters, digits, `.`, `_`, `-`, not starting with a dot. */
const SAFE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;

const ROOT_FILES = ['pack.json', 'org-units.json', 'agencies.json', 'category-sets.json', 'calendar.json', 'plan.json'];

/**
 * The files of a pack folder (the layout `loadPackFromDir` reads), each as 2-space JSON with a
 * trailing newline.
 * @param pack - the pack
 * @returns relative path → file text
 * @throws {Error} when a criteria set or form id cannot be a file name
 */
export function packFiles(pack: PackSource): Map<string, string> {
  const text = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;
  const files = new Map<string, string>([
    ['pack.json', text(pack.manifest)],
    ['org-units.json', text(pack.orgUnits)],
    ['agencies.json', text(pack.agencies)],
    ['category-sets.json', text(pack.categorySets)],
    ['calendar.json', text(pack.calendar)],
    ['plan.json', text(pack.plan)],
  ]);
  const add = (sub: string, id: unknown, v: unknown): void => {
    if (typeof id !== 'string' || !SAFE_NAME.test(id)) {
      throw new Error(`Mã không dùng được làm tên tệp / id cannot be a file name: ${String(id).slice(0, 40)}`);
    }
    const path = `${sub}/${id}.json`;
    if (files.has(path)) throw new Error(`Trùng tệp / duplicate file: ${path}`);
    files.set(path, text(v));
  };
  for (const c of pack.criteriaSets) add('criteria', c.id, c);
  for (const f of pack.forms) add('forms', f['x-fp-id'], f);
  return files;
}

/** Lists a folder; undefined when it does not exist. Throws when the path is not a folder. */
async function listDir(dir: string): Promise<string[] | undefined> {
  try {
    const st = await stat(dir);
    if (!st.isDirectory()) throw new Error(`${dir}: không phải thư mục / not a folder`);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  return readdir(dir);
}

/** With `--force`: removes only the pack files of an earlier output (other files stay). */
async function clearPackFiles(out: string): Promise<void> {
  for (const f of ROOT_FILES) await rm(join(out, f), { force: true });
  for (const sub of ['criteria', 'forms']) {
    const names = await listDir(join(out, sub));
    for (const n of names ?? []) if (n.endsWith('.json')) await rm(join(out, sub, n), { force: true });
  }
}

/**
 * `formplan rollover <packDir> --year <YYYY> --out <dir>`: loads and checks the pack, makes the
 * pack of the new year, writes it as a pack folder (refusing a non-empty folder unless
 * `--force`), prints the change log (or JSON with `--json`) and checks the written pack again.
 * Exit 0 when the written pack is valid, 1 otherwise.
 */
export async function rolloverVerb(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['lang', 'meta', 'year', 'out', 'version'], ['lang', 'meta', 'year', 'out', 'version', 'force', 'json']);
  if (args.positional.length !== 1) throw new UsageError(rolloverUsage);
  const lang = langOf(args);
  const year = args.options.get('year');
  const out = args.options.get('out');
  const version = args.options.get('version');
  if (typeof year !== 'string' || !/^\d{4}$/.test(year)) throw new UsageError('--year <YYYY> is required (four digits)');
  if (typeof out !== 'string' || out === '') throw new UsageError('--out <dir> is required');
  if (version === true) throw new UsageError('--version needs a value');

  const existing = await listDir(out);
  const nonEmpty = existing !== undefined && existing.length > 0;
  if (nonEmpty && !args.options.has('force')) {
    io.err(lang === 'vi'
      ? `Thư mục ${out} không trống; dùng --force để ghi đè các tệp của gói`
      : `Folder ${out} is not empty; use --force to overwrite the pack files`);
    return 1;
  }

  const r = await loadFromArgs(args.positional[0], args);
  if (!r.ok) {
    io.err(formatErrors(r.errors, lang));
    return 1;
  }
  let result;
  try {
    result = rollover(r.pack, Number(year), version === undefined ? {} : { version });
  } catch (e) {
    if (e instanceof RolloverError) {
      io.err(e.messages[lang] ?? e.messages.vi);
      return 1;
    }
    throw e;
  }
  const files = packFiles(result.pack);
  if (nonEmpty) await clearPackFiles(out);
  for (const [path, text] of files) {
    const full = join(out, path);
    await mkdir(join(full, '..'), { recursive: true });
    await writeFile(full, text, 'utf8');
  }

  if (args.options.has('json')) {
    io.out(JSON.stringify(result.changes, null, 2));
  } else {
    io.out(result.changes.map((c) => `${c.pointer}  ${c.message[lang]}`).join('\n'));
  }
  const m = result.pack.manifest;
  io.err(lang === 'vi'
    ? `Đã ghi gói ${m.id} ${m.version} vào ${out} (${result.changes.length} mục trong nhật ký thay đổi)`
    : `Wrote pack ${m.id} ${m.version} to ${out} (${result.changes.length} change log entries)`);

  const check = await loadFromArgs(out, args);
  if (!check.ok) {
    io.err(lang === 'vi' ? 'Gói mới không hợp lệ:' : 'The new pack is not valid:');
    io.err(formatErrors(check.errors, lang));
    return 1;
  }
  return 0;
}
