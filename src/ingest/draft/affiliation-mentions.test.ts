import assert from 'node:assert/strict';
import { test } from 'node:test';
import { affiliationMentions } from './affiliation-mentions.ts';
import { namedPersons } from './name-mentions.ts';
import { textSentences } from './text-sentences.ts';

/** The affiliations a text drafts, each as "person: role | name | kind", with "unregistered" where the text says so. */
const affiliations = (text: string) => {
  const persons = namedPersons(text);
  return affiliationMentions(textSentences(text), persons).map(
    (a) =>
      `${persons[a.person]?.name ?? '?'}: ${a.role} | ${a.name} | ${a.kind}${a.isUnregistered ? ' | unregistered' : ''}`,
  );
};

const SEED_SENTENCE =
  'As Kazakhstan gears up for parliamentary elections this spring, the Almaty City Prosecutor’s office on January 26 ' +
  'charged the opposition leader of the unregistered Democratic Party of Kazakhstan, Zhanbolat Mamay, with ' +
  '“organizing mass riots,” for his alleged role in the January 2022 protests in Almaty.';

test('the seed dispatch: the opposition leader of the unregistered party leads it, quoting the sentence saying so', () => {
  const text = `Kazakh opposition politician Zhanbolat Mamai speaks in Almaty.\n${SEED_SENTENCE} The charge carries a maximum 10-year prison sentence.`;
  const sentences = textSentences(text);
  const [, quoted] = sentences;
  assert.ok(quoted !== undefined);
  assert.deepEqual(affiliationMentions(sentences, namedPersons(text)), [
    {
      person: 0,
      name: 'Democratic Party of Kazakhstan',
      role: 'leader',
      kind: 'party',
      isUnregistered: true,
      quote: { start: quoted.start, end: quoted.end, text: SEED_SENTENCE },
    },
  ]);
  // The prosecutor's office in the same sentence is an authority, not the person's organisation.
});

/** English texts and the affiliations each drafts: a role before or after the name, and whom it is said of. */
const ENGLISH: [string, string[]][] = [
  [
    'Zhanbolat Mamay, leader of the Democratic Party of Kazakhstan, met Dana Ospanova, a member of the Oyan, ' +
      'Qazaqstan movement.',
    [
      'Zhanbolat Mamay: leader | Democratic Party of Kazakhstan | party',
      'Dana Ospanova: member | Oyan, Qazaqstan | movement',
    ],
  ],
  // The person beside the role's words, not the one named just before them.
  [
    'Prosecutors charged Dana Ospanova and the opposition leader of the Democratic Party of Kazakhstan, ' +
      'Zhanbolat Mamay.',
    ['Zhanbolat Mamay: leader | Democratic Party of Kazakhstan | party'],
  ],
  [
    'Police detained the unregistered Alga party leader Vladimir Kozlov on 23 January 2012.',
    ['Vladimir Kozlov: leader | Alga | party | unregistered'],
  ],
  [
    'The Democratic Party of Kazakhstan (DPK) leader Zhanbolat Mamay spoke to reporters.',
    ['Zhanbolat Mamay: leader | Democratic Party of Kazakhstan | party'],
  ],
  [
    'Yevgeny Zhovtis, director of the Kazakhstan International Bureau for Human Rights and Rule of Law, spoke. ' +
      'Aigerim Tleuzhan, a co-founder of the Adil Soz Foundation, agreed.',
    [
      'Yevgeny Zhovtis: director | Kazakhstan International Bureau for Human Rights and Rule of Law | ngo',
      'Aigerim Tleuzhan: co-founder | Adil Soz Foundation | ngo',
    ],
  ],
  // "Uralskaya Nedelya" reads as a person's name too: the newspaper's own words are not its journalist.
  [
    'Tamara Yeslyamova, a journalist with the Uralskaya Nedelya newspaper, was questioned.',
    ['Tamara Yeslyamova: journalist | Uralskaya Nedelya | media'],
  ],
  // A quoted title names a newspaper beside an editor's role, and nothing beside another.
  [
    'Lukpan Akhmedyarov, editor-in-chief of “Respublika”, was fined.',
    ['Lukpan Akhmedyarov: editor-in-chief | Respublika | media'],
  ],
  ['Lukpan Akhmedyarov, a member of “the people’s assembly”, was fined.', []],
];

