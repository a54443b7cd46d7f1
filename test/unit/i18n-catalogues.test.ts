// Every namespace of the one localisation mechanism is complete in both languages, and the
// lookup gives overrides first, then the catalogue, with Vietnamese as the fallback.
import { describe, expect, it } from 'vitest';
import { namespaces, registerStrings, term } from '@formplan/elements/i18n';
import '../../host/src/host-strings.js';
import '../../packages/elements/src/components/editor/panels/editor-panels-strings.js';
import '../../packages/elements/src/components/editor/panels/editor-criteria-strings.js';
import '../../packages/elements/src/components/editor/editor-strings.js';
import '../../packages/elements/src/components/editor/expression-input-strings.js';
import '../../packages/elements/src/components/rollover/rollover-strings.js';
import '../../packages/elements/src/components/form/excel-dialog-strings.js';
import '../../packages/elements/src/renderers/matrix/paste-strings.js';

describe('string catalogues', () => {
  const all = namespaces();

  it('register the namespaces of the elements and of the host', () => {
    expect(all.map((n) => n.namespace).sort()).toEqual(['aggregate', 'assessment', 'calendar', 'editor', 'editorCriteria', 'editorPanels', 'excel', 'excelDialog', 'expression', 'form', 'host', 'paste', 'plan', 'rollover', 'ui']);
  });

  for (const { namespace, vi, en } of all) {
    it(`${namespace}: every key has a Vietnamese and an English text`, () => {
      const missingEn = Object.keys(vi).filter((k) => !(k in en) || en[k] === '');
      const missingVi = Object.keys(en).filter((k) => !(k in vi) || vi[k] === '');
      expect({ namespace, missingEn, missingVi }).toEqual({ namespace, missingEn: [], missingVi: [] });
    });

    it(`${namespace}: both languages use the same placeholders`, () => {
      const names = (e: unknown) => (typeof e === 'string' ? [...e.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort() : []);
      const differ = Object.keys(vi).filter((k) => typeof vi[k] === 'string' && typeof en[k] === 'string' && names(vi[k]).join() !== names(en[k]).join());
      expect(differ).toEqual([]);
    });
  }
});

describe('term', () => {
  it('fills placeholders and picks the language', () => {
    expect(term('en', 'ui', 'errorSummary', { n: 3 })).toBe('The form has 3 error(s) to fix:');
    expect(term('vi', 'calendar', 'lateBy', { n: 2 })).toBe('trễ 2 ngày');
  });

  it('lets overrides win over registered texts, and those over the catalogue', () => {
    registerStrings('en', 'plan', { kind: 'ACTION PLAN' });
    expect(term('en', 'plan', 'kind')).toBe('ACTION PLAN');
    expect(term('vi', 'plan', 'kind')).toBe('KẾ HOẠCH');
    expect(term('en', 'plan', 'kind', {}, { en: { plan: { kind: 'WORK PLAN' } } })).toBe('WORK PLAN');
    expect(term('en', 'plan', 'progress', { done: 1, total: 2 }, { en: { plan: { progress: (p) => `${p.done} of ${p.total}` } } })).toBe('1 of 2');
  });
});
