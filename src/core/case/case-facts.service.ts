import type { Session } from '../access/session.ts';
import type { CaseFacts } from '../facts/case-facts.ts';
import { computeCaseFactsWithDisputes } from '../facts/disputed.ts';
import type { LegalKnowledge } from '../law/legal-knowledge.ts';
import type { Clock } from '../ports.ts';
import { localDay, type Day } from '../dates/day.ts';
import { getCaseFile } from './case.service.ts';

/**
 * The facts of a case as of a day, computed from what the session's actor may see, never certain where
 * something withheld from them could change them, and spanning the accounts of its disputed values. Without a
 * day, as of today in the case's jurisdiction (its time zone from the law data; UTC when the jurisdiction is not
 * known).
 */
export async function caseFacts(
  deps: { session: Session; law: LegalKnowledge; clock: Clock },
  caseId: string,
  asOf?: Day,
): Promise<CaseFacts> {
  const file = await getCaseFile(deps.session, caseId);
  const jurisdiction = file.case.jurisdiction;
  const timeZone = deps.law.timeZoneOf(jurisdiction);
  if (asOf !== undefined) return computeCaseFactsWithDisputes(file, deps.law, asOf);
  const today = computeCaseFactsWithDisputes(file, deps.law, localDay(deps.clock.now(), timeZone));
  return { ...today, asOfChosen: { basis: 'today', timeZone } };
}
