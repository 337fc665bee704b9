import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { beforeEach, test } from 'node:test';
import type { Store } from '../src/core/ports.ts';
import {
  bundleOfQuickCase,
  emptyQuickCharge,
  emptyQuickHearing,
  emptyQuickMeasure,
  otherNamesOf,
  type QuickCaseValues,
  type QuickCharge,
} from '../web/src/features/forms/lib/quick-case.ts';
import { withDrafted } from '../web/src/features/forms/lib/quick-case-changed.ts';
import { emptyQuickAllegation } from '../web/src/features/forms/lib/quick-case-allegations.ts';
import { workedOutStart } from '../web/src/features/forms/lib/quick-case-measures.ts';
import { quickFieldOf } from '../web/src/features/forms/lib/quick-case-places.ts';
import { bodyOf, testApi } from './support/api.ts';
import { forEachStore } from './support/stores.ts';

const LEAD =
  'As Kazakhstan gears up for parliamentary elections this spring, the Almaty City Prosecutor’s office on January 26 charged the opposition leader.';
const CAPTION =
  'Kazakh opposition politician Zhanbolat Mamai speaks during an interview in Almaty, Kazakhstan, January 28, 2022.';

// The case form of one source: the seed's dispatch typed into it becomes one bundle, imported whole, whose facts
// are the demo's: the lineage of the mass-riots charge, the detention's days, the next hearing.

const IDS = { case: 'case:quick', source: 'source:quick', person: 'person:quick' };
const article = (number: string, part = '') => ({ jurisdiction: 'kz', code: 'cc', article: number, part });

/** The dispatch as a first-time user types it into the form. */
function seedValues(): QuickCaseValues {
  return {
    visibility: 'public',
    jurisdiction: 'kz',
    title: 'Zhanbolat Mamay: mass riots charge brought again',
    summary: '',
    confirmedOn: '2023-01-26',
    source: {
      existing: '',
      title: 'Human Rights Watch dispatch on Zhanbolat Mamay',
      publisher: 'Human Rights Watch',
      publishedOn: '2023-01~',
      url: '',
      accessedOn: '',
    },
    person: {
      existing: '',
      name: 'Zhanbolat Mamay',
      otherNames: 'Zhanbolat Mamai, Жанболат Мамай',
      // The one spelling read from a sentence of the text: the photo's caption.
      writtenAt: [{ name: 'Zhanbolat Mamai', quote: CAPTION }],
    },
    charges: [
      {
        ...emptyQuickCharge('charge:q1'),
        article: article('272', '1'),
        date: '2022',
        // What it is brought for and when, read from another sentence than the charge's own (none here).
        conduct: 'his alleged role in the January 2022 protests in Almaty',
        actDate: '2022-01',
        conductQuote: LEAD,
      },
      {
        ...emptyQuickCharge('charge:q2'),
        article: article('400'),
        began: 'reclassification',
        from: '0',
        date: '2022-11~',
      },
      {
        ...emptyQuickCharge('charge:q3'),
        article: article('272', '1'),
        began: 'rebrought',
        from: '0',
        date: '2023-01-26',
      },
      {
        ...emptyQuickCharge('charge:q4'),
        article: article('378'),
        date: '2022?',
        then: 'sent_to_court',
        thenDate: '2022',
      },
      {
        ...emptyQuickCharge('charge:q5'),
        article: article('274'),
        date: '2022?',
        then: 'sent_to_court',
        thenDate: '2022',
      },
    ],
    measures: [
      {
        ...emptyQuickMeasure('measure:q1', 'detention_unstated'),
        from: '[2022-01..2022-05]',
        until: '[2022-09..2023-01-26]',
        duration: 'just over eight months',
        replaced: true,
      },
      { ...emptyQuickMeasure('measure:q2', 'house_arrest') },
    ],
    hearings: [
      { ...emptyQuickHearing('hearing:q1'), date: '2022-11-07', charges: ['charge:q4', 'charge:q5'] },
      {
        ...emptyQuickHearing('hearing:q2'),
        date: '2023-02-06',
        status: 'scheduled',
        charges: ['charge:q4', 'charge:q5', 'charge:gone'],
      },
    ],
    decisions: [],
    allegations: [],
    authorities: [],
  };
}

