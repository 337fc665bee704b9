import { dayBounds, type PartialDate } from '../../core/dates/partial-date.ts';
import type { DraftDate, DraftEvent, EventKind } from './draft-types.ts';
import { asWritten, quoteOf, within } from './draft-text.ts';
import type { TextDate } from './text-dates.ts';
import type { TextSentence } from './text-sentences.ts';
import { countryNamed } from '../../core/common/countries.ts';

// The public events a text tells of, beside the case: protests (and the unrest, riots and "events" of a month), and
// elections and referendums. An event is read only where the text dates it ("the January 2022 protests", "the
// elections this spring"): a word alone ("mass riots" in a charge) is no event.

/** The words naming an event, by its kind, as they follow its date ("the January 2022 protests"). */
const KIND_WORDS: readonly { kind: EventKind; re: RegExp }[] = [
  { kind: 'referendum', re: /^referend\p{L}*|^референдум\p{L}*/iu },
  {
    kind: 'election',
    re: /^(?:(?:parliamentary|presidential|local|snap|general)\s+)?elections?|^(?:\p{L}+\s+)?выбор\p{L}*|^(?:\p{L}+\s+)?сайлау\p{L}*/iu,
  },
  { kind: 'riot', re: /^riots?|^беспоряд\p{L}*/iu },
  {
    kind: 'protest',
    re: /^(?:(?:mass|peaceful|nationwide|anti-government|street)\s+)?(?:protests?|demonstrations?|rall(?:y|ies)|unrest|events)|^(?:\p{L}+\s+)?(?:событи|протест|митинг|оқиға|наразылық)\p{L}*/iu,
  },
];

/** The words naming an event before its date, as Russian writes it ("январских событий 2022 года"). */
const KIND_WORDS_BEFORE: readonly { kind: EventKind; re: RegExp }[] = [
  { kind: 'referendum', re: /(?<words>референдум\p{L}*)\s+(?:в\s+)?$/iu },
  {
    kind: 'election',
    re: /(?<words>(?:\p{L}+(?:ск\p{L}*|ых|их|ого|ой|ые|ий|ый)\s+)?выбор\p{L}*(?:\s+(?:президента|парламента|депутатов))?)\s+(?:в\s+)?$/iu,
  },
  {
    kind: 'riot',
    re: /(?<words>(?:\p{L}+(?:ск\p{L}*|ых|их|ого|ой|ые|ий|ый)\s+)?беспоряд\p{L}*)\s+(?:в\s+)?$/iu,
  },
  {
    kind: 'protest',
    re: /(?<words>(?:\p{L}+(?:ск\p{L}*|ых|их|ого|ой|ые|ий|ый)\s+)?(?:событи|протест|митинг)\p{L}*)\s+(?:в\s+)?$/iu,
  },
  // English, the date after "of" ("the referendum of 5 June 2022", "the unrest of January 2022"), or, for a vote,
  // after "on" ("the elections on 19 March").
  { kind: 'referendum', re: /(?<words>referendum)\s+(?:of|on)\s+$/iu },
  {
    kind: 'election',
    re: /(?<words>(?:(?:parliamentary|presidential|local|snap|general)\s+)?elections?)\s+(?:of|on)\s+$/iu,
  },
  { kind: 'riot', re: /(?<words>riots?)\s+of\s+$/iu },
  {
    kind: 'protest',
    re: /(?<words>(?:(?:mass|peaceful|nationwide|anti-government|street)\s+)?(?:protests|demonstrations|unrest|events))\s+of\s+$/iu,
  },
];

/** An event dated by its year alone, before its words ("the 2020 presidential election"): a year is no TextDate. */
const YEAR_BEFORE =
  /(?<![\p{L}\d])(?<year>1[89]\d\d|20\d\d)\s+(?<words>(?:parliamentary|presidential|local|snap|general)\s+elections?|elections?|referendum|protests|riots|unrest)(?![\p{L}])/giu;

/** The words of an election, in English and Russian, which "this spring" may follow. */
const ELECTIONS =
  /(?:(?:parliamentary|presidential|local|snap|general)\s+)?elections?|выбор\p{L}*(?:\s+в\s+\p{L}+)?/giu;

