/** The tabs of `<fp-schema-editor>` and which tab shows the problems of each area of the pack. */
import type { PackProblem } from '@formplan/core';

export type TabId = 'forms' | 'categorySets' | 'criteria' | 'calendar' | 'orgUnits' | 'agencies' | 'plan' | 'problems';

/** The tabs in order, with the key of their name in the `editor` catalogue. */
export const TABS = [
  { id: 'forms', key: 'tab.forms' },
  { id: 'categorySets', key: 'tab.categorySets' },
  { id: 'criteria', key: 'tab.criteria' },
  { id: 'calendar', key: 'tab.calendar' },
  { id: 'orgUnits', key: 'tab.orgUnits' },
  { id: 'agencies', key: 'tab.agencies' },
  { id: 'plan', key: 'tab.plan' },
  { id: 'problems', key: 'tab.problems' },
] as const satisfies readonly { id: TabId; key: string }[];

/** The tab where the places of an area's problems are edited (the manifest is edited with the plan). */
export function areaTab(area: PackProblem['area']): TabId {
  return area === 'manifest' ? 'plan' : area;
}
