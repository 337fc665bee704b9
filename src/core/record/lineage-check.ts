import type { ErrorCode } from '../errors.ts';
import { recordPath } from './record-path.ts';

/** Where a charge comes from, as the checks see it. */
export interface OriginLink {
  kind: 'reclassification' | 'rebrought' | 'merger' | 'split';
  from: readonly string[];
  /** Where it sits in the charge: '.origin', or '.origin[1]' when the charge has a list of origins. */
  path?: string;
}

/** A step that hands a charge over to successors ('reclassified', 'merged', 'split'), and its place. */
export interface HandoverLink {
  kind: string;
  successors: readonly string[];
  step: number;
}

/** What the checks need of a charge outside the window: its origins (none: []) and its handover steps. */
export interface StoredLineage {
  origins: readonly OriginLink[];
  handovers: readonly Omit<HandoverLink, 'step'>[];
}

/** The lineage of a charge outside the window, looked up by the caller; undefined when there is no such charge. */
export type LineageFn = (chargeId: string) => StoredLineage | undefined;

/** The step an origin kind answers to on the charge it comes from; a re-brought charge follows a dropped one. */
const STEP_OF_ORIGIN: Record<OriginLink['kind'], string | undefined> = {
  reclassification: 'reclassified',
  merger: 'merged',
  split: 'split',
  rebrought: undefined,
};

/** A handover waiting for its successor's origin. */
interface AwaitedSuccessor {
  from: string;
  /** The handing-over charge's index in `charges`, the step's in its lifecycle, the successor's in the step. */
  index: number;
  step: number;
  position: number;
}

/** An origin waiting for the handover steps of the charge it names. */
interface AwaitedPredecessor {
  successor: string;
  /** The successor's index in `charges`, its origin's kind and place, and the predecessor's place in `from`. */
  index: number;
  kind: OriginLink['kind'];
  path: string;
  position: number;
}

/** Reports an issue in the charge with the id given. */
type Report = (code: ErrorCode, path: string, message: string, chargeId: string) => void;

/**
 * Charge lineage must agree from both ends. A charge handed over to successors (reclassified, split, merged) is
 * named in each successor's `origin.from`; a charge that comes from others by reclassification, merger or split
 * is named by each of them in a step of the matching kind. Checked as soon as both sides are seen, in whichever
 * order they come; what the caller no longer holds is looked up at the end.
 */
export class LineageCheck {
  /** Origins and handovers of charges in the window. */
  private readonly known = new Map<string, StoredLineage>();
  /** Handovers waiting for their successor, by the successor's id. */
  private readonly awaitingSuccessors = new Map<string, AwaitedSuccessor[]>();
  /** Origins waiting for the charge they come from, by its id. */
  private readonly awaitingPredecessors = new Map<string, AwaitedPredecessor[]>();

  constructor(private readonly report: Report) {}

  /** A charge at `index` of `charges`, its origins and its handover steps. */
  charge(
    id: string,
    index: number,
    origins: readonly OriginLink[] = [],
    handovers: readonly HandoverLink[] = [],
  ): void {
    const lineage: StoredLineage = { origins, handovers };
    this.known.set(id, lineage);
    for (const h of this.awaitingSuccessors.get(id) ?? []) this.matchSuccessor(id, lineage.origins, h);
    this.awaitingSuccessors.delete(id);
    for (const w of this.awaitingPredecessors.get(id) ?? []) this.matchPredecessor(id, handovers, w);
    this.awaitingPredecessors.delete(id);
    for (const { successors, step } of handovers) {
      successors.forEach((successor, position) => {
        const handover = { from: id, index, step, position };
        const other = this.known.get(successor);
        if (other) this.matchSuccessor(successor, other.origins, handover);
        else push(this.awaitingSuccessors, successor, handover);
      });
    }
    for (const origin of origins) {
      if (STEP_OF_ORIGIN[origin.kind] === undefined) continue;
      origin.from.forEach((predecessor, position) => {
        const path = origin.path ?? '.origin';
        const waiter = { successor: id, index, kind: origin.kind, path, position };
        const other = this.known.get(predecessor);
        if (other) this.matchPredecessor(predecessor, other.handovers, waiter);
        else push(this.awaitingPredecessors, predecessor, waiter);
      });
    }
  }

  /** Lets go of charges the caller no longer holds. */
  forget(ids: Iterable<string>): void {
    for (const id of ids) this.known.delete(id);
  }

  /** Charges still waited for, outside the window: the caller looks up their lineage. */
  unmatched(): string[] {
    return [...new Set([...this.awaitingSuccessors.keys(), ...this.awaitingPredecessors.keys()])];
  }

  /**
   * Matches what still waits with the lineage `lineageOf` finds. A charge it does not find is left alone: if it
   * exists nowhere, the dangling-reference check reports it.
   */
  finish(lineageOf: LineageFn): void {
    for (const [successor, handovers] of this.awaitingSuccessors) {
      const found = lineageOf(successor);
      if (found) for (const h of handovers) this.matchSuccessor(successor, found.origins, h);
    }
    for (const [predecessor, waiters] of this.awaitingPredecessors) {
      const found = lineageOf(predecessor);
      if (found) for (const w of waiters) this.matchPredecessor(predecessor, found.handovers, w);
    }
    this.awaitingSuccessors.clear();
    this.awaitingPredecessors.clear();
  }

  private matchSuccessor(successor: string, origins: readonly OriginLink[], h: AwaitedSuccessor): void {
    if (origins.some((o) => o.from.includes(h.from))) return;
    this.report(
      'validation.invalid',
      recordPath('charge', h.index, `.lifecycle[${h.step}].successors[${h.position}]`),
      `successor "${successor}" must name "${h.from}" in origin.from`,
      h.from,
    );
  }

  private matchPredecessor(
    predecessor: string,
    handovers: StoredLineage['handovers'],
    w: AwaitedPredecessor,
  ): void {
    const expected = STEP_OF_ORIGIN[w.kind];
    const naming = handovers.filter((h) => h.successors.includes(w.successor));
    if (naming.some((h) => h.kind === expected)) return;
    const other = naming[0];
    if (other)
      this.report(
        'validation.invalid',
        recordPath('charge', w.index, `${w.path}.kind`),
        `a "${w.kind}" origin needs a "${expected}" step on "${predecessor}", which hands this charge over in a "${other.kind}" step`,
        w.successor,
      );
    else
      this.report(
        'validation.invalid',
        recordPath('charge', w.index, `${w.path}.from[${w.position}]`),
        `"${predecessor}" has no "${expected}" step naming "${w.successor}" among its successors`,
        w.successor,
      );
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