/** An election or referendum the text dates by the season or year of its own news ("this spring"). */
const THIS_SEASON =
  /^(?:\s+[\p{L}-]+){0,2}?\s+(?:this\s+(spring|summer|autumn|fall|winter|year)|(?:этой|этим|в этом)\s+(весной|летом|осенью|зимой|году))/iu;
const SEASONS: Readonly<Record<string, string>> = {
  spring: '21',
  summer: '22',
  autumn: '23',
  fall: '23',
  winter: '24',
  весной: '21',
  летом: '22',
  осенью: '23',
  зимой: '24',
};

/** Where the text places an event, after its words: "in Almaty", "в Алматы". */
const PLACE_AFTER = /^\s+(?:in|across|throughout|в|во)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u;

/** A month's name, in English or Russian, which "in" may precede as it precedes a place. */
const MONTH =
  /^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}{0,2})$/iu;

/** The dead a sentence counts: "At least 238 people died", "погибли не менее 238 человек". */
const DEATHS = [
  /(?<q>at least|more than|over|about|around|some|nearly|almost)?\s*(?<n>\d[\d,]*)\s+(?:people|persons|protesters|demonstrators|civilians)?\s*(?:died|were killed|had died|have died|lost their lives)/iu,
  /(?:killed|left)\s+(?<q>at least|more than|over|about|around|some|nearly|almost)?\s*(?<n>\d[\d,]*)\s+(?:people|persons|protesters|demonstrators|civilians)(?:\s+dead)?/iu,
  /(?:погиб\p{L}*|убит\p{L}*)\s+(?<q>не менее|более|около|по меньшей мере|свыше)?\s*(?<n>\d[\d\s]*)\s+человек/iu,
  /(?<q>не менее|более|около|по меньшей мере|свыше)?\s*(?<n>\d[\d\s]*)\s+человек\s+(?:погиб\p{L}*|убит\p{L}*)/iu,
];
const QUALIFIERS: Readonly<Record<string, 'at_least' | 'about'>> = {
  'at least': 'at_least',
  'more than': 'at_least',
  over: 'at_least',
  'не менее': 'at_least',
  более: 'at_least',
  'по меньшей мере': 'at_least',
  свыше: 'at_least',
  about: 'about',
  around: 'about',
  some: 'about',
  nearly: 'about',
  almost: 'about',
  около: 'about',
};

/** The country a place names ("Kazakhstan", "Казахстан"; declined after "в": "Казахстане"), in any language read. */
function countryOf(name: string): string | undefined {
  const languages = ['en', 'ru', 'kk'];
  return countryNamed(name, languages) ?? countryNamed(name.replace(/(?:е|и|у|ом)$/u, ''), languages);
}

/** The events a text tells of, each once (a protest named twice by its month is one), in the order first named. */
export function eventMentions(
  sentences: readonly TextSentence[],
  dates: readonly TextDate[],
  news: DraftDate | undefined,
): DraftEvent[] {
  const found: DraftEvent[] = [];
  for (const s of sentences) {
    for (const d of dates.filter((x) => within(x, s))) {
      const named = namedBeside(s, d);
      if (named !== undefined)
        add(
          found,
          { kind: named.kind, title: named.title, start: asWritten(d, d.date), quote: quoteOf(s) },
          named.rest,
        );
    }
    for (const m of s.text.matchAll(YEAR_BEFORE)) {
      const year = m.groups?.['year'];
      // A year that is part of a date the text gives ("January 2022 protests") is read with its date above.
      if (year === undefined || dates.some((d) => within(d, s) && d.end - s.start === m.index + year.length))
        continue;
      const kind = firstMatch(KIND_WORDS, m.groups?.['words'] ?? '')?.kind ?? 'protest';
      const rest = s.text.slice(m.index + m[0].length);
      add(found, { kind, title: m[0], start: { date: year, isInferred: false }, quote: quoteOf(s) }, rest);
    }
    // "parliamentary elections this spring": dated by the season of the text's own news.
    const year = news === undefined ? undefined : dayBounds(news.date).latest.slice(0, 4);
    for (const m of s.text.matchAll(ELECTIONS)) {
      const season = THIS_SEASON.exec(s.text.slice(m.index + m[0].length));
      if (season === null || year === undefined) continue;
      const code = SEASONS[(season[1] ?? season[2] ?? '').toLowerCase()];
      const start: PartialDate = code === undefined ? year : `${year}-${code}`;
      const event = { kind: 'election' as const, title: m[0], start: { date: start, isInferred: true } };
      add(found, { ...event, quote: quoteOf(s) }, '');
    }
  }
  for (const e of found) {
    deathsOf(e, sentences, dates);
    const country = e.place === undefined ? countryNamedIn(e.quote.text) : undefined;
    if (country !== undefined) e.place = { country };
  }
  return found;
}

