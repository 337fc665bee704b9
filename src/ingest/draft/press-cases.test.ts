import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  AKTOBE_KK,
  ALMATY_BLOGGER,
  ALMATY_UNIONIST,
  BAKU_JOURNALISTS,
  DUSHANBE_LAWYER,
  GRODNO_JOURNALIST,
  KARAGANDA_RU,
  KYRGYZ_URGENT_ACTION,
  NUKUS_BLOGGER,
  PSKOV_TEACHER,
  SHYMKENT_ACTIVIST,
  URALSK_ACTIVIST,
  ZHANAOZEN_TRIAL,
} from '../../../test/support/press-texts.ts';
import { draftCase, type DraftLaw } from './case-draft.ts';
import { charges, hearings, law, measures, verdicts } from './draft-rows.ts';

// Reports of prosecutions in Kyrgyzstan, Kazakhstan, Tajikistan, Belarus and Azerbaijan, in English, Russian and
// Kazakh, drafted as a researcher would record them from the text alone.

/** A jurisdiction without law data, its measures named in the words Kazakhstan's data gives. */
const without = (jurisdiction: string): DraftLaw => ({
  jurisdiction,
  findArticles: () => [],
  measures: law.measures,
});

test('a court that remands or extends custody holds a hearing; the day the term ends is none, and "set for" is to come', () => {
  const draft = draftCase(KYRGYZ_URGENT_ACTION, without('kg'));
  assert.deepEqual(hearings(draft), [
    'detention_review 2024-01-18 held []',
    'detention_review 2024-03-14 held []',
    'trial_session 2024-05-27 scheduled []',
  ]);
  // The latest news is of the last day past, not of the hearing to come.
  assert.equal(draft.latest?.date, '2024-03-14');
});

test('police officers ("сотрудники") are no court; an appeal lodged ("обжаловал") is heard on appeal', () => {
  const draft = draftCase(URALSK_ACTIVIST, law);
  assert.deepEqual(hearings(draft), [
    'detention_review 2024-02-04 held []',
    'detention_review 2024-03-28 held []',
    'appeal 2024-04-10 scheduled []',
  ]);
});

test('Kazakh: a hearing set for a day says so after the day ("26 ақпанға белгіленген")', () => {
  const draft = draftCase(ZHANAOZEN_TRIAL, law);
  assert.deepEqual(hearings(draft), [
    'trial_session 2024-02-12 held []',
    'trial_session 2024-02-26 scheduled []',
  ]);
  assert.equal(draft.latest?.date, '2024-02-12');
});

test('a dateline dates the text, not what it tells of; a judgment is dated by the sentence beside it', () => {
  const draft = draftCase(DUSHANBE_LAWYER, without('tj'));
  assert.deepEqual(draft.written, { date: '2023-11-14', isInferred: false });
  // The charges are not dated by the dateline; the verdict is the day "the verdict was announced".
  assert.deepEqual(charges(draft), ['307.1(2) brought -', '247(4) brought -']);
  assert.deepEqual(verdicts(draft), ['2023-11-10 convicted [0,1] ? ten years']);
  assert.deepEqual(hearings(draft), ['verdict 2023-11-10 held []', 'appeal 2023-12-19 scheduled []']);
  // A page's date ("Posted 18.04.2024") is as much the text's own.
  assert.deepEqual(draftCase(SHYMKENT_ACTIVIST, law).written, { date: '2024-04-18', isInferred: false });
  // A dateline is no hearing; articles numbered with their part and point are read whole.
  const baku = draftCase(BAKU_JOURNALISTS, without('az'));
  assert.deepEqual(hearings(baku), ['detention_review 2024-03-08 held []', 'appeal 2024-03-20 scheduled []']);
  assert.deepEqual(charges(baku), ['206.3.2 brought -', '192.3.2 brought -']);
});

test('Russian: a verdict read from the sentence that convicts, dated by the one before that delivers it', () => {
  const draft = draftCase(GRODNO_JOURNALIST, without('by'));
  assert.deepEqual(verdicts(draft), ['2024-01-22 convicted [0,1] ? четырём годам']);
});

