import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MemoryStore } from '@formplan/core';
import type { MetaSchemaDoc, PackSource } from '@formplan/core';
import { loadTayHo2018 } from '../../../../../test/fixtures/tay-ho-2018.js';
import './rollover.js';
import type { FpRollover, FpRolloverCreateEvent } from './rollover.component.js';

const META = ['agencies', 'calendar', 'category-sets', 'common', 'criteria-set', 'form', 'manifest', 'org-units', 'plan'];
async function metaSchemas(): Promise<MetaSchemaDoc[]> {
  return Promise.all(META.map(async (m) => ({ file: `${m}.schema.json`, schema: await (await fetch(`/schemas/meta/${m}.schema.json`)).json() })));
}

let pack: PackSource;
let meta: MetaSchemaDoc[];
before(async () => {
  pack = await loadTayHo2018();
  meta = await metaSchemas();
});

async function make(packs: PackSource[] = [pack], store?: MemoryStore, lang = 'vi'): Promise<FpRollover> {
  const el = await fixture<FpRollover>(html`<fp-rollover .packs=${packs} .metaSchemas=${meta} .store=${store} lang=${lang}></fp-rollover>`);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: FpRollover, sel: string): T => {
  const found = el.shadowRoot!.querySelector<T>(sel);
  if (!found) throw new Error(`no ${sel}`);
  return found;
};
const text = (n: Element | null | undefined): string => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function next(el: FpRollover): Promise<void> {
  $(el, '#next').click();
  await el.updateComplete;
}

function setValue(input: HTMLInputElement | HTMLSelectElement, value: string, type: 'input' | 'change' = 'change'): void {
  input.value = value;
  input.dispatchEvent(new Event(type, { bubbles: true }));
}

