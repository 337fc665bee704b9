import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { countRows, SQLITE_PLAIN_TABLES, tablesOf } from './phase-import.ts';
import { sampleMemory, type MemoryPeak } from './memory.ts';
import { openTarget, type Target } from './target.ts';

/** The practical ceiling: the store's own rows copied into a fresh schema with the bare driver, one transaction. */
export interface RawResult extends MemoryPeak {
  /** Time spent inserting (and committing) only: reading the source rows is left out. */
  insertMs: number;
  /** Wall time of the whole copy, reading the source included. */
  wallMs: number;
  rows: number;
  rowsByTable: Record<string, number>;
  rowsPerSec: number;
  method: string;
}

const READ_CHUNK = 10_000;
const SQLITE_ROWS_PER_STATEMENT = 50;
const PG_ROWS_PER_STATEMENT = 1_000;
const PG_MAX_PARAMS = 65_535;
const JSONB = 3802;

/**
 * jsonb read as the text the server sends, as the store reads it: the raw copy sends each record's JSON as text
 * into the jsonb column, and the server parses it, the very work the store's import asks of it.
 */
const JSONB_AS_TEXT: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown =>
    oid === JSONB
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * Copies every row the import wrote (records, revisions, names, participants, the transaction) from `source`
 * into `target`, a database freshly migrated by the store, and times only the inserts.
 */
export async function runRawPhase(source: Target, target: Target): Promise<RawResult> {
  const fresh = await openTarget(target); // the same schema, made by the same migrations
  await fresh.close();
  const memory = sampleMemory();
  const result =
    source.dialect === 'sqlite' && target.dialect === 'sqlite'
      ? rawSqlite(source.file, target.file)
      : source.dialect === 'postgres' && target.dialect === 'postgres'
        ? await rawPostgres(source.url, target.url)
        : undefined;
  if (result === undefined) throw new Error('source and target must be the same dialect');
  const peak = memory.stop();
  const rowsByTable = await countRows(target);
  const rows = Object.values(rowsByTable).reduce((a, b) => a + b, 0);
  const expected = await countRows(source);
  for (const t of Object.keys(expected))
    if (rowsByTable[t] !== expected[t])
      throw new Error(`raw copy of ${t}: ${rowsByTable[t]} rows, expected ${expected[t]}`);
  return { ...result, rows, rowsByTable, rowsPerSec: rows / (result.insertMs / 1000), ...peak };
}

/** Columns the store writes into a table: all of them but revisions.seq, which the database assigns. */
function writtenColumns(all: readonly string[], table: string): string[] {
  return table === 'revisions' ? all.filter((c) => c !== 'seq') : [...all];
}

function rawSqlite(
  sourceFile: string,
  targetFile: string,
): { insertMs: number; wallMs: number; method: string } {
  const src = new BetterSqlite3(sourceFile, { readonly: true });
  const dst = new BetterSqlite3(targetFile);
  dst.pragma('journal_mode = WAL'); // as the store opens it
  dst.pragma('foreign_keys = ON');
  const started = performance.now();
  let insertMs = 0;
  const timed = (work: () => void) => {
    const t = performance.now();
    work();
    insertMs += performance.now() - t;
  };
  timed(() => dst.exec('begin immediate'));
  const tables = tablesOf((src.prepare(SQLITE_PLAIN_TABLES).all() as { name: string }[]).map((t) => t.name));
  for (const table of tables) {
    const all = (src.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name);
    const columns = writtenColumns(all, table);
    const names = columns.map((c) => `"${c}"`).join(', ');
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const many = dst.prepare(
      `insert into "${table}" (${names}) values ${Array<string>(SQLITE_ROWS_PER_STATEMENT).fill(tuple).join(', ')}`,
    );
    const one = dst.prepare(`insert into "${table}" (${names}) values ${tuple}`);
    const order = table === 'revisions' ? 'seq' : 'rowid';
    const select = src.prepare(`select ${names} from "${table}" order by ${order}`).raw();
    let chunk: unknown[][] = [];
    const insert = () =>
      timed(() => {
        const params: unknown[] = new Array<unknown>(SQLITE_ROWS_PER_STATEMENT * columns.length);
        let i = 0;
        for (; i + SQLITE_ROWS_PER_STATEMENT <= chunk.length; i += SQLITE_ROWS_PER_STATEMENT) {
          let p = 0;
          for (let r = i; r < i + SQLITE_ROWS_PER_STATEMENT; r++)
            for (const v of chunk[r] as unknown[]) params[p++] = v;
          many.run(params);
        }
        for (; i < chunk.length; i++) one.run(chunk[i]);
        chunk = [];
      });
    for (const row of select.iterate() as IterableIterator<unknown[]>) {
      chunk.push(row);
      if (chunk.length >= READ_CHUNK) insert();
    }
    insert();
  }
  timed(() => dst.exec('commit'));
  const wallMs = performance.now() - started;
  src.close();
  dst.close();
  return {
    insertMs,
    wallMs,
    method: `better-sqlite3: prepared ${SQLITE_ROWS_PER_STATEMENT}-row INSERT, reused, one transaction`,
  };
}

