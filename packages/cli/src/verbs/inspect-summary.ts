import { resolveForm, type Assignment, type Bilingual, type PackSource } from '@formplan/core';

/** One assignment block in the summary. */
export interface AssignmentSummary {
  agency: string;
  tasks: number;
  children: AssignmentSummary[];
}

/** What `formplan inspect --json` prints. */
export interface PackSummary {
  id: string;
  year: number;
  version: string;
  orgUnits: { code: string; name: string; level: string }[];
  categorySets: { id: string; items: { code: string; label: Bilingual }[] }[];
  criteriaSets: {
    id: string; legalBasis: string; maxPoints: number;
    criteria: { code: string; title: Bilingual; maxPoints: number }[];
    thresholds: { localityClass: string; minTotal: number }[];
  }[];
  forms: { id: string; title: Bilingual; periodKinds: string[]; fieldCount: number }[];
  calendar: { id: string; kind: string; due: string | null }[];
  plan: {
    number: string | null; date: string | null; signer: PackSource['plan']['signer'];
    targets: number; contentItems: number; assignments: AssignmentSummary[];
  };
}

function assignment(a: Assignment): AssignmentSummary {
  return { agency: a.agencies.join(', '), tasks: a.tasks.length, children: (a.children ?? []).map(assignment) };
}

/** Summarises a loaded pack (the data of `inspect`). */
export function summarisePack(pack: PackSource): PackSummary {
  return {
    id: pack.manifest.id,
    year: pack.manifest.year,
    version: pack.manifest.version,
    orgUnits: pack.orgUnits.map((u) => ({ code: u.code, name: u.name, level: u.level })),
    categorySets: pack.categorySets.map((s) => ({ id: s.id, items: s.items.map((i) => ({ code: i.code, label: i.label })) })),
    criteriaSets: pack.criteriaSets.map((c) => ({
      id: c.id, legalBasis: c.legalBasis, maxPoints: c.maxPoints,
      criteria: c.criteria.map((k) => ({ code: k.code, title: k.title, maxPoints: k.maxPoints })),
      thresholds: c.recognition.thresholds.map((t) => ({ localityClass: t.localityClass, minTotal: t.minTotal })),
    })),
    forms: pack.forms.map((f) => {
      const r = resolveForm(pack, f['x-fp-id']);
      return { id: f['x-fp-id'], title: f['x-fp-label'], periodKinds: [...f['x-fp-period-kinds']], fieldCount: r ? r.fields.length : 0 };
    }),
    calendar: pack.calendar.periods.map((p) => ({ id: p.id, kind: p.kind, due: p.due })),
    plan: {
      number: pack.manifest.document.number, date: pack.manifest.document.date, signer: pack.plan.signer,
      targets: pack.plan.targets.length, contentItems: pack.plan.contentItems.length,
      assignments: pack.plan.assignments.map(assignment),
    },
  };
}
