import { namePairs } from '../../test/support/name-pairs.ts';
import { russianCases } from '../../test/support/name-schemes.ts';
import { Random } from '../prng.ts';
import { PHRASES } from './search-documents.ts';
import {
  benchPerson,
  labelledPersons,
  nameParts,
  NAME_SCHEMES,
  personId,
  writeName,
} from './search-names.ts';

/** The kinds of query the fixed mix holds. */
export const QUERY_TYPES = [
  'exact-name',
  'other-script',
  'declined',
  'article',
  'phrase',
  'faceted',
] as const;
export type QueryType = (typeof QUERY_TYPES)[number];

/** One query of the mix: what is asked (the search contract's fields) and, for a name, whom it must find. */
export interface BenchQuery {
  type: QueryType;
  text: string;
  kinds?: string[];
  jurisdiction?: string;
  /** The person the query names: found or not is counted besides the latency. */
  expect?: string;
}

/** Every form the issue names for an article, and a part where the form carries one. */
export const ARTICLE_FORMS = [
  (a: string) => a,
  (a: string) => `ст. ${a}`,
  (a: string) => `${a}-бап`,
  (a: string, p: string) => `Article ${a}(${p})`,
  (a: string, p: string) => `ч. ${p} ст. ${a} УК РК`,
  (a: string, p: string) => `${a} ч.${p}`,
] as const;
const ARTICLES = [
  ['272', '2'],
  ['274', '4'],
  ['400', '1'],
  ['405', '2'],
  ['378', '2'],
] as const;

const isCyrillic = (text: string) => /\p{Script=Cyrillic}/u.test(text);

/**
 * The fixed mix: `perType` queries of each type, drawn from the seed over `persons` generated people, so every
 * system answers the very same questions in the same order.
 */
export function queryMix(
  seed: number,
  perType: number,
  persons: number,
  families: readonly string[],
): BenchQuery[] {
  const rng = new Random(seed, 0x9e7);
  const byType = new Map<QueryType, BenchQuery[]>(QUERY_TYPES.map((t) => [t, []]));
  const queries = { push: (q: BenchQuery) => byType.get(q.type)?.push(q) };
  const someone = () => rng.int(0, persons - 1);
  for (let i = 0; i < perType; i++) {
    const n = someone();
    const stored = benchPerson(seed, n, families).names[0]?.value ?? '';
    queries.push({ type: 'exact-name', text: stored, expect: personId(n) });
  }
  for (let i = 0; i < perType; i++) {
    const n = someone();
    const person = benchPerson(seed, n, families);
    const cyrillic = person.names.some((x) => isCyrillic(x.value));
    const latin = person.names.some((x) => !isCyrillic(x.value));
    const other = NAME_SCHEMES.filter(([s]) => {
      const written = writeName(nameParts(seed, n, families), s);
      return isCyrillic(written) ? !cyrillic : !latin;
    });
    const scheme = other.length > 0 ? rng.weighted(other) : 'kazakh-passport';
    queries.push({
      type: 'other-script',
      text: writeName(nameParts(seed, n, families), scheme),
      expect: personId(n),
    });
  }
  for (let i = 0; i < perType; i++) {
    const n = someone();
    const [given = '', family = ''] = writeName(nameParts(seed, n, families), 'russian-lookalikes').split(
      ' ',
    );
    const forms = russianCases(`${given}|${family}`);
    const form = rng.pick(['genitive', 'dative', 'instrumental', 'prepositional'] as const);
    queries.push({ type: 'declined', text: forms[form], expect: personId(n) });
  }
  for (let i = 0; i < perType; i++) {
    const [article, part] = ARTICLES[i % ARTICLES.length] ?? ['272', '2'];
    const form = ARTICLE_FORMS[Math.floor(i / ARTICLES.length) % ARTICLE_FORMS.length] ?? ARTICLE_FORMS[0];
    queries.push({ type: 'article', text: form(article, part) });
  }
  const phrases = [...PHRASES.ru, ...PHRASES.en];
  for (let i = 0; i < perType; i++)
    queries.push({ type: 'phrase', text: `"${phrases[i % phrases.length]}"` });
  for (let i = 0; i < perType; i++) {
    const [article] = ARTICLES[i % ARTICLES.length] ?? ['272'];
    const byName = i % 2 === 0;
    const family = writeName(nameParts(seed, someone(), families), 'russian-lookalikes').split(' ')[1] ?? '';
    queries.push(
      byName
        ? { type: 'faceted', text: family, kinds: ['person'] }
        : { type: 'faceted', text: `ст. ${article}`, kinds: ['charge'], jurisdiction: 'kz' },
    );
  }
  // Interleaved, one of each type in turn, so no type runs on caches the same type warmed.
  const mix: BenchQuery[] = [];
  for (let i = 0; i < perType; i++)
    for (const t of QUERY_TYPES) mix.push(...(byType.get(t)?.slice(i, i + 1) ?? []));
  return mix;
}

/** A variant of the labelled set to search for: its scheme, the form asked, and the person it must find. */
export interface RecallCheck {
  scheme: string;
  text: string;
  person: string;
}

/** Every variant of the labelled set (test/support/name-pairs.ts) with the labelled person it names. */
export function recallChecks(): RecallCheck[] {
  const byName = new Map<string, string>();
  for (const p of labelledPersons()) for (const name of p.names) byName.set(name.value, p.id);
  return namePairs()
    .filter((p) => p.isSamePerson)
    .map((p) => {
      const person = byName.get(p.a);
      if (person === undefined) throw new Error(`the labelled form ${p.a} is no labelled person's`);
      return { scheme: p.scheme, text: p.b, person };
    });
}
