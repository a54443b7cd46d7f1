/**
 * The fields an expression of a draft may name, for the editor's pickers and the type checks:
 * a form's fields (`expressionFields`), the fields an indicator binding may name (`bindingFields`
 * over every form but the self-assessment generated from a criteria set) and the figures a plan
 * target reads. Resolution is cached per form object: an edit elsewhere keeps a form's identity
 * (immer shares structure), so only changed forms are resolved again. A form that does not
 * resolve (a broken draft) offers no fields; the draft checks say why.
 */
import type { Bilingual } from '../common/bilingual.js';
import type { AuthoredForm, CategorySet, PackSource } from '../pack/types.js';
import { bindingFields, expressionFields, type LabelledExpressionField } from '../schema/expression-fields.js';
import { resolveAuthoredForm } from '../schema/resolve-form.js';
import type { ResolvedForm } from '../schema/resolved-form.js';
import { STANDARD_TARGET_NAMES } from '../targets/target-context.js';
import { packExpressions } from './pack-expressions.js';
import { cachedExpressionChecker } from './compile-cache.js';

interface Resolved { sets: CategorySet[]; form: ResolvedForm | undefined; fields: LabelledExpressionField[] }

const cache = new WeakMap<AuthoredForm, Resolved>();

/** A form of a draft resolved (undefined when it does not resolve) with its expression fields. */
export function draftForm(pack: PackSource, form: AuthoredForm): Resolved {
  const hit = cache.get(form);
  if (hit && hit.sets === pack.categorySets) return hit;
  let r: ResolvedForm | undefined;
  try {
    r = resolveAuthoredForm(pack, form);
  } catch {
    r = undefined;
  }
  const entry = { sets: pack.categorySets, form: r, fields: r ? expressionFields(r.schema) : [] };
  cache.set(form, entry);
  return entry;
}

/** What an expression at the root of a draft's form may name (codes relative to the form). */
export function draftExpressionFields(pack: PackSource, formId: string): LabelledExpressionField[] {
  const form = pack.forms.find((f) => f['x-fp-id'] === formId);
  return form ? draftForm(pack, form).fields : [];
}

/** What an indicator binding of a draft may name: the fields of every form but those generated from a criteria set. */
export function draftBindingFields(pack: PackSource): LabelledExpressionField[] {
  const hit = bindingCache.get(pack.forms);
  if (hit && hit.sets === pack.categorySets) return hit.fields;
  const forms = pack.forms.filter((f) => f['x-fp-from-criteria'] === undefined).map((f) => draftForm(pack, f).form);
  const fields = bindingFields(forms.filter((f) => f !== undefined));
  bindingCache.set(pack.forms, { sets: pack.categorySets, fields });
  return fields;
}

/** The binding fields per forms list (the same list object while no form changed). */
const bindingCache = new WeakMap<AuthoredForm[], { sets: CategorySet[]; fields: LabelledExpressionField[] }>();

const STANDARD_LABELS: Record<(typeof STANDARD_TARGET_NAMES)[number], Required<Bilingual>> = {
  wards_total: { vi: 'Số phường', en: 'Wards' },
  wards_assessed: { vi: 'Phường đã tự đánh giá', en: 'Wards assessed' },
  wards_recognised: { vi: 'Phường đạt chuẩn phù hợp với trẻ em', en: 'Child-friendly wards' },
  wards_not_recognised: { vi: 'Phường chưa đạt chuẩn', en: 'Wards not recognised' },
  wards_plan_built: { vi: 'Phường đã xây dựng kế hoạch', en: 'Wards with their plan built' },
};

/**
 * What a plan target's binding may name: the district figures every host provides
 * (`wards_total`, `wards_recognised`, …) and the further figures the draft's targets already
 * name (totalled from reports by the host), all numbers.
 */
export function targetFigureFields(pack: PackSource): LabelledExpressionField[] {
  const out: LabelledExpressionField[] = STANDARD_TARGET_NAMES.map((code) => ({ code, label: STANDARD_LABELS[code], type: 'number' }));
  const seen = new Set<string>(STANDARD_TARGET_NAMES);
  for (const e of packExpressions(pack)) {
    if (e.kind !== 'target') continue;
    const parsed = cachedExpressionChecker.parse(e.text);
    if (!parsed.ok) continue;
    for (const segs of cachedExpressionChecker.referencedPaths(parsed.ast)) {
      const code = segs.join('.');
      if (seen.has(code)) continue;
      seen.add(code);
      out.push({ code, label: { vi: code }, type: 'number' });
    }
  }
  return out;
}
