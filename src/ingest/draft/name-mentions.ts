import { feminineNominativeOf, nominativeOf } from './russian-names.ts';
import { quoteOf } from './draft-text.ts';
import type { DraftQuote } from './draft-types.ts';
import type { TextSentence } from './text-sentences.ts';

/** A person a text names: the fullest spelling it uses most, its other spellings, and how often it is named. */
export interface NamedPerson {
  name: string;
  otherNames: string[];
  /** How many times the text names the person, by any spelling of the last name, alone or in full. */
  mentions: number;
}

// Capitalised words that begin or fill a run of capitals without naming a person: sentence openers, months,
// titles of office and the words of institutions' names, in English, Russian and Kazakh.
const NOT_NAMES = new Set(
  (
    'a an as at by for from his her in it its of on our the their this that these those what when where while who ' +
    'however but and or if oddly mr mrs ms dr judge lawyer attorney journalist activist blogger politician opposition leader defendant president minister prosecutor prosecutors court city office ' +
    'party parliament republic ministry committee police service agency university national democratic people ' +
    'international union council general supreme district regional state government image click photo reuters ' +
    'code criminal article colony prison centre center ' +
    'human rights watch amnesty freedom house reporters borders front line defenders bureau institute foundation ' +
    'radio liberty free europe asia central eastern western northern southern director news service ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'в на по и с о об он она они его ее её их это эти адвокат судья журналист активист политик оппозиционер блогер правозащитник лидер суд прокурор прокуратура партия республика министерство ' +
    'комитет полиция служба город январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь ' +
    'және мен сот прокурор партия республика қала министрлігі белсенді саясаткер журналист адвокат блогер ' +
    // Words that open a sentence before a surname ("Сейчас Кабдулов…"), and the networks a post is put on.
    'now then later today yesterday also сейчас теперь затем позже ранее вчера сегодня также однако тогда ' +
    'уже пока қазір кейін бүгін кеше алайда facebook telegram instagram youtube whatsapp twitter tiktok ' +
    // Words of roles, places and days a run of capitals holds without naming a person.
    'сам сама защитник защитница journalists protect day square street avenue index number region oblast ' +
    'province special rapporteur rapporteurs new investigative'
  ).split(/\s+/),
);

// A capitalised word, and the parts of a double name or an apostrophe (Kara-Murza, O'Brien, Nur-Sultan).
const WORD = String.raw`\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)*`;
const RUN = new RegExp(String.raw`(?<![\p{L}])${WORD}(?:\s+${WORD}){1,3}(?![\p{L}])`, 'gu');

/**
 * The words of a run of capitals that may be a name: without the openers and institution words around it, nor a
 * place declined after its preposition ("из Уральска Нуржана Кабдулова"); in one script; and in Kazakh, without the
 * case ending a Russian-formed surname takes ("Серікбаевтың").
 */
function nameWords(run: string, before: string, isKazakh: boolean): string[] | undefined {
  const words = run.split(/\s+/);
  const length = words.length;
  while (words.length > 0 && isNotName(words[0] ?? '')) words.shift();
  // Three words left after a place's preposition or a role ("Защитник Смородиной Игорь Лаптев": the defender of
  // Smorodina, Igor Laptev), none a patronymic: the first is whose, not the name.
  const isAfterWord = PLACE_BEFORE.test(before) || words.length < length;
  if (words.length === 3 && isAfterWord && !words.some((w) => PATRONYMIC.test(w))) words.shift();
  if (words.length > 3) return undefined;
  if (words.length < 2 || words.some(isNotName)) return undefined;
  if (words.some((w) => /\p{Script=Latin}/u.test(w)) && words.some((w) => /\p{Script=Cyrillic}/u.test(w)))
    return undefined;
  return isKazakh ? words.map((w) => w.replace(KAZAKH_CASE, '$1')) : words;
}

/** A preposition of place just before a run ("из Уральска", "в Алматы"). */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:из|в|во|на|под|у|от|до|для)\s+$/iu;
const PATRONYMIC = /(?:ович|евич|ьич|овна|евна|ична|инична|ұлы|улы|қызы|кызы)$/iu;
/** A Kazakh case ending after a Russian-formed surname: "Серікбаевтың", "Ахметовке", "Исаеваға". */
const KAZAKH_CASE =
  /^(\p{L}+(?:ов|ев|ин|ова|ева|ина))(?:тың|тің|ның|нің|дың|дің|қа|ке|ға|ге|ты|ті|ны|ні|ды|ді|та|те|да|де|тан|тен|нан|нен|дан|ден|пен|бен|мен)$/u;
