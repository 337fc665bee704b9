import { createReadStream } from 'node:fs';
import type { Actor } from '../src/core/actor.ts';
import type { LegalKnowledge } from '../src/core/law/legal-knowledge.ts';
import type { Store } from '../src/core/ports.ts';
import { importBundle, type ImportReport } from '../src/core/record/import.service.ts';
import { readBundle } from '../src/exchange/bundle-reader.ts';

/** The actor benchmark imports run as. */
export const BENCH_ACTOR: Actor = { id: 'bench', name: 'Benchmark', roles: ['admin'] };

/** Imports a bundle file the way `casewatch import` does: readBundle → importBundle, one transaction. */
export function importFile(store: Store, law: LegalKnowledge, file: string): Promise<ImportReport> {
  return importBundle(
    { store, law },
    BENCH_ACTOR,
    readBundle(createReadStream(file, { highWaterMark: 1 << 20 }), file),
    {
      file,
    },
  );
}
