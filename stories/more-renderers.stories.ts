// The scalar renderers not covered elsewhere: textarea, date, enum (select and radio), boolean
// and computed. One story group per renderer, each mounted over a real FormModel.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { SchemaNode } from '@formplan/core';
import { controlStory } from './support/control-story.js';
import { storyLang } from './support/lang.js';
import './support/story-registry.js';

const meta: Meta = { title: 'Renderers/Scalars' };
export default meta;

type Story = StoryObj;

const mount = (tagName: string, schema: SchemaNode, value?: unknown, extra: { touched?: boolean; required?: boolean } = {}): Story => ({
  render: (_a, { globals }) => controlStory({ tagName, schema, value, lang: storyLang({}, globals), ...extra }),
});

/** fp-textarea-renderer: long text (x-fp-widget textarea). */
export const Textarea = mount('fp-textarea-renderer', {
  type: 'string', maxLength: 2000, 'x-fp-widget': 'textarea',
  'x-fp-label': { vi: 'Đánh giá chung', en: 'Overall assessment' },
  'x-fp-help': { vi: 'Nêu kết quả, tồn tại và nguyên nhân', en: 'Results, shortcomings and causes' },
}, 'Các phường đã triển khai đầy đủ kế hoạch.');

/** fp-date-renderer: an ISO date (format date). */
export const DateValue = mount('fp-date-renderer', {
  type: 'string', format: 'date', 'x-fp-label': { vi: 'Ngày chốt số liệu', en: 'Data cut-off date' },
}, '2018-06-15', { required: true });

/** fp-date-renderer with a value that is not a date, touched. */
export const DateInvalid = mount('fp-date-renderer', {
  type: 'string', format: 'date', 'x-fp-label': { vi: 'Ngày chốt số liệu', en: 'Data cut-off date' },
}, '2018-13-40', { touched: true });

const sex = {
  type: 'string', enum: ['nam', 'nu'],
  'x-fp-label': { vi: 'Giới tính', en: 'Sex' },
};

/** fp-enum-renderer as a select. */
export const EnumSelect = mount('fp-enum-renderer', { ...sex, 'x-fp-widget': 'select' }, 'nu');

/** fp-enum-renderer as radio buttons. */
export const EnumRadio = mount('fp-enum-renderer', { ...sex, 'x-fp-widget': 'radio' });

/** fp-boolean-renderer: a yes/no question. */
export const YesNo = mount('fp-boolean-renderer', {
  type: 'boolean', 'x-fp-label': { vi: 'Phường có điểm tư vấn trẻ em', en: 'The ward has a child counselling point' },
}, true);

/** fp-computed-renderer: a read-only computed value (incomplete while parts are missing). */
export const Computed: Story = {
  render: (_a, { globals }) => controlStory({
    tagName: 'fp-computed-renderer',
    schema: { type: 'integer', readOnly: true, 'x-fp-computed': 'sum(12, 30)', 'x-fp-label': { vi: 'Tổng số', en: 'Total' } },
    lang: storyLang({}, globals),
  }),
};
