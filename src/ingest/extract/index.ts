/** Extraction of citations, dates, sentences, persons and links from document text, as suggestions. */
export {
  extractFromPages,
  extractSuggestions,
  type ExtractionContext,
  type PageSuggestion,
} from './extract.ts';
export { extractCitations } from './citations.ts';
export { extractDates } from './dates.ts';
export { extractSentences } from './sentences.ts';
export { extractLinks, readLink } from './links.ts';
export { PersonFinder, type KnownPerson } from './persons.ts';
export {
  citationLawFromPack,
  mergeCitationLaw,
  type CitationLaw,
  type GeneralPartArticle,
  type HeldArticle,
  type HeldCode,
} from './law-context.ts';
export * from './suggestion.ts';
