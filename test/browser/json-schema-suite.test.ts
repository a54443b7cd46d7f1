// The official JSON Schema Test Suite (draft 2020-12, vendored in test/fixtures/json-schema-test-suite)
// through <fp-form> schema mode with its default CSP-safe validator: for every case ajv (2020,
// non-strict) gets right, validate() gets right. One element is reused; each file is one batch.
// A case whose data the form model changes on the way in (text to NFC; the keys `constructor`,
// `prototype`, `__proto__` dropped against prototype pollution: core/common/safe-keys.ts) is not
// about the validator and is counted apart (test/unit/json-schema-suite.test.ts judges them in node).
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/components/form/form.js';
import type { FpForm } from '../../packages/elements/src/components/form/form.component.js';
import { ajvVerdicts, leftOut, SUITE_FILES, type SuiteGroup } from '../suites/json-schema-suite.js';

describe('JSON Schema Test Suite 2020-12 through <fp-form>', () => {
  it('validate() is right wherever ajv is right', async () => {
    const form = await fixture<FpForm>(html`<fp-form></fp-form>`);
    let cases = 0;
    let ajvRight = 0;
    let ours = 0;
    let changedOnTheWayIn = 0;
    const wrong: string[] = [];
    for (const file of SUITE_FILES) {
      const groups = (await (await fetch(`/test/fixtures/json-schema-test-suite/${file}`)).json()) as SuiteGroup[];
      for (const group of groups) {
        if (leftOut(group) || typeof group.schema === 'boolean') continue;
        const ajv = ajvVerdicts(group);
        form.schema = group.schema;
        group.tests.forEach((t, i) => {
          form.value = t.data;
          if (JSON.stringify(form.value) !== JSON.stringify(t.data)) return void changedOnTheWayIn++;
          cases++;
          const verdict = form.validate().every((e) => e.severity !== 'error');
          if (verdict === t.valid) ours++;
          if (ajv[i] !== t.valid) return;
          ajvRight++;
          if (verdict !== t.valid) wrong.push(`${file} › ${group.description} › ${t.description}`);
        });
      }
      await form.updateComplete;
    }
    console.log(`JSON Schema Test Suite 2020-12 through <fp-form>: ${cases} cases, ajv right ${ajvRight}, formplan right ${ours}`
      + ` (${changedOnTheWayIn} more whose data the model normalises on the way in)`);
    expect(wrong).to.deep.equal([]);
    expect(cases).to.be.greaterThan(1000);
  });
});
