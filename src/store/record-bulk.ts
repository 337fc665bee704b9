import { sql, type Kysely } from 'kysely';
import { DomainError, type Issue } from '../core/errors.ts';
import type { RecordKind, RecordOf } from '../core/record/record-kinds.ts';
import type { WriteContext } from './write-context.ts';
import { checkKeepable, checkRecord } from './record-validation.ts';
import { toRecordRow, type RecordRow } from '../core/record/record-row.ts';
import { insertRecords } from './record-inserts.ts';
import type { Database } from './schema.ts';
import { DuplicateKeyError, type StoreDialect } from './store-dialect.ts';

const BATCH = 2000;
const MAX_ISSUES = 1000;

/** Creates many records: checks every record with its kind's schema first, then writes them as rows. */
export function writeMany<K extends RecordKind>(
  db: Kysely<Database>,
  dialect: StoreDialect,
  ctx: WriteContext,
  kind: K,
  records: readonly RecordOf<K>[],
): Promise<void> {
  const valid = checkAll(kind, records);
  return writeRows(
    db,
    dialect,
    ctx,
    kind,
    valid.map((record) => toRecordRow(kind, record)),
  );
}

/**
 * The import fast path: writes prepared rows in batches through the one create path (`insertRecords`: rows,
 * side tables, revisions); ids given twice are refused. A savepoint makes it all-or-nothing even if the
 * caller catches its error.
 */
export async function writeRows(
  db: Kysely<Database>,
  dialect: StoreDialect,
  ctx: WriteContext,
  kind: RecordKind,
  rows: readonly RecordRow[],
): Promise<void> {
  checkIds(kind, rows);
  checkKeepable(kind, rows, true);
  await sql`savepoint casewatch_create_many`.execute(db);
  try {
    for (let start = 0; start < rows.length; start += BATCH) {
      await insertRecords(db, dialect, ctx, kind, rows.slice(start, start + BATCH));
    }
    await sql`release savepoint casewatch_create_many`.execute(db);
  } catch (error) {
    await sql`rollback to savepoint casewatch_create_many`.execute(db);
    await sql`release savepoint casewatch_create_many`.execute(db);
    if (error instanceof DuplicateKeyError) {
      const index = rows.findIndex((r) => r.id === error.key);
      const message = `${kind} ${error.key ?? '(unknown id)'} already exists`;
      const place = index >= 0 ? { path: `$[${index}].id`, row: index } : {};
      throw new DomainError(
        'reference.duplicate',
        message,
        [{ code: 'reference.duplicate', message, ...place }],
        { cause: error },
      );
    }
    throw error;
  }
}

/** Validates every record and finds ids given twice; throws with every problem's index, id and path. */
function checkAll<K extends RecordKind>(kind: K, records: readonly RecordOf<K>[]): readonly RecordOf<K>[] {
  const valid: RecordOf<K>[] = [];
  const invalid: Issue[] = [];
  records.forEach((value, index) => {
    const checked = checkRecord(kind, value, index);
    if (checked.issues !== undefined) {
      if (invalid.length < MAX_ISSUES) invalid.push(...checked.issues);
      return;
    }
    valid.push(checked.record);
  });
  if (invalid.length > 0) throw DomainError.fromIssues('validation.invalid', invalid);
  return valid;
}

/** Finds ids given twice; throws with each repeat's index and path. */
function checkIds(kind: RecordKind, records: readonly { id: string }[]): void {
  const twice: Issue[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const first = seen.get(record.id);
    if (first !== undefined) {
      const message = `${kind} ${record.id} is given twice, at ${first} and at ${index}`;
      twice.push({ code: 'reference.duplicate', message, path: `$[${index}].id`, row: index });
    } else seen.set(record.id, index);
  });
  if (twice.length > 0) throw DomainError.fromIssues('reference.duplicate', twice);
}
