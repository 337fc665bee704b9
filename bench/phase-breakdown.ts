import type { Transaction, Store } from '../src/core/ports.ts';
import { RECORD_KIND_ORDER, RECORD_KINDS } from '../src/core/record/record-kinds.ts';
import { loadLegalKnowledge } from '../src/store/law-files.ts';
import { importFile } from './import-file.ts';
import { openTarget, type Target } from './target.ts';

/** Where an import's wall time goes, measured by wrapping the calls it makes (no change to src/). */
export interface BreakdownResult {
  ms: number;
  records: number;
  /** Calls of the kinds' zod safeParse in the importing thread, and their time (a reading thread's are not seen). */
  zod: { calls: number; ms: number };
  /**
   * Every call the import made on its transaction, by method: `existing` (ids of a batch, and what a batch refers
   * to outside the checker's window), `caseJurisdictions`, `createRows` (the store's write path), `list`…
   * A write is started without waiting for it, so a method's time is until its promise settled.
   */
  calls: Record<string, { calls: number; ms: number }>;
  /** The commit (and, on SQLite, the checkpoint that follows it): from the work's end to the transaction's. */
  commitMs: number;
  /** Everything else: waiting for the reading thread, integrity checks in this thread, the importer's own work. */
  otherMs: number;
}

/** Imports a bundle with timers around zod and every call the import makes on its transaction. */
export async function runBreakdownPhase(target: Target, file: string): Promise<BreakdownResult> {
  const law = loadLegalKnowledge('data/law');
  const inner = await openTarget(target);
  const zod = { calls: 0, ms: 0 };
  const calls: BreakdownResult['calls'] = {};
  for (const kind of RECORD_KIND_ORDER) {
    const schema = RECORD_KINDS[kind].schema as unknown as { safeParse(value: unknown): unknown };
    const original = schema.safeParse.bind(schema);
    schema.safeParse = (value: unknown) => {
      const t = performance.now();
      const result = original(value);
      zod.calls++;
      zod.ms += performance.now() - t;
      return result;
    };
  }
  const wrap = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get(t, property, receiver) {
        const value: unknown = Reflect.get(t, property, receiver);
        if (typeof value !== 'function' || typeof property !== 'string') return value;
        const fn = value as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          const started = performance.now();
          const done = () => {
            const entry = (calls[property] ??= { calls: 0, ms: 0 });
            entry.calls++;
            entry.ms += performance.now() - started;
          };
          const result = fn.apply(t, args);
          if (result instanceof Promise) return result.finally(done);
          done();
          return result;
        };
      },
    });
  let workEnded = 0;
  const store: Store = {
    ...inner,
    reader: inner.reader,
    dialect: inner.dialect,
    close: () => inner.close(),
    run: (actor, work, options) =>
      inner.run(
        actor,
        async (tx) => {
          try {
            return await work(wrap(tx));
          } finally {
            workEnded = performance.now();
          }
        },
        options,
      ),
  };
  const started = performance.now();
  const report = await importFile(store, law, file);
  const ended = performance.now();
  const ms = ended - started;
  await inner.close();
  const commitMs = ended - workEnded;
  const spent = Object.values(calls).reduce((sum, c) => sum + c.ms, 0);
  return { ms, records: report.total, zod, calls, commitMs, otherMs: ms - spent - commitMs };
}
