import { runApiPhase, runServerMemoryPhase } from './phase-api.ts';
import { runBreakdownPhase } from './phase-breakdown.ts';
import { runFactsPhase } from './phase-facts.ts';
import { runImportPhase } from './phase-import.ts';
import { runRawPhase } from './phase-raw.ts';
import { runSearchPhase, type SearchPhaseRequest } from './search/phase-search.ts';
import type { Target } from './target.ts';

/** One measured phase, run in its own process so its peak memory is its own. */
export type PhaseRequest =
  | { phase: 'import'; target: Target; file: string }
  | { phase: 'breakdown'; target: Target; file: string }
  | { phase: 'raw'; source: Target; target: Target }
  | { phase: 'facts'; target: Target; asOf: string; runs: number; concurrency: number; limit?: number }
  | { phase: 'api'; target: Target; caseId: string; clients: number; seconds: number }
  | { phase: 'server-memory'; target: Target; pages: number; every: number; clients: number }
  | SearchPhaseRequest;

async function run(request: PhaseRequest): Promise<unknown> {
  switch (request.phase) {
    case 'import':
      return runImportPhase(request.target, request.file);
    case 'breakdown':
      return runBreakdownPhase(request.target, request.file);
    case 'raw':
      return runRawPhase(request.source, request.target);
    case 'facts':
      return runFactsPhase(request.target, request);
    case 'api':
      return runApiPhase(request.target, request);
    case 'server-memory':
      return runServerMemoryPhase(request.target, request);
    case 'search':
      return runSearchPhase(request);
  }
}

const request = JSON.parse(process.argv[2] ?? '{}') as PhaseRequest;
process.stdout.write(JSON.stringify(await run(request)) + '\n');
