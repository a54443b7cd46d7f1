// The district elements over the real Tây Hồ 2018 pack and a MemoryStore: the reporting
// calendar, district totals, the child-friendly self-assessment and the plan.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/components/calendar/calendar.js';
import '../packages/elements/src/components/aggregate/aggregate.js';
import '../packages/elements/src/components/assessment/assessment.js';
import '../packages/elements/src/components/plan/plan.js';
import { storyLang } from './support/lang.js';
import { PHU_THUONG, tayHoPack, tayHoStore } from './support/tay-ho-pack.js';

const meta: Meta = {
  title: 'Elements/District',
  loaders: [async () => ({ store: await tayHoStore() })],
};
export default meta;

type Story = StoryObj;

/** fp-calendar: a ward's forms × periods, on 16 May 2018. */
export const CalendarWard: Story = {
  render: (_a, { loaded, globals }) => html`<fp-calendar .pack=${tayHoPack()} .store=${loaded.store} ward=${PHU_THUONG} today="2018-05-16" lang=${storyLang({}, globals)}></fp-calendar>`,
};

/** fp-calendar: every ward's forms for the six-month period. */
export const CalendarDistrict: Story = {
  render: (_a, { loaded, globals }) => html`<fp-calendar .pack=${tayHoPack()} .store=${loaded.store} period="2018-H1" today="2018-07-02" lang=${storyLang({}, globals)}></fp-calendar>`,
};

/** fp-aggregate: district totals of Biểu 02 for the six months (no ward has reported yet). */
export const AggregateBieu02: Story = {
  render: (_a, { loaded, globals }) => html`<fp-aggregate .pack=${tayHoPack()} .store=${loaded.store} form="bieu-02" period="2018-H1" lang=${storyLang({}, globals)}></fp-aggregate>`,
};

/** fp-assessment: Phú Thượng's self-assessment against QĐ 34/2014. */
export const Assessment: Story = {
  render: (_a, { loaded, globals }) => html`<fp-assessment .pack=${tayHoPack()} .store=${loaded.store} criteria-set="qd-34-2014" ward=${PHU_THUONG} year="2018" lang=${storyLang({}, globals)}></fp-assessment>`,
};

/** fp-plan: the 2018 plan as the signed document. */
export const PlanDocument: Story = {
  render: (_a, { loaded, globals }) => html`<fp-plan .pack=${tayHoPack()} .store=${loaded.store} view="document" lang=${storyLang({}, globals)}></fp-plan>`,
};

/** fp-plan: the same plan as a task tracker per agency. */
export const PlanTracker: Story = {
  render: (_a, { loaded, globals }) => html`<fp-plan .pack=${tayHoPack()} .store=${loaded.store} view="tracker" lang=${storyLang({}, globals)}></fp-plan>`,
};
