// A real round trip through LibreOffice (issue 13: "filled in Excel (or LibreOffice)"): our writer
// makes a filled Biểu 02, LibreOffice Calc opens it headless and saves it again as .xlsx (its own
// SpreadsheetML: shared strings, its styles, cached formula results), and our import reads
// LibreOffice's file: every value lands by code, the hidden sheet and codes survived, the SUM
// formulas were computed, and LibreOffice kept the sheet protection, the unlocked input cells and
// the data validation. Needs `soffice` (Debian: libreoffice-calc-nogui; .ci/run installs it): when
// it is missing the test fails saying so, it is never skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { tsImport } from 'tsx/esm/api';

const core = await tsImport('../../packages/core/src/index.ts', import.meta.url);
const xlsx = await tsImport('../../packages/core/src/xlsx/index.ts', import.meta.url);
const { loadTayHo2018Pack } = await tsImport('../../packages/core/src/pack/test-support/tay-ho-2018.ts', import.meta.url);

const SOFFICE = process.env.SOFFICE ?? 'soffice';
const FILLED = {
  so_lieu: {
    HCDB_01: { duoi_6__nam: 3, duoi_6__nu: 4, tu_6_duoi_11__nam: 1234, tu_11_duoi_16__nu: 2, duoc_tro_giup: 5 },
    HCDB_02: { duoi_6__nam: 7, tu_6_duoi_11__nu: 1 },
    HCDB_05: { tu_11_duoi_16__nam: 9, duoc_tro_giup: 9 },
  },
  tre_em_hcdb: 40,
};

/** The leaves of an object: `[pointer, value]`. */
function leaves(value, path = '') {
  if (typeof value !== 'object' || value === null) return [[path, value]];
  return Object.entries(value).flatMap(([k, v]) => leaves(v, `${path}/${k}`));
}

/** LibreOffice's re-save of `bytes` (a private profile, so parallel runs do not share one). */
async function resaveWithLibreOffice(bytes) {
  const dir = await mkdtemp(join(tmpdir(), 'formplan-lo-'));
  try {
    const input = join(dir, 'bieu-02.xlsx');
    const out = join(dir, 'out');
    await writeFile(input, bytes);
    const run = spawnSync(SOFFICE, [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore',
      '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, input,
    ], { encoding: 'utf8', timeout: 180_000 });
    if (run.error?.code === 'ENOENT') {
      assert.fail(`LibreOffice is not installed: "${SOFFICE}" was not found. Install it (Debian: apt-get install --no-install-recommends libreoffice-calc-nogui) or set SOFFICE; .ci/run installs it.`);
    }
    assert.equal(run.status, 0, `soffice failed (${run.error?.message ?? run.signal ?? run.status}): ${run.stderr}`);
    return new Uint8Array(await readFile(join(out, 'bieu-02.xlsx')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('a filled Biểu 02 saved again by LibreOffice reads back by code, protection and validation kept', async () => {
  const pack = await loadTayHo2018Pack();
  const form = core.resolveForm(pack, 'bieu-02');
  const target = { packId: 'tay-ho-2018', packVersion: pack.manifest.version, formId: 'bieu-02', ward: 'P00091', period: '2018-H1' };
  const ours = await xlsx.bieuWorkbook({ form, target, data: FILLED, wardName: 'Phường Quảng An', periodLabel: '6 tháng đầu năm 2018' });
  const theirs = await resaveWithLibreOffice(ours);
  assert.notDeepEqual(theirs, ours, 'LibreOffice wrote its own file');
  const parts = unzipSync(theirs);
  assert.match(strFromU8(parts['docProps/app.xml'] ?? new Uint8Array()), /LibreOffice/, 'the file is LibreOffice\'s');

  // every value lands by code; the computed cells LibreOffice computed agree with the form
  const compute = xlsx.formComputer(form, core.parseExpression);
  const report = await xlsx.readBieu(theirs, { form, target, data: {}, compute });
  assert.equal(report.ok, true, JSON.stringify(report.problem));
  assert.deepEqual(report.refused, []);
  assert.deepEqual(report.taken.map((t) => [t.pointer, t.value]).sort(), leaves(FILLED).sort());
  // the same file against the draft it was made from: nothing to change
  const same = await xlsx.readBieu(theirs, { form, target, data: FILLED, compute });
  assert.deepEqual([same.taken, same.refused], [[], []]);

  // the hidden sheet and the codes survived; LibreOffice computed the SUM formulas
  const sheets = await xlsx.readWorkbook(theirs);
  assert.deepEqual(sheets.map((s) => [s.name, s.hidden]), [['Biểu 02', false], ['_formplan', true]]);
  const main = sheets[0];
  const rowOf = (code) => [...main.rows].find(([, cells]) => cells.get(1)?.value === code);
  const [codesRow, codes] = rowOf(`${xlsx.CODE.columns}/so_lieu`);
  const colOf = (code) => [...codes].find(([, c]) => c.value === code)[0];
  const [r1] = rowOf(`${xlsx.CODE.row}/so_lieu/HCDB_01`);
  assert.equal(main.rows.get(r1).get(colOf('tong_so')).value, 3 + 4 + 1234 + 2, 'tong_so of HCDB_01 recomputed');
  const sheetXml = strFromU8(parts['xl/worksheets/sheet1.xml']);
  assert.match(sheetXml, new RegExp(`<row r="${codesRow}"[^>]*hidden="(true|1)"`), 'the codes row stays hidden');
  assert.match(sheetXml, /<col [^>]*hidden="(true|1)"[^>]*max="1" min="1"|<col [^>]*max="1" min="1"[^>]*hidden="(true|1)"/, 'column A stays hidden');
  assert.match(sheetXml, /<f[^>]*>SUM\(D\d+,E\d+/, 'the formulas stay formulas');

  // LibreOffice kept the protection, the unlocked input cells and the validation
  assert.match(sheetXml, /<sheetProtection [^>]*sheet="(true|1)"/);
  assert.match(sheetXml, /<dataValidation [^>]*type="whole"[^>]*>\s*<formula1>0<\/formula1>/);
  assert.match(sheetXml, /<dataValidation [^>]*operator="greaterThanOrEqual"/);
  const inputRef = `${xlsx.columnLetters(colOf('duoi_6__nam'))}${r1}`;
  const s = new RegExp(`<c r="${inputRef}" s="(\\d+)"`).exec(sheetXml)?.[1];
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(strFromU8(parts['xl/styles.xml']))?.[1] ?? '').matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
  assert.match(xfs[Number(s)] ?? '', /<protection locked="(false|0)"/, `input cell ${inputRef} stays unlocked`);
  const title = /<c r="B1" s="(\d+)"/.exec(sheetXml)?.[1];
  assert.ok(title, 'the title cell is there');
  assert.doesNotMatch(xfs[Number(title)], /locked="(false|0)"/, 'the title stays locked');
});
