import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSession } from '../core/access/session.ts';
import { SYSTEM_ACTOR } from '../core/actor.ts';
import type { LegalKnowledge } from '../core/law/legal-knowledge.ts';
import type { Store } from '../core/ports.ts';
import { DEMO_DIR } from '../data-dirs.ts';
import { importBundleFile } from './import-file.ts';

/** Loads every demo bundle into the store when it holds no case yet; returns how many bundles were loaded. */
export async function loadDemoIfEmpty(store: Store, law: LegalKnowledge, dir = DEMO_DIR): Promise<number> {
  if ((await openSession(store, SYSTEM_ACTOR).list('case', { limit: 1 })).length > 0) return 0;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.bundle.json'))
    .sort();
  for (const name of files) {
    const file = join(dir, name);
    // Each revision says the record is demo data, a real case as its sources tell it, and from which bundle, rather
    // than a path on the server.
    await importBundleFile({ session: openSession(store, SYSTEM_ACTOR), law }, file, {
      reason: `demo data shipped with Casewatch (a real case, recorded from the sources it cites), loaded on first start from ${name}`,
    });
  }
  return files.length;
}
