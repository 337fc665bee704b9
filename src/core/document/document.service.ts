import { assertAllowed, canReadRecord } from '../access/policy.ts';
import { releaseRecord } from '../access/release.ts';
import type { Session } from '../access/session.ts';
import type { Actor } from '../actor.ts';
import type { FieldVisibility, Visibility } from '../common/visibility.ts';
import { DomainError } from '../errors.ts';
import type { BlobCheck, StoredFileInfo, Transaction } from '../ports.ts';
import { parseRecord } from '../record/record.service.ts';
import { parseOrThrow } from '../common/zod-issues.ts';
import { SourceDetailsSchema, type Source, type SourceDetails } from '../source/source.ts';
import {
  filesOf,
  hasText,
  sourceKindOf,
  summarise,
  type DocumentDeps,
  type DocumentSummary,
  type ReadProgress,
  type UploadBytes,
} from './document.ts';

/** What an upload comes with: its case, its bytes and what it claims, and the source record's fields. */
export interface AddDocumentInput {
  caseId: string;
  bytes: UploadBytes;
  /** The file name it was uploaded under; the title when none is given. */
  name?: string;
  declaredType?: string;
  title?: string;
  url?: string;
  documentKind?: Source['documentKind'];
  /**
   * The source's other details: author, publisher, dates, language, archive copy and, for online material, its
   * capture record (platform, post id, account, when published and captured, by whom and with what tool).
   */
  details?: SourceDetails;
  /** Fields kept from readers of the document who may not see them (the capture's collector, an author). */
  fieldVisibility?: FieldVisibility;
  visibility?: Visibility;
  /** Where it came from, for the chain of custody: the CLI's user and host, the API's client address. */
  origin?: string;
}

const writerOf = (tx: Transaction) => {
  if (tx.documents === undefined) throw new DomainError('store.unavailable', 'this store keeps no documents');
  return tx.documents;
};

/**
 * Adds a document to a case: the upload is checked first (nothing is stored when it is refused), the file is
 * put in the blob store, then one unit of work creates the source record, the file's row (text pending) and the
 * 'added' custody event. When that fails, a file this call wrote to the blob store is deleted again. The same
 * bytes twice in one case are refused ('document.duplicate', naming the document); another case may reuse them. A
 * source of the case recorded by these bytes' digest without a copy of them takes the file as its copy.
 */
export async function addDocument(
  deps: DocumentDeps,
  session: Session,
  input: AddDocumentInput,
): Promise<DocumentSummary> {
  assertAllowed(session.actor, 'write');
  // The details are checked before the bytes are read, so a mistake in them stores nothing.
  const details = parseOrThrow(SourceDetailsSchema, {
    ...input.details,
    ...(input.url !== undefined ? { url: input.url } : {}),
  });
  if ((await session.get('case', input.caseId)) === undefined)
    throw new DomainError('record.not_found', `no case with id "${input.caseId}"`);
  const checked = await deps.checkUpload(input.bytes, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.declaredType !== undefined ? { declaredType: input.declaredType } : {}),
  });
  const { sha256, size, mediaType } = checked;
  const { isNew } = await deps.blobs.put(checked.bytes, sha256);
  try {
    return await session.write(async (tx) => {
      const files = writerOf(tx);
      const sources = await tx.list('source', { case: input.caseId });
      const same = sources.find((s) => s.data.file?.sha256 === sha256);
      if (same !== undefined) {
        const named = canReadRecord(session.actor, same.data) ? `document ${same.id}` : 'a document';
        throw new DomainError(
          'document.duplicate',
          `${input.name ?? 'the file'}: case ${input.caseId} has this file already, as ${named}`,
          [{ code: 'document.duplicate', message: `already ${named}`, record: same.id, file: input.name }],
        );
      }
      // A source recorded by the digest of its text but without its copy (a text read into a case's form) is the
      // one this file is the copy of: the file is kept on it, rather than on a second source.
      const awaited = sources.find((s) => s.data.file === undefined && s.data.sha256 === sha256);
      const file = { sha256, size, mediaType, ...(input.name !== undefined ? { name: input.name } : {}) };
      if (awaited !== undefined && !canReadRecord(session.actor, awaited.data))
        throw new DomainError(
          'auth.forbidden',
          `${session.actor.id} may not add a copy to a source out of their sight`,
        );
      const record =
        awaited !== undefined
          ? parseRecord('source', {
              ...awaited.data,
              ...(checked.pageCount !== undefined ? { pageCount: checked.pageCount } : {}),
              file,
            })
          : parseRecord('source', {
              id: await freeId(tx, sha256),
              // Online material with its capture record is a capture, whatever the file's type.
              kind: details.capture !== undefined ? 'capture' : sourceKindOf(mediaType),
              title: input.title ?? input.name ?? `${mediaType} ${sha256.slice(0, 12)}`,
              ...(input.documentKind !== undefined ? { documentKind: input.documentKind } : {}),
              ...details,
              ...(checked.pageCount !== undefined ? { pageCount: checked.pageCount } : {}),
              case: input.caseId,
              file,
              visibility: input.visibility ?? 'internal',
              ...(input.fieldVisibility !== undefined ? { fieldVisibility: input.fieldVisibility } : {}),
            });
      if (!canReadRecord(session.actor, record))
        throw new DomainError(
          'auth.forbidden',
          `${session.actor.id} may not add a ${record.visibility} document: it would be out of their sight`,
        );
      const created =
        awaited !== undefined
          ? await tx.update('source', record, awaited.version)
          : await tx.create('source', record);
      await files.addFile({
        sha256,
        size,
        mediaType,
        textStatus: hasText(mediaType) ? 'pending' : 'none',
        ...(checked.pageCount !== undefined ? { pageCount: checked.pageCount } : {}),
      });
      await files.addCustody({
        sha256,
        sourceId: created.id,
        action: 'added',
        ...(input.origin !== undefined ? { origin: input.origin } : {}),
        ...(input.name !== undefined ? { details: { fileName: input.name } } : {}),
      });
      const info = await files.file(sha256);
      if (info === undefined) throw new Error(`the row of ${sha256} vanished in its own transaction`);
      // The summary leaves the core like any record: without the fields its writer may not read.
      return summarise(releaseRecord(session.actor, 'source', created.data), info);
    });
  } catch (error) {
    if (isNew) await deps.blobs.delete(sha256).catch(() => undefined);
    throw error;
  }
}

