import { HANDOVER_STEPS, TERMINAL_STEPS, type Charge } from '../charge/charge.ts';
import type { Case } from '../case/case.ts';
import type { Decision } from '../decision/decision.ts';
import type { Event } from '../event/event.ts';
import type { Hearing } from '../hearing/hearing.ts';
import type { Measure } from '../measure/measure.ts';
import type { Person } from '../person/person.ts';
import type { Period } from '../common/schemas.ts';
import { isCertainlyBefore, type PartialDate } from '../dates/partial-date.ts';
import type { ErrorCode, Issue } from '../errors.ts';
import { formatArticleRef } from '../law/law-helpers.ts';
import type { ArticleRef } from '../law/law.ts';
import type { AnyRecord, RecordKind, RecordOf } from './record-kinds.ts';
import { referencesOf } from './references.ts';

/** The legal knowledge the checker asks: whether an article and a measure kind exist (LegalKnowledge fits). */
export interface IntegrityLaw {
  hasArticle(ref: ArticleRef): boolean;
  measure(jurisdiction: string, key: string): unknown;
}

/** Answers whether a record that is not in the bundle already exists (in the database). */
export type ExistsFn = (kind: RecordKind, id: string) => boolean;

/** The jurisdiction of a case that is not in the bundle, when known. */
export type JurisdictionFn = (caseId: string) => string | undefined;

interface PendingRef {
  kind: RecordKind;
  id: string;
  path: string;
}

interface Handover {
  from: string;
  successors: readonly string[];
  path: string;
}

interface PendingMeasure {
  caseId: string;
  key: string;
  path: string;
}

/**
 * Cross-record rules of a bundle, checked incrementally while records stream past: duplicate ids, references
 * to nothing, dates out of order, charge lineage and, with legal knowledge, unknown articles and measure kinds.
 * It keeps ids, lineage links and unresolved references only, never whole records.
 */
export class IntegrityChecker {
  private readonly law: IntegrityLaw | undefined;
  private readonly file: string | undefined;
  private readonly ids = new Map<RecordKind, Map<string, string>>();
  private readonly pending: PendingRef[] = [];
  private readonly handovers: Handover[] = [];
  private readonly origins = new Map<string, readonly string[]>();
  private readonly jurisdictions = new Map<string, string>();
  private readonly pendingMeasures: PendingMeasure[] = [];
  private readonly issues: Issue[] = [];

  constructor(options: { law?: IntegrityLaw; file?: string } = {}) {
    this.law = options.law;
    this.file = options.file;
  }

  /** How many issues have been found so far (before `finish`). */
  get issueCount(): number {
    return this.issues.length;
  }

  /**
   * Registers an id without its record (a record that failed validation), so it does not cause dangling errors.
   * Returns false when the id was already taken in the bundle (reported as a duplicate).
   */
  declare(kind: RecordKind, id: string, path: string): boolean {
    let known = this.ids.get(kind);
    if (!known) this.ids.set(kind, (known = new Map<string, string>()));
    const first = known.get(id);
    if (first !== undefined) {
      this.report('reference.duplicate', `${path}.id`, `duplicate ${kind} id "${id}" (first at ${first})`);
      return false;
    }
    known.set(id, path);
    return true;
  }

  /**
   * Checks one valid record found at `path` (e.g. '$.charges[3]') and remembers what later checks need.
   * Returns false when its id duplicates an earlier record's.
   */
  add<K extends RecordKind>(kind: K, record: RecordOf<K>, path: string): boolean {
    const isNew = this.declare(kind, record.id, path);
    for (const ref of referencesOf(kind, record)) {
      if (!this.has(ref.kind, ref.id))
        this.pending.push({ kind: ref.kind, id: ref.id, path: path + ref.path });
    }
    this.checkRecord(kind, record, path);
    return isNew;
  }

