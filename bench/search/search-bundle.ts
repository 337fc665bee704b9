import { once } from 'node:events';
import { createWriteStream, statSync } from 'node:fs';
import type { Source } from '../../src/core/source/source.ts';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../../src/exchange/bundle-schema.ts';
import type { Corpus } from './search-corpus.ts';
import { documentPage, pageSource } from './search-documents.ts';
import { benchPerson, labelledPersons, NAME_LIST_SOURCE } from './search-names.ts';

/** The name list the generated people cite. */
const NAME_LIST: Source = {
  id: NAME_LIST_SOURCE,
  kind: 'document',
  documentKind: 'other',
  title: 'Generated list of names for the search benchmark',
  language: 'kk',
  visibility: 'public',
};

/**
 * Writes the people of the corpus (the labelled set, then every generated person) and the document pages (as
 * sources) as a bundle to import after the cases' bundle, streamed so memory stays flat at a million names.
 */
export async function writePeopleBundle(
  file: string,
  corpus: Corpus,
): Promise<{ persons: number; pages: number; bytes: number }> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  const header = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    description: `Synthetic people for the search benchmark: ${corpus.names} names, seed ${corpus.seed}`,
  };
  await write(JSON.stringify(header, null, 2).slice(0, -2));
  let count = 0;
  let buffer = '';
  const add = async (record: unknown) => {
    buffer += (count++ === 0 ? '\n    ' : ',\n    ') + JSON.stringify(record);
    if (buffer.length >= 1 << 18) {
      await write(buffer);
      buffer = '';
    }
  };
  await write(`,\n  "sources": [`);
  await add(NAME_LIST);
  for (let n = 0; n < corpus.pages; n++)
    await add(pageSource(documentPage(corpus.seed, n, corpus.cases, corpus.persons, corpus.families)));
  const pages = count - 1;
  await write(`${buffer}\n  ],\n  "persons": [`);
  buffer = '';
  count = 0;
  for (const p of labelledPersons()) await add(p);
  for (let n = 0; n < corpus.persons; n++) await add(benchPerson(corpus.seed, n, corpus.families));
  await write(`${buffer}\n  ]\n}\n`);
  out.end();
  await once(out, 'finish');
  return { persons: count, pages, bytes: statSync(file).size };
}