/** Just before a run, the word that makes it the name of an outlet, a party or a group, not a person's. */
const ORGANISATION_BEFORE =
  /(?:\boutlet|\bchannel|\bngo|\bsite|initiative|инициатив\p{L}*|newspaper|magazine|website|\bagency|\bparty|movement|\bgroup|organi[sz]ation|издани\p{L}*|газет\p{L}*|канал\p{L}*|сайт\p{L}*|агентств\p{L}*|движени\p{L}*|парти\p{L}*|организаци\p{L}*|басылым\p{L}*|арна\p{L}*|қозғалыс\p{L}*)\s*$/iu;
/** Just after a run, the word that makes it an organisation's name: "the Jana Buyn youth movement". */
const ORGANISATION_AFTER =
  /^\s+(?:youth\s+|opposition\s+|civic\s+)?(?:movement|party|group|initiative|foundation|association|union|ngo)\b/iu;
const QUOTE_OPEN = /[«“"„]\s*$/u;

// The stems of words that decline and name a party or a state, not a person ("Обвиняемому", "Республики").
const NOT_NAME_STEMS = [
  'обвиняем',
  'подсудим',
  'осужденн',
  'осуждённ',
  'потерпевш',
  'свидетел',
  'республик',
  'казахстан',
  'қазақстан',
  'россий',
  'беларус',
];

const isNotName = (word: string) => {
  const lower = word.toLowerCase().replace(/['’]s$/u, '');
  return NOT_NAMES.has(lower) || NOT_NAME_STEMS.some((stem) => lower.startsWith(stem));
};

/** A word's letters without the endings a declension adds (Мамая, Мамаю → Мама; Mamay's → Mamay). */
const stemOf = (word: string) => {
  const bare = word.toLowerCase().replace(/[’']s$/, '');
  return bare.length > 4 && /\p{Script=Cyrillic}/u.test(bare) ? bare.slice(0, -1) : bare;
};

/** Two spellings of one last name: equal, or one letter apart in a word of five or more (Mamay, Mamai). */
function isSameName(a: string, b: string): boolean {
  const x = stemOf(a);
  const y = stemOf(b);
  if (x === y || x.startsWith(y) || y.startsWith(x)) return Math.min(x.length, y.length) >= 3;
  if (x.length !== y.length || x.length < 5) return false;
  let differ = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) differ++;
  return differ <= 1;
}

// A line crediting a photograph or its agency ("© 2022 Pavel Mikheyev/REUTERS", "Photo: …", "Фото: …"): the
// names in it are of those who made the picture, not of the case.
const CREDIT =
  /©|\(c\)\s*\d{4}|\bphoto(?:graph)?\s*(?:by\b|:)|\/\s*(?:REUTERS|AFP|AP|Getty|EPA)\b|фото\s*:|сурет\s*:/iu;

/**
 * The persons a text names in full (two or three capitalised words, not an institution's), most named first: a
 * last name written alone counts for the person named in full with it ("Mamay was placed…"), and spellings of
 * the last name that differ by a letter or an ending are one person's (Zhanbolat Mamai, Zhanbolat Mamay).
 */
export function namedPersons(written: string): NamedPerson[] {
  const text = written
    .split('\n')
    .filter((line) => !CREDIT.test(line))
    .join('\n');
  // A headline in title case capitalises every word: its runs of capitals are not names ("Journalist Sentenced
  // on Dubious Extortion Charges"); a person it names is named in the text below it as well.
  const prose = text
    .split('\n')
    .map((line) => (isTitleCase(line) ? '' : line))
    .join('\n');
  const spellings = new Map<string, string[]>();
  const isKazakh = /[әіңғүұқөһ]/iu.test(text);
  for (const m of prose.matchAll(RUN)) {
    const before = prose.slice(Math.max(0, m.index - 40), m.index);
    // A name in quotes, or after the word for an outlet or a group, is theirs: «Еркін Орал», "outlet Kyrgyz Dialog".
    const after = prose.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (QUOTE_OPEN.test(before) || ORGANISATION_BEFORE.test(before) || ORGANISATION_AFTER.test(after))
      continue;
    const words = nameWords(m[0], before, isKazakh);
    if (words !== undefined) spellings.set(words.join(' '), words);
  }
  const tokens = text.split(/[^\p{L}’'-]+/u).filter((w) => /^\p{Lu}/u.test(w));
  const count = (last: string) => tokens.filter((t) => isSameName(t, last)).length;
  const groups: { names: string[][] }[] = [];
  for (const words of spellings.values()) {
    // One person's spellings share the last name, and the given name where both give one: a wife or a brother
    // named with the same surname ("его супруга Гульнара Кабдулова") is another person.
    const isSpellingOf = (n: readonly string[]) =>
      isSameName(n.at(-1) ?? '', words.at(-1) ?? '') &&
      (n.length < 2 || words.length < 2 || isSameName(n[0] ?? '', words[0] ?? ''));
    const group = groups.find((g) => g.names.some(isSpellingOf));
    if (group !== undefined) group.names.push(words);
    else groups.push({ names: [words] });
  }
  return groups
    .map((g) => {
      // The spelling whose last name the text writes most is the name; the others are its other spellings.
      // Then the one whose words are written so most often (a Russian name in the nominative more often than
      // in any one other case), then the fullest.
      const verbatim = (n: readonly string[]) =>
        n.reduce((sum, w) => sum + tokens.filter((t) => t === w).length, 0);
      const ranked = [...g.names].sort(
        (a, b) =>
          exact(tokens, b.at(-1) ?? '') - exact(tokens, a.at(-1) ?? '') ||
          verbatim(b) - verbatim(a) ||
          b.length - a.length,
      );
      // A man's name the text only declines ("задержали Марата Жыланбаева") is named in the nominative.
      // So is a woman's, told by her surname's ending ("Ксении Лапицкой").
      const nominative =
        ranked[0] === undefined ? undefined : (nominativeOf(ranked[0]) ?? feminineNominativeOf(ranked[0]));
      const spelt = ranked.map((n) => n.join(' '));
      const [first, ...rest] =
        nominative === undefined
          ? spelt
          : [nominative.join(' '), ...spelt.filter((n) => n !== nominative.join(' '))];
      return {
        name: withNominativeSurname(first ?? '', tokens),
        otherNames: rest,
        mentions: count(g.names[0]?.at(-1) ?? ''),
      };
    })
    .sort((a, b) => b.mentions - a.mentions);
}

/**
 * A woman's name written in full only declined ("Жанар Сулейменову"), her given name one that does not decline,
 * with her surname in the nominative where the text writes it alone ("Сулейменова признана виновной").
 */
function withNominativeSurname(name: string, tokens: readonly string[]): string {
  const words = name.split(' ');
  const surname = words.at(-1) ?? '';
  const oblique = /^(.+(?:ов|ев|ин))(?:у|ой)$/u.exec(surname);
  // A given name that declines ("Арману", "Армана") is a man's, or declined with the surname: left to the above.
  if (oblique === null || words.length < 2 || /[ауяюеиыо]$/iu.test(words[0] ?? '')) return name;
  const nominative = `${oblique[1] ?? ''}а`;
  return tokens.includes(nominative) ? [...words.slice(0, -1), nominative].join(' ') : name;
}

/** A line of three or more long words, nearly all capitalised, with no full stop at its end: a headline. */
function isTitleCase(line: string): boolean {
  const words = line.split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
  if (words.length < 3 || /[.!?]\s*$/u.test(line)) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.75;
}

const exact = (tokens: readonly string[], word: string) =>
  tokens.filter((t) => stemOf(t) === stemOf(word)).length;

/**
 * The first sentence each of a person's spellings is written in as it is spelt, its words whole ("Mamai" not in
 * "Mamaiev"): a spelling the text writes only declined, or made nominative, is written nowhere so, and left out.
 */
export function writtenAt(
  sentences: readonly TextSentence[],
  names: readonly string[],
): { name: string; quote: DraftQuote }[] {
  return names.flatMap((name) => {
    const whole = new RegExp(`(?<![\\p{L}\\p{M}])${escaped(name)}(?![\\p{L}\\p{M}])`, 'u');
    const sentence = sentences.find((s) => whole.test(s.text));
    return sentence === undefined ? [] : [{ name, quote: quoteOf(sentence) }];
  });
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