async function rawPostgres(
  sourceUrl: string,
  targetUrl: string,
): Promise<{ insertMs: number; wallMs: number; method: string }> {
  const src = new pg.Client({ connectionString: sourceUrl, types: JSONB_AS_TEXT });
  const dst = new pg.Client({ connectionString: targetUrl });
  await src.connect();
  await dst.connect();
  const started = performance.now();
  let insertMs = 0;
  const timed = async (work: () => Promise<unknown>) => {
    const t = performance.now();
    await work();
    insertMs += performance.now() - t;
  };
  try {
    await src.query('begin isolation level repeatable read read only');
    await timed(() => dst.query('begin'));
    const listed = await src.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'",
    );
    for (const table of tablesOf(listed.rows.map((t) => t.table_name))) {
      const info = await src.query<{ column_name: string }>(
        // A generated column (the search index's tsvector) is the database's to fill, as it was on import.
        "select column_name from information_schema.columns where table_schema = current_schema() and table_name = $1 and is_generated = 'NEVER' order by ordinal_position",
        [table],
      );
      const columns = writtenColumns(
        info.rows.map((r) => r.column_name),
        table,
      );
      const names = columns.map((c) => `"${c}"`).join(', ');
      // Multi-row VALUES with one parameter per value: measured 2-4x faster here than unnest($1::text[], …),
      // whose array literals pg encodes and escapes in JavaScript.
      const perStatement = Math.min(PG_ROWS_PER_STATEMENT, Math.floor(PG_MAX_PARAMS / columns.length));
      const statements = new Map<number, string>();
      const insertSql = (count: number) => {
        let text = statements.get(count);
        if (text === undefined) {
          const tuples = Array.from(
            { length: count },
            (_, r) => `(${columns.map((_, j) => `$${r * columns.length + j + 1}`).join(', ')})`,
          );
          statements.set(count, (text = `insert into "${table}" (${names}) values ${tuples.join(', ')}`));
        }
        return text;
      };
      await src.query(
        `declare rows_cursor no scroll cursor for select ${names} from "${table}" order by ${table === 'revisions' ? 'seq' : 'ctid'}`,
      );
      for (;;) {
        const { rows } = await src.query<unknown[]>({
          text: `fetch ${READ_CHUNK} from rows_cursor`,
          rowMode: 'array',
        });
        if (rows.length === 0) break;
        for (let i = 0; i < rows.length; i += perStatement) {
          const chunk = rows.slice(i, i + perStatement);
          const params = chunk.flat();
          await timed(() => dst.query(insertSql(chunk.length), params));
        }
      }
      await src.query('close rows_cursor');
    }
    await timed(() => dst.query('commit'));
    await src.query('commit');
  } finally {
    await src.end();
    await dst.end();
  }
  return {
    insertMs,
    wallMs: performance.now() - started,
    method: `pg: multi-row INSERT … VALUES ($1, $2, …), …, up to ${PG_ROWS_PER_STATEMENT} rows a statement, records' JSON as text into jsonb, one transaction`,
  };
}