test('persons: no outlet or movement, no place before a name, a wife apart, and names in the nominative', () => {
  const persons = (text: string, jurisdiction?: string) =>
    draftCase(text, jurisdiction === undefined ? law : without(jurisdiction)).persons.map((p) => [
      p.name,
      ...p.otherNames,
    ]);
  // "the independent outlet Kyrgyz Dialog" is the journalist's outlet.
  assert.deepEqual(persons(KYRGYZ_URGENT_ACTION, 'kg'), [['Azamat Toktosunov'], ['Nurlan Abdyldaev']]);
  // "из Уральска Нуржана Кабдулова": the city is not his name; «Еркін Орал» is a movement; "Facebook Кабдулов"
  // and "Сейчас Кабдулов" are words before his surname; his wife is another person.
  assert.deepEqual(persons(URALSK_ACTIVIST), [
    ['Нуржан Кабдулов', 'Нуржана Кабдулова'],
    ['Гульнара Кабдулова'],
    ['Ерлан Жумабаев'],
  ]);
  // Kazakh: the genitive ending of a Russian-formed surname is not the name.
  assert.deepEqual(persons(ZHANAOZEN_TRIAL), [['Айдос Серікбаев'], ['Гүлнар Төлегенова']]);
  // A woman's name only declined ("Ксении Лапицкой") is named in the nominative; «Гродно Плюс» is her outlet.
  assert.deepEqual(persons(GRODNO_JOURNALIST, 'by'), [['Ксения Лапицкая', 'Ксении Лапицкой']]);
});

test('measures: the term a court set is not how long it ran, a day later is no length, and "now" says it runs', () => {
  // "сроком на два месяца" is the term set; custody from the day the measure was changed, held still ("Сейчас …
  // находится в СИЗО").
  assert.deepEqual(measures(draftCase(URALSK_ACTIVIST, law)), [
    'house_arrest 2024-02-04 -',
    'custody 2024-03-28 - ongoing',
    'suspect_detention 2024-02-02 -',
  ]);
  // "placed him under house arrest for two months" is the term set too.
  assert.deepEqual(
    measures(
      draftCase(
        'Asylbek Nurmagambetov was charged on 22 January 2024. On 24 January 2024 the Taraz City Court placed ' +
          'him under house arrest for two months.',
        law,
      ),
    ),
    ['house_arrest 2024-01-24 -'],
  );
  // Kazakh: "содан бері күзетпен ұстауда отыр" (held in custody since).
  assert.deepEqual(measures(draftCase(ZHANAOZEN_TRIAL, law)), ['custody 2023-11-20 - ongoing']);
  // "detained on 5 March, two days after she led a small rally": the day after the words, and no length.
  assert.deepEqual(measures(draftCase(SHYMKENT_ACTIVIST, law)), [
    'suspect_detention 2024-03-05 -',
    'house_arrest 2024-03 more than six weeks ongoing',
  ]);
  // "задержали 9 августа 2023 года …, через три дня её перевели в СИЗО": custody began three days later (the 12th),
  // not on that day, and lasted no "three days".
  assert.deepEqual(measures(draftCase(GRODNO_JOURNALIST, without('by'))), [
    'suspect_detention 2023-08-09 -',
    'custody 2023-08-12 -',
  ]);
});

