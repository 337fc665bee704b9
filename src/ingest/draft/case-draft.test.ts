import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { findArticlesByTitle } from '../../core/law/article-finder.ts';
import { readLawPack } from '../../store/law-files.ts';
import { draftCase } from './case-draft.ts';
import { charges, hearings, law, measures, seedDispatch } from './draft-rows.ts';
import { textDates } from './text-dates.ts';
import { textDurations } from './text-durations.ts';
import { textSentences } from './text-sentences.ts';

test('the seed dispatch drafts the person, the lineage of the riots charge, the measures and the trial', (t) => {
  const text = seedDispatch(t);
  if (text === undefined) return;
  const draft = draftCase(text, law);
  // The photographer of the credit line is not among the persons the text names.
  assert.deepEqual(
    draft.persons.map(({ name, otherNames, mentions }) => ({ name, otherNames, mentions })),
    [{ name: 'Zhanbolat Mamay', otherNames: ['Zhanbolat Mamai'], mentions: 12 }],
  );
  // Each spelling cites the first sentence it is written in: "Mamai" the photo's caption, "Mamay" the lead.
  assert.deepEqual(
    draft.persons[0]?.writtenAt.map((w) => [w.name, w.quote.text.slice(0, 40)]),
    [
      ['Zhanbolat Mamay', 'As Kazakhstan gears up for parliamentary'],
      ['Zhanbolat Mamai', 'Kazakh opposition politician Zhanbolat M'],
    ],
  );
  // Charged anew on 26 January with an offence reclassified "two months" before: the first bringing comes first,
  // after the January 2022 protests it is about and before the reclassification; the reclassification is dated by
  // the length rounded by half a month either way (11 November to 11 December); the second bringing follows it.
  assert.deepEqual(charges(draft), [
    '272(1) brought [2022-01-01..2022-12-11]',
    '400 reclassification[0] [2022-11-11..2022-12-11]',
    '272(1) rebrought[0] 2023-01-26',
    '378 brought [2022-01-01..2022-11-07]',
    '274 brought [2022-01-01..2022-11-07]',
  ]);
  assert.deepEqual(
    draft.charges.map((c) => c.label),
    [
      'organizing mass riots',
      'violating the procedure for organizing and holding peaceful assemblies',
      'organizing mass riots',
      'insulting law enforcement officers',
      'disseminating false information',
    ],
  );
  // The dispatch cites no article: each is the one whose title holds its words, and says so.
  assert.deepEqual(
    draft.charges.map((c) => c.isArticleByTitle),
    [true, true, true, true, true],
  );
  // Each date not written in full says how it was worked out.
  assert.deepEqual(
    draft.charges.map((c) => c.date?.because),
    ['events_to_step', 'length_before_step', 'no_year', 'events_to_hearing', 'events_to_hearing'],
  );
  assert.equal(draft.measures[0]?.from?.because, 'liberty_to_news');
  // Custody began at least eight months before the news of 26 January 2023, and after the protests; on 28 January
  // 2022 the photograph's caption shows him at liberty, speaking in an interview: it began on or after that day, and
  // the caption is cited beside the sentence of the custody.
  assert.deepEqual(measures(draft), [
    'custody [2022-01-28..2022-05-26] just over eight months',
    'house_arrest - - ongoing',
  ]);
  assert.deepEqual(hearings(draft), [
    'trial_session 2022-11-07 held [3,4]',
    'trial_session 2023-02-06 scheduled [3,4]',
  ]);
  assert.deepEqual(draft.latest, { date: '2023-01-26', isInferred: true, because: 'no_year' });
  // Undated, it was written on or after that news and before the hearing it says is to come on 6 February.
  assert.deepEqual(draft.written, {
    date: '[2023-01-26..2023-02-05]',
    isInferred: true,
    because: 'news_to_next',
  });
  // The lesser charges were sent to court by the trial that began on them; the riots charge, reclassified, and
  // the charges brought since were not.
  assert.deepEqual(
    draft.charges.map((c) => c.sentToCourt?.date ?? '-'),
    ['-', '-', '-', '[2022-01-01..2022-11-07]', '[2022-01-01..2022-11-07]'],
  );
  assert.equal(draft.charges[3]?.sentToCourt?.because, 'charge_to_trial');
  assert.match(draft.hearings[0]?.quote.text ?? '', /^His trial on those began November 7, 2022/);
  // The prosecutor's office named by its name brought the charge of the sentence that names it; "the prosecutor's
  // office" alone names no one new: the one named, it made the charge its reclassification brought (Art. 400), not
  // the first bringing of the charge it reclassified.
  assert.deepEqual(
    draft.authorities.map((a) => [a.name, a.role, a.charges]),
    [['Almaty City Prosecutor’s office', 'prosecuting', [1, 2]]],
  );
  assert.match(draft.authorities[0]?.quote.text ?? '', /^As Kazakhstan gears up/);
  // The person is tied to the party the sentence charging him names; the office charging him is no affiliation.
  assert.deepEqual(
    draft.affiliations.map((a) => [a.person, a.name, a.role, a.kind, a.isUnregistered]),
    [[0, 'Democratic Party of Kazakhstan', 'leader', 'party', true]],
  );
  assert.deepEqual(draft.affiliations[0]?.quote, draft.charges[2]?.quote);
  // The prosecution's claims the dispatch reports, each in its own words, on the riots charge brought again: the
  // indictment's (an act), and the prosecutor's three of one sentence (videos, misinforming the crowd, calls for
  // reform: speech), none cut. The experts' finding is not one.
  assert.deepEqual(
    draft.allegations.map((a) => [a.type, a.charge, a.summary.slice(0, 40)]),
    [
      ['act', 2, 'Mamay decided to “organize mass riots, a'],
      // Each in its own words, standing alone: by name, not "he", the purpose it opens with after it.
      ['speech', 2, 'Mamay uploaded videos to Facebook callin'],
      ['speech', 2, 'Mamay misinformed the crowd by saying te'],
      ['speech', 2, 'Mamay acted on people’s heightened emoti'],
    ],
  );
  assert.match(
    draft.allegations[3]?.summary ?? '',
    /registration of political parties in Kazakhstan, in order to organize mass riots\.$/,
  );
  assert.match(draft.allegations[1]?.summary ?? '', /on January 4, in order to organize mass riots$/);
});

