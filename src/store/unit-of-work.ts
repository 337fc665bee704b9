import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../core/actor.ts';
import type { Clock, Store, Transaction } from '../core/ports.ts';
import { SYSTEM_CLOCK } from '../system-clock.ts';
import { createAccountRepository } from './account.repository.ts';
import { AsyncMutex } from './async-mutex.ts';
import { documentFileReader, documentFileWriter } from './document.repository.ts';
import { RecordReadRepository } from './record-read.repository.ts';
import { RecordRepository } from './record.repository.ts';
import type { Database } from './schema.ts';
import { createSearchIndex } from './search/search-index.ts';
import type { SearchBounds } from './search/search-stream.ts';
import { fillSearchIndex } from './search/search-rebuild.ts';
import { SEARCH_TABLES } from './search/search-tables.ts';
import type { StoreDialect } from './store-dialect.ts';
import { unavailableOr } from './unavailable.ts';

/** What a dialect's opener hands to the neutral store. */
export interface StoreParts {
  dialect: StoreDialect;
  /** The connection(s) writes run on. */
  writer: Kysely<Database>;
  /** The connection(s) reads outside a unit of work run on; they see committed data only. */
  reader: Kysely<Database>;
  clock?: Clock | undefined;
  /** Makes transaction ids; injected so tests are deterministic. */
  newId?: (() => string) | undefined;
  /** How far a search reads (search-index.ts); its defaults unless told. */
  searchBounds?: SearchBounds | undefined;
  close(): Promise<void>;
}

/**
 * The Store port over Kysely: each `run` is one database transaction with one `transactions` row and a
 * revision per record written. Inside `run`, read through the `tx` it gives, not through `store.reader`.
 */
export function createStore(parts: StoreParts): Store {
  const { dialect, writer } = parts;
  const clock = parts.clock ?? SYSTEM_CLOCK;
  const newId = parts.newId ?? randomUUID;
  const mutex = new AsyncMutex();

  const transact = <T>(
    actor: Actor,
    work: (tx: Transaction) => Promise<T>,
    reason: string | null,
  ): Promise<T> =>
    writer.connection().execute(async (conn) => {
      await dialect.begin.execute(conn);
      const ctx = { txId: newId(), actor: actor.id, at: clock.now(), reason };
      const repository = new RecordRepository(conn, dialect, ctx);
      const tx: Transaction = Object.assign(repository, {
        documents: documentFileWriter(conn, ctx, dialect.searchText),
      });
      try {
        const result = await work(tx);
        await sql`commit`.execute(conn);
        dialect.afterCommit?.();
        return result;
      } catch (error) {
        await sql`rollback`.execute(conn).catch(() => undefined);
        throw error;
      } finally {
        repository.close();
      }
    });

  // A database that fails under a read or a write is 'store.unavailable', whichever door the call came through.
  const failed = (error: unknown): never => {
    throw unavailableOr(error, (e) => dialect.isUnavailable(e));
  };

  return {
    dialect: dialect.name,
    accounts: translatingFailures(createAccountRepository(writer, parts.reader), failed),
    reader: translatingFailures(new RecordReadRepository(parts.reader, dialect.jsonElements), failed),
    run(actor, work, options) {
      const reason = options?.reason ?? null;
      return (
        dialect.isSerial ? mutex.run(() => transact(actor, work, reason)) : transact(actor, work, reason)
      ).catch(failed);
    },
    snapshot(work) {
      const begin = dialect.beginSnapshot;
      if (!begin)
        return work(
          translatingFailures(new RecordReadRepository(parts.reader, dialect.jsonElements), failed),
        );
      return parts.reader
        .connection()
        .execute(async (conn) => {
          await begin.execute(conn);
          try {
            const result = await work(new RecordReadRepository(conn, dialect.jsonElements));
            await sql`commit`.execute(conn);
            return result;
          } catch (error) {
            await sql`rollback`.execute(conn).catch(() => undefined);
            throw error;
          }
        })
        .catch(failed);
    },
    documents: translatingFailures(documentFileReader(parts.reader), failed),
    search: {
      ...translatingFailures(createSearchIndex(parts.reader, dialect.searchText, parts.searchBounds), failed),
      rebuild(onProgress) {
        const work = () =>
          writer.connection().execute(async (conn) => {
            await dialect.begin.execute(conn);
            try {
              const result = await fillSearchIndex(conn, dialect.searchText, onProgress);
              // Queries that follow plan on the index as it now is, not as it was (empty, or a tenth of it).
              await dialect.analyze(conn, SEARCH_TABLES);
              await sql`commit`.execute(conn);
              return result;
            } catch (error) {
              await sql`rollback`.execute(conn).catch(() => undefined);
              throw error;
            }
          });
        return (dialect.isSerial ? mutex.run(work) : work()).catch(failed);
      },
    },
    close: () => parts.close(),
  };
}

/** The reader with every method's rejection passed through `failed`. */
function translatingFailures<T extends object>(reader: T, failed: (error: unknown) => never): T {
  return new Proxy(reader, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        return result instanceof Promise ? result.catch(failed) : result;
      };
    },
  });
}
