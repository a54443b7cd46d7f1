import { beforeAll, describe, expect, it } from 'vitest';
import { applyDraftMigration, planDraftMigration } from './migrate-drafts.js';
import { loadTayHo2018Pack } from '../pack/test-support/tay-ho-2018.js';
import { MemoryStore } from '../storage/memory-store.js';
import type { DraftRecord, FormDataKey } from '../storage/records.js';
import type { PackSource } from '../pack/types.js';

let from: PackSource;
let to: PackSource;

type Props = Record<string, Record<string, unknown>>;
const propsOf = (pack: PackSource, formId: string): Props => {
  const form = pack.forms.find((f) => f['x-fp-id'] === formId);
  if (!form?.properties) throw new Error(`no form ${formId}`);
  return form.properties as Props;
};

beforeAll(async () => {
  from = await loadTayHo2018Pack();
  to = structuredClone(from);
  to.manifest.version = '1.1.0';
  const b02 = propsOf(to, 'bieu-02');
  b02.tre_em_hcdb['x-fp-label'] = { vi: 'Số trẻ em có hoàn cảnh đặc biệt', en: 'Children in special circumstances' };
  b02.ghi_chu = { type: 'string', 'x-fp-label': { vi: 'Ghi chú', en: 'Notes' } };
  delete propsOf(to, 'bieu-01').so_ho_co_tre_em;
  const labour = propsOf(to, 'bieu-03').lao_dong.properties as Props;
  labour.tre_lang_thang_kiem_song.maximum = 10;
  labour.tre_lao_dong_nang_nhoc_doc_hai.type = 'string';
  delete labour.tre_lao_dong_nang_nhoc_doc_hai.minimum;
});

const key = (formId: string, period = '2018-Q1', packVersion = '1.0.0'): FormDataKey =>
  ({ packId: 'tay-ho-2018', packVersion, formId, ward: 'P00091', period });
const draft = (k: FormDataKey, data: unknown): DraftRecord => ({ ...k, data, revision: 2, updatedAt: '2018-03-01T00:00:00.000Z', author: 'Lan' });

describe('planDraftMigration', () => {
  it('carries a draft over with its mechanical changes: a label changed, a new field left empty', () => {
    const plan = planDraftMigration(from, to, [draft(key('bieu-02'), { tre_em_hcdb: 5 })]);
    expect(plan.needsReview).toEqual([]);
    expect(plan.migratable[0].data).toEqual({ tre_em_hcdb: 5 });
    const vi = plan.migratable[0].changes.map((c) => c.vi);
    expect(vi).toContain("Đổi nhãn 'Số trẻ em có hoàn cảnh đặc biệt (mỗi trẻ đếm một lần)' → 'Số trẻ em có hoàn cảnh đặc biệt'.");
    expect(vi).toContain("1 trường mới, để trống: 'Ghi chú'.");
    expect(plan.summary).toEqual({ vi: '1 bản nháp chuyển được, 0 cần xem lại', en: '1 draft can move, 0 need review' });
    expect([plan.from.version, plan.to.version]).toEqual(['1.0.0', '1.1.0']);
  });

  it('a removed field with data, a type change and a value now out of range need review, with reasons', () => {
    const plan = planDraftMigration(from, to, [
      draft(key('bieu-01'), { so_ho_co_tre_em: 10 }),
      draft(key('bieu-01', '2018-H1'), {}),
      draft(key('bieu-03'), { lao_dong: { tre_lang_thang_kiem_song: 50 } }),
      draft(key('bieu-03', '2018-H1'), { lao_dong: { tre_lao_dong_nang_nhoc_doc_hai: 3 } }),
      draft(key('bieu-02', '2018-Q1', '0.9.0'), { tre_em_hcdb: 1 }),
    ]);
    expect(plan.migratable.map((m) => `${m.draft.formId} ${m.draft.period}`)).toEqual(['bieu-01 2018-H1']);
    const reasons = plan.needsReview.map((r) => [r.draft.formId, r.reasons.map((x) => x.en)]);
    expect(reasons[0]).toEqual(['bieu-01', ["Field 'Households with children' was removed; its value has nowhere to go."]]);
    expect(reasons[1][1]).toEqual([expect.stringMatching(/^'Child labour › Street children earning a living': .*10/)]);
    expect(reasons[2][1]).toContain("Field 'Child labour › Children in heavy, toxic or dangerous work' changed type from integer to string.");
    expect(plan.summary.vi).toBe('1 bản nháp chuyển được, 3 cần xem lại');
  });

  it('a new form the validator cannot compile sends the draft to review instead of throwing', () => {
    const odd = structuredClone(to);
    propsOf(odd, 'bieu-02').tre_em_hcdb['x-made-up'] = true;
    const plan = planDraftMigration(from, odd, [draft(key('bieu-02'), { tre_em_hcdb: 5 })]);
    expect(plan.needsReview[0].reasons.map((r) => r.en)).toEqual([expect.stringMatching(/^The data cannot be checked against the new form: .*x-made-up/)]);
  });

  it('a form or period missing from the new version needs review', () => {
    const smaller = { ...to, forms: to.forms.filter((f) => f['x-fp-id'] !== 'bieu-08') };
    const plan = planDraftMigration(from, smaller, [draft(key('bieu-08'), {}), draft(key('bieu-02', '2017-Q1'), {})]);
    expect(plan.needsReview.map((r) => r.reasons[0].vi)).toEqual([
      'Biểu bieu-08 không còn trong phiên bản mới.',
      'Kỳ báo cáo 2017-Q1 không còn trong lịch của phiên bản mới.',
    ]);
  });
});

describe('applyDraftMigration', () => {
  it('writes the drafts that move under the new version, keeps the old ones, never overwrites', async () => {
    const store = new MemoryStore();
    await store.saveDraft(key('bieu-02'), { tre_em_hcdb: 5 }, 0, { author: 'Lan' });
    await store.saveDraft(key('bieu-01'), { so_ho_co_tre_em: 10 }, 0);
    const plan = planDraftMigration(from, to, await store.listDrafts({ packId: 'tay-ho-2018' }));
    const report = await applyDraftMigration(store, plan, '1.1.0');
    expect(report.written.map((d) => [d.formId, d.packVersion, d.revision, d.author, d.data])).toEqual([
      ['bieu-02', '1.1.0', 1, 'Lan', { tre_em_hcdb: 5 }],
    ]);
    expect((await store.listDrafts({ packVersion: '1.0.0' })).length).toBe(2);
    await store.saveDraft({ ...key('bieu-02'), packVersion: '1.1.0' }, { tre_em_hcdb: 7 }, 1);
    const again = await applyDraftMigration(store, plan, '1.1.0');
    expect([again.written.length, again.skipped[0].reason.vi]).toEqual([0, 'Đã có bản nháp cho biểu này ở phiên bản mới; giữ bản đó.']);
    expect((await store.getDraft({ ...key('bieu-02'), packVersion: '1.1.0' }))?.data).toEqual({ tre_em_hcdb: 7 });
  });
});
