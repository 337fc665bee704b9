import type { Case } from '../case/case.ts';
import {
  HANDOVER_STEPS,
  TERMINAL_STEPS,
  originsWithPaths,
  type Charge,
  type ChargeStepKind,
} from '../charge/charge.ts';

/** Steps that may follow a conviction: an amnesty, or a release from liability, applied to it. */
const AFTER_CONVICTION: ReadonlySet<ChargeStepKind> = new Set(['amnestied', 'released_from_liability']);
import type { Period } from '../common/schemas.ts';
import { isCertainlyBefore, type PartialDate } from '../dates/partial-date.ts';
import type { Decision } from '../decision/decision.ts';
import type { ErrorCode } from '../errors.ts';
import type { Event } from '../event/event.ts';
import type { Hearing } from '../hearing/hearing.ts';
import type { Measure } from '../measure/measure.ts';
import type { Organisation } from '../organisation/organisation.ts';
import type { Person } from '../person/person.ts';
import type { AnyRecord, RecordKind } from './record-kinds.ts';
import { checkDisputes } from './dispute-check.ts';
import type { HandoverLink } from './lineage-check.ts';
import { recordPath } from './record-path.ts';

/** Where the rules report a problem: its code, JSON path and message. */
export type Report = (code: ErrorCode, path: string, message: string) => void;

/** The message for a date certainly before one it must follow (partial dates fail only when no reading fits). */
export function orderMessage(what: string, later: PartialDate, than: string, earlier: PartialDate): string {
  return `${what} (${later}) is before ${than} (${earlier})`;
}

/**
 * Reports each dated step that is certainly before an earlier-listed one (the first such), at `.date` of the
 * step: lifecycles are listed in the order they happened.
 */
function checkStepOrder(
  steps: readonly { date?: PartialDate | undefined; kind: string }[],
  at: (i: number, suffix: string) => string,
  report: Report,
): void {
  steps.forEach((step, i) => {
    if (step.date === undefined) return;
    for (let j = 0; j < i; j++) {
      const prior = steps[j];
      if (prior?.date !== undefined && isCertainlyBefore(step.date, prior.date)) {
        const message = orderMessage(
          `step "${step.kind}"`,
          step.date,
          `step ${j} "${prior.kind}"`,
          prior.date,
        );
        report('date.order', at(i, '.date'), message);
        return;
      }
    }
  });
}

/**
 * A charge's lifecycle rules: it starts with "brought", steps keep their order, nothing follows a terminal step
 * (but an amnesty after a conviction), and a handover names its successors (passed to `handover`).
 */
export function checkChargeSteps(
  c: Charge,
  index: number,
  report: Report,
  handover: (handover: HandoverLink) => void,
): void {
  const steps = c.lifecycle;
  const at = (i: number, suffix: string) => recordPath('charge', index, `.lifecycle[${i}]${suffix}`);
  if (steps[0] !== undefined && steps[0].kind !== 'brought') {
    report(
      'validation.invalid',
      at(0, '.kind'),
      `a charge's first step must be "brought", not "${steps[0].kind}"`,
    );
  }
  checkStepOrder(steps, at, report);
  const brought = steps.find((s) => s.kind === 'brought');
  if (c.actDate && brought && isCertainlyBefore(brought.date, c.actDate.date))
    report(
      'date.order',
      recordPath('charge', index, '.actDate.date'),
      `the act (${c.actDate.date}) is after the charge was brought (${brought.date}): a charge cannot precede its act`,
    );
  for (const o of originsWithPaths(c))
    o.from.forEach((from, k) => {
      if (from === c.id)
        report(
          'validation.invalid',
          recordPath('charge', index, `${o.path}.from[${k}]`),
          'a charge cannot come from itself',
        );
    });
  let terminal: { kind: string; index: number } | undefined;
  steps.forEach((step, i) => {
    if (terminal && !(terminal.kind === 'convicted' && AFTER_CONVICTION.has(step.kind))) {
      const message = `step "${step.kind}" comes after the terminal step ${terminal.index} "${terminal.kind}"`;
      report('validation.invalid', at(i, '.kind'), message);
    }
    if (TERMINAL_STEPS.has(step.kind)) terminal = { kind: step.kind, index: i };
    if (HANDOVER_STEPS.has(step.kind)) {
      if ((step.successors?.length ?? 0) === 0) {
        report(
          'validation.invalid',
          at(i, '.successors'),
          `a "${step.kind}" step needs the successor charges`,
        );
      } else {
        const successors = step.successors ?? [];
        successors.forEach((successor, k) => {
          if (successor === c.id)
            report('validation.invalid', at(i, `.successors[${k}]`), 'a charge cannot be its own successor');
        });
        handover({ kind: step.kind, successors, step: i });
      }
    }
  });
}

/** A measure's step rules: it starts with "ordered", steps keep their order, a planned end follows the order,
 * and a change names the measure that replaces it. */
