// <fp-form> in pack mode: header, autosave with debounce and flush, draft reload from real
// IndexedDB, conflicts between two forms, store failures, missing pack/form, submit.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { IdbStore, MemoryStore, StorageFullError } from '@formplan/core';
import type { DraftKey, Store } from '@formplan/core';
import '../../packages/elements/src/components/form/form.js';
import '../../packages/elements/src/components/provider/provider.js';
import type { FpForm } from '../../packages/elements/src/components/form/form.component.js';
import type { FpProvider } from '../../packages/elements/src/components/provider/provider.component.js';
import { StaticPackRegistry } from '../../packages/elements/src/services/pack-registry.js';
import type { PackRegistry } from '../../packages/elements/src/services/pack-registry.js';
import { deepText, inputAt, testPack, testRegistry, typeInto, until } from './form-fixtures.js';
import { pick } from '../../packages/elements/src/i18n/lang.js';

const KEY: DraftKey = { packId: 'thu-2018', packVersion: '1.0.0', formId: 'bieu-thu', ward: 'W1', period: '2018-H1' };
/** A day the test pack's period is open (due 15/06/2018): after its lock the form is read-only. */
const BEFORE_DUE = (): Date => new Date('2018-06-10T03:00:00Z');
const dbNames: string[] = [];
const uniqueDb = (): string => {
  const name = `fp-form-wtr-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  dbNames.push(name);
  return name;
};

interface MountOptions {
  store?: Store;
  packs?: PackRegistry;
  pack?: string;
  form?: string;
  readonly?: boolean;
}

function ready(form: FpForm): Promise<void> {
  return until(() => {
    if (form.shadowRoot?.querySelector('[part="notice"]')) return true;
    try {
      inputAt(form, '/so_tre_em');
      return true;
    } catch {
      return false;
    }
  });
}

async function mount(o: MountOptions = {}): Promise<{ provider: FpProvider; form: FpForm; store: Store }> {
  const store = o.store ?? new MemoryStore();
  const packs = o.packs ?? new StaticPackRegistry([testPack()]);
  const provider = await fixture<FpProvider>(html`<fp-provider .store=${store} .packs=${packs} .registry=${testRegistry()} .clock=${BEFORE_DUE}>
    <fp-form pack=${o.pack ?? 'thu-2018'} form=${o.form ?? 'bieu-thu'} ward="W1" period="2018-H1" ?readonly=${!!o.readonly}></fp-form>
  </fp-provider>`);
  const form = provider.querySelector('fp-form')!;
  await ready(form);
  return { provider, form, store };
}

/** A second form on the same key inside the same provider. */
async function addForm(provider: FpProvider): Promise<FpForm> {
  const form = document.createElement('fp-form');
  Object.entries({ pack: 'thu-2018', form: 'bieu-thu', ward: 'W1', period: '2018-H1' }).forEach(([k, v]) => form.setAttribute(k, v));
  provider.append(form);
  await ready(form);
  return form;
}

after(async () => {
  await Promise.all(dbNames.map((name) => new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  })));
});

describe('<fp-form> pack mode', () => {
  it('is accessible', async () => {
    const { form } = await mount();
    await expect(form).to.be.accessible();
  });

  it('shows the header of the appendix form, the letterhead and the signature block', async () => {
    const { form } = await mount();
    const root = form.shadowRoot!;
    expect(root.querySelector('[part="title"]')!.textContent).to.equal('Biểu thử: Trẻ em');
    const meta = root.querySelector('[part="meta"]')!.textContent!;
    expect(meta).to.contain('Phường Phú Thượng').and.contain('6 tháng đầu năm 2018');
    typeInto(form, '/thong_tin/ngay_chot_so_lieu', '2018-06-30');
    typeInto(form, '/thong_tin/nguoi_lap', 'Nguyễn Thị Lan');
    await form.updateComplete;
    expect(root.querySelector('[part="meta"]')!.textContent).to.contain('30/06/2018');
    const letterhead = root.querySelector('[part="letterhead"]')!.textContent!;
    expect(letterhead).to.contain('UBND QUẬN TÂY HỒ').and.contain('UBND PHƯỜNG PHÚ THƯỢNG');
    expect(letterhead).to.contain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').and.contain('Độc lập - Tự do - Hạnh phúc');
    const signatures = root.querySelector('[part="signatures"]')!;
    expect(signatures.textContent).to.contain('Người lập biểu').and.contain('TM. UBND phường').and.contain('(Ký, ghi rõ họ tên)');
    expect(signatures.textContent).to.contain('Nguyễn Thị Lan');
    expect(getComputedStyle(signatures).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('[part="letterhead"]')!).display).to.equal('none');
  });

  it('prints like the appendix form: letterhead and signatures shown, buttons, status and summary left out', async () => {
    const { form } = await mount();
    form.validate();
    await form.updateComplete;
    const root = form.shadowRoot!;
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(root.querySelector('[part="signatures"]')!).display).to.equal('grid');
      expect(getComputedStyle(root.querySelector('[part="letterhead"]')!).display).to.equal('grid');
      expect(getComputedStyle(root.querySelector('[part="submit"]')!).display).to.equal('none');
      expect(getComputedStyle(root.querySelector('[part="summary"]')!).display).to.equal('none');
      expect(getComputedStyle(root.querySelector('[part="status"]')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('autosaves after the user types and sends fp-saved', async () => {
    const { form, store } = await mount();
    expect(await store.getDraft(KEY)).to.equal(undefined);
    const saved = oneEvent(form, 'fp-saved');
    typeInto(form, '/so_tre_em', '12');
    typeInto(form, '/ghi_chu', 'Ghi chú một');
    expect(form.saveState).to.equal('idle');
    expect((await saved).detail.revision).to.equal(1);
    expect(form.revision).to.equal(1);
    const draft = await store.getDraft(KEY);
    expect(draft!.data).to.deep.equal({ so_tre_em: 12, ghi_chu: 'Ghi chú một' });
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim()).to.equal('Đã lưu');
    expect(form.shadowRoot!.querySelector('[part="status"]')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('does not save when the value is set programmatically', async () => {
    const { form, store } = await mount();
    form.value = { so_tre_em: 4 };
    await new Promise((r) => setTimeout(r, 1000));
    expect(await store.getDraft(KEY)).to.equal(undefined);
  });

  it('draft reload: everything typed is back in a new form over real IndexedDB', async () => {
    const name = uniqueDb();
    const { provider, form } = await mount({ store: new IdbStore({ name }), packs: new StaticPackRegistry([testPack()]) });
    typeInto(form, '/so_tre_em', '1.234');
    typeInto(form, '/ghi_chu', 'Trẻ em khó khăn');
    typeInto(form, '/thong_tin/nguoi_lap', 'Trần Văn Bình');
    const saved = oneEvent(form, 'fp-saved');
    form.remove();
    await saved;
    provider.store = new IdbStore({ name });
    await provider.updateComplete;
    const again = await addForm(provider);
    await until(() => inputAt(again, '/so_tre_em').value === '1.234');
    expect(again.value).to.deep.equal({ so_tre_em: 1234, ghi_chu: 'Trẻ em khó khăn', thong_tin: { nguoi_lap: 'Trần Văn Bình' } });
    expect(inputAt(again, '/ghi_chu').value).to.equal('Trẻ em khó khăn');
    expect(inputAt(again, '/thong_tin/nguoi_lap').value).to.equal('Trần Văn Bình');
    expect(again.revision).to.equal(1);
  });

  it('flushes on pagehide without waiting for the debounce', async () => {
    const { form, store } = await mount();
    typeInto(form, '/so_tre_em', '5');
    const started = performance.now();
    const saved = oneEvent(form, 'fp-saved');
    window.dispatchEvent(new Event('pagehide'));
    await saved;
    expect(performance.now() - started).to.be.below(400);
    expect((await store.getDraft(KEY))!.data).to.deep.equal({ so_tre_em: 5 });
  });

  it('a conflict with another tab shows the choice and never overwrites', async () => {
    const { provider, form: a, store } = await mount();
    const b = await addForm(provider);
    typeInto(a, '/so_tre_em', '1');
    await a.flush();
    expect(a.revision).to.equal(1);
    typeInto(b, '/so_tre_em', '2');
    await b.flush();
    await b.updateComplete;
    expect(b.saveState).to.equal('conflict');
    const box = b.shadowRoot!.querySelector('[part="conflict"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.contain('Giữ bản của tôi').and.contain('Tải bản kia');
    expect((await store.getDraft(KEY))!.data).to.deep.equal({ so_tre_em: 1 });
    typeInto(b, '/so_tre_em', '3');
    await new Promise((r) => setTimeout(r, 900));
    expect((await store.getDraft(KEY))!.data).to.deep.equal({ so_tre_em: 1 });

    box.querySelector<HTMLButtonElement>('[data-action="load-theirs"]')!.click();
    await b.updateComplete;
    expect(b.value).to.deep.equal({ so_tre_em: 1 });
    expect(inputAt(b, '/so_tre_em').value).to.equal('1');
    expect(b.shadowRoot!.querySelector('[part="conflict"]')).to.equal(null);

    typeInto(a, '/so_tre_em', '10');
    await a.flush();
    typeInto(b, '/so_tre_em', '20');
    await b.flush();
    expect(b.saveState).to.equal('conflict');
    await b.updateComplete;
    const saved = oneEvent(b, 'fp-saved');
    b.shadowRoot!.querySelector<HTMLButtonElement>('[part="conflict"] [data-action="keep-mine"]')!.click();
    expect((await saved).detail.revision).to.equal(3);
    expect((await store.getDraft(KEY))!.data).to.deep.equal({ so_tre_em: 20 });
  });

  it('a store that fails shows a message, keeps what was typed and retries on the next change', async () => {
    class FailingStore extends MemoryStore {
      failures = 1;
      override async saveDraft(...args: Parameters<MemoryStore['saveDraft']>) {
        if (this.failures-- > 0) throw new StorageFullError(1);
        return super.saveDraft(...args);
      }
    }
    const store = new FailingStore();
    const { form } = await mount({ store });
    typeInto(form, '/so_tre_em', '8');
    await form.flush();
    await form.updateComplete;
    expect(form.saveState).to.equal('failed');
    expect(form.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim()).to.equal('Không lưu được');
    const notice = form.shadowRoot!.querySelector('[part="notice"]')!;
    expect(notice.textContent).to.contain('Bộ nhớ trình duyệt đã đầy').and.contain('vẫn được giữ');
    expect(form.value).to.deep.equal({ so_tre_em: 8 });
    expect(inputAt(form, '/so_tre_em').value).to.equal('8');
    const saved = oneEvent(form, 'fp-saved');
    typeInto(form, '/ghi_chu', 'x');
    await saved;
    expect((await store.getDraft(KEY))!.data).to.deep.equal({ so_tre_em: 8, ghi_chu: 'x' });
  });

  it('a store that cannot read the draft still shows the form with a message', async () => {
    class BrokenStore extends MemoryStore {
      override async getDraft(): Promise<undefined> {
        throw new Error('disk on fire');
      }
    }
    const { form } = await mount({ store: new BrokenStore() });
    expect(form.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('disk on fire');
    typeInto(form, '/so_tre_em', '3');
    expect(form.value).to.deep.equal({ so_tre_em: 3 });
  });

  it('names a missing pack and a missing form', async () => {
    const { form } = await mount({ pack: 'khong-co' });
    expect(form.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.equal('Máy này chưa có bộ biểu mẫu được yêu cầu (khong-co). Hãy nạp bộ biểu mẫu của kế hoạch năm trước khi mở báo cáo.');
    form.pack = 'thu-2018';
    form.form = 'bieu-99';
    await until(() => !!form.shadowRoot!.querySelector('[part="notice"]')?.textContent?.includes('không có biểu mẫu'));
    expect(form.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.equal(`«${pick(testPack().manifest.title, 'vi')}» không có biểu mẫu được yêu cầu. Hãy mở báo cáo từ lịch báo cáo.`);
    form.lang = 'en';
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.equal(`«${pick(testPack().manifest.title, 'en')}» has no such form. Open the report from the reporting calendar.`);
  });

  it('submits: refuses with the summary naming fields by label, then stores a submission', async () => {
    const { form, store } = await mount();
    const invalid = oneEvent(form, 'fp-invalid');
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    const errors = (await invalid).detail.errors.map((e: { pointer: string }) => e.pointer).sort();
    expect(errors).to.deep.equal(['/so_tre_em', '/thong_tin']);
    await form.updateComplete;
    const summary = form.shadowRoot!.querySelector('[part="summary"]')!;
    // the missing header counts and is named by its empty fields, not by the group
    expect(summary.textContent).to.contain('Biểu mẫu còn 3 lỗi cần sửa:').and.contain('Số trẻ em')
      .and.contain('Ngày chốt số liệu').and.contain('Người lập biểu');

    typeInto(form, '/so_tre_em', '7');
    typeInto(form, '/thong_tin/ngay_chot_so_lieu', '2018-06-30');
    typeInto(form, '/thong_tin/nguoi_lap', 'Lê Thị Hoa');
    const submitted = oneEvent(form, 'fp-submit');
    const record = await form.submit();
    const detail = (await submitted).detail;
    expect(record!.revision).to.equal(1);
    expect(detail.submission).to.deep.equal(record);
    expect(record!.cutOffDate).to.equal('2018-06-30');
    expect(record!.author).to.equal('Lê Thị Hoa');
    expect(record!.data).to.deep.equal({ so_tre_em: 7, thong_tin: { ngay_chot_so_lieu: '2018-06-30', nguoi_lap: 'Lê Thị Hoa' } });
    expect((await store.getDraft(KEY))!.data).to.deep.equal(record!.data);
    await form.updateComplete;
    expect(deepText(form.shadowRoot!)).to.match(/Đã gửi báo cáo \(lần 1\) lúc \d\d:\d\d \d\d\/\d\d\/\d{4}\./);
    expect(await form.submit(), 'a sent report is read-only until revised').to.equal(undefined);
    await form.revise();
    expect((await form.submit())!.revision).to.equal(2);
  });

  it('read-only: no submit button and nothing saved', async () => {
    const { form, store } = await mount({ readonly: true });
    expect(form.shadowRoot!.querySelector('[part="submit"]')).to.equal(null);
    expect(inputAt(form, '/so_tre_em').readOnly).to.equal(true);
    typeInto(form, '/so_tre_em', '4');
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((r) => setTimeout(r, 900));
    expect(await store.getDraft(KEY)).to.equal(undefined);
  });
});
