/**
 * What `<fp-form>`'s own template shows of its model: the header values (`/thong_tin`) and, once
 * the summary is shown, the errors. The form repaints only when these change, not on every
 * keystroke (the fields repaint themselves). Also the cut-off date and author of a submission.
 */
import type { FieldError, FormModel } from '@formplan/core';
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

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** The {@link FormView} of a model; `withErrors`: the summary shows (validates the data). */
export function formView(model: FormModel, withErrors: boolean): FormView {
  const info = model.get('/thong_tin');
  const h = (info ?? {}) as { ngay_chot_so_lieu?: unknown; nguoi_lap?: unknown; lanh_dao_ky?: unknown };
  return {
    info,
    header: { cutOff: text(h.ngay_chot_so_lieu), preparer: text(h.nguoi_lap), signer: text(h.lanh_dao_ky) },
    errors: withErrors ? model.errors.filter((e) => e.severity === 'error') : [],
  };
}

/** Whether two views show the same thing. */
export function sameFormView(a: FormView, b: FormView): boolean {
  return a.info === b.info && errorsKey(a.errors) === errorsKey(b.errors);
}

function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * The cut-off date and author of a submission: the header's cut-off date else today; the given
 * author, else the preparer (`thong_tin.nguoi_lap`), else the ward.
 */
export function submissionMeta(model: FormModel, now: Date, author: string | undefined, ward: string): { cutOffDate: string; author: string } {
  const h = formView(model, false).header;
  return { cutOffDate: h.cutOff || isoDate(now), author: author || h.preparer || ward };
}
