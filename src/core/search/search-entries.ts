import { fieldVisibilityOf } from '../access/release.ts';
import { narrower, type Visibility } from '../common/visibility.ts';
import type { FoldedWord, NameFolder } from '../names/name-folding.ts';
import type { RecordKind } from '../record/record-kinds.ts';
import type { FacetName } from './search.ts';
import { SEARCH_KINDS } from './search.ts';
import {
  articleTerms,
  exactTerm,
  findCitations,
  looseTerm,
  normalWords,
  segmentTerm,
} from './search-text.ts';

/** One field of a record as the index keeps it: its text, its words and terms, and who may see it. */
export interface SearchEntry {
  field: string;
  /** Names and titles rank above other text. */
  isName: boolean;
  visibility: Visibility;
  text: string;
  words: string;
  terms: string;
}

/** One value a record gives a facet, seen by those who may see the record. */
export interface SearchFacetValue {
  facet: Exclude<FacetName, 'kind'>;
  value: string;
}

/** What the index keeps of one record: how a hit on it is titled, dated and scoped, its entries and facets. */
export interface SearchDocument {
  title: string;
  /** The case it belongs to; a case is its own. */
  caseId: string | null;
  visibility: Visibility;
  /** Its first date (YYYY[-MM[-DD]]), for a search by date range; null when it has none. */
  day: string | null;
  entries: SearchEntry[];
  facets: SearchFacetValue[];
  /** A document's stored file (its SHA-256): the text of its pages is found as entries of this record too. */
  file?: string;
}

/** The most of one page's text the index keeps: a longer page is found by its first 10,000 characters. */
export const MAX_PAGE_TEXT = 10_000;

/** One page of a document's text as an entry of its source record ('page' field), with its number. */
export interface PageEntry extends SearchEntry {
  page: number;
}

/** What the index keeps of a page's text: all of it, or its first MAX_PAGE_TEXT characters, cut at a space. */
export function indexedPageText(text: string): string {
  if (text.length <= MAX_PAGE_TEXT) return text;
  const space = text.slice(0, MAX_PAGE_TEXT + 1).search(/\s\S*$/);
  if (space > MAX_PAGE_TEXT - 200) return text.slice(0, space);
  // No space near the end: cut anyway, but not between the two halves of a character.
  const last = text.charCodeAt(MAX_PAGE_TEXT - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? MAX_PAGE_TEXT - 1 : MAX_PAGE_TEXT);
}

type Data = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : []);
const obj = (v: unknown): Data => (v !== null && typeof v === 'object' ? (v as Data) : {});

/** The first date written in a partial date ("[2022-01..2022-05]" → 2022-01). */
export function firstDay(value: unknown): string | null {
  return str(value)?.match(/\d{4}(?:-\d{2}(?:-\d{2})?)?/)?.[0] ?? null;
}

/** The kinds that give facets to the hits of their case without being found themselves. */
const FACET_ONLY: readonly RecordKind[] = ['measure'];

/** Whether records of a kind are kept in the index at all. */
export function isIndexed(kind: RecordKind): boolean {
  return (SEARCH_KINDS as readonly string[]).includes(kind) || FACET_ONLY.includes(kind);
}

/**
 * Makes the index's documents of records: names get their name keys (exact and loose), other text its words,
 * with exact keys for its capitalised words (a name in a title or a summary, "Мамаем" finding "Mamay"), and
 * citations in any form their article terms. Keys are kept per distinct word, so an import folds each once.
 */
export class SearchDocuments {
  private readonly nameCache = new Map<string, string>();
  private readonly wordCache = new Map<string, string[]>();
  private readonly foldCache = new Map<string, FoldedWord[]>();
  private readonly joinedCache = new Map<string, string[]>();
  private readonly markerCache = new Map<string, boolean>();

  constructor(readonly folder: NameFolder) {}

