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

/** The key of the self-assessed result (total and verdict) in the generated form's data. */
export const SELF_SCORE_KEY = 'ket_qua';

/**
 * The schema of the self-assessed result a submission carries beside the answers: the total the
 * ward scored itself and whether that reaches recognition. Read-only: scoring fills it in.
 */
export function selfScoreSchema(set: CriteriaSet): SchemaNode {
  return {
    type: 'object', readOnly: true, additionalProperties: false,
    'x-fp-label': { vi: 'Kết quả tự chấm', en: 'Self-assessed result' },
    'x-fp-order': ['tong_diem', 'dat_chuan'],
    properties: {
      tong_diem: {
        type: 'number', minimum: 0, maximum: set.maxPoints, readOnly: true,
        'x-fp-label': { vi: 'Tổng điểm tự chấm', en: 'Self-assessed total' },
      },
      dat_chuan: { type: 'boolean', readOnly: true, 'x-fp-label': { vi: 'Tự đánh giá đạt chuẩn', en: 'Self-assessed as recognised' } },
    },
  };
}

/**
 * The self-assessment properties generated from a criteria set: one object per criterion,
 * one `{ answer, evidence }` object per indicator. Each indicator node carries
 * `x-fp-indicator` (`maxPoints`, `scoring`) for renderers and scoring; then the self-assessed
 * result under {@link SELF_SCORE_KEY}.
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
  out[SELF_SCORE_KEY] = selfScoreSchema(set);
  return out;
}
