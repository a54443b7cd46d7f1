/**
 * `@formplan/elements/jsx` (FormplanIntrinsicElements) types each public element's JSX props:
 * checked by tsc here (wrong prop types must be refused), and kept in step with
 * custom-elements.json (every attribute, as its property or its dashed name, and every event).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FormplanIntrinsicElements } from '@formplan/elements/jsx';
import type { SchemaNode } from '@formplan/core';

const PUBLIC = ['fp-provider', 'fp-form', 'fp-calendar', 'fp-aggregate', 'fp-plan', 'fp-assessment', 'fp-schema-editor', 'fp-rollover'];

interface Manifest { modules: { declarations?: { tagName?: string; attributes?: { name: string; fieldName?: string }[]; events?: { name: string }[] }[] }[] }

describe('FormplanIntrinsicElements', () => {
  it('types properties, dashed attributes and on<event> handlers', () => {
    const schema: SchemaNode = { type: 'object', properties: { n: { type: 'integer' } } };
    const seen: string[] = [];
    const form: FormplanIntrinsicElements['fp-form'] = {
      schema, value: { n: 1 }, lang: 'vi', 'pack-version': '1.0.0',
      'onfp-change': (e) => seen.push(e.detail.path),
      'onfp-submit': (e) => seen.push(typeof e.detail.value),
    };
    const provider: FormplanIntrinsicElements['fp-provider'] = { 'pack-src': '/packs/p.json', validatorsSrc: '/packs/v.js', children: [] };
    // @ts-expect-error a schema is an object, not text
    const wrongSchema: FormplanIntrinsicElements['fp-form'] = { schema: 'x' };
    // @ts-expect-error fp-form sends no fp-open
    const wrongEvent: FormplanIntrinsicElements['fp-form'] = { 'onfp-open': () => undefined };
    form['onfp-change']?.(new CustomEvent('fp-change', { detail: { path: '/n', value: 2, isTriggeredByUser: true } }));
    expect(seen).toEqual(['/n']);
    expect([provider['pack-src'], wrongSchema, wrongEvent].length).toBe(3);
  });

  const source = readFileSync(new URL('../../packages/elements/src/jsx.ts', import.meta.url), 'utf8');
  const manifest = JSON.parse(readFileSync(new URL('../../packages/elements/custom-elements.json', import.meta.url), 'utf8')) as Manifest;
  for (const tag of PUBLIC) {
    it(`<${tag}>: every attribute and event of custom-elements.json`, () => {
      const line = new RegExp(`'${tag}': FpJsxProps<[^;]*>;`).exec(source)?.[0] ?? '';
      expect(line, `${tag} in FormplanIntrinsicElements`).not.toBe('');
      const quoted = new Set([...line.matchAll(/'([^']+)'/g)].map((m) => m[1]));
      const d = manifest.modules.flatMap((m) => m.declarations ?? []).find((x) => x.tagName === tag);
      for (const a of d?.attributes ?? []) {
        expect(quoted.has(a.fieldName ?? a.name) && (!a.name.includes('-') || quoted.has(a.name)), `${tag} ${a.name}`).toBe(true);
      }
      for (const e of d?.events ?? []) expect(quoted.has(e.name), `${tag} ${e.name}`).toBe(true);
    });
  }
});
