import type { PartialDate } from '../../core/dates/partial-date.ts';
import type { SentenceComponent } from '../../core/decision/decision.ts';

/** A place in a text: [start, end) in UTF-16 code units, as String.prototype.slice takes them. */
export interface TextRange {
  start: number;
  end: number;
}

/** The codes a citation may name; `cc` criminal, `aoc` administrative offences, `cpc` criminal procedure. */
export type CodeKind = 'cc' | 'aoc' | 'cpc';

/** The code a citation is of, and how we know: named in the phrase, assumed from the context, or neither. */
export interface CitedCode {
  code?: CodeKind;
  /** 'kz', 'ru'…; absent when the phrase names a code but no country ("КоАП", "the Criminal Code"). */
  jurisdiction?: string;
  source: 'named' | 'assumed' | 'none';
  /** The words that named it ("УК РК", "Уголовного кодекса Республики Казахстан"). */
  text?: string;
}

/** What the law data passed in says of the cited article: its title, or why we cannot say. */
export type CitationResolution =
  | { status: 'held'; title: string; language: string; isExcluded?: boolean }
  | {
      status: 'not_held';
      reason: 'no_code' | 'code_not_held' | 'article_not_in_code';
      code?: CodeKind;
      jurisdiction?: string;
    };

/** A stage or role that an article of the general part (24, 28 in Kazakhstan) adds to another article. */
export type Qualifier = 'preparation' | 'attempt' | 'unfinished' | 'complicity';

/** One article cited, with its part and point, the code, and the articles that qualify or are qualified by it. */
export interface CitationValue {
  article: string;
  part?: string;
  point?: string;
  code: CitedCode;
  resolution: CitationResolution;
  /** On an article of the general part: what it adds, and to which article of the same phrase. */
  qualifies?: { article: string; part?: string; as: Qualifier };
  /** On the article of the offence: the general-part articles and words (покушение, attempted) that qualify it. */
  qualifiedBy?: { article?: string; part?: string; as: Qualifier }[];
}

/** A date written in a text, kept as precise as written: a day, a month or a year, or a span of days. */
export interface DateValue {
  date: PartialDate;
  /** The last day of a span ("с 5 по 7 января 2022 года"); `date` is then its first. */
  until?: PartialDate;
}

/** A sentence written in words: its parts, as the core's decision records them. */
export interface SentenceValue {
  components: SentenceComponent[];
}

/** A mention of a person the caller knows, by id, and the words that named them. */
export interface PersonValue {
  personId: string;
  /** The person's name the mention matched. */
  name: string;
}

/** The platforms whose links and handles we name. */
export type Platform = 'facebook' | 'instagram' | 'telegram' | 'youtube' | 'tiktok' | 'x' | 'vk' | 'whatsapp';

/** A link or a handle: the address, the platform when we know it, the account and post it names. */
export interface LinkValue {
  url?: string;
  platform?: Platform;
  handle?: string;
  postId?: string;
}

interface Base<T extends string, V> extends TextRange {
  type: T;
  /** The text the suggestion came from, exactly as written: text.slice(start, end). */
  quote: string;
  value: V;
  /** Type + range + value: the same suggestion from the same text always has the same key. */
  key: string;
}

/** One thing found in a text, for a researcher to accept or reject. */
export type Suggestion =
  | Base<'citation', CitationValue>
  | Base<'date', DateValue>
  | Base<'sentence', SentenceValue>
  | Base<'person', PersonValue>
  | Base<'link', LinkValue>;

export type SuggestionType = Suggestion['type'];

/** A stable key: the type, the range and the value written with sorted keys, so equal values give equal keys. */
export function suggestionKey(type: SuggestionType, range: TextRange, value: unknown): string {
  return `${type}:${range.start}-${range.end}:${stableJson(value)}`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Builds a suggestion of one type from its range in the text and its value. */
export function makeSuggestion<S extends Suggestion>(
  text: string,
  type: S['type'],
  range: TextRange,
  value: S['value'],
): S {
  return {
    type,
    start: range.start,
    end: range.end,
    quote: text.slice(range.start, range.end),
    value,
    key: suggestionKey(type, range, value),
  } as S;
}
