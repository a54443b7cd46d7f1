// <fp-number-renderer>: integers and numbers, read the Vietnamese way (1.234 = one thousand two hundred thirty-four).
import type { Meta } from '@storybook/web-components-vite';
import '../packages/elements/src/renderers/number/number-renderer.js';
import { controlArgsMeta, controlRender } from './support/control-story.js';
import type { ControlArgs, ControlStoryObj } from './support/control-story.js';

const meta: Meta<ControlArgs<number>> = { title: 'Renderers/Number', ...controlArgsMeta('number') };
export default meta;

const count = {
  type: 'integer',
  minimum: 0,
  'x-fp-unit': 'person',
  'x-fp-label': { vi: 'Số trẻ em có hoàn cảnh đặc biệt', en: 'Children in special circumstances' },
  'x-fp-help': { vi: 'Tính đến ngày chốt số liệu', en: 'As of the data cut-off date' },
};

const render = controlRender<number>('fp-number-renderer', count);

/** An empty count: missing, not zero. */
export const Empty: ControlStoryObj<number> = { render };

/** A large count shown with Vietnamese grouping. */
export const WithValue: ControlStoryObj<number> = { args: { value: 12345 }, render };

/** A negative count, touched, so its error shows with aria-invalid. */
export const Invalid: ControlStoryObj<number> = {
  args: { value: -3, required: true },
  render: controlRender<number>('fp-number-renderer', count, { touched: true }),
};

/** Read-only: the value shows but cannot change. */
export const ReadOnly: ControlStoryObj<number> = { args: { value: 42, readonly: true }, render };

/** A decimal with bounds (a percentage). */
export const Percent: ControlStoryObj<number> = {
  args: { value: 87.5 },
  render: controlRender<number>('fp-number-renderer', {
    type: 'number', minimum: 0, maximum: 100, 'x-fp-unit': 'percent',
    'x-fp-label': { vi: 'Tỷ lệ trẻ em được tiêm chủng', en: 'Share of children vaccinated' },
  }),
};
