import { openSession, type Session } from '../src/core/access/session.ts';
import { SYSTEM_ACTOR } from '../src/core/actor.ts';
import { loadCaseFile } from '../src/core/case/case-file.ts';
import { computeCaseFacts } from '../src/core/facts/case-facts.ts';
import type { LegalKnowledge } from '../src/core/law/legal-knowledge.ts';
import { loadLegalKnowledge } from '../src/store/law-files.ts';
import { sampleMemory, type MemoryPeak } from './memory.ts';
import { openTarget, type Target } from './target.ts';

/** The cost of facts: one case (median of many) and every case, streamed by pages. */
export interface FactsResult {
  asOf: string;
  one: { runs: number; medianMs: number; medianLoadMs: number; medianComputeMs: number; p95Ms: number };
  all: MemoryPeak & {
    cases: number;
    totalMs: number;
    perCaseMs: number;
    loadMs: number;
    computeMs: number;
    concurrency: number;
    pageSize: number;
    defendants: number;
    warnings: number;
  };
}

const PAGE = 500;

/** Loads a case file and computes its facts, timing each part. */
async function timeCase(reader: Session, law: LegalKnowledge, caseId: string, asOf: string) {
  const t0 = performance.now();
  const file = await loadCaseFile(reader, caseId);
  const t1 = performance.now();
  const facts = computeCaseFacts(file, law, asOf);
  const t2 = performance.now();
  return {
    loadMs: t1 - t0,
    computeMs: t2 - t1,
    defendants: facts.defendants.length,
    warnings: facts.warnings.length,
  };
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

/**
 * Facts of one case, 50 times over 50 cases spread across the database (after a warm-up), then the facts of
 * every case: ids read page by page, each case loaded and computed, `concurrency` cases in flight.
 */
export async function runFactsPhase(
  target: Target,
  options: { asOf: string; runs: number; concurrency: number; limit?: number },
): Promise<FactsResult> {
  const law = loadLegalKnowledge('data/law');
  const store = await openTarget(target);
  const reader = store.reader;
  const session = openSession(store, SYSTEM_ACTOR);
  try {
    const total = await reader.count('case');
    const pick = (i: number) =>
      `case:kz-${String(Math.floor(((i + 0.5) * total) / options.runs)).padStart(6, '0')}`;
    for (let i = 0; i < 5; i++) await timeCase(session, law, pick(i), options.asOf);
    const runs = [];
    for (let i = 0; i < options.runs; i++) runs.push(await timeCase(session, law, pick(i), options.asOf));
    const totals = runs.map((r) => r.loadMs + r.computeMs);
    const one = {
      runs: options.runs,
      medianMs: median(totals),
      medianLoadMs: median(runs.map((r) => r.loadMs)),
      medianComputeMs: median(runs.map((r) => r.computeMs)),
      p95Ms: quantile(totals, 0.95),
    };

    const memory = sampleMemory();
    const started = performance.now();
    let cases = 0;
    let loadMs = 0;
    let computeMs = 0;
    let defendants = 0;
    let warnings = 0;
    let after: string | undefined;
    const limit = options.limit ?? Infinity;
    while (cases < limit) {
      const page = await reader.list('case', { limit: PAGE, ...(after !== undefined ? { after } : {}) });
      if (page.length === 0) break;
      after = page[page.length - 1]?.id;
      const ids = page.map((c) => c.id).slice(0, limit - cases);
      for (let i = 0; i < ids.length; i += options.concurrency) {
        const done = await Promise.all(
          ids.slice(i, i + options.concurrency).map((id) => timeCase(session, law, id, options.asOf)),
        );
        for (const r of done) {
          loadMs += r.loadMs;
          computeMs += r.computeMs;
          defendants += r.defendants;
          warnings += r.warnings;
        }
      }
      cases += ids.length;
    }
    const totalMs = performance.now() - started;
    const peak = memory.stop();
    return {
      asOf: options.asOf,
      one,
      all: {
        cases,
        totalMs,
        perCaseMs: totalMs / cases,
        loadMs,
        computeMs,
        concurrency: options.concurrency,
        pageSize: PAGE,
        defendants,
        warnings,
        ...peak,
      },
    };
  } finally {
    await store.close();
  }
}
