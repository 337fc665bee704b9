import type { ErrorCode } from '../errors.ts';
import { recordPath } from './record-path.ts';

/** A successor named by a charge's handover step, waiting to be matched with the successor's origin. */
interface Awaited {
  from: string;
  /** The handing-over charge's index in `charges`, the step's in its lifecycle, the successor's in the step. */
  index: number;
  step: number;
  position: number;
}

/** The origin (`origin.from`) of a charge outside the window: null when it has none, undefined when unknown. */
export type OriginFn = (chargeId: string) => readonly string[] | null | undefined;

type Report = (code: ErrorCode, path: string, message: string) => void;

/**
 * A charge handed over to successors (reclassified, split, merged…) must be named in each successor's
 * `origin.from`. Checked as soon as both sides are seen, in whichever order they come: a handover waits for
 * its successor, and the origin of a charge is kept while the caller holds the charge in its window.
 */
export class LineageCheck {
  /** Origins of charges in the window (null: the charge has no origin). */
  private readonly origins = new Map<string, readonly string[] | null>();
  /** Handovers waiting for their successor, by the successor's id. */
  private readonly awaiting = new Map<string, Awaited[]>();

  constructor(private readonly report: Report) {}

  /** A charge, its origin and its handover steps. */
  charge(
    id: string,
    index: number,
    origin: readonly string[] | undefined,
    handovers: readonly { successors: readonly string[]; step: number }[] = [],
  ): void {
    this.origins.set(id, origin ?? null);
    for (const handover of this.awaiting.get(id) ?? []) this.match(id, origin ?? null, handover);
    this.awaiting.delete(id);
    for (const { successors, step } of handovers) {
      successors.forEach((successor, position) => {
        const handover = { from: id, index, step, position };
        const known = this.origins.get(successor);
        if (known !== undefined) this.match(successor, known, handover);
        else {
          const list = this.awaiting.get(successor);
          if (list) list.push(handover);
          else this.awaiting.set(successor, [handover]);
        }
      });
    }
  }

  /** Lets go of the origins of charges the caller no longer holds. */
  forget(ids: Iterable<string>): void {
    for (const id of ids) this.origins.delete(id);
  }

  /** Successors still waiting: charges outside the window, whose origins the caller looks up. */
  unmatched(): string[] {
    return [...this.awaiting.keys()];
  }

  /**
   * Matches what still waits with the origins `originOf` finds. A successor it does not find is left alone:
   * if it exists nowhere, the dangling-reference check reports it.
   */
  finish(originOf: OriginFn): void {
    for (const [successor, handovers] of this.awaiting) {
      const origin = originOf(successor);
      if (origin !== undefined) for (const h of handovers) this.match(successor, origin, h);
    }
    this.awaiting.clear();
  }

  private match(successor: string, origin: readonly string[] | null, h: Awaited): void {
    if (origin?.includes(h.from)) return;
    this.report(
      'validation.invalid',
      recordPath('charge', h.index, `.lifecycle[${h.step}].successors[${h.position}]`),
      `successor "${successor}" must name "${h.from}" in origin.from`,
    );
  }
}
