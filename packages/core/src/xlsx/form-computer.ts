/**
 * What a form computes from some data, for {@link readBieu}'s check of computed cells: a model of
 * the form with the given expression parser. The page passes its own model instead (its parser
 * may be trees parsed ahead of time); this one is for node, tools and tests.
 */
import type { ExpressionParser } from '../expression/index.js';
import { FormModelBase } from '../model/form-model.js';
import type { ResolvedForm } from '../schema/resolved-form.js';
import type { Validator } from '../validation/validator.js';

/** No schema checks: the model is only asked what its computed fields come to. */
const COMPUTE_ONLY: Validator = { validate: () => [] };

/**
 * @param form - the resolved form
 * @param parse - how its expressions are parsed (`parseExpression` from `@formplan/core`)
 * @returns data → pointer → the computed value there (undefined when nothing is computed)
 */
export function formComputer(form: ResolvedForm, parse: ExpressionParser): (data: unknown) => (pointer: string) => unknown {
  return (data) => {
    const model = new FormModelBase({ schema: form.schema, validator: COMPUTE_ONLY, value: data, parse });
    return (pointer) => model.computedState(pointer)?.value;
  };
}
