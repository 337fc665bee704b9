import type { Store } from '../src/core/ports.ts';
import { openPostgresStore } from '../src/store/postgres.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';

/** A database a phase works on: a SQLite file or a PostgreSQL database URL. */
export type Target = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

/** Opens (and migrates) the Casewatch store on a target, as the application does. */
export function openTarget(target: Target): Promise<Store> {
  return target.dialect === 'sqlite'
    ? openSqliteStore({ file: target.file })
    : openPostgresStore({ url: target.url });
}

/** Where the target is, for reports: never a password (the bench's clusters have none anyway). */
export function describeTarget(target: Target): string {
  return target.dialect === 'sqlite' ? target.file : target.url.replace(/\/\/[^@]*@/, '//');
}
