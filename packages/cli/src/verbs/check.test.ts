import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINIMAL_PACK } from '../../../core/src/pack/test-support/fixture-pack.js';
import { capture, TAY_HO } from '../capture.test-helper.js';

let dir: string;
const file = async (name: string, content: string | object): Promise<string> => {
  const path = join(dir, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const cells = { duoi_6__nam: 1, duoi_6__nu: 2, tu_6__nam: 3, tu_6__nu: 4 };
const thong_tin = { ngay_chot_so_lieu: '2018-06-30', nguoi_lap: 'Nguyễn Thị Lan' };

beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'fp-check-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('formplan check', { timeout: 60_000 }, () => {
  it('exits 0 for valid data (the computed total is applied before the rules)', async () => {
    const data = await file('valid.json', { thong_tin, tong_tre_em: 10, so_lieu: { HCDB_01: cells } });
    const r = await capture(['check', MINIMAL_PACK, 'bieu-01', data, '--lang', 'en']);
    expect(r.err).toBe('Data is valid for form bieu-01\n');
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
  });

  it('exits 1 for a negative count, printing `pointer  message`', async () => {
    const data = await file('negative.json', { thong_tin, tong_tre_em: 10, so_lieu: { HCDB_01: { ...cells, duoi_6__nu: -2 } } });
    const r = await capture(['check', MINIMAL_PACK, 'bieu-01', data]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('/so_lieu/HCDB_01/duoi_6__nu  Phải là số không âm\n');
    expect(r.err).toMatch(/^1 lỗi, 0 cảnh báo/m);
  });

  it('exits 1 for a rule violation; --json gives pointer, keyword, bilingual message and severity', async () => {
    const data = await file('rule.json', { thong_tin, tong_tre_em: 5, so_lieu: { HCDB_01: cells } });
    const r = await capture(['check', MINIMAL_PACK, 'bieu-01', data, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual([{
      pointer: '/so_lieu/HCDB_01/tong_so', keyword: 'x-fp-rule', severity: 'error',
      message: { vi: 'Không vượt tổng số trẻ em', en: 'Cannot exceed total children' },
    }]);
  });

  it('a warning rule does not fail: exit 0, the warning printed and tagged', async () => {
    const row = { duoi_6__nam: 1, duoi_6__nu: 1, tu_6_duoi_11__nam: 1, tu_6_duoi_11__nu: 1, tu_11_duoi_16__nam: 1, tu_11_duoi_16__nu: 1 };
    const data = await file('warn.json', { thong_tin, so_lieu: { tre_em: row, tre_em_tam_tru: row }, so_ho_co_tre_em: 7 });
    const r = await capture(['check', TAY_HO, 'bieu-01', data]);
    expect(r.out).toBe('/so_ho_co_tre_em  Số hộ có trẻ em không thể lớn hơn số trẻ em. [cảnh báo]\n');
    expect(r.err).toBe('Dữ liệu hợp lệ cho biểu bieu-01 (1 cảnh báo)\n');
    expect(r.code).toBe(0);
  });

  it('exits 1 naming an unknown form and listing the known ones', async () => {
    const data = await file('any.json', { tong_tre_em: 1 });
    const r = await capture(['check', MINIMAL_PACK, 'bieu-99', data, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('The pack has no form "bieu-99" (it has: bieu-01, tu-danh-gia)\n');
  });

  it('refuses invalid JSON, a __proto__ key, an oversized or missing file before loading the pack', async () => {
    const broken = await capture(['check', MINIMAL_PACK, 'bieu-01', await file('broken.json', '{\n  "tong_tre_em": ,\n}'), '--lang', 'en']);
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/^broken\.json: Invalid JSON at line 2/);
    const proto = await capture(['check', MINIMAL_PACK, 'bieu-01', await file('proto.json', '{"tong_tre_em": 1, "__proto__": {"x": 1}}')]);
    expect(proto.code).toBe(1);
    expect(proto.err).toMatch(/^proto\.json \/__proto__ Khoá "__proto__" bị cấm/);
    const big = await capture(['check', MINIMAL_PACK, 'bieu-01', await file('big.json', ' '.repeat(10 * 1024 * 1024 + 1)), '--lang', 'en']);
    expect(big.code).toBe(1);
    expect(big.err).toMatch(/^big\.json: file too large \(10485761 bytes, at most 10485760\)/);
    const missing = await capture(['check', MINIMAL_PACK, 'bieu-01', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^Không đọc được tệp .*nope\.json \(ENOENT\)/);
    for (const r of [broken, proto, big, missing]) expect(r.err).not.toMatch(/\n\s+at /);
    expect((await capture(['check', MINIMAL_PACK, 'bieu-01'])).code).toBe(2);
  });
});
