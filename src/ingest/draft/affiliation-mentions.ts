import type { AffiliationKind, DraftAffiliation } from './draft-types.ts';
import type { NamedPerson } from './name-mentions.ts';
import type { TextSentence } from './text-sentences.ts';

// Words that say what an organisation is or was, not what it is called ("the unregistered", "незарегистрированной").
const QUALIFIER = String.raw`(?:unregistered|banned|now-banned|outlawed|opposition|independent|former|defunct|now-defunct|liquidated|so-called|pro-democracy|human rights|rights|незарегистрированн\p{L}*|запрещ[её]нн\p{L}*|оппозиционн\p{L}*|независим\p{L}*|ликвидированн\p{L}*|бывш\p{L}*|тіркелмеген|оппозициялық|тыйым салынған|тәуелсіз|бұрынғы)`;
const QUALIFIERS_BEFORE = new RegExp(String.raw`(?<![\p{L}-])(?:${QUALIFIER}[\s,]+)+$`, 'iu');
const UNREGISTERED = /unregistered|незарегистрированн|тіркелмеген/iu;

// A person's role in an organisation, in English and Russian (before its name) and in Kazakh (after it).
const ROLE_EN = String.raw`(?:(?:opposition|deputy|former|founding|honorary|acting|executive|prominent|active|senior)\s+)*(?:co-?founder|founder|leader|head|co-?chair(?:man|woman|person)?|chair(?:man|woman|person)?|member|activist|editor(?:-in-chief)?|chief editor|journalist|reporter|correspondent|coordinator|director|president|secretary|spokes(?:man|woman|person)|supporter|organi[sz]er)s?`;
const ROLE_RU = String.raw`(?:(?:бывш\p{L}*|заместител\p{L}*|одн\p{L}* из)\s+)?(?:лидер|председател|сопредседател|руководител|основател|сооснователь|соучредител|учредител|член|активист|участни|сторонни|журналист|корреспондент|(?:главн\p{L}*\s+)?редактор|координатор|глав[аеуыо])\p{L}*`;
const ROLE_KK = String.raw`(?:жетекші|төраға|төрайым|мүше|белсенді|басшы|негізін қалаушы|құрылтайшы|тілші|журналис|редактор|орынбасар)\p{L}*`;
const ROLE_BEFORE = [
  new RegExp(
    String.raw`(?<![\p{L}-])(?<role>${ROLE_EN}(?:\s+and\s+${ROLE_EN})?)\s+(?:of|at|with|for|in|from)\s+(?:the\s+)?(?:${QUALIFIER}[\s,]+)*$`,
    'iu',
  ),
  new RegExp(String.raw`(?<![\p{L}-])(?<role>${ROLE_RU})\s+(?:${QUALIFIER}\s+)*$`, 'iu'),
];
const ROLE_AFTER = [
  new RegExp(
    String.raw`^\s*(?:\([^()]{1,20}\)\s*)?(?<role>${ROLE_EN})(?![\p{L}-])(?!\s+(?:of|at|with|for)\s)`,
    'iu',
  ),
  new RegExp(String.raw`^\s+(?<role>${ROLE_KK})`, 'iu'),
];
const MEDIA_ROLE =
  /editor|journalist|reporter|correspondent|журналист|корреспондент|редактор|тілші|журналис/iu;

// The words of an organisation's name: a quoted name, a run of capitals, the noun saying what it is.
const QUOTED = String.raw`[«“"„](?<quoted>[^«»“”"„\n]{2,80}?)[»”"“]`;
const CAP = String.raw`\p{Lu}[\p{L}\p{N}’'&-]*`;
const RUN_EN = String.raw`${CAP}(?:\s+(?:(?:of|for|the|and|de)\s+)*${CAP})*`;
const HEAD_EN = String.raw`party|movement|front|alliance|coalition|group|organi[sz]ation|foundation|fund|association|union|newspaper|weekly|magazine|outlet|website|portal|channel|news site`;
const ADJ_RU = String.raw`\p{Ll}[\p{Ll}-]*(?:ой|ей|ая|яя|ое|ее|ий|ый|ого|его|ому|ему|ую|юю|ых|их|ым|им)(?![\p{L}])`;
const ORG_RU = String.raw`(?:[Пп]арти|[Дд]вижени|[Фф]ронт|[Аа]льянс|[Фф]онд|[Аа]ссоциаци|[Цц]ентр|[Кк]омитет|[Бб]юро|[Сс]оюз|[Оо]бъединени|[Оо]рганизаци|[Гг]азет|[Ии]здани|[Тт]елеканал)\p{L}{0,3}(?![\p{L}])`;
const ADJ_KK = String.raw`\p{Ll}[\p{Ll}-]*(?:лық|лік|дық|дік|тық|тік|шыл|шіл)(?![\p{L}])`;
const ORG_KK = String.raw`(?:[Пп]артиясы|[Ққ]озғалысы|[Гг]азеті|[Бб]асылымы|[Оо]дағы|[Ұұ]йымы|[Оо]рталығы|[Аа]льянсы|[Мм]айданы|[Тт]елеарнасы|[Ққ]оры)\p{L}*`;

