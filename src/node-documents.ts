// The document service's edges on Node: the file store beside the database, the upload checks and the text
// reading of src/ingest, and extraction set up with the law data and a case's persons.
import { join } from 'node:path';
import type { Session } from './core/access/session.ts';
import type { DocumentDeps } from './core/document/document.ts';
import type { Store } from './core/ports.ts';
import type { LawPack } from './core/law/law.ts';
import type { NameFolder } from './core/names/name-folding.ts';
import { LAW_DIR } from './data-dirs.ts';
import { readDocumentText } from './ingest/document-text.ts';
import {
  citationLawFromPack,
  extractSuggestions,
  mergeCitationLaw,
  PersonFinder,
  type Suggestion,
} from './ingest/extract/index.ts';
import type { CodeKind } from './ingest/extract/suggestion.ts';
import { checkUpload } from './ingest/upload-check.ts';
import { blobRootFromEnv, fileBlobStore } from './store/blob-files.ts';
import { readLawPack } from './store/law-files.ts';
import { loadNameFolder } from './store/name-folding-file.ts';

/** The document service's ports for a store, its files in the folder the environment names (blobRootFromEnv). */
export function nodeDocumentDeps(store: Store, env: NodeJS.ProcessEnv = process.env): DocumentDeps {
  return {
    store,
    blobs: fileBlobStore(blobRootFromEnv(env)),
    checkUpload: (source, claims) => checkUpload(source, claims),
    readText: async (bytes, options) => {
      const text = await readDocumentText(bytes, options);
      return { pageCount: text.pageCount, pages: text.pages, warnings: text.warnings };
    },
  };
}

/** Makes each document's extraction: citations read against the law data, persons among its case's. */
export type Extractor = (
  session: Session,
  caseId: string | undefined,
  /** The languages of article titles, in order of preference (the reader's first). */
  languages?: readonly string[],
) => Promise<(text: string) => Suggestion[]>;

/**
 * Extraction over the law folder's packs (read once, on first use) and the name folding tables; a case's
 * jurisdiction is the code assumed where a phrase names none, and its participants are the persons found.
 */
export function nodeExtractor(jurisdictions: readonly string[], lawDir: string = LAW_DIR): Extractor {
  let packs: LawPack[] | undefined;
  let folder: NameFolder | undefined;
  return async (session, caseId, languages) => {
    packs ??= jurisdictions.map((j) => readLawPack(join(lawDir, j)));
    folder ??= loadNameFolder();
    const found = caseId === undefined ? undefined : await session.get('case', caseId);
    const jurisdiction = found?.data.jurisdiction;
    const law = mergeCitationLaw(
      packs.map(citationLawFromPack),
      jurisdiction !== undefined ? { jurisdiction, code: 'cc' satisfies CodeKind } : undefined,
    );
    const ids = [...new Set((found?.data.participants ?? []).map((p) => p.person))];
    const persons = ids.length === 0 ? [] : await session.list('person', { ids });
    const finder = new PersonFinder(
      folder,
      persons.map((p) => ({
        id: p.id,
        names: p.data.names.map((n) => ({
          value: n.value,
          ...(n.parts?.family !== undefined ? { family: n.parts.family } : {}),
        })),
      })),
    );
    return (text) =>
      extractSuggestions(text, { law, persons: finder, ...(languages !== undefined ? { languages } : {}) });
  };
}