/** The first of `words` whose pattern matches `text`, with its match. */
function firstMatch(
  words: readonly { kind: EventKind; re: RegExp }[],
  text: string,
): { kind: EventKind; m: RegExpExecArray } | undefined {
  for (const { kind, re } of words) {
    const m = re.exec(text);
    if (m !== null) return { kind, m };
  }
  return undefined;
}

/**
 * The event a date of a sentence names, its words after the date ("the January 2022 protests") or before it
 * ("январских событий 2022 года", "the referendum of 5 June 2022"), with its title and the words after it.
 */
function namedBeside(
  s: TextSentence,
  d: TextDate,
): { kind: EventKind; title: string; rest: string } | undefined {
  const date = s.text.slice(d.start - s.start, d.end - s.start);
  const after = s.text.slice(d.end - s.start);
  const trimmed = after.trimStart();
  const following = firstMatch(KIND_WORDS, trimmed);
  if (following !== undefined) {
    const [words] = following.m;
    return { kind: following.kind, title: `${date} ${words}`, rest: trimmed.slice(words.length) };
  }
  const from = Math.max(0, d.start - s.start - 40);
  const preceding = firstMatch(KIND_WORDS_BEFORE, s.text.slice(from, d.start - s.start));
  // Its name from its first word to the date's last ("the referendum of 5 June 2022").
  return preceding === undefined
    ? undefined
    : { kind: preceding.kind, title: s.text.slice(from + preceding.m.index, d.end - s.start), rest: after };
}

/**
 * Adds an event, or what it says to one of its kind and start named before. A place named by one mention (a city)
 * and a country by another ("the protests in Almaty", "the events in Kazakhstan, most of them in Almaty") are the
 * same event told of more widely: the country, the wider, is its place, which its dead are counted in.
 */
function add(found: DraftEvent[], event: DraftEvent, rest: string): void {
  const named = PLACE_AFTER.exec(rest)?.[1];
  // "in January" is a time, not a place.
  const place = named !== undefined && MONTH.test(named) ? undefined : named;
  const country = place === undefined ? undefined : countryOf(place);
  const same = found.find((e) => e.kind === event.kind && e.start.date === event.start.date);
  const target = same ?? event;
  if (place !== undefined) {
    if (country !== undefined) target.place = { country };
    else if (target.place === undefined) target.place = { name: place };
  }
  if (same === undefined) found.push(event);
}

/** A country the sentence names, where an event has no place of its own ("As Kazakhstan gears up for elections"). */
function countryNamedIn(text: string): string | undefined {
  const named = [...text.matchAll(/\p{Lu}[\p{L}-]+/gu)].flatMap((m) => countryOf(m[0]) ?? []);
  return named.length > 0 && named.every((c) => c === named[0]) ? named[0] : undefined;
}

/** The dead a sentence naming the event's start counts, as the text qualifies them. */
function deathsOf(event: DraftEvent, sentences: readonly TextSentence[], dates: readonly TextDate[]): void {
  for (const s of sentences) {
    if (!dates.some((d) => within(d, s) && d.date === event.start.date)) continue;
    for (const re of DEATHS) {
      const m = re.exec(s.text);
      const n = Number((m?.groups?.['n'] ?? '').replace(/[,\s]/gu, ''));
      if (m === null || !Number.isInteger(n) || n <= 0) continue;
      const qualifier = QUALIFIERS[(m.groups?.['q'] ?? '').toLowerCase()] ?? 'exact';
      event.deaths = { value: n, qualifier, quote: quoteOf(s) };
      return;
    }
  }
}
