import { assertAllowed } from '../access/policy.ts';
import type { Session } from '../access/session.ts';
import { PUBLIC_ACTOR } from '../actor.ts';

/**
 * What an export holds: 'backup' is every record and every field (admins only: it includes what is
 * restricted); 'open-data' is what the public may see, whoever runs it.
 */
export type ExportMode = 'backup' | 'open-data';

/** The reads an export makes: pages of records, through a session. */
export type ExportReader = Pick<Session, 'list'>;

/**
 * Runs an export's reads on one moment of the database (a record written meanwhile cannot leave it
 * half-referenced), through the session the mode calls for: the actor's own for a backup, the public's for
 * open data, so an open-data export can never carry more than the public API shows.
 */
export function exportRecords<T>(
  session: Session,
  mode: ExportMode,
  write: (reader: ExportReader) => Promise<T>,
): Promise<T> {
  if (mode === 'backup') assertAllowed(session.actor, 'export');
  return session.snapshot((moment) => write(mode === 'backup' ? moment : moment.as(PUBLIC_ACTOR)));
}
