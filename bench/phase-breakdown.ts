import type { Transaction, Store } from '../src/core/ports.ts';
import { RECORD_KIND_ORDER, RECORD_KINDS } from '../src/core/record/record-kinds.ts';
import { loadLegalKnowledge } from '../src/store/law-files.ts';
import { importFile } from './import-file.ts';
import { openTarget, type Target } from './target.ts';

/** Where an import's wall time goes, measured by wrapping the calls it makes (no change to src/). */
export interface BreakdownResult {
  ms: number;
  records: number;
  /** Calls of the kinds' zod safeParse, and their time: twice the records means every record is validated twice. */
  zod: { calls: number; ms: number };
  /** `tx.list(kind, { ids })`, the importer's per-batch check that no id exists yet. */
  existenceChecks: { calls: number; ms: number };
  /** `tx.createMany`: the store's write path (its own validation included). */
  createMany: { calls: number; ms: number; zodMs: number };
  /** Everything else: reading and cutting the JSON, integrity checks, the importer's own zod, commit. */
  otherMs: number;
}

/** Imports a bundle with timers around zod, the existence checks and createMany. */
export async function runBreakdownPhase(target: Target, file: string): Promise<BreakdownResult> {
  const law = loadLegalKnowledge('data/law');
  const inner = await openTarget(target);
  const zod = { calls: 0, ms: 0 };
  const existenceChecks = { calls: 0, ms: 0 };
  const createMany = { calls: 0, ms: 0, zodMs: 0 };
  let isInCreateMany = false;
  for (const kind of RECORD_KIND_ORDER) {
    const schema = RECORD_KINDS[kind].schema as unknown as { safeParse(value: unknown): unknown };
    const original = schema.safeParse.bind(schema);
    schema.safeParse = (value: unknown) => {
      const t = performance.now();
      const result = original(value);
      const spent = performance.now() - t;
      zod.calls++;
      zod.ms += spent;
      if (isInCreateMany) createMany.zodMs += spent;
      return result;
    };
  }
  const wrap = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get(t, property, receiver) {
        const value: unknown = Reflect.get(t, property, receiver);
        if (typeof value !== 'function') return value;
        const fn = value as (...args: unknown[]) => Promise<unknown>;
        if (property === 'list') {
          return async (...args: unknown[]) => {
            const started = performance.now();
            try {
              return await fn.apply(t, args);
            } finally {
              existenceChecks.calls++;
              existenceChecks.ms += performance.now() - started;
            }
          };
        }
        if (property === 'createMany') {
          return async (...args: unknown[]) => {
            const started = performance.now();
            isInCreateMany = true;
            try {
              return await fn.apply(t, args);
            } finally {
              isInCreateMany = false;
              createMany.calls++;
              createMany.ms += performance.now() - started;
            }
          };
        }
        return fn.bind(t);
      },
    });
  const store: Store = {
    ...inner,
    reader: inner.reader,
    dialect: inner.dialect,
    close: () => inner.close(),
    run: (actor, work, options) => inner.run(actor, (tx) => work(wrap(tx)), options),
  };
  const started = performance.now();
  const report = await importFile(store, law, file);
  const ms = performance.now() - started;
  await inner.close();
  return {
    ms,
    records: report.total,
    zod,
    existenceChecks,
    createMany,
    otherMs: ms - existenceChecks.ms - createMany.ms,
  };
}
