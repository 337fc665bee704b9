import { assertAllowed } from '../access/policy.ts';
import type { Session } from '../access/session.ts';
import { DomainError } from '../errors.ts';
import type { RecordWriter, Stored } from '../ports.ts';
import { parseRecord, readable, released, updateIn } from '../record/record.service.ts';
import { HANDOVER_STEPS, originsOf, type ChargeStep } from './charge.ts';

/** What an edit of a charge wrote: the charge, and the charges dated anew with it. */
export interface ChargeEdit {
  charge: Stored<'charge'>;
  /** The charges on the other side of a handover whose date moved with it. */
  alsoDated: Stored<'charge'>[];
}

/** A date that moved: a handover step's, or a successor's first step's. */
interface Moved {
  from: string;
  to: string;
}

/**
 * Edits a charge at `expectedVersion`, and keeps the two records of one act in step: a reclassification (a merger,
 * a split) is the day the charge after it was brought. When the edit moves the date of a step handing the charge
 * over, each successor still brought on the old date is brought on the new one; when it moves the first step of a
 * charge that comes from others by a handover, each of their steps handing over to it, still on the old date, moves
 * with it. A date that differed before is the record's to keep, and is left as it is, as is a charge the writer may
 * not read. Everything is written in one unit of work, or nothing.
 */
export async function updateCharge(
  session: Session,
  input: unknown,
  expectedVersion: number,
  options: { reason?: string } = {},
): Promise<ChargeEdit> {
  assertAllowed(session.actor, 'write');
  const given = parseRecord('charge', input);
  const written = await session.write(async (tx) => {
    const before = await readable(session, tx, 'charge', given.id);
    const charge = await updateIn(session, tx, 'charge', before, () => given, expectedVersion);
    const alsoDated: Stored<'charge'>[] = [];
    if (charge === before) return { charge, alsoDated };
    for (const [successor, moved] of movedHandovers(before.data.lifecycle, charge.data.lifecycle)) {
      const next = await moveFirstStep(session, tx, successor, charge.id, moved);
      if (next !== undefined) alsoDated.push(next);
    }
    const firstFrom = before.data.lifecycle[0]?.date;
    const firstTo = charge.data.lifecycle[0]?.date;
    if (firstFrom !== undefined && firstTo !== undefined && firstFrom !== firstTo)
      for (const origin of originsOf(charge.data).filter((o) => o.kind !== 'rebrought'))
        for (const predecessor of origin.from) {
          const next = await moveHandover(session, tx, predecessor, charge.id, {
            from: firstFrom,
            to: firstTo,
          });
          if (next !== undefined) alsoDated.push(next);
        }
    return { charge, alsoDated };
  }, options);
  return {
    charge: await released(session, written.charge),
    alsoDated: await Promise.all(written.alsoDated.map((c) => released(session, c))),
  };
}

/** Each successor whose handover step moved, with its old and new dates (a step matched by kind and successor). */
function movedHandovers(before: readonly ChargeStep[], after: readonly ChargeStep[]): Map<string, Moved> {
  const moved = new Map<string, Moved>();
  for (const old of before.filter((s) => HANDOVER_STEPS.has(s.kind)))
    for (const successor of old.successors ?? []) {
      const now = after.find((s) => s.kind === old.kind && (s.successors ?? []).includes(successor));
      if (now !== undefined && now.date !== old.date) moved.set(successor, { from: old.date, to: now.date });
    }
  return moved;
}

/** A charge the writer may read, or undefined for one they may not (or that is gone). */
async function readableCharge(
  session: Session,
  tx: RecordWriter,
  id: string,
): Promise<Stored<'charge'> | undefined> {
  try {
    return await readable(session, tx, 'charge', id);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'record.not_found') return undefined;
    throw error;
  }
}

/** Brings `id` on the handover's new date, if it comes from `predecessor` and was brought on the old one. */
async function moveFirstStep(
  session: Session,
  tx: RecordWriter,
  id: string,
  predecessor: string,
  moved: Moved,
): Promise<Stored<'charge'> | undefined> {
  const successor = await readableCharge(session, tx, id);
  if (successor === undefined) return undefined;
  const comes = originsOf(successor.data).some((o) => o.kind !== 'rebrought' && o.from.includes(predecessor));
  if (!comes || successor.data.lifecycle[0]?.date !== moved.from) return undefined;
  return updateIn(session, tx, 'charge', successor, (seen) => ({
    ...seen,
    lifecycle: seen.lifecycle.map((s, i) => (i === 0 ? { ...s, date: moved.to } : s)),
  }));
}

/** Moves the step of `id` handing over to `successor` to the new date, if it was on the old one. */
async function moveHandover(
  session: Session,
  tx: RecordWriter,
  id: string,
  successor: string,
  moved: Moved,
): Promise<Stored<'charge'> | undefined> {
  const predecessor = await readableCharge(session, tx, id);
  if (predecessor === undefined) return undefined;
  // A step handing over to several charges (a split) is theirs together: one of them moving does not move it.
  const hands = (s: ChargeStep) =>
    HANDOVER_STEPS.has(s.kind) &&
    s.successors?.length === 1 &&
    s.successors[0] === successor &&
    s.date === moved.from;
  if (!predecessor.data.lifecycle.some(hands)) return undefined;
  return updateIn(session, tx, 'charge', predecessor, (seen) => ({
    ...seen,
    lifecycle: seen.lifecycle.map((s) => (hands(s) ? { ...s, date: moved.to } : s)),
  }));
}
