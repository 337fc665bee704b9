import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createIntl } from 'react-intl';
import en from '../web/src/locales/en.json' with { type: 'json' };
import ru from '../web/src/locales/ru.json' with { type: 'json' };
import {
  bundleOfQuickCase,
  emptyQuickCharge,
  emptyQuickHearing,
  emptyQuickMeasure,
  type QuickCaseValues,
} from '../web/src/features/forms/lib/quick-case.ts';
import { workedOutNotes } from '../web/src/features/forms/lib/quick-case-worked-out.ts';
import { withDrafted } from '../web/src/features/forms/lib/quick-case-changed.ts';
import { emptyForm } from './support/quick-form.ts';

const IDS = { case: 'case:w', source: 'source:w', person: 'person:w' };

/** A text's lesser charge tried at a hearing it dates, and custody of a length before the news it gives. */
function filled(): QuickCaseValues {
  return {
    ...emptyForm(),
    title: 'A case',
    confirmedOn: '2023-01-26',
    source: { existing: '', title: 'A report', publisher: '', publishedOn: '', url: '', accessedOn: '' },
    person: { existing: '', name: 'Aidos Serikbayev', otherNames: '' },
    charges: [
      {
        ...emptyQuickCharge('charge:w1'),
        article: { jurisdiction: 'kz', code: 'cc', article: '378', part: '' },
        date: '[2022-01-01..2022-11-07]',
        then: 'sent_to_court',
        thenDate: '[2022-01-01..2022-11-07]',
        label: 'insulting officers',
        quote: 'He also faces a charge of insulting officers.',
        because: ['article_by_title', 'events_to_hearing', 'charge_to_trial'],
        workedOut: { date: '[2022-01-01..2022-11-07]', thenDate: '[2022-01-01..2022-11-07]' },
      },
      {
        ...emptyQuickCharge('charge:w2'),
        article: { jurisdiction: 'kz', code: 'cc', article: '274', part: '' },
        date: '2022-03-15',
        quote: 'He was charged on 15 March 2022 with spreading false information.',
      },
    ],
    measures: [
      {
        ...emptyQuickMeasure('measure:w1', 'custody'),
        from: '[2022-01-01..2022-05-26]',
        duration: 'just over eight months',
        quote: 'He spent just over eight months in custody.',
        because: ['events_to_news'],
        workedOut: { from: '[2022-01-01..2022-05-26]' },
      },
    ],
    hearings: [
      {
        ...emptyQuickHearing('hearing:w1'),
        date: '2022-11-07',
        charges: ['charge:w1'],
        quote: 'His trial began November 7, 2022.',
      },
    ],
  };
}

type Step = { kind: string; date: string; note?: string };
const stepsOf = (bundle: Record<string, unknown>, kind: 'charges' | 'measures', id: string) => {
  const records = bundle[kind] as { id: string; lifecycle?: Step[]; steps?: Step[] }[];
  const record = records.find((r) => r.id === id);
  return record?.lifecycle ?? record?.steps ?? [];
};

test('a date worked out rather than read is saved with a note saying so, and how; a date read has none', () => {
  const intl = createIntl({ locale: 'en-GB', messages: en });
  const values = filled();
  const bundle = bundleOfQuickCase(values, IDS, 'en', workedOutNotes(intl, values));
  const [brought, sent] = stepsOf(bundle, 'charges', 'charge:w1');
  assert.equal(
    brought?.note,
    'Worked out, not given by the source: Article: the text cites none; this is the one whose title holds its words (“insulting officers”). Brought: not in the text. No earlier than 1 January 2022, when the events the case is about began, an assumption: the text ties no acts to this charge; no later than 7 November 2022, by its first hearing.',
  );
  assert.equal(sent?.kind, 'sent_to_court');
  assert.match(
    sent?.note ?? '',
    /^Worked out, not given by the source: Sent to court: not in the text\. No earlier than 1 January 2022, the earliest it was brought; no later than 7 November 2022, by its first hearing\.$/,
  );
  assert.deepEqual(
    stepsOf(bundle, 'charges', 'charge:w2').map((s) => s.note),
    [undefined],
    'a date the text gives is saved without a note',
  );
  const [ordered] = stepsOf(bundle, 'measures', 'measure:w1');
  assert.match(ordered?.note ?? '', /“just over eight months” before the latest news \(26 January 2023\)\.$/);
  // In the reader's language.
  const russian =
    workedOutNotes(createIntl({ locale: 'ru', messages: ru }), values).get('charges.0.date') ?? '';
  assert.match(russian, /^Вычислено, в источнике не указано: /);
});

