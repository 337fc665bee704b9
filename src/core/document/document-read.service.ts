import type { Session } from '../access/session.ts';
import { DomainError } from '../errors.ts';
import type { CustodyEvent, DocumentPage } from '../ports.ts';
import { filesOf, readableDocument, summarise, type DocumentDeps, type DocumentSummary } from './document.ts';

/** The most pages one answer carries. */
export const MAX_PAGES_AN_ANSWER = 50;

/** A document the reader may read, with its file and the state of its text; 'record.not_found' otherwise. */
export async function getDocument(
  deps: Pick<DocumentDeps, 'store'>,
  session: Session,
  id: string,
): Promise<DocumentSummary> {
  const { source, info } = await readableDocument(session, deps.store, id);
  return summarise(source.data, info);
}

/** The documents of a case the reader may read (sources with a stored file), by id. */
export async function listDocuments(
  deps: Pick<DocumentDeps, 'store'>,
  session: Session,
  caseId: string,
): Promise<DocumentSummary[]> {
  if ((await session.get('case', caseId)) === undefined)
    throw new DomainError('record.not_found', `no case with id "${caseId}"`);
  const out: DocumentSummary[] = [];
  for (const source of await session.list('source', { case: caseId })) {
    const sha = source.data.file?.sha256;
    const info = sha === undefined ? undefined : await filesOf(deps.store).file(sha);
    if (info !== undefined) out.push(summarise(source.data, info));
  }
  return out;
}

/** The text of a document's pages `from` to `to` (at most MAX_PAGES_AN_ANSWER of them). */
export async function documentPages(
  deps: Pick<DocumentDeps, 'store'>,
  session: Session,
  id: string,
  range: { from?: number; to?: number } = {},
): Promise<DocumentPage[]> {
  const { file } = await readableDocument(session, deps.store, id);
  const from = range.from ?? 1;
  const to = Math.min(range.to ?? from + MAX_PAGES_AN_ANSWER - 1, from + MAX_PAGES_AN_ANSWER - 1);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from)
    throw new DomainError('validation.invalid', `pages ${from} to ${to}: give 1 ≤ from ≤ to`, [
      { code: 'validation.invalid', message: 'from and to are page numbers, from ≤ to', field: 'from' },
    ]);
  return filesOf(deps.store).pages(file.sha256, from, to);
}

/** One page's text; 'record.not_found' naming the page when the document has no such page (yet). */
export async function documentPage(
  deps: Pick<DocumentDeps, 'store'>,
  session: Session,
  id: string,
  page: number,
): Promise<DocumentPage> {
  const [found] = await documentPages(deps, session, id, { from: page, to: page });
  if (found === undefined)
    throw new DomainError('record.not_found', `document ${id} has no text of page ${page}`, [
      { code: 'record.not_found', message: 'no such page, or its text is not read yet', page },
    ]);
  return found;
}

/**
 * The original bytes of a document, for a reader who may read it; each download is an 'exported' custody event
 * (by whom, from where), whatever the reader's role: the chain of custody records every copy that leaves.
 */
export async function documentFile(
  deps: Pick<DocumentDeps, 'store' | 'blobs'>,
  session: Session,
  id: string,
  origin?: string,
): Promise<{ bytes: Uint8Array; name?: string; mediaType: string; sha256: string }> {
  const { file } = await readableDocument(session, deps.store, id);
  const bytes = await deps.blobs.get(file.sha256);
  if (bytes === undefined)
    throw new DomainError('store.unavailable', `the stored file of document ${id} is missing`);
  await deps.store.run(session.actor, async (tx) => {
    await tx.documents?.addCustody({
      sha256: file.sha256,
      sourceId: id,
      action: 'exported',
      ...(origin !== undefined ? { origin } : {}),
    });
  });
  return {
    bytes,
    mediaType: file.mediaType,
    sha256: file.sha256,
    ...(file.name !== undefined ? { name: file.name } : {}),
  };
}

/**
 * A document's file for showing, not for taking away (the viewer's page images): no custody event. Its bytes are
 * read only when asked (`bytes`), so a cached page image needs none.
 */
export async function documentForView(
  deps: Pick<DocumentDeps, 'store' | 'blobs'>,
  session: Session,
  id: string,
): Promise<{ sha256: string; mediaType: string; pageCount?: number; bytes: () => Promise<Uint8Array> }> {
  const { file, info } = await readableDocument(session, deps.store, id);
  return {
    sha256: file.sha256,
    mediaType: file.mediaType,
    ...(info.pageCount !== undefined ? { pageCount: info.pageCount } : {}),
    bytes: async () => {
      const bytes = await deps.blobs.get(file.sha256);
      if (bytes === undefined)
        throw new DomainError('store.unavailable', `the stored file of document ${id} is missing`);
      return bytes;
    },
  };
}

/** A link of a chain of custody as a reader sees it: with the name of who acted, when they may be shown it. */
export type CustodyEntry = CustodyEvent & { actorName?: string };

/** The chain of custody of a document: its file's events and this document's, oldest first, actors named. */
export async function documentCustody(
  deps: Pick<DocumentDeps, 'store'>,
  session: Session,
  id: string,
): Promise<CustodyEntry[]> {
  const { file } = await readableDocument(session, deps.store, id);
  return session.named(await filesOf(deps.store).custody(file.sha256, id));
}

/**
 * What extraction finds on a document's pages (one page, or every page read), each with its page. `extract` is
 * the edge's extraction (src/ingest/extract) set up with the law data and the case's persons.
 */
export async function documentSuggestions<S extends { start: number }>(
  deps: Pick<DocumentDeps, 'store'>,
  session: Session,
  id: string,
  extract: (text: string) => S[],
  page?: number,
): Promise<(S & { page: number })[]> {
  const { file, info } = await readableDocument(session, deps.store, id);
  const last = page ?? Math.max(info.pageCount ?? 0, 1);
  const out: (S & { page: number })[] = [];
  for (let from = page ?? 1; from <= last; from += MAX_PAGES_AN_ANSWER)
    for (const p of await filesOf(deps.store).pages(
      file.sha256,
      from,
      Math.min(last, from + MAX_PAGES_AN_ANSWER - 1),
    ))
      out.push(...extract(p.text).map((s) => ({ ...s, page: p.page })));
  return out;
}