test('authorities in English, Russian and Kazakh: prosecutors, investigators and courts, not courts of states', () => {
  const named = (text: string) => draftCase(text, law).authorities.map((a) => `${a.name}: ${a.role}`);
  // A court held the hearings drafted from a sentence naming it; a prosecutor holds none.
  const held = draftCase(
    'The Medeu District Court of Almaty opened the trial of Dana Ospanova on 3 March 2024. The Almaty City Prosecutor’s office charged her on 1 February 2024 with “disseminating false information”.',
    law,
  );
  assert.deepEqual(
    held.authorities.map((a) => [a.name, a.role, a.hearings, a.charges]),
    [
      ['Medeu District Court of Almaty', 'court_first_instance', [0], []],
      ['Almaty City Prosecutor’s office', 'prosecuting', [], [0]],
    ],
  );
  assert.deepEqual(
    named(
      'On 3 March 2023 the Specialized Inter-District Criminal Court of Almaty sentenced him. The Almaty City Court rejected his appeal on 5 May 2023. His lawyers went to the European Court of Human Rights. The Prosecutor General’s Office said nothing; the National Security Committee investigated.',
    ),
    [
      'Specialized Inter-District Criminal Court of Almaty: court_first_instance',
      'Almaty City Court: court_appeal',
      'Prosecutor General’s Office: prosecuting',
      'National Security Committee: investigating',
    ],
  );
  assert.deepEqual(
    named(
      'Прокуратура города Алматы 26 января 2023 года предъявила ему обвинение. Медеуский районный суд Алматы арестовал его. Алматинский городской суд оставил приговор в силе по апелляции. Дело вёл Департамент полиции Алматы, затем КНБ.',
    ),
    [
      'Прокуратура города Алматы: prosecuting',
      'Медеуский районный суд Алматы: court_first_instance',
      'Алматинский городской суд: court_appeal',
      'Департамент полиции Алматы: investigating',
      'КНБ: investigating',
    ],
  );
  assert.deepEqual(
    named(
      'Алматы қаласының прокуратурасы 2023 жылғы 26 қаңтарда айып тақты. Алматы қалалық соты шағымды қабылдамады.',
    ),
    // "шағымды қабылдамады": it turned down an appeal.
    ['Алматы қаласының прокуратурасы: prosecuting', 'Алматы қалалық соты: court_appeal'],
  );
});

const RU = `Активист Асель Нурланова задержана 12 марта 2023 года. 14 марта суд санкционировал её арест: она содержится \
под стражей в СИЗО Астаны. Ей предъявлено обвинение по ч. 2 ст. 174 УК РК («разжигание социальной розни»). Спустя \
около трёх месяцев под стражей, 9 июня, мера пресечения изменена на домашний арест. Позднее обвинение \
переквалифицировано на «распространение заведомо ложной информации». Суд над Нурлановой начался 3 августа 2023 года; \
следующее заседание назначено на 21 августа. Нурланова по-прежнему находится под домашним арестом.`;

