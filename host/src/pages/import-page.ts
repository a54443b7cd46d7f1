/** The district imports ward files: each submission is checked against its pinned pack version. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { AjvValidator, DEFAULT_MAX_BUNDLE_BYTES, importBundle, resolveForm } from '@formplan/core';
import type { ImportReport, PackSource } from '@formplan/core';
import type { PageContext } from '../app.js';
import { PAGE_TITLES } from '../host-strings.js';

const validator = new AjvValidator();

async function importFiles(ctx: PageContext, files: FileList, out: HTMLElement): Promise<void> {
  const en = ctx.lang === 'en';
  const wards = ctx.pack.orgUnits.filter((o) => o.level === 'ward').map((o) => o.code);
  const packs = new Map<string, PackSource>();
  const packFor = async (id: string, version: string) => {
    const k = `${id}@${version}`;
    if (!packs.has(k)) {
      const rec = await ctx.store.getPack(id, version);
      if (rec) packs.set(k, rec.source as PackSource);
    }
    return packs.get(k);
  };
  out.replaceChildren();
  const list = Array.from(files);
  for (const [i, file] of list.entries()) {
    const progress = document.createElement('p');
    progress.setAttribute('role', 'status');
    progress.textContent = `${en ? 'Reading' : 'Đang đọc'} ${file.name} (${i + 1}/${list.length})…`;
    out.append(progress);
    let report: ImportReport;
    if (file.size > DEFAULT_MAX_BUNDLE_BYTES) {
      report = { taken: [], skipped: [], refused: [], fatal: { vi: `Tệp quá lớn (${file.size} byte; tối đa ${DEFAULT_MAX_BUNDLE_BYTES}).`, en: `The file is too large (${file.size} bytes; at most ${DEFAULT_MAX_BUNDLE_BYTES}).` } };
    } else {
      report = await importBundle(ctx.store, await file.text(), {
        knownWards: wards,
        validate: async (packId, packVersion, formId, data) => {
          const pack = await packFor(packId, packVersion);
          const form = pack && resolveForm(pack, formId);
          if (!form) return [{ vi: `Không có biểu ${formId} trong ${packId} ${packVersion}`, en: `No form ${formId} in ${packId} ${packVersion}` }];
          return validator.validate(form.schema, data).filter((e) => e.severity === 'error').map((e) => ({ vi: `${e.pointer}: ${e.message.vi}`, en: `${e.pointer}: ${e.message.en}` }));
        },
      });
    }
    progress.textContent = `${file.name}: ${en ? 'done' : 'xong'}`;
    out.append(renderReport(report, en));
  }
  ctx.refresh();
}

function renderReport(report: ImportReport, en: boolean): HTMLElement {
  const box = document.createElement('div');
  box.className = report.fatal || report.refused.length ? 'error' : 'ok';
  const p = (text: string) => {
    const el = document.createElement('p');
    el.textContent = text;
    box.append(el);
  };
  if (report.fatal) p(`${en ? 'Refused' : 'Từ chối cả tệp'}: ${en ? report.fatal.en : report.fatal.vi}`);
  p(en
    ? `Taken: ${report.taken.length}; already present: ${report.skipped.length}; refused: ${report.refused.length}.`
    : `Đã nhận: ${report.taken.length}; đã có từ trước: ${report.skipped.length}; bị từ chối: ${report.refused.length}.`);
  if (report.refused.length) {
    const ul = document.createElement('ul');
    for (const r of report.refused) {
      const li = document.createElement('li');
      li.textContent = `#${r.index + 1}: ${en ? r.reason.en : r.reason.vi}`;
      ul.append(li);
    }
    box.append(ul);
  }
  return box;
}

/** Import ward files, with progress and a per-item report. */
export function importPage(ctx: PageContext): TemplateResult {
  const en = ctx.lang === 'en';
  return html`<h1>${PAGE_TITLES[ctx.lang].import}</h1>
    <section class="card">
      <label for="bundle-files">${en ? 'Ward files (.json)' : 'Tệp của phường (.json)'}</label><br />
      <input id="bundle-files" type="file" accept=".json,application/json" multiple
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const out = input.closest('section')!.querySelector<HTMLElement>('.report')!;
          if (input.files?.length) void importFiles(ctx, input.files, out);
        }} />
      <p class="muted">${en ? `At most ${DEFAULT_MAX_BUNDLE_BYTES / 1024 / 1024} MB per file. Importing a file twice adds nothing.` : `Tối đa ${DEFAULT_MAX_BUNDLE_BYTES / 1024 / 1024} MB mỗi tệp. Nhập một tệp hai lần không bị trùng.`}</p>
      <div class="report" aria-live="polite"></div>
    </section>`;
}