/**
 * The ways a text writes an organisation's name, each saying which of its words are the name: the quoted words,
 * else the run of capitals (English: "the Alga party", "the newspaper Uralskaya Nedelya"), or all of it in Russian
 * and Kazakh, where the noun is part of the name ("Демократической партии Казахстана", "Қазақстан Демократиялық
 * партиясының"). A Russian noun with no capital before it names nothing unless quoted ("партии «Алга»").
 */
const PHRASES: {
  re: RegExp;
  nameOf: (g: Record<string, string | undefined>, whole: string) => string | undefined;
}[] = [
  {
    re: new RegExp(String.raw`(?<name>${CAP},\s+${CAP})\s+(?<head>${HEAD_EN})(?![\p{L}])`, 'gu'),
    nameOf: (g) => g['name'],
  },
  {
    re: new RegExp(String.raw`(?:${QUOTED}|(?<name>${RUN_EN}))(?:\s+(?<head>${HEAD_EN})(?![\p{L}]))?`, 'gu'),
    nameOf: (g) => g['name'],
  },
  {
    re: new RegExp(String.raw`(?<![\p{L}])(?<head>${HEAD_EN})\s+(?:${QUOTED}|(?<name>${RUN_EN}))`, 'gu'),
    nameOf: (g) => g['name'],
  },
  {
    re: new RegExp(
      String.raw`(?<name>(?<![\p{L}])${CAP}(?:\s+${ADJ_RU}){0,3}\s+)?(?<![\p{L}])(?<head>${ORG_RU})(?:\s+${QUOTED}|(?:\s+${CAP}){1,3})?`,
      'gu',
    ),
    nameOf: (g, whole) => (g['name'] === undefined ? undefined : whole),
  },
  {
    re: new RegExp(
      String.raw`(?:${QUOTED}|(?<![\p{L}])${CAP}(?:\s+(?:${CAP}|${ADJ_KK})){0,3})\s+(?<head>${ORG_KK})`,
      'gu',
    ),
    nameOf: (_, whole) => whole,
  },
];

const PARTY = /(?<!\p{L})part(?:y|ies)(?!\p{L})|парти/iu;
const MOVEMENT =
  /(?<!\p{L})(?:movement|front|alliance|coalition)(?!\p{L})|движени|фронт|альянс|қозғалыс|майдан/iu;
const MEDIA =
  /(?<!\p{L})(?:newspaper|weekly|magazine|outlet|website|portal|channel|news site|tv|radio|gazette|times|news|journal|media)(?!\p{L})|газет|издани|телеканал|басылым|телеарна/iu;
const NGO =
  /(?<!\p{L})(?:foundation|fund|association|bureau|cent(?:re|er)|committee|institute|initiative|society)(?!\p{L})|фонд|ассоциаци|бюро|центр|комитет|қоры|орталығ/iu;
// The words that say an organisation is one without naming it ("Party", "партии"): a name needs one of its own.
const ORG_WORD =
  /^(?:part(?:y|ies)|movement|front|alliance|coalition|association|foundation|fund|committee|council|cent(?:re|er)|bureau|league|society|institute|initiative|network|organi[sz]ation|group|union|newspaper|times|news|gazette|journal|radio|tv|weekly|media|channel|(?:парти|движени|фронт|альянс|фонд|ассоциаци|центр|комитет|бюро|союз|объединени|организаци|газет|издани|телеканал|партиясы|қозғалысы|газеті|басылымы|одағы|ұйымы|орталығы|альянсы|майданы|телеарнасы|қоры)\p{L}*)$/iu;
const CONNECTOR = /^(?:of|for|the|and|de)$/u;
// Investigators, prosecutors, courts and the state's other bodies: authorities of a case, never a person's own.
const AUTHORITY =
  /prosecut|court|police|security|investigat|ministry|office|agency|department|government|parliament|akimat|prison|colony|military|прокур|суд|полици|безопасност|министерств|правительств|парламент|колони|(?<!\p{L})сот(?!\p{L})|министрлі|әкімдік/iu;
