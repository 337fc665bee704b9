import assert from 'node:assert/strict';
import { test } from 'node:test';
import { draftCase } from './case-draft.ts';
import { charges, hearings, law, measures, verdicts } from './draft-rows.ts';
import { nominativeOf } from './russian-names.ts';

// Texts of other prosecutions than the one the demo holds, written as the press writes them: a headline in title
// case, dates without their year, a party's name in quotes, a verdict naming the articles, a hearing to come.

const JOURNALIST = [
  'Kazakhstan: Journalist Sentenced on Dubious Extortion Charges',
  '',
  'Kazakh journalist Makhambet Abzhan was detained on March 15, 2024, and charged with extortion. On March 17, a ' +
    'court in Astana ordered him held in pretrial detention for two months. His trial began on August 20, 2024. ' +
    'On October 10, 2024, the Saryarka District Court sentenced him to seven years in prison. His lawyers said ' +
    'they would appeal; the appeal hearing is scheduled for December 3, 2024.',
].join('\n');

test('an English report: the headline names no one, a yearless date takes the year of the date before it', () => {
  const draft = draftCase(JOURNALIST, law);
  // "Dubious Extortion Charges" in the title-case headline is not a person.
  assert.deepEqual(
    draft.persons.map((p) => p.name),
    ['Makhambet Abzhan'],
  );
  // "On March 17", two days after "March 15, 2024" in the same paragraph, is of 2024, though the latest date the
  // text names (3 December 2024) lies nearer March 2025. "ordered him held … for two months" is the term ordered,
  // not how long custody lasted: no length is drafted.
  assert.deepEqual(measures(draft), ['suspect_detention 2024-03-15 -', 'custody 2024-03-17 -']);
  // The court that ordered him held held a hearing to do so.
  assert.deepEqual(hearings(draft), [
    'detention_review 2024-03-17 held []',
    'trial_session 2024-08-20 held []',
    'verdict 2024-10-10 held []',
    'appeal 2024-12-03 scheduled []',
  ]);
});

const ACTIVIST = [
  'Суд приговорил лидера незарегистрированной партии к семи годам лишения свободы',
  '',
  '28 ноября 2023 года суд признал лидера незарегистрированной партии «Алга, Казахстан» Марата Жыланбаева ' +
    'виновным в участии в экстремистской группе (часть 2 статьи 182 УК) и в участии в деятельности запрещённой ' +
    'организации (статья 405 УК) и приговорил его к семи годам лишения свободы.',
  'Судебный процесс начался 15 сентября 2023 года. Апелляционная инстанция рассмотрит жалобу 12 февраля 2024 года.',
].join('\n');

test('a Russian report of a verdict: a party in quotes is no offence, and the verdict does not date the charges', () => {
  const draft = draftCase(ACTIVIST, law);
  // «Алга, Казахстан» follows the word for a party: it is the party's name, not an offence found by its words.
  // The articles the verdict names were brought before it: the sentence convicting on them does not date them.
  assert.deepEqual(charges(draft), ['182(2) brought -', '405 brought -']);
  assert.deepEqual(
    draft.affiliations.map((a) => [a.name, a.kind, a.isUnregistered]),
    [['Алга, Казахстан', 'party', true]],
  );
  // "задержали" (detained) starts a suspect's detention on its day; the year of that day is no length of it.
  assert.deepEqual(measures(draftCase('Марата Жыланбаева задержали 31 мая 2023 года в Астане.', law)), [
    'suspect_detention 2023-05-31 -',
  ]);
  // Listed by their days, the trial told of after the verdict first; "рассмотрит" (will hear) puts the appeal to come.
  assert.deepEqual(hearings(draft), [
    'trial_session 2023-09-15 held []',
    'verdict 2023-11-28 held [0,1]',
    'appeal 2024-02-12 scheduled []',
  ]);
});

test('verdicts: the day, the charges named or else every charge standing, and the penalty as written', () => {
  const english = draftCase(JOURNALIST, law);
  // "sentenced him to seven years in prison" names no charge: the one charge standing, extortion, is taken.
  assert.deepEqual(charges(english), ['194 brought 2024-03-15']);
  assert.deepEqual(verdicts(english), ['2024-10-10 convicted [0] every imprisonment seven years']);
  const russian = draftCase(ACTIVIST, law);
  assert.deepEqual(verdicts(russian), ['2023-11-28 convicted [0,1] imprisonment семи годам']);
  const kazakh = draftCase(
    '2024 жылғы 5 наурызда сот белсендіні 2 жылға бас бостандығын шектеуге соттады. ' +
      'Ол «жалған ақпарат таратты» деген айыппен айыпталған.',
    law,
  );
  assert.deepEqual(verdicts(kazakh), ['2024-03-05 convicted [0] every restricted_freedom 2 жылға']);
  // A ruling on appeal is not a verdict; an acquittal carries no penalty; a suspended term says so.
  assert.deepEqual(verdicts(draftCase('On 3 June 2024 the appeal court upheld the verdict.', law)), []);
  assert.deepEqual(
    verdicts(
      draftCase(
        'On 3 June 2024 the court acquitted Aigerim Tleuzhan of "mass riots". On 4 June 2024 the court sentenced ' +
          'Daniyar Adilbekov to a suspended term of three years in prison for "disseminating false information".',
        law,
      ),
    ),
    ['2024-06-03 acquitted [0]', '2024-06-04 convicted [1] imprisonment three years suspended'],
  );
});

