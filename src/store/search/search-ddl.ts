import { sql, type Kysely } from 'kysely';

/**
 * SQLite's full-text part of the index (0004): an FTS5 table over search_entries' words and terms (content
 * kept there, not twice), kept in step by triggers, so a write and its rollback carry it along.
 */
export async function createSqliteSearchText(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table search_fts using fts5(words, terms, content='search_entries',
    content_rowid='entry_id', tokenize='unicode61 remove_diacritics 0')`.execute(db);
  await sql`create trigger search_entries_fts_insert after insert on search_entries begin
    insert into search_fts(rowid, words, terms) values (new.entry_id, new.words, new.terms); end`.execute(db);
  await sql`create trigger search_entries_fts_delete after delete on search_entries begin
    insert into search_fts(search_fts, rowid, words, terms) values ('delete', old.entry_id, old.words, old.terms);
    end`.execute(db);
}

/**
 * PostgreSQL's full-text part of the index (0004): a tsvector of each entry (words weighted D, terms A, by the
 * 'simple' configuration: the words come normalised already) with its GIN index, and pg_trgm's index of titles.
 */
export async function createPostgresSearchText(db: Kysely<unknown>): Promise<void> {
  await sql`alter table search_entries add column doc tsvector generated always as
    (setweight(to_tsvector('simple'::regconfig, words), 'D') || setweight(to_tsvector('simple'::regconfig, terms), 'A'))
    stored`.execute(db);
  await sql`create index search_entries_doc on search_entries using gin (doc)`.execute(db);
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create index search_records_title on search_records using gin (lower(title) gin_trgm_ops)`.execute(
    db,
  );
}
