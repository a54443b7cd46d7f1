/** What the CLI tests share: running `main` with its output captured, and the Tây Hồ pack. */
import { fileURLToPath } from 'node:url';
import { main } from './main.js';

/** The Tây Hồ 2018 pack folder. */
export const TAY_HO = fileURLToPath(new URL('../../../schemas/packs/tay-ho-2018/', import.meta.url));

/** Runs the CLI in-process; returns the exit code and what it wrote to stdout and stderr. */
export async function capture(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => { out += `${t}\n`; }, err: (t) => { err += `${t}\n`; } });
  return { code, out, err };
}