describe('<fp-rollover>', () => {
  it('walks every step of 2018 → 2019 to Create, axe-clean on each, with focus on each heading', async () => {
    const el = await make();
    const steps: string[] = [];
    expect(($(el, '#year') as HTMLInputElement).value).to.equal('2019');
    for (let i = 0; i < 8; i += 1) {
      await el.updateComplete;
      if (i === 6) await el.previewComplete;
      if (i === 7) await el.checkComplete;
      await el.updateComplete;
      steps.push($(el, '.step').dataset.step ?? '');
      expect(el.shadowRoot!.querySelectorAll('li[aria-current="step"]')).to.have.length(1);
      expect(text(el.shadowRoot!.querySelector('li[aria-current="step"]'))).to.equal(text($(el, '#step-heading')));
      if (i > 0) expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
      await expect(el).to.be.accessible();
      if (i === 5) {
        const areas = [...el.shadowRoot!.querySelectorAll<HTMLElement>('section.area')];
        expect(areas.map((a) => a.dataset.area)).to.include.members(['manifest', 'calendar', 'plan', 'criteriaSets']);
        for (const a of areas) expect(text(a.querySelector('h4'))).to.contain(`(${a.querySelectorAll('li').length})`);
        expect(text(areas.find((a) => a.dataset.area === 'calendar'))).to.contain('Lịch báo cáo');
      }
      if (i < 7) await next(el);
    }
    expect(steps).to.deep.equal(['pick', 'carry', 'criteria', 'structure', 'deadlines', 'review', 'preview', 'create']);
    expect(text($(el, '.ok'))).to.contain('hợp lệ');
    const create = $<HTMLButtonElement>(el, '#create');
    expect(create.disabled).to.equal(false);
    const event = oneEvent(el, 'fp-rollover-create');
    create.click();
    const { detail } = (await event) as FpRolloverCreateEvent;
    expect(detail.pack.manifest).to.include({ id: 'tay-ho-2019', year: 2019 });
    expect(detail.pack.manifest.document.number).to.equal(null);
    expect(detail.basedOn).to.deep.equal({ id: 'tay-ho-2018', version: pack.manifest.version });
    expect(detail.pack.calendar.periods.find((p) => p.kind === 'H1')?.due).to.equal('2019-05-15');
    expect(detail.pack.plan.targets.length).to.equal(pack.plan.targets.length);
    expect(detail.pack.plan.targets.every((t) => t.provenance.status === 'proposed')).to.equal(true);
    expect(detail.pack.plan.signer.name).to.equal(null);
    expect(detail.changes.some((c) => c.pointer === '/manifest/document/number' && c.kind === 'cleared')).to.equal(true);
  });

  it('refuses an invalid year in vi and en, and keeps the step', async () => {
    const el = await make();
    setValue($(el, '#year'), '2018', 'input');
    await next(el);
    expect($(el, '.step').dataset.step).to.equal('pick');
    expect(text($(el, '#year-error'))).to.contain('Năm mới không hợp lệ');
    expect($(el, '#year').getAttribute('aria-invalid')).to.equal('true');
    el.lang = 'en';
    await el.updateComplete;
    expect(text($(el, '#year-error'))).to.contain('Invalid new year');
    setValue($(el, '#year'), '', 'input');
    await next(el);
    expect(text($(el, '#year-error'))).to.contain('Enter the new year');
    await expect(el).to.be.accessible();
  });

  it('lets the admin leave targets and tasks, leave a form out, and edit a due date', async () => {
    const el = await make();
    await next(el);
    $<HTMLInputElement>(el, '#carry-targets').click();
    $<HTMLInputElement>(el, '#carry-tasks').click();
    await el.updateComplete;
    await next(el);
    await next(el);
    $<HTMLInputElement>(el, 'input[data-form="bieu-08"]').click();
    await el.updateComplete;
    expect(text($(el, '[role="status"]'))).to.contain('1 biểu mẫu không được chuyển');
    await next(el);
    const h1 = $<HTMLTableRowElement>(el, 'tr[data-pointer="/calendar/periods/1/due"]');
    expect(text(h1.querySelector('td'))).to.equal('15/05/2018');
    setValue(h1.querySelector('input')!, '2019-05-10');
    await el.updateComplete;
    expect(text($(el, 'tr[data-pointer="/calendar/periods/1/due"]'))).to.contain('10/05/2019').and.contain('đã sửa');
    const draft = el.draft!;
    expect(draft.pack.plan.targets).to.deep.equal([]);
    expect(draft.pack.plan.assignments.every((a) => a.tasks.length === 0)).to.equal(true);
    expect(draft.pack.forms.map((f) => f['x-fp-id'])).not.to.include('bieu-08');
    expect(draft.pack.calendar.periods[1].due).to.equal('2019-05-10');
    expect(draft.changes.find((c) => c.pointer === '/calendar/periods/1/due')?.message.vi).to.contain('15/05/2018 → 10/05/2019');
  });

  it('keeps Create disabled and lists the problems when the new pack does not load', async () => {
    const el = await make();
    for (let i = 0; i < 3; i += 1) await next(el);
    $<HTMLInputElement>(el, 'input[data-form="bieu-08"]').click(); // criteria bindings name bieu_08
    await el.updateComplete;
    for (let i = 0; i < 4; i += 1) await next(el);
    await el.checkComplete;
    await el.updateComplete;
    expect($<HTMLButtonElement>(el, '#create').disabled).to.equal(true);
    const problems = $(el, '#create-problems');
    expect(problems.getAttribute('role')).to.equal('alert');
    expect(text(problems)).to.contain('bieu_08');
    await expect(el).to.be.accessible();
  });

  it('shows 29 February handling when rolling to the leap year 2020', async () => {
    const leapy = structuredClone(pack);
    leapy.calendar.periods[0].coverage.to = '2018-02-28';
    const el = await make([leapy]);
    setValue($(el, '#year'), '2020', 'input');
    for (let i = 0; i < 4; i += 1) await next(el);
    const row = $(el, 'tr[data-pointer="/calendar/periods/0/coverage/to"]');
    expect(text(row)).to.contain('28/02/2018').and.contain('29/02/2020');
    expect(text(row.querySelector('.leap-note'))).to.contain('Năm 2020 là năm nhuận');
    expect(row.classList.contains('leap')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('refuses a bad criteria file in vi/en, losing nothing, and maps an imported set', async () => {
    const el = await make();
    await next(el);
    $<HTMLInputElement>(el, '#carry-tasks').click();
    await next(el);
    $<HTMLInputElement>(el, 'input[value="import"]').click();
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, '#criteria-file');
    const put = async (name: string, body: string): Promise<void> => {
      const dt = new DataTransfer();
      dt.items.add(new File([body], name, { type: 'application/json' }));
      input.files = dt.files;
      input.dispatchEvent(new Event('change'));
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
    };
    await put('bad.json', '{"id": "x", "title": 3');
    expect(text($(el, '#criteria-errors'))).to.not.equal('');
    await put('bad.json', JSON.stringify({ id: 'qd-06-2019', title: { vi: 'QĐ 06' } }));
    const alert = $(el, '#criteria-errors');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.querySelectorAll('li').length).to.be.greaterThan(0);
    await next(el);
    expect($(el, '.step').dataset.step).to.equal('criteria');
    expect(text($(el, '#step-error'))).to.contain('Hãy chọn một bộ tiêu chí hợp lệ');
    await expect(el).to.be.accessible();
    // nothing lost: the earlier choice still stands
    expect(el.draft!.pack.plan.assignments.every((a) => a.tasks.length === 0)).to.equal(true);
    // a valid set (the 2018 set renamed, one criterion recoded) is matched by code and by title
    const good = structuredClone(pack.criteriaSets[0]);
    good.id = 'qd-06-2019';
    const recoded = good.criteria[1];
    const oldCode = recoded.code;
    recoded.code = 'TCX';
    await put('qd-06-2019.json', JSON.stringify(good));
    expect(el.shadowRoot!.querySelector('#criteria-errors')).to.equal(null);
    expect(text($(el, `tr[data-old="${pack.criteriaSets[0].criteria[0].code}"]`))).to.contain('mã');
    expect(text($(el, `tr[data-old="${oldCode}"]`))).to.contain('tên');
    await expect(el).to.be.accessible();
    // a bad file after a good one keeps the good one
    await put('worse.json', '[1, 2');
    expect(text($(el, '#criteria-errors'))).to.not.equal('');
    expect(text(el.shadowRoot!.querySelector('.mapping caption'))).to.contain('Ánh xạ');
    await next(el);
    expect($(el, '.step').dataset.step).to.equal('structure');
    expect(el.draft!.pack.criteriaSets.map((s) => s.id)).to.deep.equal(['qd-06-2019']);
    expect(el.draft!.pack.forms.find((f) => f['x-fp-id'] === 'tu-danh-gia')?.['x-fp-from-criteria']).to.equal('qd-06-2019');
  });

  it('previews a form of the new pack with a ward\'s figures of last year, read-only', async () => {
    const store = new MemoryStore();
    const key = { packId: 'tay-ho-2018', packVersion: pack.manifest.version, formId: 'bieu-01', ward: pack.orgUnits.find((u) => u.level === 'ward')!.code, period: '2018-H1' };
    await store.saveDraft(key, { thong_tin: { nguoi_lap: 'Nguyễn Thị Lan' } }, 0);
    const el = await make([pack], store);
    for (let i = 0; i < 6; i += 1) await next(el);
    setValue($(el, '#preview-form'), 'bieu-01');
    await el.updateComplete;
    await el.previewComplete;
    await el.updateComplete;
    expect(text($(el, '.preview-status'))).to.contain('Bản nháp kỳ 2018-H1');
    const form = $(el, 'fp-form.preview') as HTMLElement & { readonly: boolean; value: unknown };
    expect(form.readonly).to.equal(true);
    expect(JSON.stringify(form.value)).to.contain('Nguyễn Thị Lan');
    await expect(el).to.be.accessible();
  });

  it('can be walked with the keyboard only', async () => {
    const el = await make();
    $(el, '#year').focus();
    const tabTo = async (id: string): Promise<void> => {
      for (let i = 0; i < 80 && el.shadowRoot!.activeElement?.id !== id; i += 1) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal(id);
    };
    for (let i = 0; i < 7; i += 1) {
      await tabTo('next');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      if (i === 5) await el.previewComplete;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('step-heading');
    }
    await el.checkComplete;
    await el.updateComplete;
    await tabTo('create');
    const event = oneEvent(el, 'fp-rollover-create');
    await sendKeys({ press: 'Enter' });
    expect(((await event) as FpRolloverCreateEvent).detail.pack.manifest.id).to.equal('tay-ho-2019');
  });

  it('gives the draft the next free version when the year has a pack already, and says so', async () => {
    const el = await make();
    expect(el.shadowRoot!.querySelector('#version-taken')).to.equal(null);
    el.taken = [{ id: 'tay-ho-2019', version: '1.0.0' }, { id: 'tay-ho-2018', version: '3.0.0' }];
    await el.updateComplete;
    expect(text($(el, '#version-taken'))).to.equal('Năm 2019 đã có gói (phiên bản 1.0.0); bản nháp mới sẽ là phiên bản 2.0.0, không ghi đè bản đã có.');
    await expect(el).to.be.accessible();
    expect(el.draft?.pack.manifest.version).to.equal('2.0.0');
    expect(el.draft?.changes.some((c) => c.pointer === '/manifest/version' && c.after === '2.0.0')).to.equal(true);
  });
});
