import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture, TAY_HO } from '../capture.test-helper.js';

let dir: string;
let folder: Record<string, Uint8Array>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fp-validate-'));
  folder = {};
  for (const sub of ['', 'criteria/', 'forms/']) {
    for (const n of (await readdir(join(TAY_HO, sub))).filter((f) => f.endsWith('.json'))) {
      folder[`${sub}${n}`] = new Uint8Array(await readFile(join(TAY_HO, sub, n)));
    }
  }
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

async function zipFile(name: string, files: Record<string, Uint8Array>): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, zipSync(files));
  return path;
}

describe('formplan validate <pack.zip>', { timeout: 90_000 }, () => {
  it('exits 0 for a zip of the 2018 folder, files at the root or under the folder name', async () => {
    const flat = await capture(['validate', await zipFile('flat.zip', folder)]);
    expect([flat.code, flat.out]).toEqual([0, 'Gói hợp lệ: tay-ho-2018 1.0.0\n']);
    const nested = Object.fromEntries(Object.entries(folder).map(([k, v]) => [`tay-ho-2018/${k}`, v]));
    expect((await capture(['validate', await zipFile('nested.ZIP', nested), '--lang', 'en'])).out).toBe('Pack is valid: tay-ho-2018 1.0.0\n');
  });

  it('exits 1 naming the file inside the zip, its pointer and the error, in vi or en', async () => {
    const broken = { ...folder, 'forms/bieu-02.json': strToU8('{ "x-fp-id": ') };
    const r = await capture(['validate', await zipFile('broken.zip', broken), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^forms\/bieu-02\.json \/ Invalid JSON at line 1/m);
    const evil = await capture(['validate', await zipFile('evil.zip', { ...folder, '../../etc/x.json': strToU8('{}') })]);
    expect(evil.code).toBe(1);
    expect(evil.out).toMatch(/^\.\.\/\.\.\/etc\/x\.json \/ Tên tệp trong tệp zip không an toàn/m);
  });

  it('exits 1 for a file that is not a zip or does not exist, without a stack trace', async () => {
    const text = join(dir, 'pack.zip');
    await writeFile(text, '{"manifest": {}}');
    const r = await capture(['validate', text, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Not a readable \.zip file/);
    const missing = await capture(['validate', join(dir, 'missing.zip')]);
    expect(missing.code).toBe(1);
    expect(missing.out + missing.err).toMatch(/Không đọc được tệp/);
    expect(missing.out + missing.err).not.toMatch(/\n\s+at /);
  });
});
