import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { Store } from '../src/core/ports.ts';
import { bundleOfQuickCase } from '../web/src/features/forms/lib/quick-case.ts';
import { valuesFromDraft, type CaseDraft } from '../web/src/features/forms/lib/quick-case-draft.ts';
import { matchHeld, type Held, type HeldCase } from '../web/src/features/forms/lib/quick-case-into.ts';
import { quickFieldOf } from '../web/src/features/forms/lib/quick-case-places.ts';
import { penaltyProblems, termOf } from '../web/src/features/forms/lib/quick-case-verdicts.ts';
import { bodyOf, testApi } from './support/api.ts';
import { forEachStore } from './support/stores.ts';
import { counter, emptyForm } from './support/quick-form.ts';

// A report of a verdict pasted into the form of one source: the verdict is a row of its own (its day, the charges
// it decided, the penalty as the text words it), saved as the case's decision, and matched, not added twice, when
// the same text is laid over the case again.

const REPORT =
  'Kazakh journalist Makhambet Abzhan was detained on March 15, 2024, and charged with extortion. On March 17, a ' +
  'court in Astana ordered him held in pretrial detention for two months. On October 10, 2024, the Saryarka ' +
  'District Court sentenced him to seven years in prison.';

const IDS = { case: 'case:verdict', source: 'source:verdict', person: 'person:verdict' };

forEachStore('a verdict recorded from its source', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(() => {
    api = testApi(getStore, { now: '2024-11-01T09:00:00.000Z' });
  });

  test('the verdict the text tells of is a row, saved as the decision of the case, and met again', async () => {
    const res = await api.call('researcher', 'POST', '/api/drafts/case', {
      text: REPORT,
      jurisdiction: 'kz',
    });
    assert.equal(res.status, 200);
    const draft = await bodyOf<CaseDraft>(res);
    const filled = valuesFromDraft(emptyForm(), draft, counter());
    // Its sentence names no charge: the one standing (extortion) is ticked, and the row says it was worked out.
    assert.deepEqual(
      filled.decisions.map((d) => [d.date, d.outcome, d.charges, d.sentenceType, d.term, d.because]),
      [['2024-10-10', 'convicted', ['charge:d1'], 'imprisonment', 'seven years', ['every_charge']]],
    );
    assert.equal(filled.charges[0]?.article.article, '194');
    const values = {
      ...filled,
      title: 'Makhambet Abzhan: extortion',
      source: { ...filled.source, title: 'A report on Makhambet Abzhan' },
    };
    const bundle = bundleOfQuickCase(values, IDS, 'en');
    const saved = await api.call('researcher', 'POST', '/api/import', bundle);
    assert.equal(saved.status, 200, JSON.stringify(await saved.clone().json()));
    const decisions = await bodyOf<{ items: Held[] }>(
      await api.call('researcher', 'GET', '/api/decisions?case=case:verdict'),
    );
    assert.deepEqual(
      decisions.items.map((d) => [
        d.record['kind'],
        d.record['date'],
        d.record['outcomes'],
        d.record['sentence'],
      ]),
      [
        [
          'verdict',
          '2024-10-10',
          [{ charge: 'charge:d1', outcome: 'convicted' }],
          [{ type: 'imprisonment', term: { years: 7 }, isPrincipal: true }],
        ],
      ],
    );
    // The court that held the verdict's hearing judged it, as the row of the authorities says.
    const court = draft.authorities.find((a) => a.role === 'court_first_instance');
    assert.equal(court?.name, 'Saryarka District Court');
    const judged = decisions.items[0]?.record['court'] as string | undefined;
    assert.ok(judged !== undefined);
    const organisation = await bodyOf<{ record: { names: { value: string }[] } }>(
      await api.call('researcher', 'GET', `/api/organisations/${encodeURIComponent(judged)}`),
    );
    assert.equal(organisation.record.names[0]?.value, 'Saryarka District Court');
    // Convicted, the verdict not yet in force: the status says so, as of the day after.
    const facts = await bodyOf<{ defendants: { status: { status: string; possible: string[] } }[] }>(
      await api.call('researcher', 'GET', '/api/cases/case:verdict/facts?asOf=2024-10-11'),
    );
    const status = facts.defendants[0]?.status;
    assert.ok(
      status?.status === 'convicted_not_in_force' || status?.possible.includes('convicted_not_in_force'),
      JSON.stringify(status),
    );
    // The same text laid over the case: its decision is the one the case holds, not a second.
    const held: HeldCase = {
      case: await bodyOf<Held>(await api.call('researcher', 'GET', '/api/cases/case:verdict/record')),
      charges: [],
      measures: [],
      hearings: [],
      decisions: decisions.items,
      allegations: [],
      authorities: [],
      sources: [],
    };
    const again = bundleOfQuickCase(valuesFromDraft(emptyForm(), draft, counter()), IDS, 'en');
    const matches = matchHeld(again, held, (a, b) => a === b, IDS);
    assert.equal(matches.get('decision:d1'), 'decision:d1');
  });
});

test("a penalty's length: one term of one unit or several, never a range or a bound", () => {
  assert.deepEqual(termOf('seven years'), { years: 7 });
  assert.deepEqual(termOf('5 лет 6 месяцев'), { years: 5, months: 6 });
  assert.deepEqual(termOf('2 years and 6 months'), { years: 2, months: 6 });
  assert.equal(termOf('8–9 months'), undefined);
  assert.equal(termOf('more than five years'), undefined);
  // A length not read, or with no penalty's kind, is said beside its box; an acquittal's is not asked for.
  const row = (over: object) => ({
    id: 'decision:x',
    date: '2024-10-10',
    outcome: 'convicted' as const,
    charges: [],
    sentenceType: 'imprisonment',
    term: 'seven years',
    suspended: false,
    ...over,
  });
  assert.deepEqual(
    penaltyProblems([row({}), row({ term: 'more than five years' }), row({ sentenceType: '' })]),
    [
      { field: 'decisions.1.term', message: 'quick.termUnread' },
      { field: 'decisions.2.sentenceType', message: 'quick.sentenceTypeMissing' },
    ],
  );
  assert.deepEqual(penaltyProblems([row({ outcome: 'acquitted', term: 'what' })]), []);
  // A problem the core finds in a decision stands beside the row's box.
  const values = { ...emptyForm(), decisions: [row({ date: '' }), row({})] };
  assert.equal(quickFieldOf('$.decisions[0].sentence[0].type', values), 'decisions.1.sentenceType');
  assert.equal(quickFieldOf('$.decisions[0].date', values), 'decisions.1.date');
});
