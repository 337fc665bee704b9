import { addDays, addDuration, type Day } from '../dates/index.ts';
import { triAnd, triOr, type DatedBounds, type Tri } from './fact-dates.ts';
import type { MeasureFact, MeasureStepFact } from './measures.ts';

/** The last day a step let the measure run: its plannedEnd, else its term counted from the order's date. */
function deadline(step: MeasureStepFact, start: DatedBounds): { earliest: Day; latest: Day } | undefined {
  if (step.plannedEnd) return step.plannedEnd;
  if (!step.term) return undefined;
  return {
    earliest: addDays(addDuration(start.earliest, step.term), -1),
    latest: addDays(addDuration(start.latest, step.term), -1),
  };
}

/**
 * Whether the measure ran past a planned end with no 'extended' step by then: for each deadline set by an
 * 'ordered' or 'extended' step, the measure was still in effect the day after it and the next extension
 * came (certainly or possibly) later. Terms of 'extended' steps count from the order's date (a total term).
 */
export function plannedEndOverrun(m: MeasureFact, asOf: Day): Tri {
  const cap = addDays(asOf, 1);
  const endEarliest = m.end && m.end.earliest < cap ? m.end.earliest : cap;
  const endLatest = m.end && m.end.latest < cap ? m.end.latest : cap;
  const counted = m.steps.filter((s) => s.happened !== 'no');
  let result: Tri = 'no';
  counted.forEach((step, i) => {
    if (step.kind !== 'ordered' && step.kind !== 'extended') return;
    const p = deadline(step, m.start);
    if (!p) return;
    const dayAfterEarliest = addDays(p.earliest, 1);
    const dayAfterLatest = addDays(p.latest, 1);
    const ranPast: Tri =
      endEarliest > dayAfterLatest ? 'yes' : endLatest <= dayAfterEarliest ? 'no' : 'possibly';
    const next = counted.slice(i + 1).find((s) => s.kind === 'extended');
    const isLate: Tri = !next
      ? 'yes'
      : next.latest <= p.earliest
        ? 'no'
        : next.earliest > p.latest
          ? 'yes'
          : 'possibly';
    result = triOr(result, triAnd(ranPast, isLate));
  });
  return result;
}
