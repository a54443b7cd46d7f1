// The JSON Schema Test Suite (2020-12) through the CSP-safe InterpretingValidator in node: every
// case ajv (2020, non-strict) gets right, the interpreter gets right too. The same check runs
// through <fp-form> in chromium (test/browser/json-schema-suite.test.ts).
import { readFileSync } from 'node:fs';
import { InterpretingValidator } from '@formplan/core';
import { describe, expect, it } from 'vitest';
import { ajvVerdicts, leftOut, SUITE_FILES, type SuiteGroup } from '../suites/json-schema-suite.js';

const dir = new URL('../fixtures/json-schema-test-suite/', import.meta.url);

describe('JSON Schema Test Suite 2020-12 (node)', () => {
  it('the interpreter is right wherever ajv is right', () => {
    let cases = 0;
    let ajvRight = 0;
    let ours = 0;
    const wrong: string[] = [];
    for (const file of SUITE_FILES) {
      const groups = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as SuiteGroup[];
      for (const group of groups) {
        if (leftOut(group) || typeof group.schema === 'boolean') continue;
        const schema = group.schema;
        const v = new InterpretingValidator();
        const prepared = v.prepare(schema);
        const ajv = ajvVerdicts(group);
        group.tests.forEach((t, i) => {
          cases++;
          const verdict = prepared.ok ? v.validate(schema, t.data).length === 0 : false;
          if (verdict === t.valid) ours++;
          if (ajv[i] !== t.valid) return;
          ajvRight++;
          if (verdict !== t.valid) wrong.push(`${file} › ${group.description} › ${t.description}`);
        });
      }
    }
    console.log(`JSON Schema Test Suite 2020-12: ${cases} cases, ajv right ${ajvRight}, formplan right ${ours}`);
    expect(wrong).toEqual([]);
    expect(cases).toBeGreaterThan(1000);
  });
});