test('a charge dropped on a day and re-filed months later: the drop, and the bringing again after it', () => {
  const draft = draftCase(ALMATY_BLOGGER, law);
  // "his lawyer said on 2 October 2024" dates the saying; "first charged on 11 March 2024" dates the charge.
  assert.deepEqual(charges(draft), [
    '274 brought 2024-03-11',
    '378 brought -',
    '274 rebrought[0] 2024-09-27',
  ]);
  assert.match(draft.charges[0]?.dateQuote?.text ?? '', /^Sadvakasov was first charged on 11 March 2024/);
  assert.deepEqual(draft.charges[0]?.dropped?.date.date, '2024-05-24');
  assert.match(
    draft.charges[0]?.dropped?.quote.text ?? '',
    /^On 24 May the Almaty Police Department dropped the case/,
  );
  assert.equal(draft.charges[1]?.dropped, undefined, 'the insult charge came after the drop');
  // A sentence that reclassifies drops nothing: the seed's "dropped an identical charge, reclassifying…".
  const reclassified = draftCase(
    'On 26 January 2023 the prosecutor charged Ivan Petrov with "organizing mass riots". This comes two months ' +
      'after the office dropped an identical charge on 20 November 2022, reclassifying it as "violating the ' +
      'procedure for organizing and holding peaceful assemblies".',
    law,
  );
  assert.deepEqual(
    reclassified.charges.map((c) => c.dropped),
    reclassified.charges.map(() => undefined),
  );
});

test('authorities: named ones only, in the nominative where the text declines a department', () => {
  const names = (text: string, jurisdiction?: string) =>
    draftCase(text, jurisdiction === undefined ? law : without(jurisdiction)).authorities.map((a) => [
      a.name,
      a.role,
    ]);
  // "в областном суде" names no court; "4 февраля следственный суд Уральска" is the court, not the date.
  assert.deepEqual(names(URALSK_ACTIVIST), [
    ['Департамент полиции Западно-Казахстанской области', 'investigating'],
    ['следственный суд Уральска', 'court_first_instance'],
  ]);
  assert.deepEqual(names(GRODNO_JOURNALIST, 'by'), [
    ['Суд Ленинского района Гродно', 'court_first_instance'],
    ['Гродненский областной суд', 'court_appeal'],
  ]);
  assert.deepEqual(names(KYRGYZ_URGENT_ACTION, 'kg'), [
    ['State Committee for National Security', 'investigating'],
    ['Pervomaisky District Court of Bishkek', 'court_first_instance'],
  ]);
});

test('a claim reported "according to the prosecutor\'s office" begins after those words', () => {
  const draft = draftCase(ALMATY_BLOGGER, law);
  assert.deepEqual(
    draft.allegations.map((a) => [a.summary, a.type]),
    [['The blogger "knowingly spread fabricated claims about officials".', 'speech']],
  );
});

test('words quoted from a claim of the prosecution are the claim, not another charge found by its title', () => {
  const draft = draftCase(
    'Asylbek Nurmagambetov was charged on 22 January 2024 with "inciting social discord". According to the ' +
      'indictment, his article "contained statements humiliating the national dignity" of Chinese citizens.',
    law,
  );
  assert.deepEqual(charges(draft), ['174 brought 2024-01-22']);
  assert.deepEqual(
    draft.allegations.map((a) => [a.charge, a.type]),
    [[0, 'speech']],
  );
});

test('a claim serves the charge whose words it shares, and a report or a message is speech', () => {
  const tajik = draftCase(DUSHANBE_LAWYER, without('tj'));
  // Without law data, the words quoted before a bracketed citation are its label all the same.
  assert.deepEqual(
    tajik.charges.map((c) => c.label),
    ['public calls for extremist activity', 'fraud'],
  );
  assert.deepEqual(
    tajik.allegations.map((a) => [a.type, a.charge]),
    [['speech', 0]],
  );
  const kyrgyz = draftCase(KYRGYZ_URGENT_ACTION, without('kg'));
  assert.deepEqual(
    kyrgyz.allegations.map((a) => a.type),
    ['speech'],
  );
});

test('Kazakh: a dateline ending at a stop, custody ordered and extended by a court, an appeal to be heard', () => {
  const draft = draftCase(AKTOBE_KK, law);
  assert.deepEqual(draft.written, { date: '2024-04-18', isInferred: false });
  // "16 маусымға дейін ұзартты": extended until 16 June, which is no hearing; "Шағым … қаралады": to come.
  assert.deepEqual(hearings(draft), [
    'detention_review 2024-02-18 held []',
    'detention_review 2024-04-15 held []',
    'appeal 2024-04-25 scheduled []',
  ]);
  assert.deepEqual(measures(draft), ['custody 2024-02-18 - ongoing']);
});

