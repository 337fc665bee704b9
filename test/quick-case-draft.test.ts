import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { Store } from '../src/core/ports.ts';
import { bundleOfQuickCase, emptyQuickCharge } from '../web/src/features/forms/lib/quick-case.ts';
import {
  isRowWorkedOut,
  rowWorkedOut,
  spanRows,
  valuesFromDraft,
  workedOutRows,
  type CaseDraft,
} from '../web/src/features/forms/lib/quick-case-draft.ts';
import { textSummary } from '../web/src/features/forms/lib/quick-case-titles.ts';
import { documentWords } from '../web/src/features/forms/lib/quick-case-documents.ts';
import { createIntl } from 'react-intl';
import en from '../web/src/locales/en.json' with { type: 'json' };
import { emptyQuickAuthority } from '../web/src/features/forms/lib/quick-case-authorities.ts';
import { bodyOf, testApi } from './support/api.ts';
import { forEachStore } from './support/stores.ts';
import { counter, emptyForm, hasSeed, seedText } from './support/quick-form.ts';

// The seed's dispatch pasted into the form of one source: the draft fills the person, the charges with their
// lineage, the measures and the hearings; the researcher adds what the text does not say (the source, a
// title) and the case saved has the facts of the demo's, every fact quoting its sentence.

const IDS = { case: 'case:drafted', source: 'source:drafted', person: 'person:drafted' };

