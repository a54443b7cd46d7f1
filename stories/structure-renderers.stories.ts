// The structural renderers: object (a group of fields), array (repeatable rows) and the matrix
// table, the last from the real Biểu 02 of the Tây Hồ 2018 pack.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { SchemaNode } from '@formplan/core';
import { controlStory } from './support/control-story.js';
import { storyLang } from './support/lang.js';
import { storyRegistry } from './support/story-registry.js';
import { packFormNode } from './support/tay-ho-pack.js';

const meta: Meta = { title: 'Renderers/Structures' };
export default meta;

type Story = StoryObj;

const group: SchemaNode = {
  type: 'object',
  'x-fp-label': { vi: 'Thông tin biểu', en: 'Report details' },
  required: ['nguoi_lap'],
  properties: {
    nguoi_lap: { type: 'string', 'x-fp-label': { vi: 'Người lập biểu', en: 'Prepared by' } },
    so_tre_em: { type: 'integer', minimum: 0, 'x-fp-label': { vi: 'Số trẻ em', en: 'Children' } },
    co_ke_hoach: { type: 'boolean', 'x-fp-label': { vi: 'Đã ban hành kế hoạch', en: 'Plan issued' } },
  },
};

/** fp-object-renderer: a labelled group choosing a renderer per property. */
export const ObjectGroup: Story = {
  render: (_a, { globals }) => controlStory({ tagName: 'fp-object-renderer', schema: group, value: { so_tre_em: 15 }, lang: storyLang({}, globals), props: { registry: storyRegistry() } }),
};

/** fp-array-renderer: repeatable simple items. */
export const ArrayOfText: Story = {
  render: (_a, { globals }) => controlStory({
    tagName: 'fp-array-renderer',
    schema: { type: 'array', maxItems: 10, items: { type: 'string', 'x-fp-label': { vi: 'Hoạt động', en: 'Activity' } }, 'x-fp-label': { vi: 'Các hoạt động đã làm', en: 'Activities done' } },
    value: ['Tháng hành động vì trẻ em', 'Diễn đàn trẻ em phường'],
    lang: storyLang({}, globals),
    props: { registry: storyRegistry() },
  }),
};

/** fp-matrix-renderer: Biểu 02's table of children in special circumstances (rows with sub-rows, computed totals, column totals). */
export const MatrixBieu02: Story = {
  render: (_a, { globals }) => controlStory({
    tagName: 'fp-matrix-renderer',
    schema: packFormNode('bieu-02', 'so_lieu'),
    value: { HCDB_01: { duoi_6__nam: 1, duoi_6__nu: 2 }, HCDB_02: { tu_6_duoi_11__nam: 3 } },
    lang: storyLang({}, globals),
    props: { registry: storyRegistry() },
  }),
};
