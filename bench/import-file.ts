import { openSession } from '../src/core/access/session.ts';
import type { Actor } from '../src/core/actor.ts';
import type { LegalKnowledge } from '../src/core/law/legal-knowledge.ts';
import type { Store } from '../src/core/ports.ts';
import type { ImportReport } from '../src/core/record/import.service.ts';
import { importBundleFile } from '../src/exchange/import-file.ts';

/** The actor benchmark imports run as. */
export const BENCH_ACTOR: Actor = { id: 'bench', name: 'Benchmark', roles: ['admin'] };

/**
 * Imports a bundle file the way `casewatch import` does a large one: importBundleFile, one transaction, the
 * records prepared in a worker thread (BENCH_INLINE=1: in this thread, to compare).
 */
export function importFile(store: Store, law: LegalKnowledge, file: string): Promise<ImportReport> {
  return importBundleFile({ session: openSession(store, BENCH_ACTOR), law }, file, {
    inWorker: process.env.BENCH_INLINE !== '1',
  });
}