forEachStore('a case drafted from the text of its source', (getStore: () => Store) => {
  let api: ReturnType<typeof testApi>;
  beforeEach(() => {
    api = testApi(getStore, { now: '2023-02-01T09:00:00.000Z' });
  });

  test('the dispatch fills the form; with the dates it lacks typed in, the case saved has the demo facts', async (t) => {
    if (!hasSeed(t)) return;
    const res = await api.call('researcher', 'POST', '/api/drafts/case', {
      text: seedText(),
      jurisdiction: 'kz',
    });
    assert.equal(res.status, 200);
    const values = valuesFromDraft(
      emptyForm(),
      await bodyOf<CaseDraft>(res),
      counter(),
      documentWords(createIntl({ locale: 'en-GB', messages: en })),
    );
    assert.equal(values.person.name, 'Zhanbolat Mamay');
    assert.equal(values.person.otherNames, 'Zhanbolat Mamai');
    assert.deepEqual(
      values.charges.map((c) => [c.id, c.article.article, c.began, c.from, c.date]),
      [
        ['charge:d1', '272', 'brought', '', '[2022-01-01..2022-12-11]'],
        ['charge:d2', '400', 'reclassification', '0', '[2022-11-11..2022-12-11]'],
        ['charge:d3', '272', 'rebrought', '0', '2023-01-26'],
        ['charge:d4', '378', 'brought', '', '[2022-01-01..2022-11-07]'],
        ['charge:d5', '274', 'brought', '', '[2022-01-01..2022-11-07]'],
      ],
    );
    assert.deepEqual(
      values.measures.map((m) => [m.kind, m.from, m.duration, m.replaced]),
      [
        ['custody', '[2022-01-28..2022-05-26]', 'just over eight months', true],
        ['house_arrest', '', '', false],
      ],
    );
    assert.deepEqual(
      values.hearings.map((h) => [h.date, h.status, h.charges]),
      [
        ['2022-11-07', 'held', ['charge:d4', 'charge:d5']],
        ['2023-02-06', 'scheduled', ['charge:d4', 'charge:d5']],
      ],
    );
    assert.equal(values.confirmedOn, '2023-01-26');
    // The lesser charges were sent to court by the trial held on them; the dispatch, undated, was written between
    // its latest news and the hearing it says is to come.
    assert.deepEqual(
      values.charges.map((c) => [c.then, c.thenDate]),
      [
        ['', ''],
        ['', ''],
        ['', ''],
        ['sent_to_court', '[2022-01-01..2022-11-07]'],
        ['sent_to_court', '[2022-01-01..2022-11-07]'],
      ],
    );
    assert.deepEqual(values.charges[3]?.because, [
      'article_by_title',
      'events_to_hearing',
      'charge_to_trial',
    ]);
    assert.equal(values.source.publishedOn, '[2023-01-26..2023-02-05]');
    assert.deepEqual(values.source.because, ['news_to_next']);
    // The rows to check first: those with a date worked out from others; a day read with the year the text's other
    // dates give is read. Each worked-out date is kept by its field, for its box to say so.
    assert.deepEqual(
      (['charges', 'measures', 'hearings'] as const).flatMap((list) =>
        values[list].map((_, i) => isRowWorkedOut(values, list, i)),
      ),
      [true, true, false, true, true, true, true, false, false],
    );
    // Of those, the ones to check first are the dates counted from the text's words ("just two months after", the
    // caption showing him at liberty on 28 January 2022); the others are dates the text does not give, kept as the
    // span it allows.
    assert.deepEqual(
      (['charges', 'measures', 'hearings'] as const).flatMap((list) =>
        values[list].map((_, i) => rowWorkedOut(values, list, i) ?? ''),
      ),
      ['span', 'counted', '', 'span', 'span', 'counted', 'span', '', ''],
    );
    assert.equal(workedOutRows(values), 2);
    assert.equal(spanRows(values), 4);
    // A worked-out date typed over is the researcher's: the row is no longer one worked out.
    const retyped = {
      ...values,
      charges: values.charges.map((c, i) => (i <= 1 ? { ...c, date: '2022-06' } : c)),
    };
    assert.equal(isRowWorkedOut(retyped, 'charges', 0), false);
    assert.equal(workedOutRows(retyped), 1);
    assert.equal(spanRows(retyped), 3);
    // Custody's start typed, house arrest's start is counted from it and the length: a date to check, no longer
    // one the text does not give.
    const started = {
      ...values,
      measures: values.measures.map((m, i) => (i === 0 ? { ...m, from: '2022-01-05' } : m)),
    };
    assert.deepEqual(
      started.measures.map((_, i) => rowWorkedOut(started, 'measures', i) ?? ''),
      ['', 'counted'],
    );
    assert.deepEqual(values.charges[0]?.workedOut, { date: '[2022-01-01..2022-12-11]' });
    assert.deepEqual(values.charges[2]?.workedOut, undefined);
    assert.deepEqual(values.charges[3]?.workedOut, {
      date: '[2022-01-01..2022-11-07]',
      thenDate: '[2022-01-01..2022-11-07]',
    });
    assert.deepEqual(values.source.workedOut, { publishedOn: '[2023-01-26..2023-02-05]' });
    // The summary offered leads with the sentence of the charge brought last: the report's lead, with the year its
    // date was written without, so that out of the text it still says when; the other sentences follow, each once.
    const offered = textSummary(values, seedText()) ?? '';
    assert.match(
      offered,
      /^As Kazakhstan gears up for parliamentary elections this spring \[2023\], the Almaty City Prosecutor’s office on January 26 \[2023\] charged the opposition leader/,
    );
    assert.match(offered, / Mamay remains under house arrest\.$/);

    // Saved as it is, the source the text does not describe (its title) is asked for, and nothing is written.
    const early = await api.call('researcher', 'POST', '/api/import', bundleOfQuickCase(values, IDS, 'en'));
    assert.ok([400, 422].includes(early.status), String(early.status));
    assert.equal((await api.call('researcher', 'GET', '/api/cases/case:drafted')).status, 404);

    // What the researcher adds: the source and a title.
    values.source = {
      ...values.source,
      title: 'Dispatch on Zhanbolat Mamay',
      publisher: 'Human Rights Watch',
    };
    values.title = 'Zhanbolat Mamay: mass riots charge brought again';
    // The source's own judgement of the calls for reform, recorded as the claim's assessment as speech.
    // The researcher assesses the videos' calls to a peaceful protest as protected too.
    values.allegations = values.allegations.map((a, i) =>
      i === 3
        ? { ...a, finding: 'protected', reasoning: 'Calling for political reforms is not a crime' }
        : i === 1
          ? { ...a, finding: 'protected' }
          : a,
    );
    const saved = await api.call('researcher', 'POST', '/api/import', bundleOfQuickCase(values, IDS, 'en'));
    assert.equal(saved.status, 200, JSON.stringify(await saved.clone().json()));

    const facts = await bodyOf<{
      lineage: { charges: string[] }[];
      upcomingHearings: { id: string }[];
      defendants: {
        status: { lastKnown?: { status: string } };
        measures: { id: string; days: { min: number; max: number } }[];
      }[];
    }>(await api.call('researcher', 'GET', '/api/cases/case:drafted/facts'));
    assert.deepEqual(facts.lineage[0]?.charges, ['charge:d1', 'charge:d2', 'charge:d3']);
    assert.deepEqual(
      facts.upcomingHearings.map((h) => h.id),
      ['hearing:d2'],
    );
    assert.equal(facts.defendants[0]?.status.lastKnown?.status, 'under_house_arrest');
    // The change to house arrest, worked out from custody's start and "just over eight months": 242–276 days.
    assert.deepEqual(
      facts.defendants[0]?.measures.map((m) => [m.id, m.days]),
      [
        ['measure:d1', { min: 242, max: 276 }],
        ['measure:d2', facts.defendants[0]?.measures[1]?.days],
      ],
    );
    const lesser = await bodyOf<{
      record: { lifecycle: { kind: string; date: string; sources: { quote?: string }[] }[] };
    }>(await api.call('researcher', 'GET', '/api/charges/charge:d4'));
    // Its bringing cites the sentence naming the charge; its sending to court, worked out from the trial, the
    // sentence of the trial.
    assert.deepEqual(
      lesser.record.lifecycle.map((step) => /^(\S+ \S+ \S+)/.exec(step.sources[0]?.quote ?? '')?.[1]),
      ['Mamay also faces', 'His trial on'],
    );
    assert.deepEqual(
      lesser.record.lifecycle.map((step) => [step.kind, step.date]),
      [
        ['brought', '[2022-01-01..2022-11-07]'],
        ['sent_to_court', '[2022-01-01..2022-11-07]'],
      ],
    );
    // The indictment the dispatch tells of is a source of the case of its own, of its 59 pages, known only from the
    // dispatch; the claim its sentence reports is made in it and cites the dispatch's sentence, not a page of it.
    const indictment = await bodyOf<{ record: Record<string, unknown> }>(
      await api.call('researcher', 'GET', '/api/sources/source:d1'),
    );
    assert.deepEqual(
      [indictment.record['kind'], indictment.record['documentKind'], indictment.record['pageCount']],
      ['document', 'indictment', 59],
    );
    assert.equal(indictment.record['title'], 'The indictment (59 pages), as the source describes it');
    assert.match(
      String(indictment.record['note']),
      /^Not seen: known only from the source .*“The new 59-page indictment asserts/,
    );
    const claimsMade = await Promise.all(
      ['allegation:d1', 'allegation:d2'].map(async (id) =>
        bodyOf<{
          record: { document: string; passage?: unknown; sources: { source: string; quote?: string }[] };
        }>(await api.call('researcher', 'GET', `/api/allegations/${id}`)),
      ),
    );
    assert.deepEqual(
      claimsMade.map(({ record }) => [
        record.document,
        record.passage === undefined,
        record.sources[0]?.source,
      ]),
      [
        ['source:d1', true, 'source:drafted'],
        // The prosecutor's argument is not said to be the indictment's: it stays the dispatch's, at its sentence.
        ['source:drafted', false, 'source:drafted'],
      ],
    );
    // Each fact drafted cites the source with the sentence it was read from.
    const custody = await bodyOf<{ record: { sources: { source: string; quote?: string }[] } }>(
      await api.call('researcher', 'GET', '/api/measures/measure:d1'),
    );
    assert.match(custody.record.sources[0]?.quote ?? '', /just over eight months in pretrial detention/);
    assert.equal(custody.record.sources[0]?.source, 'source:drafted');
    // The prosecutor's office named is recorded, as the case's prosecuting authority and as the one that brought
    // the charge again, cited by the sentence naming it.
    const office = await bodyOf<{ record: { names: { value: string }[]; kind: string } }>(
      await api.call('researcher', 'GET', '/api/organisations/organisation:d1'),
    );
    assert.deepEqual(
      [office.record.names[0]?.value, office.record.kind],
      ['Almaty City Prosecutor’s office', 'prosecutor'],
    );
    const theCase = await bodyOf<{ record: { authorities: { organisation: string; role: string }[] } }>(
      await api.call('researcher', 'GET', '/api/cases/case:drafted/record'),
    );
    assert.deepEqual(
      theCase.record.authorities.map((a) => [a.organisation, a.role]),
      [['organisation:d1', 'prosecuting']],
    );
    const again = await bodyOf<{ record: { lifecycle: { authority?: string }[] } }>(
      await api.call('researcher', 'GET', '/api/charges/charge:d3'),
    );
    assert.equal(again.record.lifecycle[0]?.authority, 'organisation:d1');
    // "The prosecutor's office" that reclassified the first charge is that office: the charge it made was brought by
    // it, and the first charge's reclassification, one act with that bringing, says so too.
    const made = await bodyOf<{ record: { lifecycle: { authority?: string }[] } }>(
      await api.call('researcher', 'GET', '/api/charges/charge:d2'),
    );
    assert.equal(made.record.lifecycle[0]?.authority, 'organisation:d1');
    const first = await bodyOf<{ record: { lifecycle: { kind: string; authority?: string }[] } }>(
      await api.call('researcher', 'GET', '/api/charges/charge:d1'),
    );
    assert.deepEqual(
      first.record.lifecycle.map((step) => [step.kind, step.authority]),
      [
        ['brought', undefined],
        ['reclassified', 'organisation:d1'],
      ],
    );
    // The prosecution's claims the dispatch reports are allegations on the riots charge brought again, the one its
    // sentence says the indictment asserts made in the indictment, the others in the dispatch, at their sentences;
    // the matrix reads them against its elements.
    const claims = await bodyOf<{ items: { record: Record<string, unknown> }[] }>(
      await api.call('researcher', 'GET', '/api/allegations?case=case:drafted'),
    );
    // Each asserts the elements of the riots charge its words say: the indictment's own words the organising, the
    // riots and their violence; the claims made "in order to organize mass riots" the organising and the intent.
    assert.deepEqual(
      claims.items.map((a) => [
        a.record['type'],
        a.record['charge'],
        a.record['document'],
        a.record['elements'],
      ]),
      [
        ['act', 'charge:d3', 'source:d1', ['organising', 'mass_riots', 'aggravating_acts', 'intent']],
        ['speech', 'charge:d3', 'source:drafted', ['organising', 'intent']],
        ['speech', 'charge:d3', 'source:drafted', ['organising', 'intent']],
        ['speech', 'charge:d3', 'source:drafted', ['organising', 'intent']],
      ],
    );
    // Made in the indictment, it has no page of it; it cites the dispatch's sentence telling of it.
    assert.match(
      String((claims.items[0]?.record['sources'] as { quote?: string }[] | undefined)?.[0]?.quote),
      /^The new 59-page indictment asserts that Mamay decided/,
    );
    // The text's answer to the indictment's claim is its note, citing the claim's sentence and the two answering it.
    assert.match(
      String(claims.items[0]?.record['note']),
      /^What is lacking in the indictment is any evidence/,
    );
    assert.deepEqual(
      (claims.items[0]?.record['sources'] as { quote?: string }[]).map((c) => c.quote?.slice(0, 22)),
      ['The new 59-page indict', 'What is lacking in the', 'However, the indictmen'],
    );
    assert.equal(claims.items[1]?.record['note'], undefined);
    // The events the dispatch tells of are the case's, tied to the person: the January 2022 protests with their
    // dead citing the sentence counting them, and the elections of the spring of the text's news.
    const events = await bodyOf<{ items: { record: Record<string, unknown> }[] }>(
      await api.call('researcher', 'GET', '/api/events'),
    );
    assert.deepEqual(
      events.items.map((e) => [
        e.record['id'],
        e.record['kind'],
        e.record['title'],
        e.record['start'],
        e.record['place'],
      ]),
      [
        ['event:d1', 'protest', 'January 2022 protests', '2022-01', { country: 'kz' }],
        ['event:d2', 'election', 'parliamentary elections', '2023-21', { country: 'kz' }],
      ],
    );
    // The protests are described in the words of the sentence counting their dead, which say where most died.
    assert.equal(
      events.items[0]?.record['description'],
      'At least 238 people died in the January 2022 events in Kazakhstan, most of them in Almaty.',
    );
    assert.equal(events.items[1]?.record['description'], undefined);
    const protests = events.items[0]?.record as {
      cases: string[];
      persons: string[];
      casualties: { deaths: { value: number; qualifier: string; sources: { quote?: string }[] } };
      sources: { quote?: string }[];
    };
    assert.deepEqual([protests.cases, protests.persons], [['case:drafted'], [IDS.person]]);
    assert.deepEqual(
      [protests.casualties.deaths.value, protests.casualties.deaths.qualifier],
      [238, 'at_least'],
    );
    assert.match(protests.casualties.deaths.sources[0]?.quote ?? '', /^At least 238 people died/);
    assert.match(
      protests.sources[0]?.quote ?? '',
      /for his alleged role in the January 2022 protests in Almaty/,
    );
    assert.deepEqual((theCase.record as unknown as { events: string[] }).events, ['event:d1', 'event:d2']);
    // The evidence the dispatch tells of: the Facebook videos, supporting the claim that names them, and the expert
    // analyses the prosecution commissioned, both found in the source.
    const items = await bodyOf<{ items: { record: Record<string, unknown> }[] }>(
      await api.call('researcher', 'GET', '/api/evidence?case=case:drafted'),
    );
    assert.deepEqual(
      items.items.map((e) => [
        e.record['id'],
        e.record['type'],
        e.record['side'],
        e.record['commissionedBy'],
        e.record['title'],
        e.record['links'],
        e.record['document'],
      ]),
      [
        [
          'evidence:d1',
          'video',
          'prosecution',
          undefined,
          'Videos (Facebook)',
          [{ allegation: 'allegation:d2', stance: 'supports' }],
          'source:drafted',
        ],
        [
          'evidence:d2',
          'expert_opinion',
          'prosecution',
          'prosecution',
          'Expert analyses commissioned by the prosecution',
          [],
          'source:drafted',
        ],
      ],
    );
    assert.match(
      String(items.items[1]?.record['description']),
      /^Concluded that Mamay “promoted destructive/,
    );
    // The matrix shows what the dispatch argues: the violence is asserted, and no evidence is put forward for it; the riots'
    // link to the organising is asserted by no claim; the organising and the intent rest on the videos alone, whose
    // calls to a peaceful protest were assessed as protected expression.
    const matrix = await bodyOf<{
      charges: { charge: string; elements: { key: string; status: string; allegations: string[] }[] }[];
      gaps: { kind: string; charge?: string; allegation?: string }[];
      unlinked: { evidence: string; isProsecutionExpert: boolean; description?: string }[];
    }>(await api.call('researcher', 'GET', '/api/cases/case:drafted/matrix'));
    // The calls for reform, assessed as protected expression citing the source, are no longer unassessed speech.
    const reform = claims.items[3]?.record as {
      speechAssessment?: { finding: string; reasoning?: string; sources: { source: string }[] };
    };
    assert.deepEqual(
      [
        reform.speechAssessment?.finding,
        reform.speechAssessment?.reasoning,
        reform.speechAssessment?.sources[0]?.source,
      ],
      ['protected', 'Calling for political reforms is not a crime', 'source:drafted'],
    );
    assert.deepEqual(
      matrix.gaps
        .filter((g) => g.kind === 'speech_unassessed')
        .map((g) => (g as { allegation?: string }).allegation),
      ['allegation:d3'],
    );
    // The expert analyses the text ties to no claim are listed apart on the matrix, as the prosecution's experts.
    assert.deepEqual(matrix.unlinked, [
      {
        evidence: 'evidence:d2',
        title: 'Expert analyses commissioned by the prosecution',
        type: 'expert_opinion',
        side: 'prosecution',
        commissionedBy: 'prosecution',
        isProsecutionExpert: true,
        description: matrix.unlinked[0]?.description,
      },
    ]);
    // The charges the dispatch tells of no claim for are a gap each, not one for each of their elements.
    assert.deepEqual(
      matrix.gaps
        .filter((g) => g.charge !== 'charge:d3' && g.kind !== 'speech_unassessed')
        .map((g) => [g.kind, g.charge])
        .sort(),
      [
        ['charge_unargued', 'charge:d1'],
        ['charge_unargued', 'charge:d2'],
        ['charge_unargued', 'charge:d4'],
        ['charge_unargued', 'charge:d5'],
      ],
    );
    const riots = matrix.charges.find((c) => c.charge === 'charge:d3');
    assert.deepEqual(
      riots?.elements.map((e) => [e.key, e.status, e.allegations.length]),
      [
        ['organising', 'protected_speech', 4],
        ['mass_riots', 'unsupported', 1],
        ['aggravating_acts', 'unsupported', 1],
        ['causal_link', 'uncovered', 0],
        ['intent', 'protected_speech', 4],
      ],
    );
  });

  test('what is typed is kept: a person chosen and rows filled stay, the draft adds after them', async () => {
    const res = await api.call('researcher', 'POST', '/api/drafts/case', {
      text: 'On 3 March 2024 the court remanded Dana Ospanova in custody, charged with “disseminating false information”.',
      jurisdiction: 'kz',
    });
    const typed = emptyForm();
    typed.person.existing = 'person:known';
    typed.charges = [
      {
        ...emptyQuickCharge('charge:typed'),
        article: { jurisdiction: 'kz', code: 'cc', article: '174', part: '1' },
      },
    ];
    typed.confirmedOn = '2024-04-01';
    const values = valuesFromDraft(typed, await bodyOf<CaseDraft>(res), counter());
    assert.equal(values.person.name, '');
    assert.deepEqual(
      values.charges.map((c) => [c.id, c.article.article, c.date]),
      [
        ['charge:typed', '174', ''],
        ['charge:d1', '274', '2024-03-03'],
      ],
    );
    assert.deepEqual(
      values.measures.map((m) => [m.kind, m.from]),
      [['custody', '2024-03-03']],
    );
    assert.equal(values.confirmedOn, '2024-04-01');
  });

  test('a court the text names is the court of the hearings it held; one typed already is not added twice', async () => {
    const res = await api.call('researcher', 'POST', '/api/drafts/case', {
      text: 'The Medeu District Court of Almaty opened the trial of Dana Ospanova on 3 March 2024. The Almaty City Prosecutor’s office had charged her on 1 February 2024 with “disseminating false information”.',
      jurisdiction: 'kz',
    });
    const typed = emptyForm();
    typed.authorities = [
      { ...emptyQuickAuthority('organisation:typed'), name: 'almaty city prosecutor’s office' },
    ];
    const values = valuesFromDraft(typed, await bodyOf<CaseDraft>(res), counter());
    assert.deepEqual(
      values.authorities.map((a) => [a.id, a.name, a.role, a.hearings, a.charges]),
      [
        ['organisation:typed', 'almaty city prosecutor’s office', 'prosecuting', [], []],
        ['organisation:d1', 'Medeu District Court of Almaty', 'court_first_instance', ['hearing:d1'], []],
      ],
    );
    const bundle = bundleOfQuickCase(values, IDS, 'en') as { hearings: { id: string; court?: string }[] };
    assert.deepEqual(
      bundle.hearings.map((h) => [h.id, h.court]),
      [['hearing:d1', 'organisation:d1']],
    );
  });
});
