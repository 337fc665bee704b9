import type { Actor } from '../actor.ts';
import { computeCaseFacts, type CaseFacts } from '../facts/case-facts.ts';
import type { LegalKnowledge } from '../law/legal-knowledge.ts';
import type { RecordReader } from '../ports.ts';
import { getCaseFile } from './case.service.ts';

/** The facts of a case as of a day, computed from what the actor may see. */
export async function caseFacts(
  deps: { reader: RecordReader; law: LegalKnowledge },
  actor: Actor,
  caseId: string,
  asOf: string,
): Promise<CaseFacts> {
  const file = await getCaseFile(deps, actor, caseId);
  return computeCaseFacts(file, deps.law, asOf);
}