test('English: a named organisation with a role before or after its name, tied to the person named nearest', () => {
  for (const [text, expected] of ENGLISH) assert.deepEqual(affiliations(text), expected, text);
});

test('Russian: the name as the text declines it, quotes stripped, and an unregistered party', () => {
  assert.deepEqual(
    affiliations(
      'Жанболат Мамай, лидер незарегистрированной Демократической партии Казахстана, задержан. ' +
        'Асель Нурланова — член движения «Оян, Казахстан». Главный редактор газеты «Уральская неделя» ' +
        'Тамара Еслямова вызвана на допрос. Его соратник Ерлан Касымов — председатель Общественного фонда «Кахарман».',
    ),
    [
      'Жанболат Мамай: лидер | Демократической партии Казахстана | party | unregistered',
      'Асель Нурланова: член | Оян, Казахстан | movement',
      'Тамара Еслямова: Главный редактор | Уральская неделя | media',
      'Ерлан Касымов: председатель | Кахарман | ngo',
    ],
  );
  assert.deepEqual(affiliations('Суд арестовал Дану Оспанову, лидера незарегистрированной партии «Алга!».'), [
    // A woman's name declined is named in the nominative; her role is as the text words it.
    'Дана Оспанова: лидера | Алга! | party | unregistered',
  ]);
});

test('Kazakh: the role after the name, and "тіркелмеген" for a party working without registration', () => {
  assert.deepEqual(
    affiliations(
      'Тіркелмеген Қазақстан Демократиялық партиясының жетекшісі Жанболат Мамай қамауға алынды. ' +
        '«Оян, Қазақстан» қозғалысының белсендісі Дана Әбдірова да ұсталды.',
    ),
    [
      'Жанболат Мамай: жетекшісі | Қазақстан Демократиялық партиясының | party | unregistered',
      'Дана Әбдірова: белсендісі | Оян, Қазақстан | movement',
    ],
  );
});

test('a sentence naming no one: the only person the text names, else no one', () => {
  assert.deepEqual(
    affiliations(
      'Zhanbolat Mamay was detained on 3 March. He is the leader of the Democratic Party of Kazakhstan.',
    ),
    ['Zhanbolat Mamay: leader | Democratic Party of Kazakhstan | party'],
  );
  assert.deepEqual(
    affiliations(
      'Zhanbolat Mamay and Dana Ospanova were detained. One of them is a member of the Democratic Party of Kazakhstan.',
    ),
    [],
  );
  assert.deepEqual(affiliations('The leader of the Democratic Party of Kazakhstan was detained.'), []);
});

test('authorities and words that name no organisation are not affiliations', () => {
  assert.deepEqual(
    affiliations(
      'Aigul Utepova, head of the Almaty City Prosecutor’s office, and Serik Bekov, a member of the National ' +
        'Security Committee, spoke. Ruslan Ibragimov, a leader of the opposition and a member of the party, was ' +
        'charged. Берик Ахметов, член партии, тоже. Ruslan Ibragimov is a member of the Party.',
    ),
    [],
  );
  assert.deepEqual(
    affiliations('Ерлан Касымов, руководитель Комитета национальной безопасности, выступил.'),
    [],
  );
});

test('one affiliation a person and organisation: the first sentence saying it', () => {
  const text =
    'Zhanbolat Mamay, leader of the Democratic Party of Kazakhstan, was detained. Mamay, co-founder of the ' +
    'Democratic Party of Kazakhstan, denies the charge.';
  const persons = namedPersons(text);
  const found = affiliationMentions(textSentences(text), persons);
  assert.deepEqual(
    found.map((a) => [a.role, a.name]),
    [['leader', 'Democratic Party of Kazakhstan']],
  );
  assert.match(found[0]?.quote.text ?? '', /^Zhanbolat Mamay, leader/);
});
