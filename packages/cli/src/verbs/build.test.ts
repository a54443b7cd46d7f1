import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AjvValidator, FormModelBase, PrecompiledValidator, isValidatorsModule, parseExpression, resolvePack, schemaHash } from '@formplan/core';
import type { PackSource, ResolvedForm, ValidatorsModule } from '@formplan/core';
import { capture, TAY_HO } from '../capture.test-helper.js';
import { CODE_GENERATION, type BuildManifest } from './build.js';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Data that fills every required property of `schema` with a plain value of its type. */
function sample(schema: unknown): unknown {
  if (!isNode(schema)) return null;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'object' || isNode(schema.properties)) {
    const props = isNode(schema.properties) ? schema.properties : {};
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    return Object.fromEntries(required.map((k) => [k, sample(props[k])]));
  }
  if (type === 'array') return [];
  if (type === 'integer' || type === 'number') return typeof schema.minimum === 'number' ? schema.minimum + 1 : 1;
  if (type === 'boolean') return true;
  if (schema.format === 'date') return '2018-06-30';
  return 'Nguyễn Thị Lan';
}

/** The pointer of the first count (an integer with minimum 0) under `schema`, or undefined. */
function firstCount(schema: unknown, at = ''): string | undefined {
  if (!isNode(schema)) return undefined;
  if (schema.type === 'integer' && schema.minimum === 0) return at;
  if (!isNode(schema.properties)) return undefined;
  for (const [k, child] of Object.entries(schema.properties)) {
    const found = firstCount(child, `${at}/${k}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** `value` with `leaf` set at `pointer` (creating objects on the way). */
function withLeaf(value: unknown, pointer: string, leaf: unknown): unknown {
  const copy = structuredClone(value) as Node;
  const keys = pointer.split('/').slice(1);
  let here = copy;
  for (const k of keys.slice(0, -1)) here = (here[k] = isNode(here[k]) ? here[k] : {}) as Node;
  here[keys[keys.length - 1]] = leaf;
  return copy;
}

let out: string;
let manifest: BuildManifest;
let mod: ValidatorsModule;
let source: string;
let forms: ResolvedForm[];

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'fp-build-'));
  const r = await capture(['build', TAY_HO, '--out', out, '--lang', 'en']);
  if (r.code !== 0) throw new Error(r.err);
  manifest = JSON.parse(await readFile(join(out, 'tay-ho-2018-1.0.0.manifest.json'), 'utf8')) as BuildManifest;
  source = await readFile(join(out, manifest.validatorsFile), 'utf8');
  const imported = (await import(pathToFileURL(join(out, manifest.validatorsFile)).href)) as { default: unknown };
  if (!isValidatorsModule(imported.default)) throw new Error('not a validators module');
  mod = imported.default;
  const pack = JSON.parse(await readFile(join(out, manifest.packFile), 'utf8')) as PackSource;
  forms = resolvePack(pack);
}, 120_000);
afterAll(async () => { await rm(out, { recursive: true, force: true }); });

describe('formplan build', () => {
  it('writes the pack JSON, a validators module and a manifest naming both, with every form\'s hash', () => {
    expect(manifest).toMatchObject({ format: 1, pack: { id: 'tay-ho-2018', version: '1.0.0' }, packFile: 'tay-ho-2018-1.0.0.pack.json', validatorsFile: 'tay-ho-2018-1.0.0.validators.js' });
    expect(Object.keys(manifest.forms)).toEqual(forms.map((f) => f.id));
    for (const form of forms) {
      expect(manifest.forms[form.id]).toBe(schemaHash(form.schema));
      expect(mod.forms[form.id].hash).toBe(schemaHash(form.schema));
    }
    expect(mod.pack).toEqual({ id: 'tay-ho-2018', version: '1.0.0' });
  });

  it('writes a module that imports nothing and generates no code (CSP script-src \'self\')', () => {
    // (ajv's runtime pieces keep their `require(…)` as a string, the code they were emitted from)
    const loads = source.match(/^\s*import\s|(?:^|[^'"\w.])(?:import|require)\(/gm) ?? [];
    expect(loads).toEqual([]);
    expect(CODE_GENERATION.exec(source)?.[0]).toBeUndefined();
  });

  it('judges every form as AjvValidator does: valid data, a negative count, a wrong type, a missing required field', () => {
    const ajv = new AjvValidator();
    const warned: string[] = [];
    const pre = new PrecompiledValidator(mod, { warn: (m) => warned.push(m) });
    let invalidCases = 0;
    for (const form of forms) {
      const valid = sample(form.schema);
      const count = firstCount(form.schema);
      const required = (form.schema.required as string[] | undefined) ?? [];
      const cases: unknown[] = [valid, 'not an object', null];
      if (count) cases.push(withLeaf(valid, count, -1), withLeaf(valid, count, 'mười'), withLeaf(valid, count, 1.5));
      if (required.length > 0) cases.push(Object.fromEntries(Object.entries(valid as Node).filter(([k]) => k !== required[0])));
      expect(pre.has(form.schema), form.id).toBe(true);
      expect(ajv.validate(form.schema, valid), `${form.id} sample`).toEqual([]);
      for (const data of cases) {
        const expected = ajv.validate(form.schema, data);
        if (expected.length > 0) invalidCases++;
        expect(pre.validate(form.schema, data), `${form.id} ${JSON.stringify(data).slice(0, 80)}`).toEqual(expected);
      }
    }
    expect(invalidCases).toBeGreaterThan(forms.length * 3);
    expect(warned).toEqual([]);
  });

  it('carries every form expression parsed, so a ward page builds its models without the parser', () => {
    const trees = mod.expressions ?? {};
    let expressions = 0;
    for (const form of forms) {
      // a model that may not parse: every expression must come from the module's trees
      const model = new FormModelBase({ schema: form.schema, validator: new AjvValidator(), parse: (text) => {
        expressions++;
        const expr = Object.hasOwn(trees, text) ? trees[text] : undefined;
        return expr ? { ok: true, expr } : { ok: false, error: { message: { vi: `thiếu ${text}`, en: `missing ${text}` } } };
      } });
      expect(model.plan.problems, form.id).toEqual([]);
    }
    expect(expressions).toBeGreaterThan(0);
    for (const [text, expr] of Object.entries(trees)) expect(expr, text).toEqual((parseExpression(text) as { expr: unknown }).expr);
  });

  it('says a negative count in Vietnamese, as pack mode does', () => {
    const form = forms.find((f) => f.id === 'bieu-02');
    if (!form) throw new Error('no bieu-02');
    const count = firstCount(form.schema);
    if (!count) throw new Error('no count in bieu-02');
    const errors = new PrecompiledValidator(mod).validate(form.schema, withLeaf(sample(form.schema), count, -3));
    expect(errors).toEqual([expect.objectContaining({ pointer: count, keyword: 'minimum', message: { vi: 'Phải là số không âm', en: 'Must not be negative' } })]);
  });

  it('refuses a pack that does not load, and needs --out', async () => {
    const bad = await capture(['build', join(out, 'missing'), '--out', out]);
    expect(bad.code).toBe(1);
    expect((await capture(['build', TAY_HO])).code).toBe(2);
  });
});