/** A source id for a new document of this file: 'source:doc-' and the digest's first 12 digits, then -2, -3… */
async function freeId(tx: Transaction, sha256: string): Promise<string> {
  const base = `source:doc-${sha256.slice(0, 12)}`;
  for (let n = 1; ; n++) {
    const id = n === 1 ? base : `${base}-${n}`;
    if ((await tx.lastVersion('source', id)) === 0) return id;
  }
}

/**
 * Reads a stored file's text and keeps it, page by page, with the progress (pages done of the page count)
 * written as it goes; the end is 'done' (with a note of what is missing, such as OCR being unavailable) or
 * 'failed' with the reason, and a 'text_read' custody event. Work of the system on behalf of `actor` (who
 * added the file): it runs after the upload's answer, so it asks no policy.
 */
export async function readDocumentText(
  deps: DocumentDeps,
  actor: Actor,
  sha256: string,
  options: { name?: string; onProgress?: (progress: ReadProgress) => void; isForced?: boolean } = {},
): Promise<StoredFileInfo | undefined> {
  const store = deps.store;
  const files = filesOf(store);
  const before = await files.file(sha256);
  // A file whose text was read already (the same bytes added to another case) is not read again unless asked.
  if (before === undefined || before.textStatus === 'none') return before;
  if (before.textStatus === 'done' && options.isForced !== true) return before;
  const write = (work: (w: NonNullable<Transaction['documents']>) => Promise<void>) =>
    store.run(actor, (tx) => work(writerOf(tx)));
  await write((w) => w.setText(sha256, { status: 'reading', pagesDone: 0, note: null }));
  const progress = progressWriter((pagesDone) => write((w) => w.setText(sha256, { pagesDone })));
  try {
    const bytes = await deps.blobs.get(sha256);
    if (bytes === undefined) throw new Error('the stored file is missing from the file store');
    const text = await deps.readText(bytes, {
      ...(options.name !== undefined ? { name: options.name } : {}),
      onProgress(p) {
        progress.report(p.page);
        options.onProgress?.(p);
      },
    });
    await progress.settled();
    const ocr = text.pages.filter((p) => p.method === 'ocr').length;
    const note = [...new Set(text.warnings.map((w) => w.message))].join('; ');
    await write(async (w) => {
      await w.putPages(sha256, text.pages);
      await w.setText(sha256, {
        status: 'done',
        pageCount: text.pageCount,
        pagesDone: text.pageCount,
        note: note === '' ? null : note,
      });
      await w.addCustody({
        sha256,
        action: 'text_read',
        details: { pages: text.pageCount, ...(ocr > 0 ? { ocrPages: ocr } : {}) },
      });
    });
  } catch (error) {
    await progress.settled();
    const reason = error instanceof Error ? error.message : String(error);
    await write(async (w) => {
      await w.setText(sha256, { status: 'failed', note: reason });
      await w.addCustody({ sha256, action: 'text_read', details: { reason } });
    });
  }
  return files.file(sha256);
}

/** Writes the latest progress one write at a time, skipping values a slower write has been overtaken by. */
function progressWriter(save: (pagesDone: number) => Promise<void>) {
  let latest = 0;
  let saved = 0;
  let running: Promise<void> | undefined;
  const drain = async () => {
    while (latest > saved) {
      const value = latest;
      await save(value).catch(() => undefined); // progress is a courtesy: the reading goes on without it
      saved = value;
    }
    running = undefined;
  };
  return {
    report(page: number) {
      if (page <= latest) return;
      latest = page;
      running ??= drain();
    },
    settled: async () => {
      while (running !== undefined) await running;
    },
  };
}

/** One stored file as `verify` found it, with the documents that keep it. */
export interface FileCheck {
  sha256: string;
  status: BlobCheck;
  documents: string[];
}

/**
 * Re-hashes every stored file (admins only) and records a 'verified' or 'verify_failed' custody event for
 * each; a file that changed or went missing is named with the documents that keep it.
 */
export async function verifyFiles(deps: DocumentDeps, session: Session): Promise<FileCheck[]> {
  if (!session.actor.roles.includes('admin'))
    throw new DomainError(
      'auth.forbidden',
      `${session.actor.id} may not verify the stored files: admins only`,
    );
  const infos = await filesOf(deps.store).files();
  const checks = await deps.blobs.verify(infos.map((f) => f.sha256));
  const bySha = new Map<string, string[]>();
  for (const source of await session.list('source')) {
    const sha = source.data.file?.sha256;
    if (sha !== undefined) bySha.set(sha, [...(bySha.get(sha) ?? []), source.id]);
  }
  await deps.store.run(session.actor, async (tx) => {
    for (const check of checks)
      await writerOf(tx).addCustody({
        sha256: check.sha256,
        action: check.status === 'ok' ? 'verified' : 'verify_failed',
        ...(check.status !== 'ok' ? { details: { check: check.status } } : {}),
      });
  });
  return checks.map((c) => ({ ...c, documents: bySha.get(c.sha256) ?? [] }));
}
