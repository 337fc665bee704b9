import type { Charge } from '../charge/charge.ts';
import { opt } from '../common/opt.ts';
import type { Decision } from '../decision/decision.ts';
import type { Hearing } from '../hearing/hearing.ts';
import type { Measure } from '../measure/measure.ts';
import type { RecordKind, RecordOf } from '../record/record-kinds.ts';
import type { Case } from './case.ts';

/**
 * What the checks read of each record: its dates, and what ties them together. A whole record is one; an import
 * keeps only these (`conflictSlice`), so it need not read its cases back to check them.
 */
export interface ConflictCase {
  id: string;
  participants: readonly Pick<Case['participants'][number], 'person' | 'role'>[];
  releases?:
    readonly Pick<NonNullable<Case['releases']>[number], 'person' | 'date' | 'decision'>[] | undefined;
}
export interface ConflictCharge {
  id: string;
  lifecycle: readonly Pick<Charge['lifecycle'][number], 'kind' | 'date' | 'decision'>[];
}
export interface ConflictMeasure {
  id: string;
  person: string;
  kind: string;
  steps: readonly Pick<Measure['steps'][number], 'kind' | 'date'>[];
}
export type ConflictHearing = Pick<Hearing, 'id' | 'kind' | 'status' | 'date' | 'decision'>;
export interface ConflictDecision extends Pick<
  Decision,
  'id' | 'kind' | 'defendant' | 'date' | 'enteredIntoForce' | 'reviews'
> {
  outcomes: readonly Pick<Decision['outcomes'][number], 'charge'>[];
}

/** The records the checks read: those of a case file that carry its procedural dates. */
export interface ConflictInput {
  case: ConflictCase & { jurisdiction?: string };
  charges: readonly ConflictCharge[];
  measures: readonly ConflictMeasure[];
  hearings: readonly ConflictHearing[];
  decisions: readonly ConflictDecision[];
}

/** The kinds whose records the checks read. */
export type ConflictKind = 'case' | 'charge' | 'measure' | 'hearing' | 'decision';
const CONFLICT_KINDS: ReadonlySet<string> = new Set<ConflictKind>([
  'case',
  'charge',
  'measure',
  'hearing',
  'decision',
]);

/** One record as the checks read it, with the case it belongs to. */
export type ConflictSlice =
  | { kind: 'case'; case: string; jurisdiction: string; record: ConflictCase }
  | { kind: 'charge'; case: string; record: ConflictCharge }
  | { kind: 'measure'; case: string; record: ConflictMeasure }
  | { kind: 'hearing'; case: string; record: ConflictHearing }
  | { kind: 'decision'; case: string; record: ConflictDecision };

/**
 * What the checks read of a valid record, and nothing else (no sources, notes or quotes): small enough that an
 * import can keep it for every record of the cases it writes. Undefined for the kinds the checks do not read.
 */
export function conflictSlice(kind: RecordKind, record: RecordOf<RecordKind>): ConflictSlice | undefined {
  if (!CONFLICT_KINDS.has(kind)) return undefined;
  switch (kind) {
    case 'case': {
      const c = record as Case;
      const releases = c.releases?.map((r) => ({
        person: r.person,
        date: r.date,
        ...opt('decision', r.decision),
      }));
      return {
        kind: 'case',
        case: c.id,
        jurisdiction: c.jurisdiction,
        record: {
          id: c.id,
          participants: c.participants.map((p) => ({ person: p.person, role: p.role })),
          ...opt('releases', releases),
        },
      };
    }
    case 'charge': {
      const c = record as Charge;
      const lifecycle = c.lifecycle.map((s) => ({
        kind: s.kind,
        date: s.date,
        ...opt('decision', s.decision),
      }));
      return { kind: 'charge', case: c.case, record: { id: c.id, lifecycle } };
    }
    case 'measure': {
      const m = record as Measure;
      const steps = m.steps.map((s) => ({ kind: s.kind, date: s.date }));
      return { kind: 'measure', case: m.case, record: { id: m.id, person: m.person, kind: m.kind, steps } };
    }
    case 'hearing': {
      const h = record as Hearing;
      const record_: ConflictHearing = {
        id: h.id,
        kind: h.kind,
        status: h.status,
        date: h.date,
        ...opt('decision', h.decision),
      };
      return { kind: 'hearing', case: h.case, record: record_ };
    }
    default: {
      const d = record as Decision;
      return {
        kind: 'decision',
        case: d.case,
        record: {
          id: d.id,
          kind: d.kind,
          defendant: d.defendant,
          date: d.date,
          ...opt('enteredIntoForce', d.enteredIntoForce),
          ...opt('reviews', d.reviews),
          outcomes: d.outcomes.map((o) => ({ charge: o.charge })),
        },
      };
    }
  }
}
