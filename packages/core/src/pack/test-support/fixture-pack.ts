import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The minimal valid fixture pack. */
export const MINIMAL_PACK = fileURLToPath(new URL('../../../../../test/fixtures/packs/minimal/', import.meta.url));

/** Copies the minimal pack into a fresh temporary folder and returns its path. */
export async function copyMinimalPack(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'fp-pack-'));
  await cp(MINIMAL_PACK, dir, { recursive: true });
  return dir;
}

/** Rewrites one JSON file of a pack folder through `edit`. */
export async function editJson(dir: string, file: string, edit: (v: any) => void): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const path = join(dir, file);
  const v = JSON.parse(await readFile(path, 'utf8')) as unknown;
  edit(v);
  await writeFile(path, JSON.stringify(v, null, 2));
}
