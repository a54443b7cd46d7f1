/**
 * Type warnings of a draft pack's expressions, for the editor's problems list: a rule or a
 * condition that is not true/false, arithmetic on text, a formula of the wrong type, an indicator
 * binding whose value does not fit its scoring. The loader already refuses syntax errors and
 * unknown names; these are warnings (they do not block publishing) found by core's
 * `checkExpressionTypes` against the types of the resolved forms' fields.
 */
import { checkExpressionTypes, expressionTypeOfField, type ExpressionType } from '../expression/check-expression-types.js';
import { parseExpression } from '../expression/parse-expression.js';
import { parsePointer } from '../common/json-pointer.js';
import type { Indicator, PackSource } from '../pack/types.js';
import type { LabelledExpressionField } from '../schema/expression-fields.js';
import { draftBindingFields, draftForm } from './draft-fields.js';
import type { PackExpression } from './pack-expressions.js';
import type { PackProblem } from './problems.js';

type Types = Map<string, ExpressionType>;
type Want = Exclude<ExpressionType, 'any'>;

const typeMaps = new WeakMap<readonly LabelledExpressionField[], Types>();

function typesOf(fields: readonly LabelledExpressionField[]): Types {
  let t = typeMaps.get(fields);
  if (!t) typeMaps.set(fields, t = new Map(fields.map((f) => [f.code, expressionTypeOfField(f.type)])));
  return t;
}

function known(t: ExpressionType | undefined): Want | undefined {
  return t === undefined || t === 'any' ? undefined : t;
}

/** The type an indicator's binding must have for its scoring. */
function scoringWants(ind: Indicator | undefined): Want | undefined {
  const kind = ind?.scoring.kind;
  return kind === 'boolean' ? 'boolean' : kind === 'percent-threshold' || kind === 'count-max' ? 'number' : undefined;
}

function formTyping(pack: PackSource, e: PackExpression & { formIndex: number }): { typeOf: (p: readonly string[]) => ExpressionType | undefined; want?: Want } {
  const types = typesOf(draftForm(pack, pack.forms[e.formIndex]).fields);
  const scope = e.scope ?? [];
  const typeOf = (p: readonly string[]) => types.get((p[0] === '$root' ? p.slice(1) : [...scope, ...p]).join('.'));
  if (e.kind === 'rule' || e.kind === 'visibleIf') return { typeOf, want: 'boolean' };
  const segs = parsePointer(e.pointer).slice(2);
  if (segs.includes('x-fp-matrix')) return { typeOf, want: 'number' };
  // a field's formula has the field's type: its data path is every other segment of `properties/<code>/…`
  const path = segs.slice(0, -1).filter((_, i) => i % 2 === 1);
  return { typeOf, want: known(types.get(path.join('.'))) };
}

/**
 * The type warnings of every expression given.
 * @param pack - the draft
 * @param expressions - its expressions (`packExpressions(pack)`, minus those inside retired fields)
 * @returns one warning per type problem, at the expression's pointer
 */
export function expressionTypeProblems(pack: PackSource, expressions: readonly PackExpression[]): PackProblem[] {
  let bindingTypes: Types | undefined;
  const bindingTypeOf = (p: readonly string[]): ExpressionType | undefined => {
    bindingTypes ??= typesOf(draftBindingFields(pack));
    const [first, ...rest] = p[0] === 'forms' ? p.slice(1) : p;
    return first === undefined ? undefined : bindingTypes.get([first.replace(/-/g, '_'), ...rest].join('.'));
  };
  const out: PackProblem[] = [];
  for (const e of expressions) {
    const parsed = parseExpression(e.text);
    if (!parsed.ok) continue; // the loader reports it
    let typeOf: (p: readonly string[]) => ExpressionType | undefined;
    let want: Want | undefined;
    let area: PackProblem['area'];
    if (e.formIndex !== undefined) {
      ({ typeOf, want } = formTyping(pack, { ...e, formIndex: e.formIndex }));
      area = 'forms';
    } else if (e.kind === 'binding') {
      const [, si, , ci, , ii] = parsePointer(e.pointer);
      const ind = pack.criteriaSets[Number(si)]?.criteria[Number(ci)]?.indicators[Number(ii)];
      typeOf = bindingTypeOf;
      want = scoringWants(ind);
      area = 'criteria';
    } else {
      // plan targets read named figures, all numbers, and compare the result with a number
      typeOf = () => 'number';
      want = 'number';
      area = 'plan';
    }
    for (const err of checkExpressionTypes(e.text, parsed.expr, typeOf, want)) {
      out.push({ pointer: e.pointer, area, severity: 'warning', message: err.message });
    }
  }
  return out;
}
