/**
 * The work of Excel in `<fp-form excel>` that needs the XLSX code: the Biểu of the open form as a
 * file, and the per-cell report of an uploaded one (nothing written). Part of the run-time chunk
 * (services/runtime.ts), loaded on the first download or upload with the XLSX file
 * (`dist/formplan-xlsx.js`); the state (what is pending, applied) stays in excel-controller.ts.
 */
import type { Bilingual, Validator } from '@formplan/core';
import type { BieuImport, BieuTarget } from '@formplan/core/xlsx';
import { importXlsx } from '../../services/load-xlsx.js';
import type { ExcelSource } from './excel-controller.js';
import { packHeader } from './form-header.js';
import { buildModel } from './form-load.js';
import type { LoadedForm } from './form-load.js';

/** The MIME type of `.xlsx` files. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const NOT_LOADED: Bilingual = { vi: 'biểu mẫu chưa được tải xong', en: 'the form has not finished loading' };

function refused(problem: Bilingual): BieuImport {
  return { ok: false, problem, taken: [], refused: [], unchanged: 0 };
}

/** No schema checks: the scratch model is only asked what its computed fields come to. */
const COMPUTE_ONLY: Validator = { validate: () => [] };

/**
 * What the form computes from uploaded data, with the page's own model and parser (trees parsed
 * ahead of time or the loaded parser): no second expression engine in the XLSX file.
 */
function computeWith(loaded: LoadedForm): (data: unknown) => ((pointer: string) => unknown) | undefined {
  return (data) => {
    const built = buildModel(loaded.resolved.schema, COMPUTE_ONLY, data);
    const model = built.model && !built.parserMissing ? built.model : undefined;
    return model && ((pointer) => model.computedState(pointer)?.value);
  };
}

function targetOf(loaded: LoadedForm): BieuTarget {
  return { packId: loaded.pack.manifest.id, packVersion: loaded.pack.manifest.version, formId: loaded.key.formId, ward: loaded.key.ward, period: loaded.key.period };
}

/**
 * The Biểu of the open form as an `.xlsx` File.
 * @param blank - a template without the draft's figures
 */
export async function bieuFile(src: ExcelSource, blank: boolean): Promise<File> {
  const xlsx = await importXlsx();
  const { loaded, model, lang } = src;
  const target = targetOf(loaded);
  const header = packHeader(loaded.pack, target.ward, target.period, lang);
  const bytes = await xlsx.bieuWorkbook({
    form: loaded.resolved, target, lang, wardName: header.wardName, periodLabel: header.periodLabel, ...(blank ? {} : { data: model.value }),
  });
  return new File([bytes.slice().buffer], xlsx.bieuFileName(target, blank), { type: XLSX_TYPE });
}

/** The report of an uploaded file (no form loaded, a read-only form, a file too large: refused). */
export async function readUpload(src: ExcelSource | undefined, file: Blob): Promise<BieuImport> {
  if (!src) return refused(NOT_LOADED);
  if (src.readOnlyReason) return refused(src.readOnlyReason);
  const xlsx = await importXlsx();
  const tooBig = xlsx.fileSizeProblem(file.size);
  if (tooBig) return refused(tooBig);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return xlsx.readBieu(bytes, { form: src.loaded.resolved, target: targetOf(src.loaded), data: src.model.value, compute: computeWith(src.loaded) });
}
