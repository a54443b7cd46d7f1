/** `fp-open`: the user chose a report (form × ward × period) to open, e.g. from the calendar. */
export interface FpOpenDetail {
  /** form id (`x-fp-id`), e.g. `bieu-02` */
  formId: string;
  /** period id from the calendar, e.g. `2018-H1` */
  periodId: string;
  /** org unit code of the ward, e.g. `P00109` */
  ward: string;
}
export type FpOpenEvent = CustomEvent<FpOpenDetail>;
declare global {
  interface GlobalEventHandlersEventMap {
    'fp-open': FpOpenEvent;
  }
}
