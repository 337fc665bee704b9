import type { Name } from '../src/core/common/names.ts';
import type { Citation } from '../src/core/common/schemas.ts';
import { RUSSIAN_LOOKALIKES } from '../test/support/name-schemes.ts';
import type { Random } from './prng.ts';

/** Cities of Kazakhstan with their Kazakh Cyrillic, Russian and Latin names: where courts and offices sit. */
export const CITIES = [
  { key: 'almaty', kk: 'Алматы', ru: 'Алматы', en: 'Almaty' },
  { key: 'astana', kk: 'Астана', ru: 'Астана', en: 'Astana' },
  { key: 'shymkent', kk: 'Шымкент', ru: 'Шымкент', en: 'Shymkent' },
  { key: 'aktobe', kk: 'Ақтөбе', ru: 'Актобе', en: 'Aktobe' },
  { key: 'karaganda', kk: 'Қарағанды', ru: 'Караганда', en: 'Karaganda' },
  { key: 'atyrau', kk: 'Атырау', ru: 'Атырау', en: 'Atyrau' },
  { key: 'aktau', kk: 'Ақтау', ru: 'Актау', en: 'Aktau' },
  { key: 'taraz', kk: 'Тараз', ru: 'Тараз', en: 'Taraz' },
  { key: 'oral', kk: 'Орал', ru: 'Уральск', en: 'Oral' },
  { key: 'oskemen', kk: 'Өскемен', ru: 'Усть-Каменогорск', en: 'Oskemen' },
  { key: 'pavlodar', kk: 'Павлодар', ru: 'Павлодар', en: 'Pavlodar' },
  { key: 'semey', kk: 'Семей', ru: 'Семей', en: 'Semey' },
  { key: 'kostanay', kk: 'Қостанай', ru: 'Костанай', en: 'Kostanay' },
  { key: 'kyzylorda', kk: 'Қызылорда', ru: 'Кызылорда', en: 'Kyzylorda' },
  { key: 'taldykorgan', kk: 'Талдықорған', ru: 'Талдыкорган', en: 'Taldykorgan' },
  { key: 'zhanaozen', kk: 'Жаңаөзен', ru: 'Жанаозен', en: 'Zhanaozen' },
] as const;
export type City = (typeof CITIES)[number];

const MALE = [
  'Жанболат',
  'Нұрлан',
  'Ерлан',
  'Асқар',
  'Бауыржан',
  'Дәурен',
  'Қайрат',
  'Ұлан',
  'Серік',
  'Ғалым',
  'Әлібек',
  'Мұрат',
  'Бекзат',
  'Дархан',
  'Нұржан',
  'Ербол',
  'Жандос',
  'Талғат',
  'Айдос',
  'Өмірбек',
  'Руслан',
  'Мақсат',
  'Ілияс',
  'Ғабит',
];
const FEMALE = [
  'Әлия',
  'Гүлнар',
  'Жанар',
  'Сәуле',
  'Айгүл',
  'Динара',
  'Ақмарал',
  'Ләззат',
  'Мөлдір',
  'Гүлмира',
  'Айжан',
  'Қарлығаш',
  'Әсел',
  'Шынар',
  'Жұлдыз',
  'Аружан',
  'Үміт',
  'Нұргүл',
];
const FAMILY = [
  'Мамай',
  'Сәрсенбаев',
  'Қасымов',
  'Әбдірахманов',
  'Нұрғалиев',
  'Жұмабаев',
  'Төлеуов',
  'Оспанов',
  'Құдайбергенов',
  'Ахметов',
  'Смағұлов',
  'Байжанов',
  'Серікбаев',
  'Ысқақов',
  'Өтебаев',
  'Ғабдуллин',
  'Әміров',
  'Тоқтаров',
  'Шәкенов',
  'Бекмұхамбетов',
  'Мұхтаров',
  'Есімов',
  'Қалиев',
  'Ұзақбаев',
];

// Passport-style romanisation of Kazakh Cyrillic (what official_latin forms look like).
const PASSPORT: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};
// The 2021 Kazakh Latin alphabet, with its diacritics (ä ğ q ñ ö ū ü ı ş).
const KK_LATIN: Record<string, string> = {
  ...PASSPORT,
  ә: 'ä',
  ғ: 'ğ',
  қ: 'q',
  ң: 'ñ',
  ө: 'ö',
  ұ: 'ū',
  ү: 'ü',
  і: 'ı',
  ж: 'j',
  ш: 'ş',
  ч: 'ç',
  х: 'h',
  й: 'i',
  у: 'u',
};

function mapLetters(text: string, table: Record<string, string>): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const mapped = table[lower];
    if (mapped === undefined) out += ch;
    else out += ch === lower ? mapped : mapped.charAt(0).toUpperCase() + mapped.slice(1);
  }
  return out;
}

interface Parts {
  family: string;
  given: string;
  patronymic: string;
}

function feminine(family: string): string {
  return /(ов|ев|ин)$/.test(family) ? `${family}а` : family;
}

/** A random Kazakh person: gender and the name parts in Kazakh Cyrillic. */
export function randomPerson(rng: Random): { gender: 'male' | 'female'; parts: Parts } {
  const gender = rng.chance(0.7) ? 'male' : 'female';
  const father = rng.pick(MALE);
  const given = rng.pick(gender === 'male' ? MALE : FEMALE);
  const family = rng.pick(FAMILY);
  return {
    gender,
    parts: {
      family: gender === 'male' ? family : feminine(family),
      given,
      patronymic: `${father}${gender === 'male' ? 'ұлы' : 'қызы'}`,
    },
  };
}

/** Two or three written forms of a person's name (Kazakh Cyrillic, passport Latin, and Russian or Kazakh Latin). */
export function personNames(rng: Random, p: Parts, sources: Citation[]): Name[] {
  const form = (table: Record<string, string> | undefined) => {
    const t = (s: string) => (table === undefined ? s : mapLetters(s, table));
    return { family: t(p.family), given: t(p.given), patronymic: t(p.patronymic) };
  };
  const kk = form(undefined);
  const latin = form(PASSPORT);
  const names: Name[] = [
    {
      value: `${kk.family} ${kk.given} ${kk.patronymic}`,
      parts: kk,
      script: 'Cyrl',
      language: 'kk',
      kind: 'native',
      isPreferred: true,
      sources,
    },
    {
      value: `${latin.given} ${latin.family}`,
      parts: { family: latin.family, given: latin.given },
      script: 'Latn',
      language: 'en',
      kind: 'official_latin',
      sources,
    },
  ];
  if (rng.chance(0.5)) {
    const ru = form(RUSSIAN_LOOKALIKES);
    names.push({
      value: `${ru.family} ${ru.given}`,
      parts: { family: ru.family, given: ru.given },
      script: 'Cyrl',
      language: 'ru',
      kind: 'transliteration',
      sources,
    });
  } else if (rng.chance(0.6)) {
    const q = form(KK_LATIN);
    names.push({
      value: `${q.family} ${q.given}`,
      parts: { family: q.family, given: q.given },
      script: 'Latn',
      language: 'kk',
      kind: 'transliteration',
      scheme: 'kk-Latn-2021',
      sources,
    });
  }
  return names;
}
