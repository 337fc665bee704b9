import { sql, type Kysely } from 'kysely';
import { DomainError, type Issue } from '../core/errors.ts';
import type { RecordKind, RecordOf } from '../core/record/record-kinds.ts';
import type { WriteContext } from './write-context.ts';
import { checkRecord } from './record-validation.ts';
import { toRecordRow, type RecordRow } from '../core/record/record-row.ts';
import { derivedInsert, tableOf } from './record-rows.ts';
import { perRow, same, type Database } from './schema.ts';
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
 * The import fast path: writes prepared rows, their revisions and name/participant rows in batches through
 * the dialect's fast insert; ids given twice are refused. A savepoint makes it all-or-nothing even if the
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
  await sql`savepoint casewatch_create_many`.execute(db);
  try {
    for (let start = 0; start < rows.length; start += BATCH) {
      await writeBatch(db, dialect, ctx, kind, rows.slice(start, start + BATCH));
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

async function writeBatch(
  db: Kysely<Database>,
  dialect: StoreDialect,
  ctx: WriteContext,
  kind: RecordKind,
  rows: readonly RecordRow[],
): Promise<void> {
  const { txId, actor, at, reason } = ctx;
  const count = rows.length;
  const ids = new Array<string>(count);
  const caseIds = new Array<string | null>(count);
  const json = new Array<RecordRow['json']>(count);
  const visibility = new Array<string | null>(count);
  rows.forEach((row, i) => {
    ids[i] = row.id;
    caseIds[i] = row.caseId;
    json[i] = row.json;
    visibility[i] = row.visibility;
  });
  await dialect.insertRows(db, {
    table: tableOf(kind),
    count,
    columns: [
      perRow('id', 'text', ids),
      perRow('case_id', 'text', caseIds),
      same('version', 'integer', 1),
      perRow('data', 'utf8', json),
      perRow('visibility', 'text', visibility),
      same('created_at', 'text', at),
      same('updated_at', 'text', at),
      same('updated_by', 'text', actor),
    ],
  });
  await dialect.insertRows(db, {
    table: 'revisions',
    count,
    columns: [
      perRow('record_id', 'text', ids),
      same('tx_id', 'text', txId),
      same('actor', 'text', actor),
      same('at', 'text', at),
      same('reason', 'text', reason),
      same('kind', 'text', kind),
      same('action', 'text', 'create'),
      same('version', 'integer', 1),
      same('before', 'text', null),
      perRow('after', 'utf8', json),
    ],
  });
  const derived = derivedInsert(kind, rows);
  if (derived !== undefined && derived.count > 0) await dialect.insertRows(db, derived);
}
