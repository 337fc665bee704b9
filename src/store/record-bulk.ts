import { sql, type Kysely } from 'kysely';
import { DomainError, type Issue } from '../core/errors.ts';
import type { CreateManyOptions } from '../core/ports.ts';
import type { RecordKind, RecordOf } from '../core/record/record-kinds.ts';
import type { WriteContext } from './record.repository.ts';
import { checkRecord } from './record-validation.ts';
import { caseIdOf, derivedInsert, tableOf, visibilityOf } from './record-rows.ts';
import { perRow, same, type Database } from './schema.ts';
import { DuplicateKeyError, type StoreDialect } from './store-dialect.ts';

const BATCH = 2000;
const MAX_ISSUES = 1000;

/**
 * The import path: checks every record first, then writes rows, revisions and name/participant rows in batches
 * through the dialect's fast insert. A savepoint makes it all-or-nothing even if the caller catches its error.
 * With `isValidated` the records are taken as their schema's output already (see `RecordWriter.createMany`):
 * they are not parsed again, but ids given twice are still refused.
 */
export async function writeMany<K extends RecordKind>(
  db: Kysely<Database>,
  dialect: StoreDialect,
  ctx: WriteContext,
  kind: K,
  records: readonly RecordOf<K>[],
  options: CreateManyOptions = {},
): Promise<void> {
  const valid = options.isValidated === true ? checkIds(kind, records) : checkAll(kind, records);
  await sql`savepoint casewatch_create_many`.execute(db);
  try {
    for (let start = 0; start < valid.length; start += BATCH) {
      await writeBatch(db, dialect, ctx, kind, valid.slice(start, start + BATCH));
    }
    await sql`release savepoint casewatch_create_many`.execute(db);
  } catch (error) {
    await sql`rollback to savepoint casewatch_create_many`.execute(db);
    await sql`release savepoint casewatch_create_many`.execute(db);
    if (error instanceof DuplicateKeyError) {
      const index = valid.findIndex((r) => r.id === error.key);
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
  return checkIds(kind, valid);
}

/** Finds ids given twice; throws with each repeat's index and path. Returns the records as they are. */
function checkIds<K extends RecordKind>(kind: K, records: readonly RecordOf<K>[]): readonly RecordOf<K>[] {
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
  return records;
}

async function writeBatch<K extends RecordKind>(
  db: Kysely<Database>,
  dialect: StoreDialect,
  ctx: WriteContext,
  kind: K,
  records: readonly RecordOf<K>[],
): Promise<void> {
  const { txId, actor, at, reason } = ctx;
  const count = records.length;
  const ids = new Array<string>(count);
  const caseIds = new Array<string | null>(count);
  const json = new Array<string>(count);
  const visibility = new Array<string | null>(count);
  records.forEach((record, i) => {
    ids[i] = record.id;
    caseIds[i] = caseIdOf(record);
    json[i] = JSON.stringify(record);
    visibility[i] = visibilityOf(record);
  });
  await dialect.insertRows(db, {
    table: tableOf(kind),
    count,
    columns: [
      perRow('id', 'text', ids),
      perRow('case_id', 'text', caseIds),
      same('version', 'integer', 1),
      perRow('data', 'text', json),
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
      perRow('after', 'text', json),
    ],
  });
  const derived = derivedInsert(kind, records);
  if (derived !== undefined && derived.count > 0) await dialect.insertRows(db, derived);
}
