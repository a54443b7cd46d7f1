// <fp-provider .strings>: texts given to a provider win inside it, over the catalogue and over
// registerStrings(), and nowhere else; changing them updates the elements inside live.
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/components/form/form.js';
import '../../packages/elements/src/components/provider/provider.js';
import '../../packages/elements/src/components/calendar/calendar.js';
import '../../packages/elements/src/components/aggregate/aggregate.js';
import type { FpForm } from '../../packages/elements/src/components/form/form.component.js';
import type { FpProvider } from '../../packages/elements/src/components/provider/provider.component.js';
import { registerStrings } from '../../packages/elements/src/i18n/registry.js';
import { testRegistry, until } from './form-fixtures.js';

const schema = { type: 'object', properties: { n: { type: 'integer', 'x-fp-label': { vi: 'Số', en: 'Number' } } } };

function submitText(form: FpForm): string {
  return form.shadowRoot!.querySelector('[part=submit]')?.textContent?.trim() ?? '';
}

/** The submit texts of the forms with these ids, once each has painted its button. */
async function submitTexts(root: HTMLElement, ...ids: string[]): Promise<string[]> {
  const forms = ids.map((id) => root.querySelector<FpForm>(`#${id}`)!);
  await until(() => forms.every((f) => !!submitText(f)));
  return forms.map(submitText);
}

describe('<fp-provider .strings>', () => {
  it('overrides a text for the elements inside it only', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <fp-provider .registry=${testRegistry()} lang="vi" .strings=${{ vi: { ui: { submit: 'Nộp cho quận' } }, en: { ui: { submit: 'Send to the district' } } }}>
        <fp-form id="inside" .schema=${schema} .value=${{}}></fp-form>
      </fp-provider>
      <fp-provider .registry=${testRegistry()} lang="vi">
        <fp-form id="outside" .schema=${schema} .value=${{}}></fp-form>
      </fp-provider>
    </div>`);
    expect(await submitTexts(root, 'inside', 'outside')).to.deep.equal(['Nộp cho quận', 'Gửi báo cáo']);
    const inside = root.querySelector<FpForm>('#inside')!;

    const provider = root.querySelector<FpProvider>('fp-provider')!;
    provider.lang = 'en';
    await until(() => submitText(inside) === 'Send to the district');
    provider.strings = undefined;
    await until(() => submitText(inside) === 'Submit report');
  });

  it('wins over registerStrings(), which applies everywhere else', async () => {
    registerStrings('vi', 'ui', { submit: 'Gửi đi' });
    try {
      const root = await fixture<HTMLDivElement>(html`<div>
        <fp-provider .registry=${testRegistry()} .strings=${{ vi: { ui: { submit: 'Nộp' } } }}><fp-form id="a" .schema=${schema}></fp-form></fp-provider>
        <fp-provider .registry=${testRegistry()}><fp-form id="b" .schema=${schema}></fp-form></fp-provider>
      </div>`);
      expect(await submitTexts(root, 'a', 'b')).to.deep.equal(['Nộp', 'Gửi đi']);
    } finally {
      registerStrings('vi', 'ui', { submit: 'Gửi báo cáo' });
    }
  });

  it('reaches every element inside the provider, not only <fp-form>', async () => {
    const strings = { vi: { calendar: { noPack: 'Chưa có kế hoạch năm nay.' }, aggregate: { noPack: 'Chưa có số liệu tổng hợp.' } } };
    const root = await fixture<HTMLDivElement>(html`<div>
      <fp-provider .strings=${strings} lang="vi"><fp-calendar id="c1"></fp-calendar><fp-aggregate id="a1"></fp-aggregate></fp-provider>
      <fp-provider lang="vi"><fp-calendar id="c2"></fp-calendar></fp-provider>
    </div>`);
    const text = (id: string) => root.querySelector(`#${id}`)!.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    await until(() => text('c1') !== '' && text('a1') !== '' && text('c2') !== '');
    expect(text('c1')).to.contain('Chưa có kế hoạch năm nay.');
    expect(text('a1')).to.contain('Chưa có số liệu tổng hợp.');
    expect(text('c2')).to.contain('Chưa có bộ biểu mẫu để hiển thị.');
  });
});
