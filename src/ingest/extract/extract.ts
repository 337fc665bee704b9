import { extractCitations } from './citations.ts';
import { extractDates } from './dates.ts';
import type { CitationLaw } from './law-context.ts';
import { extractLinks } from './links.ts';
import type { PersonFinder } from './persons.ts';
import { extractSentences } from './sentences.ts';
import type { Suggestion, SuggestionType } from './suggestion.ts';

/** What extraction reads a text against; everything is optional, and a missing part only narrows what is found. */
export interface ExtractionContext {
  /** The codes held and their general-part articles (citationLawFromPack); without it citations say "not held". */
  law?: CitationLaw;
  /** The case's known persons, folded once (new PersonFinder(folder, persons)); without it no person is found. */
  persons?: PersonFinder;
  /** The languages an article's title is given in, in order of preference (default en, ru, kk). */
  languages?: readonly string[];
  /** Only these kinds of suggestion (default all). */
  types?: readonly SuggestionType[];
}

const NO_LAW: CitationLaw = { codes: [], generalPart: [] };
const ORDER: SuggestionType[] = ['citation', 'date', 'sentence', 'person', 'link'];

/**
 * Every suggestion in one text (a page): citations, dates, sentences, persons and links, in the order they are
 * written, each with its range, quote, typed value and stable key, for a researcher to accept or reject.
 */
export function extractSuggestions(text: string, context: ExtractionContext = {}): Suggestion[] {
  const wanted = new Set(context.types ?? ORDER);
  const out: Suggestion[] = [];
  if (wanted.has('citation')) out.push(...extractCitations(text, context.law ?? NO_LAW, context.languages));
  if (wanted.has('date')) out.push(...extractDates(text));
  if (wanted.has('sentence')) out.push(...extractSentences(text));
  if (wanted.has('person') && context.persons) out.push(...context.persons.find(text));
  if (wanted.has('link')) out.push(...extractLinks(text));
  return out.sort(
    (a, b) => a.start - b.start || ORDER.indexOf(a.type) - ORDER.indexOf(b.type) || a.end - b.end,
  );
}

/** A suggestion on one page of a document (pages count from 1); its key names the page too. */
export type PageSuggestion = Suggestion & { page: number };

/** Every suggestion of a document's pages, page by page, each with its page number and a key unique in the document. */
export function extractFromPages(
  pages: readonly string[],
  context: ExtractionContext = {},
): PageSuggestion[] {
  return pages.flatMap((text, i) =>
    extractSuggestions(text, context).map((s) => ({ ...s, page: i + 1, key: `p${i + 1}:${s.key}` })),
  );
}