test('an acquittal and its reversal on appeal: the charge is not dated by either, the appeal court is one', () => {
  const draft = draftCase(KARAGANDA_RU, law);
  assert.deepEqual(charges(draft), ['274(2) brought -']);
  // "оправдал активистку Жанар Сулейменову … Сулейменова признана виновной": her surname as the text writes it alone.
  assert.equal(draft.persons[0]?.name, 'Жанар Сулейменова');
  // The day of an arrest, and the start of house arrest ("с 21.09.2022"), are no hearings.
  assert.deepEqual(hearings(draft), ['verdict 2023-09-12 held [0]', 'appeal 2023-11-14 held []']);
  assert.deepEqual(
    draft.authorities.map((a) => a.role),
    ['court_first_instance', 'court_appeal', 'court_cassation'],
  );
});

test('a dateline in brackets; a yearless day after a month of another year; a release is no start', () => {
  const draft = draftCase(NUKUS_BLOGGER, without('uz'));
  assert.deepEqual(draft.written, { date: '2024-06-12', isInferred: false });
  // "on July 15", after "the July 2022 protests" in its paragraph, is of the text's own time.
  assert.deepEqual(hearings(draft), ['verdict 2024-06-07 held []', 'appeal 2024-07-15 scheduled []']);
  // "On April 2 … the court released him from pretrial detention": not the day custody began.
  assert.deepEqual(measures(draft), ['suspect_detention 2024-01-19 -', 'custody - -']);
  assert.deepEqual(
    draft.authorities.map((a) => `${a.name}: ${a.role}`),
    ['Nukus District Court: court_first_instance', 'Supreme Court of Karakalpakstan: court_appeal'],
  );
});

test('Russian: a verdict naming her age, an appeal upheld, and her defender named after his role', () => {
  const draft = draftCase(PSKOV_TEACHER, without('ru'));
  assert.deepEqual(charges(draft), ['280.3(2) brought -']);
  assert.deepEqual(verdicts(draft), ['2024-04-04 convicted [0] ? ?']);
  assert.deepEqual(hearings(draft), ['verdict 2024-04-04 held [0]', 'appeal 2024-06-27 held []']);
  // "Защитник Смородиной Игорь Лаптев": her defender, Igor Laptev; "Сама Смородина" is she herself.
  assert.deepEqual(
    draft.persons.map((p) => p.name),
    ['Елена Смородина', 'Игорь Лаптев'],
  );
});

test('one of two charges dropped, the other said to stand; "sent to court" is no hearing', () => {
  const draft = draftCase(ALMATY_UNIONIST, law);
  assert.deepEqual(draft.written, { date: '2024-03-03', isInferred: false });
  assert.deepEqual(charges(draft), ['402(1) brought -', '174(1) brought -']);
  assert.deepEqual(
    draft.charges.map((c) => c.dropped?.date.date),
    [undefined, '2024-02-20'],
  );
  // "его задержали 6 ноября, а 8 ноября суд санкционировал арест": the court sat on the 8th only.
  assert.deepEqual(hearings(draft), [
    'detention_review 2023-11-08 held []',
    'detention_review 2024-03-01 held []',
    'trial_session 2024-03-14 scheduled []',
  ]);
});

test('an appeal lodged is not heard, a day something was told is no hearing, and a term set ends no news', () => {
  const draft = draftCase(
    [
      "ATYRAU, Kazakhstan -- A court has placed civic activist Marat Zhaksygaliev under house arrest, his lawyer told RFE/RL's Kazakh Service on June 21, 2024.",
      '',
      'Zhaksygaliev, a member of the unregistered opposition party Adal Zhol, was charged under Article 174, Part 1, of the Criminal Code. On June 19 the court changed his measure of restraint to house arrest until August 19. On 9 July his lawyer lodged an appeal.',
    ].join('\n'),
    law,
  );
  assert.deepEqual(charges(draft), ['174(1) brought -']);
  assert.deepEqual(hearings(draft), ['detention_review 2024-06-19 held []']);
  assert.equal(draft.latest?.date, '2024-07-09');
  // A charge "withdrawn" without its article, of two standing, is not taken for both.
  const monitor = draftCase(
    'Daniyar Kuanyshev is charged under Articles 400 and 378 of the Criminal Code. At the hearing of 25 October 2023 the prosecutor withdrew the insult charge.',
    law,
  );
  assert.deepEqual(
    monitor.charges.map((c) => c.dropped),
    [undefined, undefined],
  );
});

