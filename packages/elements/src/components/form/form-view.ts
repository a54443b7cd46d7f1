/**
 * What `<fp-form>`'s own template shows of its model: the header values (`/thong_tin`) and, once
 * the summary is shown, the errors. The form repaints only when these change, not on every
 * keystroke (the fields repaint themselves). Also the cut-off date and author of a submission.
 */
import type { FieldError, FormModel } from '@formplan/core';
import { HEADER_KEY, formatIsoDate, readHeader } from '@formplan/core';
import { errorsKey } from '../../controllers/model-controller.js';

/** The header values the form shows (from `/thong_tin`). */
export interface FormHeaderValues {
  cutOff?: string;
  preparer?: string;
  signer?: string;
}

/** The form's view of its model. */
export interface FormView {
  /** `/thong_tin` itself (the model copies it on every change inside, so identity tells a change) */
  info: unknown;
  header: FormHeaderValues;
  /** the errors of the summary (empty until the summary shows) */
  errors: FieldError[];
}

/** The {@link FormView} of a model; `withErrors`: the summary shows (validates the data). */
export function formView(model: FormModel, withErrors: boolean): FormView {
  const info = model.get(`/${HEADER_KEY}`);
  const h = readHeader(model.value);
  return {
    info,
    header: { cutOff: h.cutOffDate, preparer: h.preparer, signer: h.signer },
    errors: withErrors ? model.errors.filter((e) => e.severity === 'error') : [],
  };
}

/** Whether two views show the same thing. */
export function sameFormView(a: FormView, b: FormView): boolean {
  return a.info === b.info && errorsKey(a.errors) === errorsKey(b.errors);
}

/**
 * The cut-off date and author of a submission: the header's cut-off date else today; the given
 * author, else the preparer (`thong_tin.nguoi_lap`), else the ward.
 */
export function submissionMeta(model: FormModel, now: Date, author: string | undefined, ward: string): { cutOffDate: string; author: string } {
  const h = formView(model, false).header;
  return { cutOffDate: h.cutOff || formatIsoDate(now), author: author || h.preparer || ward };
}
