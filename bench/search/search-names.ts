import type { Name } from '../../src/core/common/names.ts';
import type { NameFolder } from '../../src/core/names/name-folding.ts';
import type { Person } from '../../src/core/person/person.ts';
import { readPeople } from '../../test/support/name-pairs.ts';
import { SCHEMES_FROM_KAZAKH, SCHEMES_FROM_RUSSIAN } from '../../test/support/name-schemes.ts';
import { Random } from '../prng.ts';

/** The source every generated person of the name list cites. */
export const NAME_LIST_SOURCE = 'source:bench-name-list';

const MALE =
  `Жанболат Нұрлан Ерлан Асқар Бауыржан Дәурен Қайрат Ұлан Серік Ғалым Әлібек Мұрат Бекзат Дархан Нұржан
Ербол Жандос Талғат Айдос Өмірбек Руслан Мақсат Ілияс Ғабит Ержан Азамат Абай Әділет Бағдат Болат Даулет Дидар
Елдос Жасұлан Ислам Қанат Мейіржан Нұрболат Олжас Рахат Сәкен Тимур Ұланбек Шыңғыс Айбек Арман Ғани Еркін`.split(
    /\s+/,
  );
const FEMALE =
  `Әлия Гүлнар Жанар Сәуле Айгүл Динара Ақмарал Ләззат Мөлдір Гүлмира Айжан Қарлығаш Әсел Шынар Жұлдыз
Аружан Үміт Нұргүл Айнұр Балжан Гүлжан Дана Жансая Зарина Інжу Камила Мәдина Назерке Перизат Сымбат Томирис`.split(
    /\s+/,
  );
const FIRST =
  `Ақ Ал Ас Ай Ба Бай Бек Бол Дос Ер Есен Жан Жұма Қа Қай Қал Құл Мұ Нұр Ом Өте Сар Сей Сұл Тай Тұр Төле Ұз
Шал Шә Ыс Әбі Ғаз Құр Тоқ Сағ Мер Дәу Жақ Кен Орын Са Ке Бақ Ысқ Әмір Тілеу`.split(/\s+/);
const SECOND =
  `бай бек жан тай ғали құл мұрат сейіт тар хан ген ым ат ар ан ек ібай пейіс нияз ділда баев берді ғазы
ман тем жар ас мағанбет шер қожа`.split(/\s+/);
const THIRD = ['', '', '', 'тай', 'бек', 'жан', 'ғали'];
const SUFFIX: readonly (readonly [string, number])[] = [
  ['ов', 40],
  ['ев', 12],
  ['ин', 10],
  ['', 28],
  ['ұлы', 10],
];

/** How a generated name is written, and how often: the scripts and spellings of real lists. */
export const NAME_SCHEMES: readonly (readonly [string, number])[] = [
  ['kazakh-cyrillic', 30],
  ['russian-lookalikes', 22],
  ['kazakh-passport', 14],
  ['kazakh-latin-2021', 6],
  ['kazakh-latin-2018', 3],
  ['kazakh-latin-2017', 1],
  ['bgn-pcgn-kazakh', 4],
  ['iso-9', 2],
  ['english-bgn-pcgn', 6],
  ['german-duden', 2],
  ['capitals', 4],
  ['latin-letter-inside', 3],
  ['missing-space', 1],
  ['family-first', 2],
];

const feminine = (family: string) =>
  /(ов|ев|ин)$/.test(family) ? `${family}а` : family.replace(/ұлы$/, 'қызы');
const russianOf = SCHEMES_FROM_KAZAKH['russian-lookalikes'];

/** One generated person's name parts, in Kazakh Cyrillic. */
export interface NameParts {
  given: string;
  family: string;
  gender: 'male' | 'female';
}

/** Writes "given|family" (Kazakh Cyrillic) by a scheme: the Russian forms first where the scheme starts from them. */
export function writeName(parts: NameParts, scheme: string): string {
  const kk = `${parts.given}|${parts.family}`;
  const ru = `${russianOf(parts.given)}|${russianOf(parts.family)}`;
  if (scheme === 'kazakh-cyrillic') return `${parts.family} ${parts.given}`;
  if (scheme === 'family-first') return `${russianOf(parts.family).toUpperCase()} ${russianOf(parts.given)}`;
  const fromKazakh = SCHEMES_FROM_KAZAKH[scheme as keyof typeof SCHEMES_FROM_KAZAKH];
  if (fromKazakh) return fromKazakh(kk);
  const fromRussian = SCHEMES_FROM_RUSSIAN[scheme as keyof typeof SCHEMES_FROM_RUSSIAN];
  if (fromRussian) return fromRussian(ru);
  throw new Error(`no such name scheme: ${scheme}`);
}

