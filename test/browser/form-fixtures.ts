// Shared fixtures of the <fp-form> browser tests: a renderer registry, a small pack, typing helpers.
import type { PackSource } from '@formplan/core';
import '../../packages/elements/src/renderers/number/number-renderer.js';
import '../../packages/elements/src/renderers/text/text-renderer.js';
import '../../packages/elements/src/renderers/object/object-renderer.js';
import { numberTester } from '../../packages/elements/src/renderers/number/number-renderer.component.js';
import { textTester } from '../../packages/elements/src/renderers/text/text-renderer.component.js';
import { objectTester } from '../../packages/elements/src/renderers/object/object-renderer.component.js';
import { RendererRegistry } from '../../packages/elements/src/renderers/registry.js';
import { deepQuery, pointerSelector } from '../../packages/elements/src/components/form/deep-query.js';
import type { FpForm } from '../../packages/elements/src/components/form/form.component.js';

/** The renderers these tests use (number, text, object). */
export function testRegistry(): RendererRegistry {
  return new RendererRegistry([
    { tester: numberTester, tagName: 'fp-number-renderer' },
    { tester: textTester, tagName: 'fp-text-renderer' },
    { tester: objectTester, tagName: 'fp-object-renderer' },
  ]);
}

const prov = { status: 'proposed', note: 'test' } as const;

/** A small pack: one district, two wards, one period, one form with a header. */
export function testPack(extra: { label?: string } = {}): PackSource {
  return {
    manifest: {
      id: 'thu-2018', year: 2018, version: '1.0.0', title: { vi: 'Gói thử', en: 'Test pack' },
      issuer: { vi: 'UBND quận Thử' }, district: 'D1', document: { number: null, date: null }, locale: 'vi', provenance: prov,
    },
    orgUnits: [
      { code: 'D1', name: 'Quận Tây Hồ', level: 'district', provenance: prov },
      { code: 'W1', name: 'Phường Phú Thượng', level: 'ward', parent: 'D1', provenance: prov },
      { code: 'W2', name: 'Phường Nhật Tân', level: 'ward', parent: 'D1', provenance: prov },
    ],
    agencies: [],
    categorySets: [],
    criteriaSets: [],
    calendar: {
      periodKinds: [{ code: 'H1', label: { vi: '6 tháng', en: 'Six months' } }],
      graceDays: 15,
      periods: [{
        id: '2018-H1', kind: 'H1', label: { vi: '6 tháng đầu năm 2018', en: 'First half of 2018' },
        coverage: { from: '2018-01-01', to: '2018-06-30' }, due: '2018-06-15', provenance: prov,
      }],
    },
    plan: {
      title: { vi: 'Kế hoạch' }, purpose: [], targets: [], contentItems: [], assignments: [], recipients: [],
      signer: { on_behalf: '', capacity: '', title: '', name: '' }, provenance: prov,
    },
    forms: [{
      'x-fp-id': 'bieu-thu',
      'x-fp-label': { vi: 'Biểu thử: Trẻ em', en: 'Test form: Children' },
      'x-fp-period-kinds': ['H1'],
      'x-fp-provenance': prov,
      type: 'object',
      required: ['so_tre_em'],
      properties: {
        so_tre_em: { type: 'integer', minimum: 0, 'x-fp-label': { vi: extra.label ?? 'Số trẻ em', en: 'Children' } },
        ghi_chu: { type: 'string', maxLength: 500, 'x-fp-label': { vi: 'Ghi chú', en: 'Notes' } },
      },
    }],
  } as unknown as PackSource;
}

/** The input showing the value at `pointer` inside the form (through shadow roots). */
export function inputAt(form: FpForm, pointer: string): HTMLInputElement {
  const el = deepQuery<HTMLInputElement>(form.shadowRoot!, pointerSelector(pointer));
  if (!el) throw new Error(`no input for ${pointer}`);
  return el;
}

/** Types `text` into the input of `pointer` the way a user does (value, then input and change events). */
export function typeInto(form: FpForm, pointer: string, text: string): void {
  const input = inputAt(form, pointer);
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Waits until `check()` is true (polling every 10 ms, failing after `ms`). */
export async function until(check: () => boolean, ms = 3000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Waits until the form renders the input of `pointer` (a big pack form takes a while). */
export function untilInput(form: FpForm, pointer: string, ms = 15000): Promise<void> {
  return until(() => {
    try {
      return !!inputAt(form, pointer);
    } catch {
      return false;
    }
  }, ms);
}

/** All text of the form's shadow root and the renderers' shadow roots below it. */
export function deepText(root: Node): string {
  let out = '';
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    for (const c of Array.from(n.childNodes)) walk(c);
  };
  walk(root);
  return out.replace(/\s+/g, ' ');
}