test('a man named only in the cases a Russian text declines is named in the nominative, a woman as written', () => {
  assert.deepEqual(
    draftCase(ACTIVIST, law).persons.map((p) => [p.name, p.otherNames]),
    [['Марат Жыланбаев', ['Марата Жыланбаева']]],
  );
  assert.deepEqual(nominativeOf(['Мамаю', 'Жанболату']), ['Мамай', 'Жанболат']);
  assert.deepEqual(nominativeOf(['Сергеем', 'Ивановым']), ['Сергей', 'Иванов']);
  assert.deepEqual(nominativeOf(['Алексея', 'Навального']), ['Алексей', 'Навальный']);
  // Already in the nominative, or a woman's name (its given name is no man's declined): as written.
  assert.equal(nominativeOf(['Марат', 'Жыланбаев']), undefined);
  assert.equal(nominativeOf(['Марина', 'Жыланбаева']), undefined);
  assert.equal(nominativeOf(['Дамира', 'Абишева']), undefined);
});

test('a rights group is no person, and words quoted from its spokesperson are no offence', () => {
  const draft = draftCase(
    [
      'Kazakhstan: Drop Charges Against Trade Union Leader',
      '',
      '(Berlin) – Authorities in Kazakhstan should drop the criminal charges against Erzhan Elshibayev, a labor ' +
        'activist, Human Rights Watch said today. Elshibayev was arrested on January 3, 2021, in Zhanaozen and ' +
        'charged with "inciting social discord" under article 174 of the criminal code.',
      'On April 21, the court sentenced him to five years in prison.',
      '"The charges against Elshibayev are baseless," said Hugh Williamson, Europe and Central Asia director at ' +
        'Human Rights Watch.',
    ].join('\n'),
    law,
  );
  // The organisation and the region of a director's title are not persons; the one prosecuted is named most.
  assert.deepEqual(
    draft.persons.map((p) => p.name),
    ['Erzhan Elshibayev', 'Hugh Williamson'],
  );
  // A statement quoted ("… are baseless") is no offence: one charge, the one the verdict decided.
  assert.deepEqual(charges(draft), ['174 brought 2021-01-03']);
  assert.deepEqual(verdicts(draft), ['2021-04-21 convicted [0] every imprisonment five years']);
});

test('the prosecution’s claims a Russian report tells, in their own words', () => {
  const draft = draftCase(
    'Марату Жыланбаеву предъявили обвинение по части 2 статьи 182 УК. По версии следствия, он руководил ' +
      'экстремистской группой. Прокуратура утверждает, что он призывал к захвату власти в видео на YouTube.',
    law,
  );
  assert.deepEqual(
    draft.allegations.map((a) => [a.type, a.charge, a.summary]),
    [
      // "он" is the person the text names, by his surname in the nominative.
      ['act', 0, 'Жыланбаев руководил экстремистской группой.'],
      ['speech', 0, 'Жыланбаев призывал к захвату власти в видео на YouTube.'],
    ],
  );
});

test('a jurisdiction without law data: articles cited by number, the verdict and its term, a court sending to custody', () => {
  const draft = draftCase(
    'Мещанский суд Москвы 8 июля 2022 года приговорил муниципального депутата Алексея Горинова к семи годам ' +
      'колонии по делу о «фейках» об армии (пункт «д» части 2 статьи 207.3 УК РФ). Горинова задержали 26 апреля ' +
      '2022 года, на следующий день суд отправил его в СИЗО. Апелляционный суд рассмотрит жалобу 19 сентября ' +
      '2022 года.',
    { jurisdiction: 'ru', findArticles: () => [], measures: [] },
  );
  assert.deepEqual(
    draft.persons.map((p) => p.name),
    ['Алексей Горинов'],
  );
  assert.deepEqual(charges(draft), ['207.3(2) brought -']);
  // No kinds of penalty in the law data: the term is kept as written, its kind left to the researcher.
  assert.deepEqual(verdicts(draft), ['2022-07-08 convicted [0] ? семи годам']);
  // "задержали 26 апреля 2022 года, на следующий день суд отправил его в СИЗО": the hearing is the day after.
  assert.deepEqual(hearings(draft), [
    'detention_review 2022-04-27 held []',
    'verdict 2022-07-08 held [0]',
    'appeal 2022-09-19 scheduled []',
  ]);
});

test('"the next day" is the day after the date just before it, and says it was worked out', () => {
  const draft = draftCase(
    'Марата Жыланбаева задержали 31 мая 2023 года в Астане. На следующий день суд отправил его в СИЗО.',
    law,
  );
  assert.deepEqual(measures(draft), ['suspect_detention 2023-05-31 -', 'custody 2023-06-01 -']);
  assert.equal(draft.measures[1]?.from?.because, 'next_day');
  assert.deepEqual(hearings(draft), ['detention_review 2023-06-01 held []']);
});