test('a date worked out that the researcher typed over is theirs: saved without the note', () => {
  const intl = createIntl({ locale: 'en-GB', messages: en });
  const values = filled();
  const typed = {
    ...values,
    charges: values.charges.map((c, i) => (i === 0 ? { ...c, date: '2022-10' } : c)),
  };
  const notes = workedOutNotes(intl, typed);
  assert.doesNotMatch(notes.get('charges.0.date') ?? '', /Brought:/);
  assert.equal(notes.has('charges.0.thenDate'), true, 'the date not typed over keeps its note');
  assert.equal(notes.has('measures.0.from'), true);
  const [brought] = stepsOf(bundleOfQuickCase(typed, IDS, 'en', notes), 'charges', 'charge:w1');
  // What is left is the article's word: it was found by its title, which was not typed over. The date being the
  // researcher's, the note says what was added to the source, not that a date was worked out.
  assert.match(
    brought?.note ?? '',
    /^Added to what the source says: Article: [^.]*\(“insulting officers”\)\.$/,
  );
  // Their own note on the dates is saved with the step that brought it, or ordered it, after the form's own word.
  const noted = {
    ...typed,
    charges: typed.charges.map((c, i) =>
      i === 0 ? { ...c, note: ' Charged in October, says his lawyer. ' } : c,
    ),
    measures: typed.measures.map((m) => ({ ...m, note: 'Arrested after the interview of 28 January.' })),
  };
  const bundle = bundleOfQuickCase(noted, IDS, 'en', workedOutNotes(intl, noted));
  assert.equal(
    stepsOf(bundle, 'charges', 'charge:w1')[0]?.note,
    'Added to what the source says: Article: the text cites none; this is the one whose title holds its words (“insulting officers”). Charged in October, says his lawyer.',
  );
  assert.match(
    stepsOf(bundle, 'measures', 'measure:w1')[0]?.note ?? '',
    /^Worked out, not given by the source: Start: .* Arrested after the interview of 28 January\.$/,
  );
});

test('an article found by its title and then changed by the researcher is theirs: no word of it is saved', () => {
  const intl = createIntl({ locale: 'en-GB', messages: en });
  const values = filled();
  const drafted = withDrafted(values.charges[0]!);
  const kept = { ...values, charges: [drafted, ...values.charges.slice(1)] };
  assert.match(workedOutNotes(intl, kept).get('charges.0.date') ?? '', /Article: the text cites none/);
  const changed = {
    ...values,
    charges: [{ ...drafted, article: { ...drafted.article, article: '379' } }, ...values.charges.slice(1)],
  };
  assert.doesNotMatch(workedOutNotes(intl, changed).get('charges.0.date') ?? '', /Article:/);
});

test('a start typed by no one, counted back from the end by the length, is saved with a note saying how', () => {
  const intl = createIntl({ locale: 'en-GB', messages: en });
  const values = filled();
  const typed = {
    ...values,
    measures: [
      {
        ...emptyQuickMeasure('measure:w2', 'custody'),
        until: '2022-09-15',
        duration: 'eight months',
      },
    ],
  };
  const bundle = bundleOfQuickCase(typed, IDS, 'en', workedOutNotes(intl, typed));
  const [ordered] = stepsOf(bundle, 'measures', 'measure:w2');
  assert.equal(ordered?.date, '2022-01-15');
  assert.equal(
    ordered?.note,
    'Worked out, not given by the source: Start: not in the text; “eight months” before its end (15 September 2022).',
  );
  // A length of some latitude, or an end of a month, gives a span, each end said.
  const loose = {
    ...typed,
    measures: typed.measures.map((m) => ({ ...m, until: '2022-09', duration: 'just over eight months' })),
  };
  assert.match(
    workedOutNotes(intl, loose).get('measures.0.from') ?? '',
    /^Worked out, not given by the source: Start: not in the text\. No earlier than \d+ \w+ 2021, “just over eight months” before its earliest end; no later than \d+ January 2022, “just over eight months” before its latest end\.$/,
  );
  // Typed, the start is the researcher's: no note.
  const own = { ...typed, measures: typed.measures.map((m) => ({ ...m, from: '2022-01-10' })) };
  assert.equal(
    stepsOf(bundleOfQuickCase(own, IDS, 'en', workedOutNotes(intl, own)), 'measures', 'measure:w2')[0]?.note,
    undefined,
  );
});
