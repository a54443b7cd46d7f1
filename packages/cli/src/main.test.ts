import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyMinimalPack, editJson, MINIMAL_PACK } from '../../core/src/pack/test-support/fixture-pack.js';
import { testMetaSchemas } from '../../core/src/pack/test-support/meta-schemas.js';
import { capture } from './capture.test-helper.js';

const BIN = fileURLToPath(new URL('../bin/formplan.mjs', import.meta.url));
let metaDir: string;

beforeAll(async () => {
  metaDir = await mkdtemp(join(tmpdir(), 'fp-meta-'));
  for (const d of await testMetaSchemas()) {
    await writeFile(join(metaDir, d.file.split('/').pop() as string), JSON.stringify(d.schema));
  }
});

function run(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args, '--meta', metaDir], { encoding: 'utf8', timeout: 110_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('formplan CLI (spawned)', { timeout: 120_000 }, () => {
  it('validate exits 0 on a valid pack', () => {
    const r = run('validate', MINIMAL_PACK);
    expect(r.code).toBe(0);
    expect(r.out).toContain('mini-2018');
  });

  it('validate exits 1 listing file, pointer and message, without a stack trace', async () => {
    const dir = await copyMinimalPack();
    await editJson(dir, 'pack.json', (p) => { p.year = '2018'; });
    await writeFile(join(dir, 'agencies.json'), '{ "broken": ');
    const r = run('validate', dir, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^agencies\.json \/ Invalid JSON at line 1/m);
    expect(r.out + r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toMatch(/^pack\.json \/year Must be a (non-negative )?whole number/m);
  });

  it('validate refuses a 50 MB file and a __proto__ key, exit 1, Vietnamese by default', async () => {
    const dir = await copyMinimalPack();
    await writeFile(join(dir, 'plan.json'), Buffer.alloc(50 * 1024 * 1024, 0x20));
    const text = await readFile(join(dir, 'pack.json'), 'utf8');
    await writeFile(join(dir, 'pack.json'), text.replace('"locale"', '"__proto__": {}, "locale"'));
    const r = run('validate', dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^plan\.json \/ Tệp quá lớn/m);
    expect(r.out).toMatch(/^pack\.json \/__proto__ Khoá "__proto__" bị cấm/m);
    await rm(dir, { recursive: true });
  });

  it('inspect --json prints the pack summary', () => {
    const r = run('inspect', MINIMAL_PACK, '--json');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.out) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(s).toMatchObject({ id: 'mini-2018', year: 2018, version: '1.0.0' });
    expect(s.orgUnits[1]).toEqual({ code: 'W1', name: 'Phường Một', level: 'ward' });
    expect(s.forms[0]).toMatchObject({ id: 'bieu-01', periodKinds: ['H1', 'Y'], fieldCount: 24 });
    expect(s.criteriaSets[0]).toMatchObject({ id: 'cf', maxPoints: 30, thresholds: [{ localityClass: 'city-ward', minTotal: 25 }] });
    expect(s.calendar[0]).toEqual({ id: '2018-H1', kind: 'H1', due: '2018-05-15' });
    expect(s.plan).toMatchObject({ number: '1/KH-UBND', targets: 1, contentItems: 1,
      assignments: [{ agency: 'LDTBXH', tasks: 2, children: [{ agency: 'CA', tasks: 1, children: [] }] }] });
  });

  it('types writes one file per form, and --check finds stale files', async () => {
    const out = await mkdtemp(join(tmpdir(), 'fp-types-'));
    expect(run('types', MINIMAL_PACK, '--out', out).code).toBe(0);
    const src = await readFile(join(out, 'bieu-01.ts'), 'utf8');
    expect(src).toContain('npm run codegen');
    expect(src).toMatch(/export interface Bieu01/);
    expect(src).not.toContain('x-fp');
    expect(run('types', MINIMAL_PACK, '--out', out, '--check').code).toBe(0);
    await writeFile(join(out, 'tu-danh-gia.ts'), '// old');
    const r = run('types', MINIMAL_PACK, '--out', out, '--check');
    expect(r.code).toBe(1);
    expect(r.err).toContain('tu-danh-gia.ts');
  });
});

describe('formplan CLI (in process)', () => {
  it('validate reports a duplicate code and a non-NFC label with file and pointer', async () => {
    const dir = await copyMinimalPack();
    await editJson(dir, 'org-units.json', (o) => { o[2].code = 'W1'; });
    const r = await capture(['validate', dir, '--meta', metaDir, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^org-units\.json \/2\/code Duplicate code "W1"/m);
    await editJson(dir, 'agencies.json', (a) => { a[0].name.vi = a[0].name.vi.normalize('NFD'); });
    const n = await capture(['validate', dir, '--meta', metaDir]);
    expect(n.out).toMatch(/^agencies\.json \/0\/name\/vi Văn bản chưa được chuẩn hoá Unicode NFC/m);
  });
});

describe('formplan dispatcher', () => {
  it('exits 2 with usage for no verb, an unknown verb or a bad option', async () => {
    expect((await capture([])).code).toBe(2);
    const unknown = await capture(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('formplan validate <packDir | pack.zip>');
    expect((await capture(['validate'])).code).toBe(2);
    expect((await capture(['validate', MINIMAL_PACK, '--lang', 'fr'])).code).toBe(2);
    expect((await capture(['types', MINIMAL_PACK])).code).toBe(2);
  });

  it('exits 1 with a message for a missing folder', async () => {
    const r = await capture(['validate', '/nonexistent/pack', '--meta', metaDir]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Không đọc được tệp/);
  });
});
