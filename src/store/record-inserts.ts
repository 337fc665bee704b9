import type { Kysely } from 'kysely';
import type { RecordKind } from '../core/record/record-kinds.ts';
import type { RecordRow } from '../core/record/record-row.ts';
import { writeDerived } from './derived-tables.ts';
import { tableOf } from './record-rows.ts';
import { tombstoneVersions, writeRevisions } from './revisions.ts';
import { perRow, same, type Database } from './schema.ts';
import type { StoreDialect } from './store-dialect.ts';
import type { WriteContext } from './write-context.ts';

/**
 * The one path that creates records, for a single create and an import's batches alike: their rows, the
 * side tables' rows, and a 'create' revision each. A record whose id was deleted before continues from its
 * tombstone's version, so versions in a history only ever grow. Throws DuplicateKeyError on a taken id.
 * Returns the version each record got.
 */
export async function insertRecords(
  db: Kysely<Database>,
  dialect: StoreDialect,
  ctx: WriteContext,
  kind: RecordKind,
  rows: readonly RecordRow[],
): Promise<number | number[]> {
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
  const tombstones = await tombstoneVersions(db, kind, ids);
  const versions = tombstones.size === 0 ? 1 : ids.map((id) => (tombstones.get(id) ?? 0) + 1);
  await dialect.insertRows(db, {
    table: tableOf(kind),
    count,
    columns: [
      perRow('id', 'text', ids),
      perRow('case_id', 'text', caseIds),
      typeof versions === 'number'
        ? same('version', 'integer', versions)
        : perRow('version', 'integer', versions),
      perRow('data', 'utf8', json),
      perRow('visibility', 'text', visibility),
      same('created_at', 'text', ctx.at),
      same('updated_at', 'text', ctx.at),
      same('updated_by', 'text', ctx.actor),
    ],
  });
  await writeDerived(db, dialect, kind, rows);
  await writeRevisions(db, dialect, ctx, {
    kind,
    action: 'create',
    ids,
    versions,
    before: null,
    after: json,
  });
  return versions;
}
