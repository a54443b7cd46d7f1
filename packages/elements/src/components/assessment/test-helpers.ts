/** Shared helpers of the `<fp-assessment>` browser tests. */
import { fixture, html } from '@open-wc/testing';
import type { AssessmentInput, CriteriaSet, PackSource, Store } from '@formplan/core';
import './assessment.js';
import type { FpAssessment } from './assessment.component.js';

export const WARD = 'P00091';

export async function make(pack: PackSource, store: Store, mode: 'self' | 'verify' = 'self'): Promise<FpAssessment> {
  const el = await fixture<FpAssessment>(html`<fp-assessment .pack=${pack} .store=${store} ward=${WARD} mode=${mode} save-delay="100000"></fp-assessment>`);
  await el.loadComplete;
  await el.updateComplete;
  return el;
}

export function $(el: FpAssessment, sel: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(sel);
  if (!found) throw new Error(`no ${sel}`);
  return found;
}

export async function type(el: FpAssessment, code: string, text: string): Promise<void> {
  const input = $(el, `#${code}-answer`) as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export function text(el: FpAssessment, sel: string): string {
  return $(el, sel).textContent!.replace(/\s+/g, ' ').trim();
}

/** Answers that reach every indicator's maximum in QĐ 34/2014 (1000 points). */
export function fullAnswers(cs: CriteriaSet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of cs.criteria) {
    for (const i of c.indicators) {
      const s = i.scoring;
      out[i.code] = s.kind === 'boolean' ? true
        : s.kind === 'points' ? i.maxPoints
          : s.kind === 'count-max' ? 0
            : s.op === '>=' || s.op === '>' ? 100 : 0;
    }
  }
  return out;
}

export function input(pack: PackSource, answers: Record<string, unknown>): AssessmentInput {
  return {
    packId: pack.manifest.id, packVersion: pack.manifest.version, criteriaSetId: pack.criteriaSets[0].id,
    ward: WARD, year: pack.manifest.year, answers, evidence: {},
  };
}