/**
 * Family names built from Kazakh syllables and endings, none of which folds to a key of a labelled person's
 * family name: a hit on another person in the recall check is then a false merge, not a namesake.
 */
export function familyPool(folder: NameFolder): string[] {
  const labelled = new Set<string>();
  for (const p of readPeople())
    for (const form of [p.kk, p.ru, p.en]) {
      const family = form.split('|')[1] ?? '';
      for (const w of folder.fold(family)) for (const k of [...w.keys, ...w.looseKeys]) labelled.add(k);
    }
  const pool = new Set<string>();
  for (const a of FIRST)
    for (const b of SECOND)
      for (const c of THIRD)
        for (const [s] of SUFFIX) {
          const family = a + b + c + s;
          const folded = folder.fold(family);
          if (!folded.some((w) => [...w.keys, ...w.looseKeys].some((k) => labelled.has(k)))) pool.add(family);
        }
  return [...pool].sort();
}

/** The parts of generated person n: the same seed and n give the same person, whatever else is generated. */
export function nameParts(seed: number, n: number, families: readonly string[]): NameParts {
  const rng = new Random(seed, 0x5ea4c4, n);
  const gender = rng.chance(0.7) ? 'male' : 'female';
  const given = rng.pick(gender === 'male' ? MALE : FEMALE);
  const family = rng.pick(families);
  return { gender, given, family: gender === 'male' ? family : feminine(family) };
}

/** The schemes generated person n's names are written in: one, or two for some. */
export function nameSchemes(seed: number, n: number): string[] {
  const rng = new Random(seed, 0x5c4e3e, n);
  const first = rng.weighted(NAME_SCHEMES);
  if (!rng.chance(0.4)) return [first];
  const second = rng.weighted(NAME_SCHEMES);
  return second === first ? [first] : [first, second];
}

/** The id of generated person n. */
export function personId(n: number): string {
  return `person:bench-${String(n).padStart(7, '0')}`;
}

const SCRIPT_OF = (value: string): Name['script'] => (/\p{Script=Cyrillic}/u.test(value) ? 'Cyrl' : 'Latn');

/** Generated person n as a record: its names, each in its scheme, citing the name list. */
export function benchPerson(seed: number, n: number, families: readonly string[]): Person {
  const parts = nameParts(seed, n, families);
  const sources = [{ source: NAME_LIST_SOURCE, locator: `row ${n + 1}` }];
  const names: Name[] = nameSchemes(seed, n).map((scheme, i) => {
    const value = writeName(parts, scheme);
    const script = SCRIPT_OF(value);
    return {
      value,
      script,
      language: script === 'Cyrl' ? (scheme === 'kazakh-cyrillic' ? 'kk' : 'ru') : 'en',
      kind: i === 0 ? 'native' : 'transliteration',
      scheme,
      ...(i === 0 ? { isPreferred: true } : {}),
      sources,
    };
  });
  return {
    id: personId(n),
    names,
    gender: parts.gender,
    affiliations: [],
    visibility: 'public',
    sources,
    disputes: [],
  };
}

/** The people of the labelled set as records: their Kazakh and their Russian Cyrillic forms. */
export function labelledPersons(): Person[] {
  const sources = [{ source: NAME_LIST_SOURCE, locator: 'labelled set' }];
  return readPeople().map((p) => ({
    id: `person:labelled-${p.id}`,
    names: [
      {
        value: p.kk.replace('|', ' '),
        script: 'Cyrl',
        language: 'kk',
        kind: 'native',
        isPreferred: true,
        sources,
      },
      { value: p.ru.replace('|', ' '), script: 'Cyrl', language: 'ru', kind: 'transliteration', sources },
    ],
    affiliations: [],
    visibility: 'public',
    sources,
    disputes: [],
  }));
}