test('a Russian report: an article cited by number keeps the words beside it, and a change of measure is dated', () => {
  const draft = draftCase(RU, law);
  assert.equal(draft.persons[0]?.name, 'Асель Нурланова');
  assert.deepEqual(charges(draft), ['174(2) brought -', '274 reclassification[0] -']);
  assert.equal(draft.charges[0]?.label, 'разжигание социальной розни');
  // Cited by number, the article is the text's own, whatever its words beside it.
  assert.equal(draft.charges[0]?.isArticleByTitle, undefined);
  assert.deepEqual(measures(draft), [
    'custody 2023-03-14 около трёх месяцев',
    'house_arrest 2023-06-09 - ongoing',
  ]);
  assert.deepEqual(hearings(draft), [
    'detention_review 2023-03-14 held []',
    'trial_session 2023-08-03 held []',
    'trial_session 2023-08-21 scheduled []',
  ]);
  assert.deepEqual(draft.latest, { date: '2023-08-03', isInferred: false });
  assert.equal(draft.written?.date, '[2023-08-03..2023-08-20]');
  // The trial names no charge: none is said to have been sent to court.
  assert.deepEqual(
    draft.charges.map((c) => c.sentToCourt),
    [undefined, undefined],
  );
});

test('a charge tried at a hearing held was sent to court between its bringing and that hearing', () => {
  const draft = draftCase(
    'Ruslan Ibragimov was charged on 5 March 2024 with “organizing mass riots.” His trial on those charges ' +
      'began on 1 June 2024. The verdict is due on 3 July 2024.',
    law,
  );
  assert.deepEqual(charges(draft), ['272(1) brought 2024-03-05']);
  assert.deepEqual(draft.charges[0]?.sentToCourt, {
    date: '[2024-03-05..2024-06-01]',
    isInferred: true,
    because: 'charge_to_trial',
  });
  assert.equal(draft.written?.date, '[2024-06-01..2024-07-02]');
  // A source's own date is the day it was written: nothing is worked out for it.
  assert.equal(
    draftCase('The trial began on 1 June 2024. It will resume on 3 July 2024.', law, '2024-06-10').written,
    undefined,
  );
});

test("the source's date dates what is written without a year, and a date after it is a hearing to come", () => {
  const text = 'The court hearing on 14 March was adjourned. The trial will resume on 2 April.';
  assert.deepEqual(draftCase(text, law).hearings, [], 'no year anywhere: nothing is dated');
  const draft = draftCase(text, law, '2024-03-20');
  assert.deepEqual(hearings(draft), [
    'trial_session 2024-03-14 held []',
    'trial_session 2024-04-02 scheduled []',
  ]);
  assert.deepEqual(draft.latest, { date: '2024-03-20', isInferred: false });
});

test('Kazakh: a measure and its length in Kazakh words, and a quote that names no offence is not a charge', () => {
  const draft = draftCase(
    'Белсенді Ерлан Сейітов сегіз айдан астам күзетпен ұстауда болды, кейін үй қамағына ауыстырылды. ' +
      'Прокурор оны «жаңа» айыппен айыптады.',
    law,
  );
  assert.deepEqual(measures(draft), ['custody - сегіз айдан астам', 'house_arrest - -']);
  assert.deepEqual(draft.charges, []);
  assert.equal(draft.persons[0]?.name, 'Ерлан Сейітов');
});

test('a text about no case drafts nothing, and invents nothing', () => {
  const draft = draftCase('The weather in Almaty was mild. Nothing happened in May.', law);
  assert.deepEqual(
    { ...draft },
    {
      persons: [],
      charges: [],
      measures: [],
      hearings: [],
      verdicts: [],
      allegations: [],
      authorities: [],
      affiliations: [],
      events: [],
      evidence: [],
      documents: [],
      statedMaximums: [],
    },
  );
});

test('sentences end at stops, not after abbreviations or initials; lengths and dates are read as written', () => {
  assert.deepEqual(
    textSentences('Charged under Art. 274. Ж. Мамай: «Нет». Next one').map((s) => s.text),
    ['Charged under Art. 274.', 'Ж. Мамай: «Нет».', 'Next one'],
  );
  assert.deepEqual(
    textDurations('held for just over eight months, then 3 года и около трёх месяцев').map((d) => d.text),
    ['just over eight months', '3 года', 'около трёх месяцев'],
  );
  assert.deepEqual(
    textDates('On 7 November 2022 the trial began; it resumes on February 6 and on 3 мая.').map((d) => [
      d.date,
      d.isYearRead,
    ]),
    [
      ['2022-11-07', false],
      ['2023-02-06', true],
      ['2023-05-03', true],
    ],
  );
});

