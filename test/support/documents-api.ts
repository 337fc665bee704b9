import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../../src/core/actor.ts';
import { readDocumentText } from '../../src/core/document/document.service.ts';
import type { DocumentDeps } from '../../src/core/document/document.ts';
import { createTextQueue } from '../../src/core/document/text-queue.ts';
import type { Store } from '../../src/core/ports.ts';
import type { ApiDeps } from '../../src/api/app.ts';
import { readDocumentText as readIngest } from '../../src/ingest/document-text.ts';
import { checkUpload } from '../../src/ingest/upload-check.ts';
import { nodeExtractor } from '../../src/node-documents.ts';
import { pageRenderer } from '../../src/page-images.ts';
import type { LegalKnowledge } from '../../src/core/law/legal-knowledge.ts';
import { memoryBlobStore } from './memory-blob-store.ts';

/**
 * The document routes' deps over a test store: files in memory, text read (without OCR) by a queue the test can
 * wait for, page images rendered into a throwaway folder.
 */
export function testDocuments(store: Store, law: LegalKnowledge) {
  const blobs = memoryBlobStore();
  const service: DocumentDeps = {
    store,
    blobs,
    checkUpload: (source, claims) => checkUpload(source, claims),
    readText: (bytes, options) => readIngest(bytes, { ...options, ocr: false }),
  };
  const queue = createTextQueue(
    (job: { sha256: string; actor: Actor }) => readDocumentText(service, job.actor, job.sha256),
    (error) => {
      throw error;
    },
  );
  const deps: NonNullable<ApiDeps['documents']> = {
    service,
    extract: nodeExtractor(law.jurisdictions()),
    readInBackground: (job) => queue.add(job),
    renderPage: pageRenderer(mkdtempSync(join(tmpdir(), 'cw-pages-'))),
  };
  return { deps, service, blobs, queue };
}