// Words a run of capitals may begin with that are no part of a name: sentence openers, qualifiers, months.
const LEADING = new RegExp(
  String.raw`^(?:(?:the|a|an|in|on|at|by|from|and|but|however|as|after|while|when|since|of|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|в|на|по|и|но)\s+|${QUALIFIER}[\s,]+)`,
  'iu',
);

/** The kind of organisation the noun saying what it is gives, or else the words of its name. */
const kindOf = (words: string): AffiliationKind =>
  PARTY.test(words)
    ? 'party'
    : MOVEMENT.test(words)
      ? 'movement'
      : MEDIA.test(words)
        ? 'media'
        : NGO.test(words)
          ? 'ngo'
          : 'other';

const wordsOf = (name: string) => name.split(/[\s,]+/u).filter((w) => w !== '');
const isOwnWord = (w: string) => !ORG_WORD.test(w) && !CONNECTOR.test(w);

/** How many characters of openers, qualifiers and months lead a run of words. */
function leadingLength(words: string): number {
  let at = 0;
  for (let m = LEADING.exec(words); m !== null; m = LEADING.exec(words.slice(at))) at += m[0].length;
  return at;
}

/**
 * An organisation's name without what surrounds it: quotes, leading openers and qualifiers, and the words of a
 * person's name after the word saying what it is ("Democratic Party of Kazakhstan Zhanbolat Mamay"); none when no
 * word of its own is left.
 */
function nameOf(raw: string, isPersonWord: (word: string) => boolean): string | undefined {
  let name = raw.trim().replace(/^[«“"„]+|[»”"“]+$/gu, '');
  name = name.slice(leadingLength(name));
  for (let last = /[\s,]+(\S+)$/u.exec(name); last !== null; last = /[\s,]+(\S+)$/u.exec(name)) {
    const word = last[1] ?? '';
    const rest = name.slice(0, last.index);
    const isLeft = wordsOf(rest).some(isOwnWord) && wordsOf(rest).some((w) => ORG_WORD.test(w));
    if (!(isPersonWord(word) || CONNECTOR.test(word)) || !isLeft) break;
    name = rest;
  }
  return wordsOf(name).some(isOwnWord) ? name : undefined;
}

/** Where the words tying a role to an organisation stand in a sentence, and what they say. */
interface RoleMention {
  name: string;
  role: string;
  kind: AffiliationKind;
  isUnregistered: boolean;
  /** From the first word of the role or its qualifiers to the last of the name or role: a person named outside it. */
  span: [number, number];
}

// Words before a role that say where the person stands in politics or how well known they are, not what they are in
// the organisation: "the opposition leader of the party" leads the party.
const DESCRIBING = /^(?:(?:opposition|prominent|active)\s+)+(?=\p{L})/iu;

/** A person's role in an organisation, as the text words it but for the words that describe the person. */
const roleInIt = (role: string): string => role.replace(DESCRIBING, '');

/**
 * The role written before an organisation's name ("leader of the", "лидера"), from its first word, or after it
 * ("leader", "жетекшісі"), from the qualifiers before the name to the role's last word.
 */
function roleAround(
  text: string,
  start: number,
  end: number,
): { role: string; from: number; to?: number } | undefined {
  // A role and its qualifiers stand within a few words of the name: the text before them is not read again.
  const from = Math.max(0, start - 160);
  const before = text.slice(from, start);
  for (const re of ROLE_BEFORE) {
    const m = re.exec(before);
    const role = m?.groups?.['role'];
    if (m !== null && role !== undefined) return { role: roleInIt(role), from: from + m.index };
  }
  const qualified = QUALIFIERS_BEFORE.exec(before);
  for (const re of ROLE_AFTER) {
    const m = re.exec(text.slice(end));
    const role = m?.groups?.['role'];
    if (m !== null && role !== undefined)
      return {
        role: roleInIt(role),
        from: qualified === null ? start : from + qualified.index,
        to: end + m[0].length,
      };
  }
  return undefined;
}

