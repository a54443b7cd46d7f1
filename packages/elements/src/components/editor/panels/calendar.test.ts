import { expect } from '@open-wc/testing';
import type { FpEditorCalendar } from './calendar.component.js';
import { at, changeTo, panelOn, text } from './panel-test-helpers.js';

describe('<fp-editor-calendar>', () => {
  it('is accessible and shows dates dd/mm/yyyy', async () => {
    const { el } = await panelOn<FpEditorCalendar>('fp-editor-calendar');
    await expect(el).to.be.accessible();
    const q1 = el.shadowRoot!.querySelector('[data-period="2018-Q1"]')!;
    expect(text(q1.querySelector('[data-shown-date]'))).to.equal('Hạn nộp: 15/03/2018');
    expect(text(q1.querySelector('.muted'))).to.equal('Số liệu từ 01/01/2018 đến 31/03/2018');
  });

  it('changes a due date with the date input and shows it dd/mm/yyyy; undo restores it', async () => {
    const { el, session } = await panelOn<FpEditorCalendar>('fp-editor-calendar');
    const i = session.doc.calendar.periods.findIndex((p) => p.id === '2018-Q1');
    await changeTo(el, at(el, `/calendar/periods/${i}/due`), '2018-03-10');
    expect(session.doc.calendar.periods[i].due).to.equal('2018-03-10');
    expect(text(el.shadowRoot!.querySelector('[data-period="2018-Q1"] [data-shown-date]'))).to.equal('Hạn nộp: 10/03/2018');
    session.undo();
    await el.updateComplete;
    expect(at(el, `/calendar/periods/${i}/due`).value).to.equal('2018-03-15');
  });

  it('refuses grace days the core refuses, at the input, keeping the text', async () => {
    const { el, session } = await panelOn<FpEditorCalendar>('fp-editor-calendar');
    const input = at(el, '/calendar/graceDays');
    await changeTo(el, input, '400');
    expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.match(/^Số ngày ân hạn phải là số nguyên từ 0 đến 366/);
    expect(input.value).to.equal('400');
    expect(session.canUndo).to.equal(false);
    await changeTo(el, at(el, '/calendar/periods/0/graceDays'), '7');
    expect(session.doc.calendar.periods[0].graceDays).to.equal(7);
    await changeTo(el, at(el, '/calendar/periods/0/graceDays'), '');
    expect(session.doc.calendar.periods[0].graceDays).to.equal(undefined);
  });

  it('focusPointer focuses a period input and says false for a place it does not show', async () => {
    const { el } = await panelOn<FpEditorCalendar>('fp-editor-calendar');
    expect(el.focusPointer('/calendar/periods/2/due')).to.equal(true);
    expect(el.shadowRoot!.activeElement!.getAttribute('data-pointer')).to.equal('/calendar/periods/2/due');
    expect(el.focusPointer('/plan/targets/0')).to.equal(false);
  });
});
