import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { beforeEach, test } from 'node:test';
import type { Store } from '../src/core/ports.ts';
import {
  bundleOfQuickCase,
  emptyQuickCharge,
  type QuickCaseValues,
} from '../web/src/features/forms/lib/quick-case.ts';
import { valuesFromDraft, type CaseDraft } from '../web/src/features/forms/lib/quick-case-draft.ts';
import {
  bundleIntoCase,
  matchHeld,
  sameMeasureKindOf,
  type Held,
  type HeldCase,
} from '../web/src/features/forms/lib/quick-case-into.ts';
import { bodyOf, personInput, testApi } from './support/api.ts';
import { counter, emptyForm, hasSeed, seedText } from './support/quick-form.ts';
import { forEachStore } from './support/stores.ts';

// A text about a case already recorded, added to it: the seed's dispatch, drafted in the form of one source, laid
// over the demo's case of the same dispatch. Every fact it drafts is one the case holds, so nothing is recorded
// twice: the case gains the source, cited for each of them; what the text adds (a hearing) is added to the case.

const CASE = 'case:kz-mamay-2022';
const IDS = { case: 'case:drafted', source: 'source:drafted', person: 'person:drafted' };

forEachStore('a text added to the case it is about', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(async () => {
    api = testApi(getStore, { now: '2023-02-01T09:00:00.000Z' });
    const demo = await readFile(new URL('../data/demo/mamay.bundle.json', import.meta.url), 'utf8');
    assert.equal((await api.call('admin', 'POST', '/api/import', demo)).status, 200);
  });

  /** The case as the form reads it to add to: its record, charges, measures, hearings and authorities' names. */
  async function held(id = CASE): Promise<HeldCase> {
    const list = async (path: string) =>
      (await bodyOf<{ items: Held[] }>(await api.call('researcher', 'GET', `${path}?case=${id}&limit=1000`)))
        .items;
    const file = await bodyOf<Pick<HeldCase, 'authorities' | 'sources'>>(
      await api.call('researcher', 'GET', `/api/cases/${id}`),
    );
    return {
      case: await bodyOf<Held>(await api.call('researcher', 'GET', `/api/cases/${id}/record`)),
      charges: await list('/api/charges'),
      measures: await list('/api/measures'),
      hearings: await list('/api/hearings'),
      decisions: await list('/api/decisions'),
      allegations: await list('/api/allegations'),
      authorities: file.authorities,
      sources: file.sources,
    };
  }

  async function sameKind() {
    const law = await bodyOf<{ measures: { key: string; deprivation?: string }[] }>(
      await api.call('researcher', 'GET', '/api/jurisdictions/kz/law'),
    );
    return sameMeasureKindOf(law.measures);
  }

  /** The text's form laid over the case as it is now: the matches, and the bundle that adds it to the case. */
  async function laidOver(values: QuickCaseValues, id = CASE) {
    // As the form laid over the case makes it: the person is the case's, whose organisations it does not write.
    const bundle = bundleOfQuickCase({ ...values, into: id }, IDS, 'en');
    const before = await held(id);
    const matches = matchHeld(bundle, before, await sameKind(), IDS);
    return { before, matches, into: bundleIntoCase(bundle, before, matches, IDS) };
  }

  /** Imports a bundle as the researcher, and says why when it is refused. */
  async function imported(bundle: unknown, status = 200) {
    const res = await api.call('researcher', 'POST', '/api/import', bundle);
    assert.equal(res.status, status, JSON.stringify(await res.clone().json()));
    return res;
  }

  async function drafted(): Promise<QuickCaseValues> {
    const res = await api.call('researcher', 'POST', '/api/drafts/case', {
      text: seedText(),
      jurisdiction: 'kz',
    });
    const values = valuesFromDraft(emptyForm(), await bodyOf<CaseDraft>(res), counter());
    values.source = { ...values.source, title: 'A second report on Zhanbolat Mamay', publisher: 'A monitor' };
    return values;
  }

  test('every fact the text drafts is matched with the one the case holds; saved, nothing is recorded twice', async (t) => {
    if (!hasSeed(t)) return;
    const { matches, into } = await laidOver(await drafted());
    assert.deepEqual(Object.fromEntries(matches), {
      'charge:d1': 'charge:mamay-272-1-first',
      'charge:d2': 'charge:mamay-400',
      'charge:d3': 'charge:mamay-272-1-second',
      'charge:d4': 'charge:mamay-378',
      'charge:d5': 'charge:mamay-274',
      // Custody, and the demo's detention of a kind the dispatch does not state, are one deprivation.
      'measure:d1': 'measure:mamay-custody',
      'measure:d2': 'measure:mamay-house-arrest',
      'hearing:d1': 'hearing:mamay-trial-2022-11-07',
      'hearing:d2': 'hearing:mamay-trial-2023-02-06',
      // The prosecution's claims the dispatch reports: those the demo records as made in the indictment, citing
      // the dispatch's sentences; of the several one sentence is cited for, the one sharing the claim's words.
      'allegation:d1': 'allegation:mamay-decided-to-organise',
      'allegation:d2': 'allegation:mamay-facebook-videos',
      'allegation:d3': 'allegation:mamay-zhanaozen-crowd',
      'allegation:d4': 'allegation:mamay-calls-for-reform',
      'organisation:d1': 'org:almaty-city-prosecutor',
    });

    const report = await bodyOf<{ outcomes: Record<string, { created: number; updated: number }> }>(
      await imported(into),
    );
    // Only the source is new; the case and each of its facts gain its citation.
    assert.deepEqual(
      Object.fromEntries(
        Object.entries(report.outcomes)
          .filter(([, o]) => o.created + o.updated > 0)
          .map(([kind, o]) => [kind, [o.created, o.updated]]),
      ),
      { source: [1, 0], case: [0, 1], charge: [0, 5], measure: [0, 2], hearing: [0, 2], allegation: [0, 4] },
    );
    const after = await held();
    assert.equal(after.charges.length, 5);
    for (const record of [after.case, ...after.charges, ...after.measures, ...after.hearings]) {
      const sources = (record.record['sources'] as { source: string }[]).map((s) => s.source);
      assert.ok(sources.includes('source:drafted'), `${record.id} cites the text`);
      assert.ok(sources.includes('source:hrw-dispatch-mamay'), `${record.id} keeps its own source`);
    }
    // What the case held is kept as it was: the lineage, the demo's dates, the kind of the detention.
    const first = after.charges.find((c) => c.id === 'charge:mamay-272-1-first')?.record;
    assert.deepEqual(
      (first?.['lifecycle'] as { kind: string; date: string; successors?: string[] }[]).map((s) => [
        s.kind,
        s.date,
        s.successors,
      ]),
      [
        ['brought', '2022', undefined],
        ['reclassified', '2022-11~', ['charge:mamay-400']],
      ],
    );
    assert.equal(
      after.measures.find((m) => m.id === 'measure:mamay-custody')?.record['kind'],
      'detention_unstated',
    );
    assert.equal(
      (await api.call('researcher', 'GET', '/api/persons/person:drafted')).status,
      404,
      'no second person',
    );
    // The revision says why the record changed, as the import was told.
    const history = await bodyOf<{ entries: { reason?: string }[] }>(
      await api.call('researcher', 'GET', '/api/charges/charge:mamay-400/history'),
    );
    assert.equal(history.entries.length, 2);
  });

  test('what the text adds is added to the case, and later news moves how current it is', async () => {
    const values: QuickCaseValues = {
      ...emptyForm(),
      source: { ...emptyForm().source, title: 'Court calendar', publishedOn: '2023-03-01' },
      person: { existing: 'person:zhanbolat-mamay', name: '', otherNames: '' },
      confirmedOn: '2023-03-01',
      charges: [],
      hearings: [
        { id: 'hearing:d1', kind: 'trial_session', date: '2023-02-06', status: 'held', charges: [] },
        { id: 'hearing:d2', kind: 'verdict', date: '2023-04-14', status: 'scheduled', charges: [] },
      ],
    };
    const { before, matches, into } = await laidOver(values);
    assert.deepEqual(Object.fromEntries(matches), { 'hearing:d1': 'hearing:mamay-trial-2023-02-06' });
    await imported(into);
    const after = await held();
    // The hearing the case held as to come was held, as the later text says; the verdict's day is added.
    assert.equal(
      after.hearings.find((h) => h.id === 'hearing:mamay-trial-2023-02-06')?.record['status'],
      'held',
    );
    const added = after.hearings.find((h) => h.id === 'hearing:d2')?.record;
    assert.deepEqual(
      [added?.['case'], added?.['date'], added?.['status']],
      [CASE, '2023-04-14', 'scheduled'],
    );
    assert.equal((after.case.record['confirmed'] as { on: string }).on, '2023-03-01');
    // The case's own words are kept.
    assert.equal(after.case.record['title'], before.case.record['title']);
  });

  test('a person the case does not name yet, taken from those recorded, is added to it as a defendant', async () => {
    await api.call('researcher', 'POST', '/api/persons', { record: personInput('person:co-defendant') });
    const values: QuickCaseValues = {
      ...emptyForm(),
      source: { ...emptyForm().source, title: 'A report on the co-defendant' },
      person: { existing: 'person:co-defendant', name: '', otherNames: '' },
      charges: [
        {
          ...emptyQuickCharge('charge:d1'),
          article: { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' },
          date: '2022-06',
        },
      ],
    };
    await imported((await laidOver(values)).into);
    const after = await held();
    assert.deepEqual(
      (after.case.record['participants'] as { person: string; role: string }[]).map((p) => [
        p.person,
        p.role,
      ]),
      [
        ['person:zhanbolat-mamay', 'defendant'],
        ['person:co-defendant', 'defendant'],
      ],
    );
    // Their charge is theirs, in the case: not matched with the defendant's charge under the same article.
    const theirs = after.charges.find((c) => c.id === 'charge:d1')?.record;
    assert.deepEqual([theirs?.['case'], theirs?.['defendant']], [CASE, 'person:co-defendant']);
  });

  test('a reclassification the text adds is written on the charge the case holds, and the charge it made added', async () => {
    // A case recorded from a first text: one charge.
    const charge = (id: string, article: string, part: string, date: string) => ({
      ...emptyQuickCharge(id),
      article: { jurisdiction: 'kz', code: 'cc', article, part },
      date,
    });
    const first: QuickCaseValues = {
      ...emptyForm(),
      title: 'Dana Ospanova: false information',
      source: { ...emptyForm().source, title: 'First report' },
      person: { existing: '', name: 'Dana Ospanova', otherNames: '' },
      charges: [charge('charge:e1', '274', '2', '2024-03-03')],
    };
    const ids = { case: 'case:ospanova', source: 'source:first', person: 'person:ospanova' };
    await imported(bundleOfQuickCase(first, ids, 'en'));
    // A second text: the charge, then its reclassification to Art. 405(2).
    const second: QuickCaseValues = {
      ...emptyForm(),
      source: { ...emptyForm().source, title: 'Second report' },
      person: { existing: '', name: 'Dana Ospanova', otherNames: '' },
      charges: [
        charge('charge:f1', '274', '2', '2024-03'),
        { ...charge('charge:f2', '405', '2', '2024-06-01'), began: 'reclassification', from: '0' },
      ],
    };
    const { matches, into } = await laidOver(second, 'case:ospanova');
    assert.deepEqual(Object.fromEntries(matches), { 'charge:f1': 'charge:e1' });
    await imported(into);
    const after = await held('case:ospanova');
    const steps = (id: string) =>
      (after.charges.find((c) => c.id === id)?.record['lifecycle'] as { kind: string; date: string }[]).map(
        (s) => [s.kind, s.date],
      );
    // The case's own day of bringing is kept; the reclassification is added after it.
    assert.deepEqual(steps('charge:e1'), [
      ['brought', '2024-03-03'],
      ['reclassified', '2024-06-01'],
    ]);
    const made = after.charges.find((c) => c.id === 'charge:f2')?.record;
    assert.deepEqual(made?.['origin'], { kind: 'reclassification', from: ['charge:e1'] });
    assert.deepEqual([made?.['case'], made?.['defendant']], ['case:ospanova', 'person:ospanova']);
    // No second Dana Ospanova.
    assert.equal((await api.call('researcher', 'GET', '/api/persons/person:drafted')).status, 404);
  });

  test('a charge under another article, or begun another way, is not the one the case holds', async () => {
    const values: QuickCaseValues = {
      ...emptyForm(),
      source: { ...emptyForm().source, title: 'Another report' },
      person: { existing: 'person:zhanbolat-mamay', name: '', otherNames: '' },
      charges: [
        {
          ...emptyForm().charges[0]!,
          id: 'charge:d1',
          article: { jurisdiction: 'kz', code: 'cc', article: '274', part: '' },
          date: '2022-06',
        },
        {
          ...emptyForm().charges[0]!,
          id: 'charge:d2',
          article: { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' },
          date: '2023-01-26',
        },
        {
          ...emptyForm().charges[0]!,
          id: 'charge:d3',
          article: { jurisdiction: 'kz', code: 'cc', article: '405', part: '1' },
          date: '2022',
        },
      ],
    };
    const { matches } = await laidOver(values);
    // 274 in 2022 is the case's; 272(1) "brought" on the day it was brought again is not the one brought again;
    // 405 the case does not hold.
    assert.deepEqual(Object.fromEntries(matches), { 'charge:d1': 'charge:mamay-274' });
  });

  test('a record changed since the case was read is not overwritten: the whole text is refused', async () => {
    const { before, into } = await laidOver(await drafted());
    // Meanwhile someone edits a charge the text is about.
    const charge = before.charges.find((c) => c.id === 'charge:mamay-378') as Held;
    const edit = await api.call('researcher', 'PUT', '/api/charges/charge:mamay-378', {
      record: { ...charge.record, label: 'false information' },
      version: charge.version,
    });
    assert.equal(edit.status, 200, JSON.stringify(await edit.clone().json()));
    await imported(into, 409);
    const after = await held();
    assert.equal(
      after.charges.find((c) => c.id === 'charge:mamay-378')?.record['label'],
      'false information',
    );
    assert.equal((await api.call('researcher', 'GET', '/api/sources/source:drafted')).status, 404);
  });
});
