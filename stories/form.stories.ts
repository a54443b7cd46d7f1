// <fp-form> in schema mode: any JSON Schema given as a property, rendered with the built-in
// renderers, validated live, submitted with fp-submit (no store).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SchemaNode } from '@formplan/core';
import '../packages/elements/src/components/form/form.js';
import { storyLang } from './support/lang.js';
import './support/story-registry.js';

const meta: Meta = { title: 'Elements/fp-form (schema mode)', component: 'fp-form' };
export default meta;

type Story = StoryObj;

const schema: SchemaNode = {
  $id: 'urn:formplan:story:schema-mode',
  type: 'object',
  'x-fp-label': { vi: 'Phiếu ghi nhận trường hợp trẻ em cần hỗ trợ', en: 'Record of a child needing support' },
  required: ['ho_ten', 'ngay_ghi_nhan', 'tuoi'],
  'x-fp-order': ['ho_ten', 'tuoi', 'gioi_tinh', 'ngay_ghi_nhan', 'da_tro_giup', 'so_luot', 'ghi_chu'],
  properties: {
    ho_ten: { type: 'string', maxLength: 100, 'x-fp-label': { vi: 'Họ và tên trẻ', en: "Child's full name" } },
    tuoi: { type: 'integer', minimum: 0, maximum: 17, 'x-fp-label': { vi: 'Tuổi', en: 'Age' } },
    gioi_tinh: { type: 'string', enum: ['nam', 'nu'], 'x-fp-widget': 'radio', 'x-fp-label': { vi: 'Giới tính', en: 'Sex' } },
    ngay_ghi_nhan: { type: 'string', format: 'date', 'x-fp-label': { vi: 'Ngày ghi nhận', en: 'Date recorded' } },
    da_tro_giup: { type: 'boolean', 'x-fp-label': { vi: 'Đã được trợ giúp', en: 'Supported' } },
    so_luot: {
      type: 'integer', minimum: 0, 'x-fp-visible-if': 'da_tro_giup == true',
      'x-fp-label': { vi: 'Số lượt trợ giúp', en: 'Times supported' },
    },
    ghi_chu: { type: 'string', maxLength: 1000, 'x-fp-widget': 'textarea', 'x-fp-label': { vi: 'Ghi chú', en: 'Notes' } },
  },
};

function log(e: Event): void {
  const detail = (e as CustomEvent).detail;
  console.info(e.type, detail);
  const out = (e.currentTarget as HTMLElement).parentElement?.querySelector('output');
  if (out) out.textContent = `${e.type}: ${JSON.stringify(detail?.value ?? detail?.errors?.length ?? '')}`;
}

/** An empty form: fill it in, then submit (errors show in a summary first). */
export const Empty: Story = {
  render: (_a, { globals }) => html`<fp-form .schema=${schema} lang=${storyLang({}, globals)} @fp-submit=${log} @fp-invalid=${log}></fp-form>
    <output aria-live="polite"></output>`,
};

/** Started with a value. */
export const WithValue: Story = {
  render: (_a, { globals }) => html`<fp-form .schema=${schema} .value=${{ ho_ten: 'Nguyễn Văn An', tuoi: 9, gioi_tinh: 'nam', da_tro_giup: true, so_luot: 2 }}
    lang=${storyLang({}, globals)} @fp-submit=${log} @fp-invalid=${log}></fp-form><output aria-live="polite"></output>`,
};

/** Read-only: no submit button. */
export const ReadOnly: Story = {
  render: (_a, { globals }) => html`<fp-form readonly .schema=${schema} .value=${{ ho_ten: 'Trần Thị Bình', tuoi: 12 }} lang=${storyLang({}, globals)}></fp-form>`,
};