  /** The document of a record of a kind the index keeps; undefined for other kinds. */
  documentOf(kind: RecordKind, record: Data): SearchDocument | undefined {
    if (!isIndexed(kind)) return undefined;
    const recordVisibility = (str(record.visibility) ?? 'public') as Visibility;
    const guarded = { ...record, visibility: recordVisibility };
    const entries: SearchEntry[] = [];
    const add = (field: string, text: string | undefined, isName = false, terms: string[] = []): void => {
      if (text === undefined && terms.length === 0) return;
      const visibility = narrower(recordVisibility, fieldVisibilityOf(kind, guarded, field));
      entries.push(this.entry(field, text ?? '', isName, visibility, [...terms, segmentTerm(kind, isName)]));
    };
    const id = str(record.id) ?? '';
    let caseId = str(record.case) ?? null;
    let title = id;
    let day: string | null = null;
    let file: string | undefined;
    const facets: SearchFacetValue[] = [];
    const facet = (name: SearchFacetValue['facet'], value: unknown): void => {
      const v = typeof value === 'number' ? String(value) : str(value);
      if (v !== undefined && !facets.some((f) => f.facet === name && f.value === v))
        facets.push({ facet: name, value: v });
    };
    const names = list(record.names)
      .map((n) => str(obj(n).value))
      .filter((n) => n !== undefined);
    switch (kind) {
      case 'person':
      case 'organisation': {
        title = names[0] ?? id;
        for (const name of names) add('names', name, true);
        for (const field of ['description', 'occupation', 'citizenship', 'place'])
          add(field, str(record[field]) ?? str(obj(record[field]).name));
        facet('jurisdiction', record.jurisdiction);
        break;
      }
      case 'case': {
        caseId = id;
        title = str(record.title) ?? id;
        add('title', title, true);
        add('summary', str(record.summary));
        const numbers = list(record.numbers)
          .map((n) => str(obj(n).value) ?? str(n))
          .filter(Boolean);
        add('numbers', numbers.length > 0 ? numbers.join(', ') : undefined);
        const themes = [...list(record.groups), ...list(record.themes)].map(str).filter(Boolean);
        add('themes', themes.length > 0 ? themes.join(', ') : undefined);
        day = firstDay(record.openedOn);
        facet('jurisdiction', record.jurisdiction);
        for (const a of list(record.authorities)) facet('organisation', obj(a).organisation);
        break;
      }
      case 'charge': {
        const article = obj(record.article);
        const number = str(article.article) ?? '';
        const part = str(article.part);
        const cited = part === undefined ? number : `${number}(${part})`;
        title = [str(record.label), cited].filter(Boolean).join(' · ');
        add('label', str(record.label), true);
        add(
          'article',
          `art. ${cited}`,
          true,
          articleTerms(part === undefined ? { article: number } : { article: number, part }),
        );
        add('conduct', str(record.conduct));
        const steps = list(record.lifecycle).map(obj);
        day = firstDay(steps[0]?.date);
        facet('article', number);
        facet('jurisdiction', article.jurisdiction);
        facet('status', steps.at(-1)?.kind);
        break;
      }
      case 'event': {
        title = str(record.title) ?? id;
        add('title', title, true);
        add('description', str(record.description));
        add('place', str(obj(record.place).name));
        add('place', str(obj(record.place).region));
        day = firstDay(record.start);
        facet('jurisdiction', obj(record.place).country);
        break;
      }
      case 'hearing': {
        title = [str(record.kind)?.replace(/_/g, ' '), str(record.date)].filter(Boolean).join(' ');
        add('note', str(record.note));
        add('courtroom', str(record.courtroom));
        day = firstDay(record.date);
        break;
      }
      case 'source': {
        title = str(record.title) ?? id;
        add('title', title, true);
        for (const field of ['author', 'publisher', 'note']) add(field, str(record[field]));
        day = firstDay(record.publishedOn);
        file = str(obj(record.file).sha256);
        break;
      }
      case 'measure': {
        facet('measure', record.kind);
        day = firstDay(obj(list(record.steps)[0]).date);
        break;
      }
    }
    if (day !== null) facet('year', day.slice(0, 4));
    const doc: SearchDocument = { title, caseId, visibility: recordVisibility, day, entries, facets };
    if (file !== undefined) doc.file = file;
    return doc;
  }

  /**
   * The entries of a document's pages, seen by those who may see its source record (`visibility`, the record's
   * own): each page's text folded as any other text is (words, the exact keys of its capitalised words, the
   * terms of its citations), up to MAX_PAGE_TEXT characters of it. A page with no text gives none.
   */
  pageEntries(visibility: Visibility, pages: readonly { page: number; text: string }[]): PageEntry[] {
    const entries: PageEntry[] = [];
    for (const { page, text } of pages) {
      const kept = indexedPageText(text);
      if (kept.trim() === '') continue;
      entries.push({ ...this.entry('page', kept, false, visibility, [segmentTerm('source', false)]), page });
    }
    return entries;
  }

