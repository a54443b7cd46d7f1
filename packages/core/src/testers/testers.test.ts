import { describe, expect, it } from 'vitest';
import {
  NOT_APPLICABLE, and, formatIs, hasKeyword, isEnum, not, optionIs, or, pickRenderer, rankWith, schemaType,
  schemaTypeIs, withIncreasedRank,
} from './testers.js';

const ctx = { rootSchema: {}, pointer: '/x' };

describe('testers', () => {
  it.each([
    [{ type: 'integer' }, 'integer'],
    [{ type: ['string', 'null'] }, 'string'],
    [{ type: ['string', 'integer'] }, undefined],
    [{ enum: ['a'] }, 'enum'],
    [{ properties: {} }, 'object'],
    [{}, undefined],
  ])('schemaType(%j) is %s', (node, type) => {
    expect(schemaType(node)).toBe(type);
  });

  it.each([
    ['schemaTypeIs', schemaTypeIs('integer', 'number'), { type: 'number' }, true],
    ['schemaTypeIs miss', schemaTypeIs('integer'), { type: 'string' }, false],
    ['formatIs', formatIs('date'), { type: 'string', format: 'date' }, true],
    ['optionIs', optionIs('radio'), { 'x-fp-widget': 'radio' }, true],
    ['hasKeyword', hasKeyword('x-fp-matrix'), { 'x-fp-matrix': {} }, true],
    ['hasKeyword inherited', hasKeyword('toString'), {}, false],
    ['isEnum', isEnum, { enum: [1] }, true],
    ['isEnum oneOf const', isEnum, { oneOf: [{ const: 1 }, { const: 2 }] }, true],
    ['and', and(schemaTypeIs('string'), formatIs('date')), { type: 'string' }, false],
    ['or', or(schemaTypeIs('string'), formatIs('date')), { type: 'string' }, true],
    ['not', not(schemaTypeIs('string')), { type: 'string' }, false],
  ])('%s', (_name, tester, node, expected) => {
    expect(tester(node, ctx)).toBe(expected);
  });

  it('ranks and picks the best entry; later entries win ties; none applies gives undefined', () => {
    const entries = [
      { name: 'number', tester: rankWith(1, schemaTypeIs('integer', 'number')) },
      { name: 'text', tester: rankWith(1, schemaTypeIs('string')) },
      { name: 'date', tester: rankWith(3, formatIs('date')) },
      { name: 'faulty', tester: () => { throw new Error('boom'); } },
    ];
    expect(pickRenderer(entries, { type: 'string', format: 'date' }, ctx)?.name).toBe('date');
    expect(pickRenderer(entries, { type: 'integer' }, ctx)?.name).toBe('number');
    expect(pickRenderer(entries, { type: 'null' }, ctx)).toBeUndefined();
    const mine = { name: 'mine', tester: withIncreasedRank(0, entries[0].tester) };
    expect(pickRenderer([...entries, mine], { type: 'integer' }, ctx)?.name).toBe('mine');
    expect(withIncreasedRank(5, entries[0].tester)({ type: 'string' }, ctx)).toBe(NOT_APPLICABLE);
    expect(withIncreasedRank(5, entries[0].tester)({ type: 'integer' }, ctx)).toBe(6);
  });
});