export function checkMeasureSteps(m: Measure, index: number, report: Report): void {
  const steps = m.steps;
  const ordered = steps[0];
  const at = (i: number, suffix: string) => recordPath('measure', index, `.steps[${i}]${suffix}`);
  if (ordered !== undefined && ordered.kind !== 'ordered') {
    report(
      'validation.invalid',
      at(0, '.kind'),
      `a measure's first step must be "ordered", not "${ordered.kind}"`,
    );
  }
  checkStepOrder(steps, at, report);
  steps.forEach((step, i) => {
    if (ordered && step.plannedEnd !== undefined && isCertainlyBefore(step.plannedEnd, ordered.date)) {
      report(
        'date.order',
        at(i, '.plannedEnd'),
        orderMessage('the planned end', step.plannedEnd, 'the order', ordered.date),
      );
    }
    if (step.kind === 'changed' && step.successor === undefined) {
      report('validation.invalid', at(i, '.successor'), 'a "changed" step needs the successor measure');
    }
  });
}

/** A release names a person who takes part in the case (any role: a witness may be detained too). */
function checkReleases(c: Case, index: number, report: Report): void {
  const people = new Set(c.participants.map((p) => p.person));
  c.releases?.forEach((r, i) => {
    if (!people.has(r.person))
      report(
        'validation.invalid',
        recordPath('case', index, `.releases[${i}].person`),
        `release of "${r.person}", who is not a participant of case "${c.id}"`,
      );
  });
}

/**
 * A hearing's announcement and dated changes: announced no later than the hearing, changes in the order they
 * were decided and not before the announcement, a postponement's new day not before its decision, and a status of
 * "postponed" or "cancelled" that agrees with the last change recorded.
 */
export function checkHearingChanges(h: Hearing, index: number, report: Report): void {
  const at = (suffix: string) => recordPath('hearing', index, suffix);
  const announced = h.announced?.on;
  if (announced !== undefined && isCertainlyBefore(h.date, announced))
    report(
      'date.order',
      at('.announced.on'),
      orderMessage('the hearing', h.date, 'its announcement', announced),
    );
  const changes = h.changes ?? [];
  checkStepOrder(
    changes.map((c) => ({ kind: c.kind, date: c.decidedOn })),
    (i) => at(`.changes[${i}].decidedOn`),
    report,
  );
  changes.forEach((c, i) => {
    if (announced !== undefined && isCertainlyBefore(c.decidedOn, announced))
      report(
        'date.order',
        at(`.changes[${i}].decidedOn`),
        orderMessage(
          `the ${c.kind === 'postponed' ? 'postponement' : 'cancellation'}`,
          c.decidedOn,
          'the announcement',
          announced,
        ),
      );
    if (c.to !== undefined && isCertainlyBefore(c.to, c.decidedOn))
      report(
        'date.order',
        at(`.changes[${i}].to`),
        orderMessage('the new day', c.to, 'the postponement', c.decidedOn),
      );
    if (c.kind === 'cancelled' && c.to !== undefined)
      report(
        'validation.invalid',
        at(`.changes[${i}].to`),
        'a cancellation has no new day; record a postponement',
      );
  });
  const last = changes[changes.length - 1];
  if (last !== undefined && (h.status === 'postponed' || h.status === 'cancelled') && last.kind !== h.status)
    report(
      'validation.invalid',
      at('.status'),
      `the status is "${h.status}" but the last change recorded is "${last.kind}"`,
    );
}

/**
 * The rules one record must keep on its own (dates in order, lifecycles well formed), whatever else is in the
 * bundle or the database. A charge's handovers are passed to `handover` for the checks across records.
 */
export function checkRecordAlone(
  kind: RecordKind,
  record: AnyRecord,
  index: number,
  report: Report,
  handover: (handover: HandoverLink) => void,
): void {
  const order = (suffix: string, what: string, later: PartialDate, than: string, earlier: PartialDate) => {
    if (isCertainlyBefore(later, earlier))
      report('date.order', recordPath(kind, index, suffix), orderMessage(what, later, than, earlier));
  };
  const periods = (list: string, items: readonly { period?: Period | undefined }[]) =>
    items.forEach(({ period }, i) => {
      if (period?.from !== undefined && period.to !== undefined)
        order(`.${list}[${i}].period.to`, '"to"', period.to, '"from"', period.from);
    });
  checkDisputes(kind, record, index, report);
  switch (kind) {
    case 'charge':
      return checkChargeSteps(record as Charge, index, report, handover);
    case 'measure':
      return checkMeasureSteps(record as Measure, index, report);
    case 'case': {
      const c = record as Case;
      periods('participants', c.participants);
      periods('authorities', c.authorities);
      return checkReleases(c, index, report);
    }
    case 'person':
      return periods('affiliations', (record as Person).affiliations);
    case 'event': {
      const e = record as Event;
      if (e.end !== undefined) order('.end', 'the end', e.end, 'the start', e.start);
      return;
    }
    case 'hearing': {
      const h = record as Hearing;
      if (h.nextDate !== undefined) order('.nextDate', 'the next date', h.nextDate, 'the hearing', h.date);
      return checkHearingChanges(h, index, report);
    }
    case 'decision': {
      const d = record as Decision;
      if (d.enteredIntoForce !== undefined)
        order('.enteredIntoForce', 'entry into force', d.enteredIntoForce, 'the decision', d.date);
      return;
    }
    case 'organisation': {
      const steps = (record as Organisation).registration.map((r) => ({ kind: r.status, date: r.date }));
      return checkStepOrder(
        steps,
        (i, suffix) => recordPath(kind, index, `.registration[${i}]${suffix}`),
        report,
      );
    }
    case 'source':
      return;
  }
}
