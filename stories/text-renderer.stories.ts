// <fp-text-renderer>: short text, normalised to NFC.
import type { Meta } from '@storybook/web-components-vite';
import '../packages/elements/src/renderers/text/text-renderer.js';
import { controlArgsMeta, controlRender } from './support/control-story.js';
import type { ControlArgs, ControlStoryObj } from './support/control-story.js';

const meta: Meta<ControlArgs<string>> = { title: 'Renderers/Text', ...controlArgsMeta('text') };
export default meta;

const name = {
  type: 'string',
  maxLength: 80,
  'x-fp-label': { vi: 'Người lập biểu', en: 'Prepared by' },
  'x-fp-help': { vi: 'Họ và tên đầy đủ', en: 'Full name' },
};

const render = controlRender<string>('fp-text-renderer', name);

/** Empty and required. */
export const Required: ControlStoryObj<string> = { args: { required: true }, render };

/** With a Vietnamese name. */
export const WithValue: ControlStoryObj<string> = { args: { value: 'Nguyễn Thị Hương' }, render };

/** Too long: the error shows once touched. */
export const TooLong: ControlStoryObj<string> = {
  args: { value: 'Một tên rất dài '.repeat(8) },
  render: controlRender<string>('fp-text-renderer', name, { touched: true }),
};

/** Read-only. */
export const ReadOnly: ControlStoryObj<string> = { args: { value: 'Trần Văn Nam', readonly: true }, render };