  private checkRecord(kind: RecordKind, r: AnyRecord, path: string): void {
    switch (kind) {
      case 'charge':
        return this.checkCharge(r as Charge, path);
      case 'measure':
        return this.checkMeasure(r as Measure, path);
      case 'case':
        return this.checkCase(r as Case, path);
      case 'person':
        (r as Person).affiliations.forEach((a, i) =>
          this.checkPeriod(a.period, `${path}.affiliations[${i}].period`),
        );
        return;
      case 'event': {
        const e = r as Event;
        if (e.end !== undefined) this.checkOrder(e.start, e.end, `${path}.end`, 'the end', 'the start');
        return;
      }
      case 'hearing': {
        const h = r as Hearing;
        if (h.nextDate !== undefined)
          this.checkOrder(h.date, h.nextDate, `${path}.nextDate`, 'the next date', 'the hearing');
        return;
      }
      case 'decision': {
        const d = r as Decision;
        if (d.enteredIntoForce !== undefined) {
          this.checkOrder(
            d.date,
            d.enteredIntoForce,
            `${path}.enteredIntoForce`,
            'entry into force',
            'the decision',
          );
        }
        return;
      }
    }
  }

  /** Ids referenced by the bundle but not defined in it: what a caller looks up before `finish`. */
  unresolved(): Map<RecordKind, Set<string>> {
    const out = new Map<RecordKind, Set<string>>();
    for (const ref of this.pending) {
      if (this.has(ref.kind, ref.id)) continue;
      let ids = out.get(ref.kind);
      if (!ids) out.set(ref.kind, (ids = new Set()));
      ids.add(ref.id);
    }
    for (const m of this.pendingMeasures) {
      if (this.jurisdictions.has(m.caseId)) continue;
      let ids = out.get('case');
      if (!ids) out.set('case', (ids = new Set()));
      ids.add(m.caseId);
    }
    return out;
  }

  /**
   * Runs the checks that need the whole bundle and returns every issue found. `existing` says whether a
   * record outside the bundle exists; `jurisdictionOf` gives the jurisdiction of such a case.
   */
  finish(existing: ExistsFn = () => false, jurisdictionOf: JurisdictionFn = () => undefined): Issue[] {
    for (const ref of this.pending) {
      if (this.has(ref.kind, ref.id) || existing(ref.kind, ref.id)) continue;
      this.report(
        'reference.dangling',
        ref.path,
        `"${ref.id}" refers to no ${ref.kind} in the bundle or the database`,
      );
    }
    for (const h of this.handovers) {
      h.successors.forEach((successor, i) => {
        const from = this.origins.get(successor);
        // A successor outside the bundle is not read back; its lineage was checked when it was imported.
        if (from === undefined && !this.has('charge', successor)) return;
        if (!from?.includes(h.from)) {
          this.report(
            'validation.invalid',
            `${h.path}.successors[${i}]`,
            `successor "${successor}" must name "${h.from}" in origin.from`,
          );
        }
      });
    }
    for (const m of this.pendingMeasures) {
      const jurisdiction = this.jurisdictions.get(m.caseId) ?? jurisdictionOf(m.caseId);
      if (jurisdiction !== undefined) this.checkMeasureKind(jurisdiction, m.key, m.path);
    }
    return this.issues;
  }

  private has(kind: RecordKind, id: string): boolean {
    return this.ids.get(kind)?.has(id) ?? false;
  }

  private report(code: ErrorCode, path: string, message: string): void {
    this.issues.push({ code, message, path, ...(this.file !== undefined ? { file: this.file } : {}) });
  }

  /** Reports when `later` is certainly before `earlier`; partial dates only fail when no reading fits. */
  private checkOrder(
    earlier: PartialDate,
    later: PartialDate,
    path: string,
    what: string,
    than: string,
  ): boolean {
    if (!isCertainlyBefore(later, earlier)) return true;
    this.report('date.order', path, `${what} (${later}) is before ${than} (${earlier})`);
    return false;
  }