test('texts of other kinds: an article with a point, a verdict and an appeal to come, a double name', () => {
  const draft = draftCase(
    'On 12 April 2022, a court in the capital remanded Ilya Vorontsov-Belsky in custody on charges of ' +
      '"disseminating knowingly false information" about the armed forces under Article 207.3 of the Criminal ' +
      'Code. On 17 April 2023, the city court sentenced Vorontsov-Belsky to 25 years in a penal colony. His ' +
      'appeal hearing is scheduled for 31 July.',
    law,
  );
  assert.deepEqual(
    draft.persons.map((p) => p.name),
    ['Ilya Vorontsov-Belsky'],
  );
  // The words before "under Article 207.3" are its label, though the law data would name another article by them.
  assert.deepEqual(
    draft.charges.map((c) => [c.article?.article, c.label, c.date?.date]),
    [['207.3', 'disseminating knowingly false information', '2022-04-12']],
  );
  assert.deepEqual(measures(draft), ['custody 2022-04-12 -']);
  // The court that remanded him held a hearing on it, as a court that extends custody does.
  assert.deepEqual(hearings(draft), [
    'detention_review 2022-04-12 held [0]',
    'verdict 2023-04-17 held []',
    'appeal 2023-07-31 scheduled []',
  ]);
});

test('a Kazakh report and a Russian one citing an article with the offence in brackets', () => {
  const kk = draftCase(
    'Белсенді Дана Әбдірова 2021 жылғы 14 мамырда ҚК-нің 405-бабы 2-бөлігі бойынша айыпталды. Ол бір жылдан ' +
      'астам үй қамағында болды. Сот 2022 жылғы 3 наурызда басталды.',
    law,
  );
  assert.equal(kk.persons[0]?.name, 'Дана Әбдірова');
  assert.deepEqual(charges(kk), ['405(2) brought 2021-05-14']);
  assert.deepEqual(measures(kk), ['house_arrest - бір жылдан астам']);
  assert.deepEqual(hearings(kk), ['trial_session 2022-03-03 held []']);
  const ru = draftCase(
    'Правозащитница Ольга Верес задержана 17 сентября 2020 года. Ей предъявлено обвинение по ч. 3 ст. 293 УК ' +
      '(«подготовка к участию в массовых беспорядках»). С тех пор она находится под стражей.',
    law,
  );
  assert.deepEqual(
    ru.charges.map((c) => [c.article?.article, c.article?.part, c.label]),
    [['293', '3', 'подготовка к участию в массовых беспорядках']],
  );
  // "С тех пор она находится под стражей": she is held still.
  assert.deepEqual(measures(ru), ['custody - - ongoing']);
});

test('a Russian indictment: the accused under the name in the nominative, parties and states not taken for persons', () => {
  const text = readFileSync('test/fixtures/documents/indictment-ru.txt', 'utf8');
  const [first] = draftCase(text, law).persons;
  assert.equal(first?.name, 'Мамай Жанболат Ахметжанович');
  assert.ok(first?.otherNames.includes('Мамая Жанболата Ахметжановича'));
  const named = draftCase(text, law).persons.map((p) => p.name);
  assert.equal(
    named.some((n) => /Обвиняем|Республик/.test(n)),
    false,
    named.join(', '),
  );
  // The accused's party, as the indictment declines its name.
  assert.deepEqual(
    draftCase(text, law).affiliations.map((a) => [a.person, a.name, a.role, a.isUnregistered]),
    [[0, 'Демократической партии Казахстана', 'лидера', true]],
  );
});

test("another jurisdiction's data names its own offences and its press's words for its measures", () => {
  const zz = readLawPack('test/fixtures/law/zz');
  const draft = draftCase(
    'On 3 May 2024 the police charged Mira Solberg with "unlawful gathering". She was held on remand for two ' +
      'weeks, and was then released on bail.',
    {
      jurisdiction: 'zz',
      findArticles: (t) => findArticlesByTitle(zz, t),
      measures: zz.measures?.measures ?? [],
    },
  );
  assert.deepEqual(charges(draft), ['10 brought 2024-05-03']);
  assert.deepEqual(measures(draft), ['custody - two weeks', 'bail - -']);
});

test('"the prosecutor\'s office" reclassifying is the one office the text names, and none where it names two', () => {
  const one =
    'On 3 March 2023 the Astana City Prosecutor’s office charged Aidos Sadykov with “organizing mass riots.” ' +
    'On 5 May 2023 the prosecutor’s office reclassified the charge as “disseminating false information.”';
  const byOne = draftCase(one, law);
  assert.deepEqual(
    byOne.charges.map((c) => c.began),
    ['brought', 'reclassification'],
  );
  assert.deepEqual(
    byOne.authorities.map((a) => [a.name, a.charges]),
    [['Astana City Prosecutor’s office', [0, 1]]],
  );
  const two = one.replace(
    'On 5 May 2023',
    'The Almaty Regional Prosecutor’s office took over the case. On 5 May 2023',
  );
  assert.deepEqual(
    draftCase(two, law).authorities.map((a) => [a.name, a.charges]),
    [
      ['Astana City Prosecutor’s office', [0]],
      ['Almaty Regional Prosecutor’s office', []],
    ],
  );
});
