import { z } from 'zod';
import { assertAllowed } from '../access/policy.ts';
import type { Session } from '../access/session.ts';
import { IdSchema, TextSchema } from '../common/schemas.ts';
import { parseOrThrow } from '../common/zod-issues.ts';
import { DomainError } from '../errors.ts';
import type { Stored } from '../ports.ts';
import { createIn, parseRecord, readable, released, updateIn } from '../record/record.service.ts';
import type { MeasureStep } from './measure.ts';

/** Which measure the new one replaces, and a note for the step that says so. */
export const MeasureChangeSchema = z.object({ from: IdSchema, note: TextSchema.optional() }).strict();
export type MeasureChange = z.infer<typeof MeasureChangeSchema>;

/** What a change of measure writes: the new measure, and the one it replaces with its "changed" step. */
export interface ChangedMeasure {
  measure: Stored<'measure'>;
  /** The measure replaced; as it was when its step already named the new one. */
  predecessor: Stored<'measure'>;
}

/**
 * Creates a measure that replaces another (custody changed to house arrest) and records the change on the one
 * replaced, in the same unit of work: a "changed" step on the day the new one was ordered, naming it as its
 * successor, with the ordering step's authority and sources. A "changed" step that names no successor yet (one
 * of that day first) gets this one; a step already naming it is left as it is. Both are of one case and person.
 */
export async function changeMeasure(
  session: Session,
  input: unknown,
  changeInput: unknown,
  options: { reason?: string } = {},
): Promise<ChangedMeasure> {
  assertAllowed(session.actor, 'write');
  const measure = parseRecord('measure', input);
  const change = parseOrThrow(MeasureChangeSchema, changeInput);
  const ordered = measure.steps[0];
  if (ordered?.kind !== 'ordered')
    throw new DomainError(
      'validation.invalid',
      `measure ${measure.id} must begin with the step that ordered it`,
      [{ code: 'validation.invalid', path: '$.steps[0].kind', message: 'expected "ordered"' }],
    );
  const written = await session.write(async (tx) => {
    const before = await readable(session, tx, 'measure', change.from);
    const mismatch = (['case', 'person'] as const).filter((key) => before.data[key] !== measure[key]);
    if (mismatch.length > 0)
      throw new DomainError(
        'validation.invalid',
        `measure ${change.from} is of another ${mismatch.join(' and ')}: a measure replaces one of its own case and person`,
        mismatch.map((key) => ({
          code: 'validation.invalid',
          path: `$.${key}`,
          message: `not the ${key} of ${change.from}`,
        })),
      );
    const step: MeasureStep = {
      kind: 'changed',
      date: ordered.date,
      successor: measure.id,
      sources: ordered.sources,
      ...(ordered.authority !== undefined ? { authority: ordered.authority } : {}),
      ...(change.note !== undefined ? { note: change.note } : {}),
    };
    const created = await createIn(session, tx, 'measure', measure);
    const steps = changedTo(before.data.steps, step);
    const predecessor =
      steps === before.data.steps
        ? before
        : await updateIn(session, tx, 'measure', before, (seen) => ({ ...seen, steps }));
    return { measure: created, predecessor };
  }, options);
  return {
    measure: await released(session, written.measure),
    predecessor: await released(session, written.predecessor),
  };
}

/**
 * Steps with the change to `step.successor` recorded: as they were when a step names it already; a "changed"
 * step that names none given it (one of the same day first, its own date kept); else the step appended.
 */
export function changedTo(steps: MeasureStep[], step: MeasureStep): MeasureStep[] {
  if (steps.some((s) => s.successor === step.successor)) return steps;
  const open = (s: MeasureStep) => s.kind === 'changed' && s.successor === undefined;
  const sameDay = steps.findIndex((s) => open(s) && s.date === step.date);
  const same = sameDay >= 0 ? sameDay : steps.findLastIndex(open);
  if (same < 0) return [...steps, step];
  return steps.map((s, i) => (i === same ? { ...s, successor: step.successor } : s));
}
