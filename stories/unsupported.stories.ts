// <fp-unsupported>: the visible notice shown where no renderer applies.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/renderers/unsupported/unsupported.js';
import { storyLang } from './support/lang.js';

interface Args {
  pointer: string;
}

const meta: Meta<Args> = {
  title: 'Elements/fp-unsupported', component: 'fp-unsupported',
  args: { pointer: '/so_lieu/HCDB_01/ghi_chu' },
};
export default meta;

/** The notice names the path of the node it stands in for. */
export const Notice: StoryObj<Args> = {
  render: (a, { globals }) => html`<fp-unsupported pointer=${a.pointer} lang=${storyLang({}, globals)}></fp-unsupported>`,
};