  private checkPeriod(period: Period | undefined, path: string): void {
    if (period?.from !== undefined && period.to !== undefined)
      this.checkOrder(period.from, period.to, `${path}.to`, '"to"', '"from"');
  }

  private checkCase(c: Case, path: string): void {
    this.jurisdictions.set(c.id, c.jurisdiction);
    c.participants.forEach((p, i) => this.checkPeriod(p.period, `${path}.participants[${i}].period`));
    c.authorities.forEach((a, i) => this.checkPeriod(a.period, `${path}.authorities[${i}].period`));
  }

  private checkCharge(c: Charge, path: string): void {
    if (c.origin) this.origins.set(c.id, c.origin.from);
    const steps = c.lifecycle;
    if (steps[0] !== undefined && steps[0].kind !== 'brought') {
      this.report(
        'validation.invalid',
        `${path}.lifecycle[0].kind`,
        `a charge's first step must be "brought", not "${steps[0].kind}"`,
      );
    }
    let terminal: { kind: string; index: number } | undefined;
    steps.forEach((step, i) => {
      const at = `${path}.lifecycle[${i}]`;
      for (let j = 0; j < i; j++) {
        const prior = steps[j];
        if (
          prior &&
          !this.checkOrder(
            prior.date,
            step.date,
            `${at}.date`,
            `step "${step.kind}"`,
            `step ${j} "${prior.kind}"`,
          )
        )
          break;
      }
      if (terminal && !(terminal.kind === 'convicted' && step.kind === 'amnestied')) {
        this.report(
          'validation.invalid',
          `${at}.kind`,
          `step "${step.kind}" comes after the terminal step ${terminal.index} "${terminal.kind}"`,
        );
      }
      if (TERMINAL_STEPS.has(step.kind)) terminal = { kind: step.kind, index: i };
      if (HANDOVER_STEPS.has(step.kind)) {
        if ((step.successors?.length ?? 0) === 0) {
          this.report(
            'validation.invalid',
            `${at}.successors`,
            `a "${step.kind}" step needs the successor charges`,
          );
        } else this.handovers.push({ from: c.id, successors: step.successors ?? [], path: at });
      }
    });
    if (this.law && !this.law.hasArticle(c.article)) {
      this.report('law.unknown_article', `${path}.article`, `unknown article ${formatArticleRef(c.article)}`);
    }
  }

  private checkMeasure(m: Measure, path: string): void {
    const steps = m.steps;
    const ordered = steps[0];
    if (ordered !== undefined && ordered.kind !== 'ordered') {
      this.report(
        'validation.invalid',
        `${path}.steps[0].kind`,
        `a measure's first step must be "ordered", not "${ordered.kind}"`,
      );
    }
    steps.forEach((step, i) => {
      const at = `${path}.steps[${i}]`;
      const prior = steps[i - 1];
      if (prior)
        this.checkOrder(
          prior.date,
          step.date,
          `${at}.date`,
          `step "${step.kind}"`,
          `step ${i - 1} "${prior.kind}"`,
        );
      if (ordered && step.plannedEnd !== undefined) {
        this.checkOrder(ordered.date, step.plannedEnd, `${at}.plannedEnd`, 'the planned end', 'the order');
      }
      if (step.kind === 'changed' && step.successor === undefined) {
        this.report('validation.invalid', `${at}.successor`, 'a "changed" step needs the successor measure');
      }
    });
    if (!this.law) return;
    const jurisdiction = this.jurisdictions.get(m.case);
    if (jurisdiction !== undefined) this.checkMeasureKind(jurisdiction, m.kind, `${path}.kind`);
    else this.pendingMeasures.push({ caseId: m.case, key: m.kind, path: `${path}.kind` });
  }

  private checkMeasureKind(jurisdiction: string, key: string, path: string): void {
    if (this.law && this.law.measure(jurisdiction, key) === undefined) {
      this.report(
        'validation.invalid',
        path,
        `unknown measure kind "${key}" for jurisdiction ${jurisdiction}`,
      );
    }
  }
}
