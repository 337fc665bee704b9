import { readFileSync } from 'node:fs';
import { russianCases, SCHEMES_FROM_KAZAKH, SCHEMES_FROM_RUSSIAN } from './name-schemes.ts';

/** One labelled pair: two written forms, whether they name the same person, and how the second was written. */
export interface NamePair {
  a: string;
  b: string;
  isSamePerson: boolean;
  scheme: string;
}

interface Person {
  id: string;
  kk: string;
  ru: string;
  en: string;
  de: string;
}

const PEOPLE_FILE = new URL('../fixtures/names/people.tsv', import.meta.url);

/** The people of test/fixtures/names/people.tsv. */
export function readPeople(): Person[] {
  const rows = readFileSync(PEOPLE_FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const [header, ...body] = rows.map((r) => r.split('\t'));
  const at = (name: string) => header?.indexOf(name) ?? -1;
  return body.map((cells) => ({
    id: cells[at('id')] ?? '',
    kk: cells[at('kk')] ?? '',
    ru: cells[at('ru')] ?? '',
    en: cells[at('en')] ?? '',
    de: cells[at('de')] ?? '',
  }));
}

const spaced = (name: string) => name.split('|').join(' ');

/**
 * The labelled set: for each person, their Kazakh Cyrillic form against every scheme's form of it, their Russian
 * form against the press's, the passports', their case forms and the defects of real lists; and every two
 * different people's forms against each other, which must never match.
 */
export function namePairs(): NamePair[] {
  const people = readPeople();
  const pairs: NamePair[] = [];
  for (const p of people) {
    const same = (a: string, b: string, scheme: string) => pairs.push({ a, b, isSamePerson: true, scheme });
    same(spaced(p.kk), spaced(p.ru), 'russian-form');
    for (const [scheme, write] of Object.entries(SCHEMES_FROM_KAZAKH))
      same(spaced(p.kk), write(p.kk), scheme);
    for (const [scheme, write] of Object.entries(SCHEMES_FROM_RUSSIAN))
      same(spaced(p.ru), write(p.ru), scheme);
    for (const [grammaticalCase, form] of Object.entries(russianCases(p.ru)))
      same(spaced(p.ru), form, `russian-${grammaticalCase}`);
    same(spaced(p.kk), spaced(p.en), 'english-press');
    const [given, family] = p.en.split('|');
    same(spaced(p.kk), `${(family ?? '').toUpperCase()} ${given ?? ''}`, 'family-first-capitals');
    if (p.de !== '') same(spaced(p.ru), spaced(p.de), 'german-press');
  }
  for (const p of people)
    for (const q of people)
      if (p.id !== q.id) {
        pairs.push({ a: spaced(p.ru), b: spaced(q.en), isSamePerson: false, scheme: 'different-people' });
        pairs.push({ a: spaced(p.kk), b: spaced(q.kk), isSamePerson: false, scheme: 'different-people' });
      }
  return pairs;
}