forEachStore('a case recorded from one source', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(() => {
    api = testApi(getStore, { now: '2023-02-01T09:00:00.000Z' });
  });

  test('the form of one source imports as one bundle with the facts the dispatch gives', async () => {
    const bundle = bundleOfQuickCase(seedValues(), IDS, 'en');
    const res = await api.call('researcher', 'POST', '/api/import', bundle);
    assert.equal(res.status, 200, JSON.stringify(await res.clone().json()));
    const facts = await bodyOf<Facts>(await api.call('researcher', 'GET', '/api/cases/case:quick/facts'));
    // The one question the dispatch leaves: Art. 400, which replaced the charge brought again, may be pending.
    assert.deepEqual(warned(facts), [['charge.replaced_brought_again', 'charge:q2']]);
    // Custody changed to house arrest: "just over eight months" narrows the dates' 93–390 days to 242–276.
    const [custody, arrest] = facts.defendants[0]?.measures ?? [];
    assert.deepEqual(
      [custody?.id, custody?.days, custody?.successor],
      ['measure:q1', { min: 242, max: 276 }, 'measure:q2'],
    );
    assert.equal(arrest?.id, 'measure:q2');
    assert.equal(facts.defendants[0]?.status.lastKnown?.status, 'under_house_arrest');
    // Reclassified to 400, then brought again under 272(1): one lineage, both links from the first charge.
    assert.deepEqual(facts.lineage[0]?.charges, ['charge:q1', 'charge:q2', 'charge:q3']);
    assert.deepEqual(
      facts.lineage[0]?.links.map((l) => [l.from, l.to, l.kind]),
      [
        ['charge:q1', 'charge:q2', 'reclassification'],
        ['charge:q1', 'charge:q3', 'rebrought'],
      ],
    );
    assert.deepEqual(
      facts.upcomingHearings.map((h) => h.id),
      ['hearing:q2'],
    );
    assert.equal(facts.horizon.on.date, '2023-01-26');

    // The demo, recorded by hand from the same dispatch, has the same cumulative exposure.
    const demo = await readFile(new URL('../data/demo/mamay.bundle.json', import.meta.url), 'utf8');
    assert.equal((await api.call('admin', 'POST', '/api/import', demo)).status, 200);
    const demoFacts = await bodyOf<Facts>(
      await api.call('researcher', 'GET', '/api/cases/case:kz-mamay-2022/facts'),
    );
    assert.equal(facts.exposure.note, demoFacts.exposure.note);

    // Every fact cites the source; the person has the three spellings, the first preferred.
    const person = await bodyOf<{
      record: {
        names: { value: string; script: string; isPreferred?: boolean; sources: { quote?: string }[] }[];
      };
    }>(await api.call('researcher', 'GET', '/api/persons/person:quick'));
    // A spelling read from a sentence cites it; the others cite the source without words.
    assert.deepEqual(
      person.record.names.map((n) => n.sources.map((c) => c.quote)),
      [[undefined], [CAPTION], [undefined]],
    );
    assert.deepEqual(
      person.record.names.map((n) => [n.value, n.script, n.isPreferred === true]),
      [
        ['Zhanbolat Mamay', 'Latn', true],
        ['Zhanbolat Mamai', 'Latn', false],
        ['Жанболат Мамай', 'Cyrl', false],
      ],
    );
    // The trial is on the two lesser charges; a charge ticked whose row is gone is not written.
    for (const id of ['hearing:q1', 'hearing:q2']) {
      const hearing = await bodyOf<{ record: { charges: string[] } }>(
        await api.call('researcher', 'GET', `/api/hearings/${id}`),
      );
      assert.deepEqual(hearing.record.charges, ['charge:q4', 'charge:q5'], id);
    }
    const first = await bodyOf<{
      record: {
        lifecycle: { kind: string; successors?: string[]; sources: unknown[] }[];
        conduct?: string;
        actDate?: { date: string; sources: unknown[] };
        sources: unknown[];
      };
    }>(await api.call('researcher', 'GET', '/api/charges/charge:q1'));
    // What it is brought for, and when, the day and the charge citing the sentence that says so.
    assert.equal(first.record.conduct, 'his alleged role in the January 2022 protests in Almaty');
    assert.deepEqual(first.record.actDate, {
      date: '2022-01',
      sources: [{ source: 'source:quick', quote: LEAD }],
    });
    assert.deepEqual(first.record.sources, [
      { source: 'source:quick' },
      { source: 'source:quick', quote: LEAD },
    ]);
    assert.deepEqual(
      first.record.lifecycle.map((s) => [s.kind, s.successors, s.sources]),
      [
        ['brought', undefined, [{ source: 'source:quick' }]],
        ['reclassified', ['charge:q2'], [{ source: 'source:quick' }]],
      ],
    );
  });

  test('a fate the form left unsaid, as the text leaves it, is noted on the case: the warning is given noted', async () => {
    const why = 'The source does not say what became of it.';
    const bundle = bundleOfQuickCase(seedValues(), IDS, 'en', new Map([['charges.1.fate', why]]));
    assert.equal((await api.call('researcher', 'POST', '/api/import', bundle)).status, 200);
    const facts = await bodyOf<{
      warnings: { code: string; record: string; acknowledged?: { note: string } }[];
    }>(await api.call('researcher', 'GET', '/api/cases/case:quick/facts'));
    assert.deepEqual(
      facts.warnings.map((w) => [w.code, w.record, w.acknowledged?.note]),
      [['charge.replaced_brought_again', 'charge:q2', why]],
    );
  });

  test('an act date typed over cites the source, not the sentence it was first read from', () => {
    const values = seedValues();
    const read = withDrafted(values.charges[0] as QuickCharge);
    const actsOf = (charge: QuickCharge) => {
      values.charges[0] = charge;
      const bundle = bundleOfQuickCase(values, IDS, 'en') as { charges: { actDate?: unknown }[] };
      return bundle.charges[0]?.actDate;
    };
    assert.deepEqual(actsOf(read), { date: '2022-01', sources: [{ source: 'source:quick', quote: LEAD }] });
    assert.deepEqual(actsOf({ ...read, actDate: '2022-01-04' }), {
      date: '2022-01-04',
      sources: [{ source: 'source:quick' }],
    });
  });

  test('a document added by hand is a source of the case of its kind, and the claims ticked in it are made in it', () => {
    const values = seedValues();
    values.allegations = [
      { ...emptyQuickAllegation('allegation:q1'), summary: 'He called for a rally', quote: LEAD },
      { ...emptyQuickAllegation('allegation:q2'), summary: 'He posted a video', quote: LEAD },
    ];
    values.documents = [
      {
        id: 'source:decree',
        kind: 'decree',
        title: 'Decree opening the investigation',
        pageCount: 3,
        allegations: ['allegation:q1'],
        note: '',
      },
    ];
    const bundle = bundleOfQuickCase(values, IDS, 'en') as {
      sources: Record<string, unknown>[];
      cases: { sources: unknown[] }[];
      allegations: { id: string; document: string; passage?: unknown }[];
    };
    assert.deepEqual(
      bundle.sources.map((s) => [s['id'], s['documentKind'], s['pageCount']]),
      [
        ['source:quick', 'article', undefined],
        ['source:decree', 'decree', 3],
      ],
    );
    assert.deepEqual(bundle.cases[0]?.sources, [{ source: 'source:quick' }, { source: 'source:decree' }]);
    assert.deepEqual(
      bundle.allegations.map((a) => [a.id, a.document, a.passage !== undefined]),
      [
        ['allegation:q1', 'source:decree', false],
        ['allegation:q2', 'source:quick', true],
      ],
    );
    // Laid over a case, the case keeps its own documents: none is written, and the claims stay the text's.
    const laid = bundleOfQuickCase({ ...values, into: 'case:held' }, IDS, 'en') as typeof bundle;
    assert.deepEqual(
      laid.sources.map((s) => s['id']),
      ['source:quick'],
    );
    assert.equal(laid.allegations[0]?.document, 'source:quick');
  });

  test('a record already made is reused, not made again: the person and the source chosen', async () => {
    assert.equal(
      (await api.call('researcher', 'POST', '/api/import', bundleOfQuickCase(seedValues(), IDS, 'en')))
        .status,
      200,
    );
    const values = seedValues();
    values.title = 'A second case of the same person, from the same source';
    values.person.existing = 'person:quick';
    values.source.existing = 'source:quick';
    values.charges = [{ ...emptyQuickCharge('charge:again'), article: article('274'), date: '2024-03' }];
    values.measures = [];
    values.hearings = [];
    const bundle = bundleOfQuickCase(values, { ...IDS, case: 'case:second' }, 'en');
    assert.deepEqual([bundle.persons, bundle.sources], [[], []]);
    const res = await api.call('researcher', 'POST', '/api/import?mode=create', bundle);
    assert.equal(res.status, 200, JSON.stringify(await res.clone().json()));
    const second = await bodyOf<{ record: { participants: { person: string }[]; sources: unknown[] } }>(
      await api.call('researcher', 'GET', '/api/cases/case:second/record'),
    );
    assert.deepEqual(
      second.record.participants.map((p) => p.person),
      ['person:quick'],
    );
    assert.deepEqual(second.record.sources, [{ source: 'source:quick' }]);
  });

  test('a measure still running at the latest news began by that day, and the status says so', async () => {
    const values = seedValues();
    // The change is known only to a month range that runs past the news of 26 January 2023.
    values.measures[0] = {
      ...(values.measures[0] ?? emptyQuickMeasure('measure:q1')),
      until: '[2022-09..2023-01]',
    };
    const bundle = bundleOfQuickCase(values, IDS, 'en') as {
      measures: { steps: { kind: string; date: string }[] }[];
    };
    assert.deepEqual(
      bundle.measures.map((m) => m.steps.map((step) => [step.kind, step.date])),
      [
        [
          ['ordered', '[2022-01..2022-05]'],
          ['changed', '[2022-09..2023-01-26]'],
        ],
        [['ordered', '[2022-09..2023-01-26]']],
      ],
    );
    assert.equal((await api.call('researcher', 'POST', '/api/import', bundle)).status, 200);
    const facts = await bodyOf<Facts>(await api.call('researcher', 'GET', '/api/cases/case:quick/facts'));
    assert.equal(facts.defendants[0]?.status.lastKnown?.status, 'under_house_arrest');
    // Without a day of latest news, nothing bounds it: the month range is kept as typed.
    values.confirmedOn = '';
    const open = bundleOfQuickCase(values, IDS, 'en') as { measures: { steps: { date: string }[] }[] };
    assert.equal(open.measures[1]?.steps[0]?.date, '[2022-09..2023-01]');
  });

  test('a start not given is worked out from the end and the length; a charge reclassified ends there', async () => {
    const values = seedValues();
    values.measures[0] = { ...(values.measures[0] ?? emptyQuickMeasure('measure:q1')), from: '' };
    // "dropped" as the dispatch says of the charge that was reclassified: the reclassification ends it.
    values.charges[0] = {
      ...(values.charges[0] ?? emptyQuickCharge('charge:q1')),
      label: 'organizing mass riots',
      then: 'dropped',
      thenDate: '2022-11~',
    };
    const bundle = bundleOfQuickCase(values, IDS, 'en') as {
      measures: { steps: { date: string }[] }[];
      charges: { label?: string; lifecycle: { kind: string }[] }[];
    };
    // Changed between 1 Sep 2022 and 26 Jan 2023 after 8 to 9 months: ordered between 1 Dec 2021 and 26 May 2022.
    assert.equal(bundle.measures[0]?.steps[0]?.date, '[2021-12-01..2022-05-26]');
    assert.deepEqual(
      bundle.charges[0]?.lifecycle.map((step) => step.kind),
      ['brought', 'reclassified'],
    );
    assert.equal(bundle.charges[0]?.label, 'organizing mass riots');
    assert.equal((await api.call('researcher', 'POST', '/api/import', bundle)).status, 200);
    const facts = await bodyOf<Facts>(await api.call('researcher', 'GET', '/api/cases/case:quick/facts'));
    assert.deepEqual(facts.defendants[0]?.measures[0]?.days, { min: 242, max: 276 });
    assert.deepEqual(warned(facts), [['charge.replaced_brought_again', 'charge:q2']]);
  });

  test('a form with mistakes writes nothing, and each mistake is put beside its box', async () => {
    const values = seedValues();
    values.title = '';
    values.source.url = 'https://example.org/dispatch';
    values.charges[1] = { ...(values.charges[1] ?? emptyQuickCharge('charge:q2')), date: 'November' };
    values.measures[0] = { ...(values.measures[0] ?? emptyQuickMeasure('measure:q1')), kind: '' };
    const res = await api.call('researcher', 'POST', '/api/import', bundleOfQuickCase(values, IDS, 'en'));
    assert.equal(res.status, 422);
    const { error } = await bodyOf<{ error: { issues: { path: string }[] } }>(res);
    const fields = new Set(error.issues.map((i) => quickFieldOf(i.path, values)));
    for (const field of ['title', 'source.accessedOn', 'charges.1.date', 'measures.0.kind'])
      assert.ok(fields.has(field), `${field} in ${JSON.stringify([...fields])}`);
    for (const path of ['/api/cases/case:quick', '/api/persons/person:quick', '/api/sources/source:quick'])
      assert.equal((await api.call('admin', 'GET', path)).status, 404, path);
  });
});

