import { readFile } from 'node:fs/promises';
import { couchSetup, type CouchSetupReport } from '@formplan/core/sync';
import { langOf, parseArgs, UsageError } from '../args.js';
import type { Io } from '../io.js';
import { formatErrors, loadFromArgs } from '../load.js';

/** Usage line of `couch-setup`. */
export const couchSetupUsage =
  'formplan couch-setup <serverUrl> --pack <dir> [--admin user:pass | env COUCHDB_ADMIN] [--passwords file.json] [--cors <origin>] [--json] [--lang vi|en]';

/** Reads `user:pass` (the password may contain colons). */
function credentials(text: string): { username: string; password: string } {
  const at = text.indexOf(':');
  if (at <= 0) throw new UsageError('--admin must be user:pass');
  return { username: text.slice(0, at), password: text.slice(at + 1) };
}

async function readPasswords(file: string): Promise<Record<string, string>> {
  const value: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${file}: phải là một đối tượng { "tên tài khoản": "mật khẩu" } / must be an object { "user": "password" }`);
  }
  const out: Record<string, string> = {};
  for (const [name, password] of Object.entries(value)) {
    if (typeof password !== 'string' || password.length < 8) {
      throw new Error(`${file}: mật khẩu của ${name} phải là chuỗi ≥ 8 ký tự / the password of ${name} must be a string of ≥ 8 characters`);
    }
    out[name] = password;
  }
  return out;
}

function text(r: CouchSetupReport, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  const lines: string[] = [];
  for (const d of r.databases) {
    const state = d.created ? (vi ? 'đã tạo' : 'created') : (vi ? 'đã có' : 'exists');
    const design = d.designUpdated ? (vi ? ', ghi quy tắc' : ', rules written') : '';
    lines.push(`${d.url}  (${d.district}: ${state}${design})`);
  }
  lines.push('', vi ? 'Tài khoản:' : 'Users:');
  for (const u of r.users) {
    const action = { created: vi ? 'tạo mới' : 'created', updated: vi ? 'cập nhật' : 'updated', kept: vi ? 'giữ nguyên' : 'kept' }[u.action];
    lines.push(`  ${u.name.padEnd(16)} ${u.roles.join(',').padEnd(28)} ${action.padEnd(11)} ${u.password ?? ''}  ${u.label}`);
  }
  if (r.users.some((u) => u.password)) {
    lines.push('', vi ? 'Hãy lưu các mật khẩu trên ngay: chúng không được in lại.' : 'Keep the passwords above now: they are not printed again.');
  }
  if (r.cors === 'not-supported') lines.push(vi ? 'Máy chủ không cho cấu hình CORS qua /_node/_local/_config.' : 'The server does not take CORS settings at /_node/_local/_config.');
  return lines.join('\n');
}

/**
 * `formplan couch-setup <serverUrl> --pack <dir>`: creates (idempotently) the district database
 * with formplan's rules and security, and the ward and district users of the pack.
 */
export async function couchSetupVerb(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['lang', 'meta', 'pack', 'admin', 'passwords', 'cors'], ['lang', 'meta', 'pack', 'admin', 'passwords', 'cors', 'json']);
  const pack = args.options.get('pack');
  if (args.positional.length !== 1 || typeof pack !== 'string') throw new UsageError(couchSetupUsage);
  const lang = langOf(args);
  const adminText = args.options.get('admin') ?? process.env.COUCHDB_ADMIN;
  if (typeof adminText !== 'string') throw new UsageError('--admin user:pass (or COUCHDB_ADMIN) is required');
  const loaded = await loadFromArgs(pack, args);
  if (!loaded.ok) {
    io.err(formatErrors(loaded.errors, lang));
    return 1;
  }
  const passwordsFile = args.options.get('passwords');
  const cors = args.options.get('cors');
  const report = await couchSetup({
    serverUrl: args.positional[0], admin: credentials(adminText), orgUnits: loaded.pack.orgUnits,
    passwords: typeof passwordsFile === 'string' ? await readPasswords(passwordsFile) : undefined,
    corsOrigin: typeof cors === 'string' ? cors : undefined,
  });
  io.out(args.options.has('json') ? JSON.stringify(report, null, 2) : text(report, lang));
  return 0;
}
