import type { Day, Range } from '../dates/index.ts';
import { happenedBy, intersectRanges, periodDays, type Tri } from './fact-dates.ts';
import type { MeasureFact } from './measures.ts';

/**
 * Measures linked by 'changed' → successor, first to last. A change is one event: the day one measure ends is
 * the day the next begins, so a chain is contiguous even when each end is only known as a range.
 */
export function measureChains(facts: readonly MeasureFact[]): MeasureFact[][] {
  const byId = new Map(facts.map((m) => [m.id, m]));
  const chains: MeasureFact[][] = [];
  for (const first of facts.filter((m) => m.predecessor === undefined || !byId.has(m.predecessor))) {
    const chain = [first];
    const seen = new Set([first.id]);
    let next = first.successor !== undefined ? byId.get(first.successor) : undefined;
    while (next && !seen.has(next.id)) {
      chain.push(next);
      seen.add(next.id);
      next = next.successor !== undefined ? byId.get(next.successor) : undefined;
    }
    chains.push(chain);
  }
  return chains;
}

/** Whether some measure of the chain is in effect on the day: from the first start to the last end. */
export function chainInEffect(chain: readonly MeasureFact[], asOf: Day): Tri {
  const first = chain[0];
  const last = chain.at(-1);
  if (!first || !last) return 'no';
  const started = happenedBy(first.start, asOf);
  const ended: Tri = last.end ? happenedBy(last.end, asOf) : 'no';
  if (started === 'no' || ended === 'yes') return 'no';
  return started === 'yes' && ended === 'no' ? 'yes' : 'possibly';
}

/**
 * Days deprived of liberty, narrowed by chains: a run of custody then house arrest lasts as long as the run,
 * whatever the uncertain day of the change, so the run's own span bounds the sum of its parts.
 */
export function narrowByChains(sum: Range, facts: readonly MeasureFact[], asOf: Day): Range {
  let narrowed = sum;
  for (const chain of measureChains(facts.filter((m) => m.deprivesLiberty))) {
    const first = chain[0];
    const last = chain.at(-1);
    if (chain.length < 2 || !first || !last) continue;
    const span = periodDays(first.start, last.end, asOf);
    const others = facts.filter((m) => m.deprivesLiberty && !chain.includes(m));
    const rest = others.reduce((r, m) => ({ min: r.min + m.days.min, max: r.max + m.days.max }), {
      min: 0,
      max: 0,
    });
    const bound = { min: span.min + rest.min, max: span.max + rest.max };
    narrowed = intersectRanges(narrowed, bound) ?? narrowed;
  }
  return narrowed;
}