test('rows left empty are left out, and a problem of the nth record stands beside the nth row typed in', () => {
  const values = seedValues();
  values.charges.splice(1, 0, emptyQuickCharge('charge:empty'));
  values.measures = [emptyQuickMeasure('measure:empty', 'custody'), ...values.measures];
  values.hearings.push(emptyQuickHearing('hearing:empty'));
  // The reclassification and the bringing again now follow row 0 from rows 2 and 3.
  const bundle = bundleOfQuickCase(values, IDS, 'en') as {
    charges: { id: string }[];
    measures: { id: string }[];
    hearings: { id: string }[];
  };
  assert.deepEqual(
    bundle.charges.map((c) => c.id),
    ['charge:q1', 'charge:q2', 'charge:q3', 'charge:q4', 'charge:q5'],
  );
  assert.deepEqual(
    bundle.measures.map((m) => m.id),
    ['measure:q1', 'measure:q2'],
  );
  assert.deepEqual(
    bundle.hearings.map((h) => h.id),
    ['hearing:q1', 'hearing:q2'],
  );
  assert.equal(quickFieldOf('$.charges[1].lifecycle[0].date', values), 'charges.2.date');
  assert.equal(quickFieldOf('$.measures[0].kind', values), 'measures.1.kind');
  assert.equal(quickFieldOf('$.persons[0].names', values), 'person.name');
});

