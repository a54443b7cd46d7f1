// <fp-assessment> over real IndexedDB and localStorage: an answer is journaled the moment it is
// typed, and a journal the store does not have yet is replayed on the next load and saved.
import { expect, fixture, html } from '@open-wc/testing';
import { DraftJournal, IdbStore } from '@formplan/core';
import type { AssessmentKey, PackSource } from '@formplan/core';
import { loadTayHo2018 } from '../../../../../test/fixtures/tay-ho-2018.js';
import { assessmentJournalKey } from '../../controllers/page-journal.js';
import './assessment.js';
import type { FpAssessment } from './assessment.component.js';

const WARD = 'P00091';
const names: string[] = [];

function uniqueStore(): IdbStore {
  const name = `fp-assessment-journal-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  names.push(name);
  return new IdbStore({ name });
}

async function make(pack: PackSource, store: IdbStore): Promise<FpAssessment> {
  const el = await fixture<FpAssessment>(html`<fp-assessment .pack=${pack} .store=${store} ward=${WARD} save-delay="100000"></fp-assessment>`);
  await el.loadComplete;
  await el.updateComplete;
  return el;
}

function answerInput(el: FpAssessment, code: string): HTMLInputElement {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${code}-answer`);
  if (!input) throw new Error(`no answer input for ${code}`);
  return input;
}

describe('<fp-assessment> journal', () => {
  let pack: PackSource;
  let key: AssessmentKey;
  before(async () => {
    pack = await loadTayHo2018();
    key = { packId: pack.manifest.id, packVersion: pack.manifest.version, criteriaSetId: pack.criteriaSets[0].id, ward: WARD, year: pack.manifest.year };
  });
  after(async () => {
    await Promise.all(names.map((name) => new Promise<void>((resolve) => {
      const r = indexedDB.deleteDatabase(name);
      r.onsuccess = r.onerror = r.onblocked = () => resolve();
    })));
  });

  it('journals a typed answer at once, and clears it when the save commits', async () => {
    const store = uniqueStore();
    const el = await make(pack, store);
    const input = answerInput(el, 'TC02_1');
    input.value = '97';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const entry = JSON.parse(localStorage.getItem(assessmentJournalKey(store, key)!) ?? 'null') as { data: { answers: Record<string, unknown> } } | null;
    expect(entry?.data.answers.TC02_1).to.equal(97);
    await el.save();
    expect(localStorage.getItem(assessmentJournalKey(store, key)!)).to.equal(null);
  });

  it('replays a journal left by a page that went before saving', async () => {
    const store = uniqueStore();
    const jkey = assessmentJournalKey(store, key)!;
    const data = { ...key, answers: { TC02_1: 95 }, evidence: { TC02_1: 'Biên bản số 12' } };
    new DraftJournal(localStorage).write(jkey, data, 0);
    const el = await make(pack, store);
    await el.save();
    await el.updateComplete;
    expect(answerInput(el, 'TC02_1').value).to.equal('95');
    const rec = await store.getAssessment(key);
    expect(rec?.revision).to.equal(1);
    expect(rec?.answers.TC02_1).to.equal(95);
    expect(rec?.evidence.TC02_1).to.equal('Biên bản số 12');
    expect(localStorage.getItem(jkey)).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