/** The organisations a sentence names beside a role, in the order written; authorities and bare nouns left out. */
function roleMentions(text: string, isPersonWord: (word: string) => boolean): RoleMention[] {
  const out: RoleMention[] = [];
  for (const phrase of PHRASES)
    for (const m of text.matchAll(phrase.re)) {
      const g = m.groups ?? {};
      const quoted = g['quoted'];
      const raw = quoted ?? phrase.nameOf(g, m[0]);
      const name = raw === undefined ? undefined : nameOf(raw, isPersonWord);
      const start = m.index + leadingLength(m[0]);
      const end = m.index + m[0].length;
      if (name === undefined || AUTHORITY.test(name)) continue;
      if (out.some((o) => start < o.span[1] && end > o.span[0])) continue;
      const head = g['head'];
      // A quoted name with no word saying what it is names a newspaper or a channel only beside an editor's role.
      const kind =
        head !== undefined
          ? kindOf(head)
          : wordsOf(name).some((w) => ORG_WORD.test(w))
            ? kindOf(name)
            : undefined;
      if (kind === undefined && quoted === undefined) continue;
      const tie = roleAround(text, start, end);
      if (tie === undefined || (kind === undefined && !MEDIA_ROLE.test(tie.role))) continue;
      // The name's end, before any person's words that followed it in the match.
      const at = text.indexOf(name, m.index);
      const span: [number, number] = [tie.from, tie.to ?? (at < 0 ? end : at + name.length)];
      out.push({
        name,
        role: tie.role.replace(/\s+/gu, ' '),
        kind: kind ?? 'media',
        isUnregistered: UNREGISTERED.test(text.slice(...span)),
        span,
      });
    }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * A word of a sentence written as a word of a person's name, however declined or possessed (Мамая for Мамай,
 * Жанболата for Жанболат, Mamay’s for Mamay): the letters they share agree, but for a Russian or Kazakh ending.
 */
function isNameWord(token: string, word: string): boolean {
  const [x = '', y = ''] = [token, word].map((w) => w.toLowerCase().replace(/[’']s$/u, ''));
  const shared = Math.min(x.length, y.length) - (/\p{Script=Cyrillic}/u.test(x) ? 1 : 0);
  return shared >= 3 && Math.abs(x.length - y.length) <= 3 && x.slice(0, shared) === y.slice(0, shared);
}

/** Where a sentence names each drafted person, by any word of any spelling of their name. */
function personMentions(
  text: string,
  names: readonly string[][],
): { person: number; start: number; end: number }[] {
  return [...text.matchAll(/\p{Lu}[\p{L}’'-]*/gu)].flatMap((m) => {
    const person = names.findIndex((words) => words.some((w) => isNameWord(m[0], w)));
    return person < 0 ? [] : [{ person, start: m.index, end: m.index + m[0].length }];
  });
}

const keyOf = (name: string) => name.toLowerCase().replace(/[’']/gu, "'").replace(/\s+/gu, ' ');

/**
 * The organisations the sentences tie the drafted persons to by their role in them ("the opposition leader of the
 * unregistered Democratic Party of Kazakhstan, Zhanbolat Mamay"; "лидера незарегистрированной Демократической
 * партии Казахстана"; "«Алға» партиясының жетекшісі"), each quoting the sentence first saying so. The person is the
 * one the sentence names nearest the role, or the only one the text names when the sentence names none; one
 * affiliation a person and organisation, as first said.
 */
export function affiliationMentions(
  sentences: readonly TextSentence[],
  persons: readonly NamedPerson[],
): DraftAffiliation[] {
  const names = persons.map((p) => [p.name, ...p.otherNames].flatMap((n) => n.split(/\s+/u)));
  const isPersonWord = (word: string) => names.some((words) => words.some((w) => isNameWord(word, w)));
  const seen = new Set<string>();
  const out: DraftAffiliation[] = [];
  for (const s of sentences) {
    const mentions = personMentions(s.text, names);
    for (const found of roleMentions(s.text, isPersonWord)) {
      const [from, to] = found.span;
      const gap = (m: { start: number; end: number }) =>
        m.end <= from ? from - m.end + 1 : m.start >= to ? m.start - to + 1 : 0;
      const [nearest] = mentions.filter((m) => gap(m) > 0).sort((a, b) => gap(a) - gap(b));
      const person = nearest?.person ?? (persons.length === 1 ? 0 : undefined);
      const key = `${person}\n${keyOf(found.name)}`;
      if (person === undefined || seen.has(key)) continue;
      seen.add(key);
      out.push({
        person,
        name: found.name,
        role: found.role,
        kind: found.kind,
        isUnregistered: found.isUnregistered,
        quote: { start: s.start, end: s.end, text: s.text },
      });
    }
  }
  return out;
}
