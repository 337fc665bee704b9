import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NUKUS_BLOGGER, ZHANAOZEN_TRIAL } from '../../../test/support/press-texts.ts';
import { draftCase } from './case-draft.ts';
import { law, seedDispatch } from './draft-rows.ts';

/** The events a text drafts, each as its kind, title, start, place and dead. */
const events = (text: string) =>
  draftCase(text, law).events.map((e) => [
    e.kind,
    e.title,
    e.start.date,
    e.place ?? null,
    e.deaths === undefined ? null : `${e.deaths.qualifier} ${String(e.deaths.value)}`,
  ]);

test('the seed dispatch: the January 2022 protests, with their dead and their country, and the elections ahead', (t) => {
  const text = seedDispatch(t);
  if (text === undefined) return;
  // "the January 2022 protests in Almaty" and "the January 2022 events in Kazakhstan" are one event, placed in the
  // wider, the country its dead are counted in; the elections "this spring", in the country the sentence names, are
  // dated by the season of the text's latest news (26 January 2023).
  assert.deepEqual(events(text), [
    ['protest', 'January 2022 protests', '2022-01', { country: 'kz' }, 'at_least 238'],
    ['election', 'parliamentary elections', '2023-21', { country: 'kz' }, null],
  ]);
  const [protests, elections] = draftCase(text, law).events;
  assert.match(protests?.deaths?.quote.text ?? '', /^At least 238 people died in the January 2022 events/);
  assert.equal(elections?.start.isInferred, true);
});

test('an event is read only where the text dates it: a charge of "mass riots" is none', () => {
  assert.deepEqual(
    events('He was charged with organising mass riots. The protests were peaceful, his lawyer said.'),
    [],
  );
  assert.deepEqual(events(NUKUS_BLOGGER), [
    ['protest', 'July 2022 protests', '2022-07', { name: 'Karakalpakstan' }, null],
  ]);
  assert.deepEqual(events(ZHANAOZEN_TRIAL), [
    ['protest', '2022 жылғы қаңтар оқиғасы', '2022-01', null, null],
  ]);
});

test('Russian: the event named before its date, its dead counted after their verb, a country declined after "в"', () => {
  const text =
    'В ходе январских событий 2022 года в Казахстане погибли не менее 238 человек. ' +
    'Активиста задержали после митинга 5 января 2022 года в Жанаозене. Выборы в парламент пройдут этой весной.';
  assert.deepEqual(events(text), [
    ['protest', 'январских событий 2022 года', '2022', { country: 'kz' }, 'at_least 238'],
    // A word before the event's ("после") is not part of its name.
    ['protest', 'митинга 5 января 2022 года', '2022-01-05', { name: 'Жанаозене' }, null],
    // "этой весной": the spring of the text's latest news.
    ['election', 'Выборы в парламент', '2022-21', null, null],
  ]);
});

test('English: an event dated after "of" or by its year alone, and the dead a killing counts', () => {
  assert.deepEqual(
    events(
      'Ivan Petrov was detained after the 2020 presidential election in Belarus. He was charged on 12 September 2020.',
    ),
    [['election', '2020 presidential election', '2020', { country: 'by' }, null]],
  );
  assert.deepEqual(
    events('The referendum of 5 June 2022 was boycotted. On 10 June 2022 police detained him.'),
    [['referendum', 'referendum of 5 June 2022', '2022-06-05', null, null]],
  );
  assert.deepEqual(
    events('Security forces killed at least 227 people during the unrest of January 2022, officials said.'),
    [['protest', 'unrest of January 2022', '2022-01', null, 'at_least 227']],
  );
  // "in January" says when, not where.
  assert.deepEqual(events('He was arrested after the 2022 protests in January, his lawyer said.'), [
    ['protest', '2022 protests', '2022', null, null],
  ]);
  // A protest "on" a day is no event of its own: the day a call to join it named is a claim's, not the event's.
  assert.deepEqual(events('He called on residents to join the peaceful protest on 4 January 2022.'), []);
  assert.deepEqual(events('Выборы президента 20 ноября 2022 года прошли без оппозиции.'), [
    ['election', 'Выборы президента 20 ноября 2022 года', '2022-11-20', null, null],
  ]);
});
