// The stored files' rows, their pages' text and their chain of custody (0006, 0007), the same SQL on both databases.
import type { Kysely, Selectable, Updateable } from 'kysely';
import type {
  CustodyEvent,
  DocumentFileReader,
  DocumentFileWriter,
  DocumentPage,
  StoredFileInfo,
} from '../core/ports.ts';
import { opt } from '../core/common/opt.ts';
import { custodyDetailsOf } from '../core/document/custody-details.ts';
import type { CustodyEventTable, Database, StoredFileTable } from './schema.ts';
import { indexFilePages } from './search/search-pages.ts';
import type { SearchTextEngine } from './search/search-text-sql.ts';
import type { WriteContext } from './write-context.ts';

/** NUL and lone surrogates, which PostgreSQL's text cannot hold: a PDF's text layer may carry them. */
// eslint-disable-next-line no-control-regex -- the NUL character is what it finds
const UNKEEPABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const toFile = (row: Selectable<StoredFileTable>): StoredFileInfo => ({
  sha256: row.sha256,
  size: Number(row.size),
  mediaType: row.media_type,
  addedAt: row.added_at,
  addedBy: row.added_by,
  textStatus: row.text_status,
  ...(row.page_count !== null ? { pageCount: Number(row.page_count) } : {}),
  pagesDone: Number(row.pages_done),
  ...(row.text_note !== null ? { textNote: row.text_note } : {}),
});

const toEvent = (row: Selectable<CustodyEventTable>): CustodyEvent => ({
  seq: Number(row.seq),
  sha256: row.sha256,
  ...(row.source_id !== null ? { sourceId: row.source_id } : {}),
  action: row.action as CustodyEvent['action'],
  actor: row.actor,
  at: row.at,
  ...(row.origin !== null ? { origin: row.origin } : {}),
  ...opt('details', custodyDetailsOf(row.details)),
  ...(row.detail !== null ? { detail: row.detail } : {}),
});

/** Reads stored files, pages and custody on a connection (outside a unit of work: committed rows only). */
export function documentFileReader(db: Kysely<Database>): DocumentFileReader {
  return {
    async file(sha256) {
      const row = await db
        .selectFrom('stored_files')
        .selectAll()
        .where('sha256', '=', sha256)
        .executeTakeFirst();
      return row === undefined ? undefined : toFile(row);
    },
    async files(statuses) {
      let query = db.selectFrom('stored_files').selectAll();
      if (statuses !== undefined) query = query.where('text_status', 'in', [...statuses]);
      return (await query.orderBy('sha256').execute()).map(toFile);
    },
    async pages(sha256, from, to) {
      const rows = await db
        .selectFrom('document_pages')
        .select(['page', 'text', 'method'])
        .where('sha256', '=', sha256)
        .where('page', '>=', from)
        .where('page', '<=', to)
        .orderBy('page')
        .execute();
      return rows.map((r) => ({ page: Number(r.page), text: r.text, method: r.method }));
    },
    async custody(sha256, sourceId) {
      let query = db.selectFrom('custody_events').selectAll().where('sha256', '=', sha256);
      if (sourceId !== undefined)
        query = query.where((eb) => eb.or([eb('source_id', 'is', null), eb('source_id', '=', sourceId)]));
      return (await query.orderBy('seq').execute()).map(toEvent);
    },
  };
}

/** Writes them inside a unit of work's transaction; its actor and time stamp the rows and events. */
export function documentFileWriter(
  db: Kysely<Database>,
  ctx: WriteContext,
  engine: SearchTextEngine,
): DocumentFileWriter {
  return {
    ...documentFileReader(db),
    async addFile(file) {
      const result = await db
        .insertInto('stored_files')
        .values({
          sha256: file.sha256,
          size: file.size,
          media_type: file.mediaType,
          added_at: ctx.at,
          added_by: ctx.actor,
          text_status: file.textStatus,
          page_count: file.pageCount ?? null,
          pages_done: 0,
          text_note: file.textNote ?? null,
        })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async setText(sha256, state) {
      const values: Updateable<StoredFileTable> = {};
      if (state.status !== undefined) values.text_status = state.status;
      if (state.pageCount !== undefined) values.page_count = state.pageCount;
      if (state.pagesDone !== undefined) values.pages_done = state.pagesDone;
      if (state.note !== undefined) values.text_note = state.note;
      if (Object.keys(values).length === 0) return;
      await db.updateTable('stored_files').set(values).where('sha256', '=', sha256).execute();
    },
    async putPages(sha256, given: readonly DocumentPage[]) {
      if (given.length === 0) return;
      const pages = given.map((p) => ({ ...p, text: p.text.replace(UNKEEPABLE, '\ufffd') }));
      await db
        .deleteFrom('document_pages')
        .where('sha256', '=', sha256)
        .where(
          'page',
          'in',
          pages.map((p) => p.page),
        )
        .execute();
      // Some hundred pages a statement: far below either database's limit of bound values.
      for (let i = 0; i < pages.length; i += 200)
        await db
          .insertInto('document_pages')
          .values(
            pages.slice(i, i + 200).map((p) => ({ sha256, page: p.page, text: p.text, method: p.method })),
          )
          .execute();
      // The documents that keep the file are found by these pages' text from this transaction on.
      await indexFilePages(db, engine, sha256, pages);
    },
    async addCustody(event) {
      await db
        .insertInto('custody_events')
        .values({
          sha256: event.sha256,
          source_id: event.sourceId ?? null,
          action: event.action,
          actor: ctx.actor,
          at: ctx.at,
          origin: event.origin ?? null,
          details: event.details !== undefined ? JSON.stringify(event.details) : null,
          detail: event.detail ?? null,
        })
        .execute();
    },
  };
}
