// The catalogue of <fp-expression-input> is loaded with the editor, not with the ward bundle, so
// the all-namespaces test does not see it: the same completeness checks, for its namespace.
import { describe, expect, it } from 'vitest';
import { namespaces, term } from '@formplan/elements/i18n';
import '../../packages/elements/src/components/editor/expression-input-strings.js';

describe('expression-input strings', () => {
  const catalogue = namespaces().find((n) => n.namespace === 'expression');

  it('are registered, every key in Vietnamese and English with the same placeholders', () => {
    expect(catalogue).toBeDefined();
    const { vi, en } = catalogue!;
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    const names = (e: unknown) => (typeof e === 'string' ? [...e.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join() : '');
    for (const k of Object.keys(vi)) {
      expect(en[k], k).not.toBe('');
      expect(names(en[k]), k).toBe(names(vi[k]));
    }
  });

  it('fill their placeholders', () => {
    expect(term('vi', 'expression', 'at', { n: 4 })).toBe('(vị trí 4)');
    expect(term('en', 'expression', 'goTo', { n: 4 })).toBe('Go to character 4');
  });
});