test('a start worked out from an end and a length uses the end as bounded by the latest news', () => {
  const values = seedValues();
  // Changed "Sep 2022 – Jan 2023", while the house arrest that followed was in force on 26 January 2023.
  values.measures[0] = {
    ...(values.measures[0] ?? emptyQuickMeasure('measure:q1')),
    from: '',
    until: '[2022-09..2023-01]',
  };
  assert.equal(workedOutStart(values, 0), '[2021-12-01..2022-05-26]');
  assert.equal(workedOutStart(values, 1), '[2022-09..2023-01-26]');
  values.measures[0].from = '2022-01';
  assert.equal(workedOutStart(values, 0), '');
});

test('the spellings typed in one box are split at lines, commas and semicolons, once each', () => {
  assert.deepEqual(otherNamesOf('Mamai, Мамай;\n Mamai\n\n Mamaı '), ['Mamai', 'Мамай', 'Mamaı']);
});

test("a problem's place in the bundle names the form's box", () => {
  const values = seedValues();
  assert.equal(quickFieldOf('$.charges[2].article.article', values), 'charges.2.article.article');
  assert.equal(quickFieldOf('$.charges[1].origin.from', values), 'charges.1.from');
  assert.equal(quickFieldOf('$.charges[3].lifecycle[1].date', values), 'charges.3.thenDate');
  assert.equal(quickFieldOf('$.measures[0].steps[1].date', values), 'measures.0.until');
  assert.equal(quickFieldOf('$.persons[0].names[2].value', values), 'person.otherNames');
  assert.equal(quickFieldOf('$.cases[0].confirmed.on', values), 'confirmedOn');
  assert.equal(quickFieldOf('$.cases[0].participants[0].person', values), undefined);
});

type Facts = {
  warnings: { code: string; record: string }[];
  defendants: {
    status: { lastKnown?: { status: string } };
    measures: { id: string; days: { min: number; max: number }; successor?: string }[];
  }[];
  lineage: { charges: string[]; links: { from: string; to: string; kind: string }[] }[];
  upcomingHearings: { id: string }[];
  horizon: { on: { date: string } };
  exposure: { note: string };
};

/** Each warning of the facts by its code and the record it concerns. */
const warned = (facts: Facts) => facts.warnings.map((w) => [w.code, w.record]);
