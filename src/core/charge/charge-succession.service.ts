import { z } from 'zod';
import { assertAllowed } from '../access/policy.ts';
import type { Session } from '../access/session.ts';
import { IdSchema, SourcesSchema, TextSchema } from '../common/schemas.ts';
import { PartialDateSchema } from '../dates/partial-date.ts';
import { parseOrThrow } from '../common/zod-issues.ts';
import { DomainError } from '../errors.ts';
import type { Stored } from '../ports.ts';
import { createIn, parseRecord, readable, released, updateIn } from '../record/record.service.ts';
import { originsWithPaths, type ChargeOrigin, type ChargeStep, type ChargeStepKind } from './charge.ts';

/** The step that hands a charge on, for each origin a successor names. A charge brought again names none. */
const HANDOVER_OF: Record<ChargeOrigin['kind'], ChargeStepKind | undefined> = {
  reclassification: 'reclassified',
  merger: 'merged',
  split: 'split',
  rebrought: undefined,
};

/**
 * What the step handing the earlier charges over says, where it differs from the new charge's first step: its
 * date, who took it, the decision, a note and its sources. Left out (sources: none given), each is the first
 * step's.
 */
export const HandoverSchema = z
  .object({
    date: PartialDateSchema.optional(),
    authority: IdSchema.optional(),
    decision: IdSchema.optional(),
    note: TextSchema.optional(),
    sources: SourcesSchema.optional(),
  })
  .strict();
export type Handover = z.infer<typeof HandoverSchema>;

/** What a succession writes: the charge after, and what its handover step says. */
export interface Succession {
  charge: Stored<'charge'>;
  /** The earlier charges, each with its handover step added (those that had it already are left as they were). */
  predecessors: Stored<'charge'>[];
}

/**
 * Creates a charge that succeeds others (reclassified from, merged from, split off) and records the handover on
 * each of them in the same unit of work: a "reclassified" (or "merged", "split") step naming the new charge,
 * dated as the new charge was brought unless the handover says otherwise. Both sides of the lineage are written
 * together or not at all. An earlier charge already handing over to this one is left as it is; one handed over
 * on the same day by a step of the same kind (a charge split in two) has the new charge added to that step.
 * A charge brought again after another was dropped is created as it is: the drop is its own step.
 */
export async function createSuccessor(
  session: Session,
  input: unknown,
  handoverInput: unknown = {},
  options: { reason?: string } = {},
): Promise<Succession> {
  assertAllowed(session.actor, 'write');
  const charge = parseRecord('charge', input);
  const handover = parseOrThrow(HandoverSchema, handoverInput);
  const origins = originsWithPaths(charge).filter((o) => HANDOVER_OF[o.kind] !== undefined);
  if (origins.length === 0)
    throw new DomainError(
      'validation.invalid',
      `charge ${charge.id} succeeds no charge: its origin must be a reclassification, a merger or a split`,
      [
        {
          code: 'validation.invalid',
          path: '$.origin',
          message: 'expected an origin that hands a charge on',
        },
      ],
    );
  const first = charge.lifecycle[0];
  const date = handover.date ?? first?.date;
  if (date === undefined)
    throw new DomainError('validation.invalid', 'the handover needs a date', [
      { code: 'validation.invalid', path: '$.lifecycle[0].date', message: 'required' },
    ]);
  const written = await session.write(async (tx) => {
    const handovers: { before: Stored<'charge'>; lifecycle: ChargeStep[] }[] = [];
    for (const origin of origins)
      for (const [i, id] of origin.from.entries()) {
        const before = await readable(session, tx, 'charge', id).catch((error: unknown) => {
          if (!(error instanceof DomainError) || error.code !== 'record.not_found') throw error;
          const path = `$${origin.path}.from[${i}]`;
          throw DomainError.fromIssues('reference.dangling', [
            { code: 'reference.dangling', path, message: `"${id}" refers to no charge` },
          ]);
        });
        if (before.data.case !== charge.case)
          throw new DomainError(
            'validation.invalid',
            `charge ${id} is of case ${before.data.case}, not of ${charge.case}: a charge succeeds charges of its own case`,
            [{ code: 'validation.invalid', path: `$${origin.path}.from[${i}]`, message: 'of another case' }],
          );
        const step: ChargeStep = {
          kind: HANDOVER_OF[origin.kind] as ChargeStepKind,
          date,
          sources: handover.sources?.length ? handover.sources : (first?.sources ?? []),
          ...optional('authority', handover.authority ?? first?.authority),
          ...optional('decision', handover.decision ?? first?.decision),
          ...optional('note', handover.note),
        };
        const lifecycle = handedOver(before.data.lifecycle, step, charge.id);
        if (lifecycle !== before.data.lifecycle) handovers.push({ before, lifecycle });
      }
    // The new charge first: the steps handing over to it name it.
    const created = await createIn(session, tx, 'charge', charge);
    const predecessors: Stored<'charge'>[] = [];
    for (const { before, lifecycle } of handovers)
      predecessors.push(await updateIn(session, tx, 'charge', before, (seen) => ({ ...seen, lifecycle })));
    return { charge: created, predecessors };
  }, options);
  return {
    charge: await released(session, written.charge),
    predecessors: await Promise.all(written.predecessors.map((p) => released(session, p))),
  };
}

/**
 * A lifecycle with the handover to `successor` recorded: as it was when a step already names it; the successor
 * added to a step of the same kind on the same date; else the step appended.
 */
export function handedOver(lifecycle: ChargeStep[], step: ChargeStep, successor: string): ChargeStep[] {
  if (lifecycle.some((s) => s.successors?.includes(successor))) return lifecycle;
  const same = lifecycle.findIndex((s) => s.kind === step.kind && s.date === step.date);
  if (same < 0) return [...lifecycle, { ...step, successors: [successor] }];
  return lifecycle.map((s, i) =>
    i === same ? { ...s, successors: [...(s.successors ?? []), successor] } : s,
  );
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
