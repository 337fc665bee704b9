import { sql, type Insertable, type Kysely } from 'kysely';
import type { Visibility } from '../../core/common/visibility.ts';
import type { DocumentPage } from '../../core/ports.ts';
import type { RecordKind } from '../../core/record/record-kinds.ts';
import type { RecordRow } from '../../core/record/record-row.ts';
import type { PageEntry } from '../../core/search/search-entries.ts';
import type { Database, SearchEntryTable } from '../schema.ts';
import { entryIdsFor, searchDocumentOf, searchDocuments } from './search-tables.ts';
import type { SearchTextEngine } from './search-text-sql.ts';

// A document's pages in the search index: entries of every source record that keeps the file, written in the
// transaction that stores the pages (putPages) or writes the source, and cleared with the source's other
// entries when it is rewritten or deleted (derived-tables.ts), so they never outlive it.

export const PAGE_PREFIX = 'page:';
/** Files whose pages are read at once when sources are written: a bound on the text held in memory. */
const FILES_AT_ONCE = 20;
/** Rows an INSERT carries: 9 values each, far below either database's limit of bound values. */
const ROWS_AT_ONCE = 200;

/** The field a page's entry is kept under, 'page:N': search_entries has no column of its own for the page. */
export const pageField = (page: number): string => `${PAGE_PREFIX}${page}`;

/** The page an entry's field names; undefined for any other field. */
export function pageOfField(field: string): number | undefined {
  if (!field.startsWith(PAGE_PREFIX)) return undefined;
  const page = Number(field.slice(PAGE_PREFIX.length));
  return Number.isInteger(page) && page > 0 ? page : undefined;
}

/** A source record that keeps a file, as its page entries are scoped: its case and visibility. */
interface PageOwner {
  id: string;
  caseId: string | null;
  visibility: Visibility;
}

/** The entries' rows of the pages of one file, for each of its sources. */
function pageRows(
  owners: readonly PageOwner[],
  pages: readonly DocumentPage[],
): Insertable<SearchEntryTable>[] {
  if (owners.length === 0) return [];
  const entries: PageEntry[] = searchDocuments().pageEntries(owners[0]?.visibility ?? 'public', pages);
  return owners.flatMap((owner) =>
    entries.map((entry) => ({
      kind: 'source',
      record_id: owner.id,
      case_id: owner.caseId,
      field: pageField(entry.page),
      is_name: 0,
      visibility: owner.visibility,
      text: entry.text,
      words: entry.words,
      terms: entry.terms,
    })),
  );
}

async function insertEntries(
  db: Kysely<Database>,
  engine: SearchTextEngine,
  rows: readonly Insertable<SearchEntryTable>[],
): Promise<void> {
  const ids = await entryIdsFor(
    db,
    engine,
    rows.map((r) => ({ kind: r.kind, isName: r.is_name === 1 })),
  );
  const numbered = rows.map((row, i) => ({ ...row, entry_id: ids[i] }));
  for (let i = 0; i < numbered.length; i += ROWS_AT_ONCE)
    await db
      .insertInto('search_entries')
      .values(numbered.slice(i, i + ROWS_AT_ONCE))
      .execute();
}

/**
 * Writes the page entries of sources just written (created, updated, imported, restored, or rebuilt) from the
 * pages their files have in `document_pages`: a document added to a second case, whose file was read before, is
 * found at once. Returns how many entries it wrote; sources without a file (and other kinds) cost no query.
 */
export async function indexSourcePages(
  db: Kysely<Database>,
  engine: SearchTextEngine,
  kind: RecordKind,
  rows: readonly RecordRow[],
): Promise<number> {
  if (kind !== 'source') return 0;
  const byFile = new Map<string, PageOwner[]>();
  for (const row of rows) {
    const doc = searchDocumentOf(kind, row);
    if (doc?.file === undefined) continue;
    const owner = { id: row.id, caseId: doc.caseId, visibility: doc.visibility };
    byFile.set(doc.file, [...(byFile.get(doc.file) ?? []), owner]);
  }
  const files = [...byFile.keys()];
  let written = 0;
  for (let i = 0; i < files.length; i += FILES_AT_ONCE) {
    const chunk = files.slice(i, i + FILES_AT_ONCE);
    const pages = await db
      .selectFrom('document_pages')
      .select(['sha256', 'page', 'text', 'method'])
      .where('sha256', 'in', chunk)
      .orderBy('sha256')
      .orderBy('page')
      .execute();
    for (const sha256 of chunk) {
      const own = pages.filter((p) => p.sha256 === sha256).map((p) => ({ ...p, page: Number(p.page) }));
      const entries = pageRows(byFile.get(sha256) ?? [], own);
      await insertEntries(db, engine, entries);
      written += entries.length;
    }
  }
  return written;
}

/**
 * Replaces the entries of these pages of a file, for every source that keeps it, inside the transaction that
 * stores the pages: a first reading adds them, a re-reading replaces them.
 */
export async function indexFilePages(
  db: Kysely<Database>,
  engine: SearchTextEngine,
  sha256: string,
  pages: readonly DocumentPage[],
): Promise<void> {
  const { rows } = await sql<{ id: string; case_id: string | null; visibility: string | null }>`
    select id, case_id, visibility from sources where data -> 'file' ->> 'sha256' = ${sha256}`.execute(db);
  if (rows.length === 0) return;
  const owners = rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    visibility: (r.visibility ?? 'public') as Visibility,
  }));
  const ids = owners.map((o) => o.id);
  for (let i = 0; i < pages.length; i += ROWS_AT_ONCE)
    await db
      .deleteFrom('search_entries')
      .where('kind', '=', 'source')
      .where('record_id', 'in', ids)
      .where(
        'field',
        'in',
        pages.slice(i, i + ROWS_AT_ONCE).map((p) => pageField(p.page)),
      )
      .execute();
  await insertEntries(db, engine, pageRows(owners, pages));
}
