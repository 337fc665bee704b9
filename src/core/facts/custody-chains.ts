import type { LegalKnowledge } from '../law/legal-knowledge.ts';
import type { Day } from '../dates/index.ts';
import type { ChargeHistory, ChargeStepFact } from './charge-history.ts';
import type { DatedBounds } from './fact-dates.ts';
import type { MeasureFact } from './measures.ts';

/** Chains of custodial measures that follow one another (a 'changed' step to a custodial successor). */
export function custodyChains(
  measures: readonly MeasureFact[],
  isPreTrialCustody: (m: MeasureFact) => boolean,
): MeasureFact[][] {
  const custodial = measures.filter(isPreTrialCustody);
  const byId = new Map(custodial.map((m) => [m.id, m]));
  const chains: MeasureFact[][] = [];
  for (const m of custodial) {
    if (m.predecessor && byId.has(m.predecessor)) continue;
    const chain = [m];
    let next = m.successor ? byId.get(m.successor) : undefined;
    while (next && !chain.includes(next)) {
      chain.push(next);
      next = next.successor ? byId.get(next.successor) : undefined;
    }
    chains.push(chain);
  }
  return chains;
}

/** The gravest gravity among charges pending while custody ran (a charge with no part counts at its gravest part). */
export function gravestCharge(
  charges: readonly ChargeHistory[],
  law: LegalKnowledge,
  jurisdiction: string,
  start: DatedBounds,
  end: DatedBounds | undefined,
  onDate: Day,
): { rank?: number; key?: string } {
  let best: { rank?: number; key?: string } = {};
  for (const c of charges) {
    if (!c.brought || !c.lawDate || (c.end && c.end.latest < start.earliest)) continue;
    if (end && c.brought.earliest > end.latest) continue; // brought only after the custody ended
    for (const part of law.articleParts(c.ref, c.lawDate)) {
      if (part.gravity === undefined) continue; // not in the law data: it opens no tier
      const rank = part.gravityRank ?? law.gravity(jurisdiction, part.gravity, onDate)?.rank;
      if (rank !== undefined && (best.rank === undefined || rank > best.rank))
        best = { rank, key: part.gravity };
    }
  }
  return best;
}

/**
 * The day the investigation of every charge pending during the custody was over: each was sent to court or
 * ended, and at least one was sent. Undefined while any charge is still under investigation.
 */
export function sentToCourt(
  charges: readonly ChargeHistory[],
  start: DatedBounds,
  end: DatedBounds | undefined,
): ChargeStepFact | undefined {
  const pending = charges.filter(
    (c) =>
      c.brought && (!end || c.brought.earliest <= end.latest) && !(c.end && c.end.latest < start.earliest),
  );
  let latest: ChargeStepFact | undefined;
  let isAnySent = false;
  for (const c of pending) {
    const counted = c.steps.filter((s) => s.happened !== 'no');
    const sent = counted.find((s) => s.kind === 'sent_to_court');
    const over = sent ?? c.end;
    if (!over) return undefined;
    isAnySent ||= sent !== undefined;
    if (!latest || over.earliest > latest.earliest) latest = over;
  }
  return isAnySent ? latest : undefined;
}
