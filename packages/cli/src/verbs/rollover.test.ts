import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usage } from '../main.js';
import { capture, TAY_HO } from '../capture.test-helper.js';

const BIN = fileURLToPath(new URL('../../bin/formplan.mjs', import.meta.url));

const json = async (path: string): Promise<any> => JSON.parse(await readFile(path, 'utf8')); // eslint-disable-line @typescript-eslint/no-explicit-any

describe('formplan rollover and diff', { timeout: 180_000 }, () => {
  let root: string;
  let out: string;
  let first: { code: number; out: string; err: string };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'fp-roll-'));
    out = join(root, 'tay-ho-2019');
    first = await capture(['rollover', TAY_HO, '--year', '2019', '--out', out]);
  }, 120_000);
  afterAll(async () => { await rm(root, { recursive: true, force: true }); });

  it('writes tay-ho-2019 as a pack folder that `formplan validate` accepts, printing the change log', async () => {
    expect(first.err).not.toMatch(/\n\s+at /);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^\/manifest\/id {2}Mã gói tay-ho-2018 → tay-ho-2019$/m);
    expect(first.out).toMatch(/^\/calendar\/periods\/1\/due {2}Dời ngày 15\/05\/2018 sang 15\/05\/2019$/m);
    expect(first.err).toContain('Đã ghi gói tay-ho-2019 1.0.0');
    const text = await readFile(join(out, 'pack.json'), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toMatch(/^\{\n {2}"id": "tay-ho-2019",/);
    const manifest = await json(join(out, 'pack.json'));
    expect(manifest.document.number).toBeNull();
    expect(manifest.previous).toEqual({ id: 'tay-ho-2018', version: '1.0.0' });
    expect((await readdir(join(out, 'forms'))).sort()).toEqual((await readdir(join(TAY_HO, 'forms'))).sort());
    expect(await readdir(join(out, 'criteria'))).toEqual(['qd-34-2014.json']);
    const r = spawnSync(process.execPath, [BIN, 'validate', out, '--lang', 'en'], { encoding: 'utf8', timeout: 110_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Pack is valid: tay-ho-2019 1.0.0');
  });

  it('diff of 2018 and its 2019 rollover lists the calendar changes, grouped, and exits 0', async () => {
    const r = await capture(['diff', TAY_HO, out, '--json']);
    expect(r.code).toBe(0);
    const entries = JSON.parse(r.out) as { area: string; kind: string; key: string; before?: unknown; after?: unknown }[];
    expect(entries).toContainEqual(expect.objectContaining({
      area: 'calendar', kind: 'changed', key: 'calendar/periods/H1/due', before: '2018-05-15', after: '2019-05-15',
    }));
    expect(entries).toContainEqual(expect.objectContaining({ area: 'manifest', key: 'manifest/document/number', after: null }));
    expect(entries.filter((e) => e.area === 'criteria')).toEqual([]);
    const areas = entries.map((e) => e.area);
    expect(areas.indexOf('calendar')).toBeGreaterThan(areas.lastIndexOf('manifest'));
  });

  it('refuses a non-empty folder unless --force, and rolls 2018 to the leap year 2020', async () => {
    await writeFile(join(out, 'notes.txt'), 'keep me');
    const refused = await capture(['rollover', TAY_HO, '--year', '2020', '--out', out, '--lang', 'en']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('is not empty; use --force');
    const r = await capture(['rollover', TAY_HO, '--year', '2020', '--out', out, '--force', '--version', '2.0.0', '--json']);
    expect(r.code).toBe(0);
    const changes = JSON.parse(r.out) as { pointer: string; after: unknown }[];
    expect(changes).toContainEqual(expect.objectContaining({ pointer: '/manifest/version', after: '2.0.0' }));
    const manifest = await json(join(out, 'pack.json'));
    expect([manifest.id, manifest.year, manifest.version]).toEqual(['tay-ho-2020', 2020, '2.0.0']);
    const calendar = await json(join(out, 'calendar.json'));
    const h1 = calendar.periods.find((p: { kind: string }) => p.kind === 'H1');
    expect([h1.id, h1.due, h1.coverage.to]).toEqual(['2020-H1', '2020-05-15', '2020-06-30']);
    expect(await readFile(join(out, 'notes.txt'), 'utf8')).toBe('keep me');
  });

  it('text diff groups entries by area; a bad year or a missing --out is a usage error', async () => {
    const r = await capture(['diff', TAY_HO, out, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Manifest \(\d+\):\n {2}~ Changed manifest\/id: "tay-ho-2018" → "tay-ho-2020"/);
    expect(r.out).toMatch(/^Calendar \(\d+\):$/m);
    expect(r.out).toContain('  ~ Changed calendar/periods/H1/due: "2018-05-15" → "2020-05-15"');
    expect((await capture(['rollover', TAY_HO, '--year', '19', '--out', out])).code).toBe(2);
    expect((await capture(['rollover', TAY_HO, '--year', '2019'])).code).toBe(2);
    expect((await capture(['diff', TAY_HO])).code).toBe(2);
    for (const verb of ['rollover', 'diff', 'check', 'score', 'aggregate']) expect(usage()).toContain(`formplan ${verb} <pack`);
  });
});