  private entry(field: string, text: string, isName: boolean, visibility: Visibility, extra: string[]) {
    const terms = new Set(extra);
    if (field === 'names') {
      for (const t of this.nameTerms(text).split(' ')) if (t) terms.add(t);
      return {
        field,
        isName,
        visibility,
        text,
        words: normalWords(text).join(' '),
        terms: [...terms].join(' '),
      };
    }
    if (/\d/.test(text))
      for (const c of findCitations(text).citations) for (const t of articleTerms(c)) terms.add(t);
    for (const word of text.match(/[\p{L}\p{M}'’]+/gu) ?? []) {
      const first = word.charAt(0);
      if (!(isName || first !== first.toLowerCase())) continue;
      for (const t of this.wordTerms(word)) terms.add(t);
    }
    return {
      field,
      isName,
      visibility,
      text,
      words: normalWords(text).join(' '),
      terms: [...terms].join(' '),
    };
  }

  /**
   * A whole name's terms: every key and loose key, the two neighbouring words written together too: the same as
   * `NameFolder.nameKeys`, but each word and each pair folded once per process (a list of names repeats its
   * words: 107,000 names of a generated bundle have 375 words), so an import folds in milliseconds, not seconds.
   */
  private nameTerms(name: string): string {
    let terms = this.nameCache.get(name);
    if (terms === undefined) {
      const { keys, looseKeys } = this.nameKeys(name);
      terms = [...[...keys].map(exactTerm), ...[...looseKeys].map(looseTerm)].join(' ');
      remember(this.nameCache, name, terms);
    }
    return terms;
  }

  /** `NameFolder.nameKeys` of a name, from the folds of its words and pairs, each kept once folded. */
  nameKeys(name: string): { keys: Set<string>; looseKeys: Set<string> } {
    const parts = name.split(/\s+/).filter((w) => w !== '');
    const folded = parts.map((w) => this.foldOnce(w));
    // A word that marks the one before it ("uly", "қызы" written apart) is read with it: fold the whole name.
    const isMarked = parts.some((w, i) => i > 0 && this.isMarker(w));
    const words = (isMarked ? this.folder.fold(name) : folded.flat()).filter((w) => !w.isInitial);
    const keys = new Set(words.flatMap((w) => w.keys));
    const looseKeys = new Set(words.flatMap((w) => w.looseKeys));
    for (let i = 0; i + 1 < words.length; i++) {
      const [a, b] = [words[i]?.text ?? '', words[i + 1]?.text ?? ''];
      for (const joined of [a + b, b + a])
        for (const key of this.joinedKeys(joined.toLowerCase())) keys.add(key);
    }
    return { keys, looseKeys };
  }

  /** A word folded as the folder folds it, once per process for each word (a search's snippets ask again). */
  foldOnce(word: string): FoldedWord[] {
    let folded = this.foldCache.get(word);
    if (folded === undefined) {
      folded = this.folder.fold(word);
      remember(this.foldCache, word, folded);
    }
    return folded;
  }

  /** Whether a word, written after another, marks it as a father's name: folded after one, it joins it. */
  private isMarker(word: string): boolean {
    let marks = this.markerCache.get(word);
    if (marks === undefined) {
      marks = this.folder.fold(`x ${word}`).length === 1 && this.foldOnce(word).length > 0;
      remember(this.markerCache, word, marks);
    }
    return marks;
  }

  private joinedKeys(joined: string): string[] {
    let keys = this.joinedCache.get(joined);
    if (keys === undefined) {
      keys = this.folder.foldWord(joined);
      remember(this.joinedCache, joined, keys);
    }
    return keys;
  }

  /** The exact key terms of one word of a title or a text. */
  private wordTerms(word: string): string[] {
    let terms = this.wordCache.get(word);
    if (terms === undefined) {
      terms = this.folder.foldWord(word).map(exactTerm);
      remember(this.wordCache, word, terms);
    }
    return terms;
  }
}

/** Keeps a value in a cache that is emptied when it grows past 200,000 entries (a bound on memory). */
function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (cache.size >= 200_000) cache.clear();
  cache.set(key, value);
}