test('no person: a region, a city, a rapporteur, a committee, an NGO or a movement named before its word', () => {
  const persons = draftCase(
    'Gulzhan Tokhtarova heads the Pavlodar-based NGO Ashyq Qogam in Pavlodar Region. Arman Seitov is an activist of the Jana Buyn youth movement. ' +
      'Officers of the Investigative Committee’s Sverdlovsk branch questioned him, the UN Special Rapporteur said in New York.',
    law,
  ).persons.map((p) => p.name);
  assert.deepEqual(persons, ['Gulzhan Tokhtarova', 'Arman Seitov']);
});

test('a trial monitor: the days of a list of hearings, each once; an appeal lodged on a day is not heard on it', () => {
  const draft = draftCase(
    'The monitor attended the hearings of 4, 11 and 25 October 2023 in the criminal case of Daniyar Kuanyshev, ' +
      'charged under Article 400 of the Criminal Code. The hearing of 11 October was adjourned because two police ' +
      'witnesses failed to appear. The defence appealed on 9 November; the Almaty City Court will hear the appeal ' +
      'on 12 December.',
    law,
  );
  assert.deepEqual(hearings(draft), [
    'trial_session 2023-10-04 held [0]',
    'trial_session 2023-10-11 held [0]',
    'trial_session 2023-10-25 held [0]',
    'appeal 2023-12-12 scheduled []',
  ]);
  // A session adjourned to a verdict to come is a session; the verdict is the later day's.
  assert.deepEqual(
    hearings(
      draftCase(
        'Yelena Voronova is charged under Article 207.3 of the Criminal Code. On May 20, 2024, the court adjourned ' +
          'the hearing until June 3, when the verdict is expected.',
        without('ru'),
      ),
    ),
    ['trial_session 2024-05-20 held []', 'verdict 2024-06-03 scheduled []'],
  );
  // A day a hearing was first set for and then moved is no hearing.
  assert.deepEqual(
    hearings(
      draftCase(
        'Zafar Rahimov is charged under Article 307.1. His trial, initially scheduled for 28 March 2024, was ' +
          'postponed. The next hearing is scheduled for 17 April 2024.',
        without('tj'),
      ),
    ),
    ['trial_session 2024-04-17 scheduled []'],
  );
});

test('days counted from the one before: "two weeks later", "the following month", "через три дня"', () => {
  const un = draftCase(
    'Zafar Rahimov was charged on 2 February 2024 with "organising an extremist community" under Article 307.2. ' +
      'Two weeks later, the charge was reclassified as "public calls for extremist activity" under Article 307.1. ' +
      'The following month, the court placed him under house arrest.',
    without('tj'),
  );
  assert.deepEqual(charges(un), ['307.2 brought 2024-02-02', '307.1 reclassification[0] 2024-02-16']);
  assert.equal(un.charges[1]?.date?.because, 'next_day');
  assert.deepEqual(measures(un), ['house_arrest 2024-03 -']);
  // A length followed by its day adds nothing: "Two days later, on 18 January".
  assert.deepEqual(hearings(draftCase(KYRGYZ_URGENT_ACTION, without('kg'))).slice(0, 1), [
    'detention_review 2024-01-18 held []',
  ]);
  // Counted from the day before it, custody's start says so.
  assert.equal(draftCase(GRODNO_JOURNALIST, without('by')).measures[1]?.from?.because, 'next_day');
});
