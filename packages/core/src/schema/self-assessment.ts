import type { CriteriaSet, Indicator } from '../pack/types.js';
import { copyText } from './lookup.js';
import type { SchemaNode } from './resolved-form.js';

/** The schema of an indicator's answer, by its scoring kind. */
export function answerSchema(ind: Indicator): SchemaNode {
  switch (ind.scoring.kind) {
    case 'boolean': return { type: 'boolean', 'x-fp-widget': 'radio' };
    case 'percent-threshold': return { type: 'number', minimum: 0, maximum: 100, 'x-fp-unit': 'percent' };
    case 'count-max': return { type: 'integer', minimum: 0 };
    case 'points': return { type: 'number', minimum: 0, maximum: ind.maxPoints };
  }
}

/**
 * The self-assessment properties generated from a criteria set: one object per criterion,
 * one `{ answer, evidence }` object per indicator. Each indicator node carries
 * `x-fp-indicator` (`maxPoints`, `scoring`) for renderers and scoring.
 */
export function selfAssessmentProperties(set: CriteriaSet): Record<string, SchemaNode> {
  const out: Record<string, SchemaNode> = {};
  for (const c of set.criteria) {
    const props: Record<string, SchemaNode> = {};
    for (const ind of c.indicators) {
      props[ind.code] = {
        type: 'object',
        additionalProperties: false,
        'x-fp-label': copyText(ind.title),
        'x-fp-indicator': { maxPoints: ind.maxPoints, scoring: { ...ind.scoring } },
        'x-fp-order': ['answer', 'evidence'],
        properties: {
          answer: { ...answerSchema(ind), 'x-fp-label': { vi: 'Kết quả', en: 'Answer' } },
          evidence: {
            type: 'string', maxLength: 4000, 'x-fp-widget': 'textarea',
            'x-fp-label': { vi: 'Minh chứng', en: 'Evidence' },
            ...(ind.evidence ? { 'x-fp-help': copyText(ind.evidence) } : {}),
          },
        },
      };
    }
    out[c.code] = {
      type: 'object', additionalProperties: false, 'x-fp-label': copyText(c.title),
      'x-fp-order': c.indicators.map((i) => i.code), properties: props,
    };
  }
  return out;
}
