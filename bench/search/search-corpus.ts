import type { NameFolder } from '../../src/core/names/name-folding.ts';
import { caseRecords } from '../case-records.ts';
import { sharedRecords } from '../shared-records.ts';
import { documentPage } from './search-documents.ts';
import { benchPerson, familyPool, labelledPersons, nameSchemes } from './search-names.ts';

/** The size of the generated search data: person names, cases (with their charges and measures), document pages. */
export interface CorpusSpec {
  seed: number;
  names: number;
  cases: number;
  pages: number;
}

/** One entry as a peer indexes it: a record or a page, its kind, its jurisdiction, and its words as plain text. */
export interface PeerEntry {
  id: string;
  kind: string;
  jurisdiction?: string;
  text: string;
}

/** The generated people that hold `names` written names between them (one or two each). */
export function personCount(seed: number, names: number): number {
  let total = 0;
  let n = 0;
  while (total < names) total += nameSchemes(seed, n++).length;
  return n;
}

/** The generated data's recipe, worked out once: the family names and how many people hold the names. */
export interface Corpus extends CorpusSpec {
  families: string[];
  persons: number;
}

/** The corpus of a spec: its family-name pool (without the labelled people's) and its people. */
export function corpusOf(spec: CorpusSpec, folder: NameFolder): Corpus {
  return { ...spec, families: familyPool(folder), persons: personCount(spec.seed, spec.names) };
}

type Textual = {
  id: string;
  names?: { value: string }[];
  title?: string;
  summary?: string;
  label?: string;
  note?: string;
  jurisdiction?: string;
  article?: { jurisdiction: string; article: string; part?: string };
};

/** The words a plain indexer takes from a record: its names, title, summary, label, note and article. */
export function entryOf(kind: string, record: Textual): PeerEntry {
  const words = [
    ...(record.names ?? []).map((n) => n.value),
    record.title,
    record.summary,
    record.label,
    record.note,
    record.article ? `${record.article.article} ${record.article.part ?? ''}` : undefined,
  ];
  const jurisdiction = record.jurisdiction ?? record.article?.jurisdiction;
  return {
    id: record.id,
    kind,
    ...(jurisdiction !== undefined ? { jurisdiction } : {}),
    text: words.filter((w) => w !== undefined && w !== '').join(' \n '),
  };
}

/** Every entry of the corpus, in one order: shared records, the cases' records, the people, the pages (as sources). */
export function* corpusEntries(corpus: Corpus): Generator<PeerEntry> {
  const shared = sharedRecords(corpus.seed);
  for (const r of shared.sources) yield entryOf('source', r);
  for (const r of shared.organisations) yield entryOf('organisation', r);
  for (const r of shared.persons) yield entryOf('person', r);
  for (const r of shared.events) yield entryOf('event', r);
  for (let n = 0; n < corpus.cases; n++) {
    const records = caseRecords(corpus.seed, n);
    for (const r of records.sources) yield entryOf('source', r);
    for (const r of records.persons) yield entryOf('person', r);
    for (const r of records.cases) yield entryOf('case', r);
    for (const r of records.charges) yield entryOf('charge', r);
  }
  for (const r of labelledPersons()) yield entryOf('person', r);
  for (let n = 0; n < corpus.persons; n++)
    yield entryOf('person', benchPerson(corpus.seed, n, corpus.families));
  for (let n = 0; n < corpus.pages; n++) {
    const page = documentPage(corpus.seed, n, corpus.cases, corpus.persons, corpus.families);
    yield { id: page.id, kind: 'source', text: `${page.title} \n ${page.text}` };
  }
}
