import type { ErrorCode, Issue } from '../errors.ts';
import type { ParkedReference } from '../ports.ts';
import type { ArticleRef } from '../law/law.ts';
import { LineageCheck, type LineageFn } from './lineage-check.ts';
import { describeRecord, type PreparedRecord } from './prepare.ts';
import { RECORD_KIND_ORDER, type RecordKind, type RecordOf } from './record-kinds.ts';
import { recordPath } from './record-path.ts';
import { WaitingReferences } from './waiting-references.ts';
import {
  articleGap,
  checkSentenceAgainstLaw,
  unknownMeasureKind,
  type IntegrityLaw,
} from './integrity-law.ts';
import type { DecisionLink } from './sentence-check.ts';

/** Answers whether a record that is not in the bundle already exists (in the database). */
export type ExistsFn = (kind: RecordKind, id: string) => boolean;

/** The jurisdiction of a case that is not in the bundle, when known. */
export type JurisdictionFn = (caseId: string) => string | undefined;

/** What `finish` learns from outside the checker: the records outside the bundle, and parked references. */
export interface FinishLookups {
  /** Whether a record outside the bundle exists. */
  existing?: ExistsFn;
  /** The jurisdiction of a case outside the bundle. */
  jurisdictionOf?: JurisdictionFn;
  /** The origin and handover steps of a charge outside the window. */
  lineageOf?: LineageFn;
  /** References handed over by `takeWaiting` whose record was found nowhere: they dangle. */
  missing?: readonly ParkedReference[];
}

/**
 * A check that needs the jurisdiction of a case not seen yet, done at the end: a measure's kind must be one of
 * the jurisdiction's, a charge's article must be of the jurisdiction.
 */
interface PendingCaseCheck {
  kind: 'measure' | 'charge' | 'decision';
  caseId: string;
  /** The measure kind, or the article's jurisdiction. */
  key: string;
  index: number;
  /** The id of the measure, charge or decision. */
  id: string;
  /** A decision's sentence and money orders. */
  decision?: DecisionLink;
}

export { recordPath };
export type { IntegrityLaw };

/**
 * Cross-record rules of a bundle, checked incrementally while records stream past: duplicate ids, references
 * to nothing, dates out of order, charge lineage and, with legal knowledge, unknown articles and measure kinds.
 * A record is named by its kind and index in its collection; JSON paths are built only for issues.
 *
 * Its memory does not grow with the bundle when the caller writes as it goes: the ids it knows are a window,
 * the records added but not written yet. The caller looks up in the database what a batch of records refers
 * to outside that window (`lookups`, then `confirm` and `confirmJurisdiction`) and, once records are
 * written, lets them go (`forget`); a duplicate of a record already written is then the database's to find.
 * Without `forget` everything stays known. A reference to a record not seen yet waits, packed as two numbers,
 * under its target's id and is dropped as soon as the target appears; what is left at the end is looked up in
 * the database by the caller (`unresolved`, then `finish`). The jurisdictions of cases and the origins of
 * charges are kept for the window only. Whole records are never kept.
 */
export class IntegrityChecker {
  private readonly law: IntegrityLaw | undefined;
  /** The jurisdictions the law data has, asked once. */
  private readonly lawJurisdictions: ReadonlySet<string> | undefined;
  private readonly file: string | undefined;
  /** Per kind: the ids added and not forgotten, with the index of the first record that has each. */
  private readonly ids = new Map<RecordKind, Map<string, number>>();
  /** Per kind: ids the caller found outside the window, for the batch being added. */
  private readonly confirmed = new Map<RecordKind, Set<string>>();
  /** References to records not seen yet, dropped as soon as each appears. */
  private readonly waiting = new WaitingReferences();
  private readonly lineage = new LineageCheck((code, path, message, id) =>
    this.report(code, path, message, { kind: 'charge', id }),
  );
  /** Jurisdictions of the cases in the window, and of those outside it the caller found for this batch. */
  private readonly jurisdictions = new Map<string, string>();
  private readonly confirmedJurisdictions = new Map<string, string>();
  /** One string per distinct jurisdiction, so a case's entry does not keep its own copy. */
  private readonly jurisdictionNames = new Map<string, string>();
  private readonly pendingCaseChecks: PendingCaseCheck[] = [];
  private readonly issues: Issue[] = [];
  /** What the law data lacks (an article, a jurisdiction): the record imports, and the report says so. */
  private readonly warnings: Issue[] = [];

  constructor(options: { law?: IntegrityLaw; file?: string } = {}) {
    this.law = options.law;
    this.lawJurisdictions = options.law ? new Set(options.law.jurisdictions()) : undefined;
    this.file = options.file;
  }

  /** Hands over the issues found so far, so that whoever keeps them decides how many to keep. */
  takeIssues(): Issue[] {
    return this.issues.splice(0);
  }

  /** Hands over the warnings found so far: what the law data does not know of the records, kept with them. */
  takeWarnings(): Issue[] {
    return this.warnings.splice(0);
  }

  /** How many issues have been found so far (before `finish`). */
  get issueCount(): number {
    return this.issues.length;
  }

  /**
   * Registers the id of the record at `index` in its kind's collection without its record (a record that
   * failed validation), so it does not cause dangling errors. Returns false when the id was already taken in
   * the bundle (reported as a duplicate).
   */
  declare(kind: RecordKind, id: string, index: number): boolean {
    let known = this.ids.get(kind);
    if (!known) this.ids.set(kind, (known = new Map<string, number>()));
    const first = known.get(id);
    if (first !== undefined) {
      this.report(
        'reference.duplicate',
        recordPath(kind, index, '.id'),
        `duplicate ${kind} id "${id}" (first at ${recordPath(kind, first)})`,
        { kind, id },
      );
      return false;
    }
    known.set(id, index);
    this.waiting.resolve(kind, id);
    return true;
  }

  /**
   * What a batch of records needs looked up before it is added, because this checker does not hold it (it is
   * outside the window and the batch): the targets of references, by kind, and the cases whose jurisdiction a
   * measure needs. The caller passes what it finds to `confirm` and `confirmJurisdiction`. Starts a new batch:
   * what was confirmed for the previous one is dropped.
   */
  lookups(records: readonly PreparedRecord[]): { ids: Map<RecordKind, string[]>; jurisdictions: string[] } {
    this.confirmed.clear();
    this.confirmedJurisdictions.clear();
    const inBatch = new Map<RecordKind, Set<string>>();
    for (const r of records) {
      if (r.id === undefined) continue;
      let ids = inBatch.get(r.kind);
      if (!ids) inBatch.set(r.kind, (ids = new Set()));
      ids.add(r.id);
    }
    const out = new Map<RecordKind, Set<string>>();
    const cases = new Set<string>();
    for (const r of records) {
      for (const { kind, id } of r.refs) {
        if (this.has(kind, id) || inBatch.get(kind)?.has(id)) continue;
        let ids = out.get(kind);
        if (!ids) out.set(kind, (ids = new Set()));
        ids.add(id);
      }
      const caseId = this.law
        ? (r.links.measure?.case ?? r.links.decision?.case ?? r.links.chargeCase)
        : r.links.chargeCase;
      if (caseId !== undefined && !this.jurisdictions.has(caseId) && !inBatch.get('case')?.has(caseId))
        cases.add(caseId);
    }
    return { ids: new Map([...out].map(([kind, ids]) => [kind, [...ids]])), jurisdictions: [...cases] };
  }

  /** The jurisdiction of a case outside the window, for the batch being added. */
  confirmJurisdiction(caseId: string, jurisdiction: string): void {
    this.confirmedJurisdictions.set(caseId, jurisdiction);
  }

  /** Records of the kind that exist outside the window (in the database), for the batch being added. */
  confirm(kind: RecordKind, ids: Iterable<string>): void {
    let set = this.confirmed.get(kind);
    if (!set) this.confirmed.set(kind, (set = new Set()));
    for (const id of ids) set.add(id);
  }

  /** Lets go of ids the caller has written: from now on they are found where they were written. */
  forget(kind: RecordKind, ids: readonly string[]): void {
    const known = this.ids.get(kind);
    if (known) for (const id of ids) known.delete(id);
    if (kind === 'case') for (const id of ids) this.jurisdictions.delete(id);
    if (kind === 'charge') this.lineage.forget(ids);
  }

  private jurisdictionOf(caseId: string): string | undefined {
    return this.jurisdictions.get(caseId) ?? this.confirmedJurisdictions.get(caseId);
  }

  /**
   * Checks one valid record, the one at `index` in its kind's collection (3 for '$.charges[3]'), on its own
   * and against the others. Returns false when its id duplicates an earlier record's.
   */
  add<K extends RecordKind>(kind: K, record: RecordOf<K>, index: number): boolean {
    return this.addPrepared(describeRecord(kind, record, index, this.file));
  }

  /**
   * Takes one prepared record: its own issues, its id, its references and links. Returns false when it has no
   * id or its id duplicates an earlier record's.
   */
  addPrepared(prepared: PreparedRecord): boolean {
    const { kind, index, id } = prepared;
    for (const issue of prepared.issues) this.issues.push(issue);
    if (id === undefined) return false;
    const isNew = this.declare(kind, id, index);
    for (const ref of prepared.refs)
      if (!this.has(ref.kind, ref.id)) this.waiting.add(ref.kind, ref.id, { kind, index, id }, ref.path);
    this.link(prepared, id);
    return isNew;
  }

  /** How many references wait for a record not seen yet. */
  get waitingCount(): number {
    return this.waiting.count;
  }

  /**
   * Hands over every reference still waiting and forgets them, so they take no memory here: the caller parks
   * them where the records will be written, and at the end passes those whose record is missing to `finish`.
   */
  takeWaiting(): ParkedReference[] {
    return this.waiting.take();
  }

  /** Remembers what the checks at the end need, and checks articles and measure kinds as far as known. */
  private link({ index, links }: PreparedRecord, id: string): void {
    if (links.jurisdiction !== undefined) {
      let jurisdiction = this.jurisdictionNames.get(links.jurisdiction);
      if (jurisdiction === undefined)
        this.jurisdictionNames.set(links.jurisdiction, (jurisdiction = links.jurisdiction));
      this.jurisdictions.set(id, jurisdiction);
      if (this.lawJurisdictions && !this.lawJurisdictions.has(jurisdiction))
        this.report(
          'law.unknown_article',
          recordPath('case', index, '.jurisdiction'),
          `no law data for jurisdiction "${jurisdiction}": its charges' penalties, measures' kinds, credit and limits are not known`,
          { kind: 'case', id },
          this.warnings,
        );
    }
    if (links.article) {
      this.lineage.charge(id, index, links.origins, links.handovers);
      this.checkArticle(links.article, index, id);
      // A part in doubt the law data lacks, of an article it has, is warned about where the part is given.
      const article = links.article;
      if (this.law?.articleKnowledge(article).kind === 'sanctioned')
        links.partsInDoubt?.forEach((part, i) =>
          this.checkArticle({ ...article, part }, index, id, `.partsInDoubt[${i}].part`),
        );
      if (links.chargeCase !== undefined)
        this.checkInCase({
          kind: 'charge',
          caseId: links.chargeCase,
          key: links.article.jurisdiction,
          index,
          id,
        });
    }
    if (links.measure && this.law)
      this.checkInCase({ kind: 'measure', caseId: links.measure.case, key: links.measure.kind, index, id });
    if (links.decision && this.law?.jurisdiction)
      this.checkInCase({
        kind: 'decision',
        caseId: links.decision.case,
        key: '',
        index,
        id,
        decision: links.decision,
      });
  }

  /** Checks against the case's jurisdiction now if it is known, else at the end. */
  private checkInCase(pending: PendingCaseCheck, jurisdiction = this.jurisdictionOf(pending.caseId)): void {
    if (jurisdiction === undefined) this.pendingCaseChecks.push(pending);
    else if (pending.kind === 'decision') this.checkSentence(jurisdiction, pending);
    else if (pending.kind === 'measure') {
      // A case of a jurisdiction the law data lacks is warned about once; its measure kinds cannot be checked.
      if (this.lawJurisdictions?.has(jurisdiction) === false) return;
      this.checkMeasureKind(jurisdiction, pending.key, pending.index, pending.id);
    } else if (pending.key !== jurisdiction)
      this.report(
        'law.unknown_article',
        recordPath('charge', pending.index, '.article.jurisdiction'),
        `an article of jurisdiction "${pending.key}" on a case of jurisdiction "${jurisdiction}"`,
        { kind: 'charge', id: pending.id },
      );
  }

  /** Ids referenced by the bundle but not defined in it: what a caller looks up before `finish`. */
  unresolved(): Map<RecordKind, Set<string>> {
    const out = this.waiting.ids();
    const add = (kind: RecordKind, id: string) => {
      let ids = out.get(kind);
      if (!ids) out.set(kind, (ids = new Set()));
      ids.add(id);
    };
    for (const m of this.pendingCaseChecks)
      if (this.jurisdictionOf(m.caseId) === undefined) add('case', m.caseId);
    for (const successor of this.lineage.unmatched()) add('charge', successor);
    return out;
  }

  /** Runs the checks that need the whole bundle, with what the caller looked up, and returns every issue found. */
  finish(lookups: FinishLookups = {}): Issue[] {
    const { existing = () => false, jurisdictionOf = () => undefined, lineageOf = () => undefined } = lookups;
    this.reportDangling(existing, lookups.missing ?? []);
    this.lineage.finish(lineageOf);
    const pending = this.pendingCaseChecks.splice(0);
    for (const m of pending) {
      const jurisdiction = this.jurisdictionOf(m.caseId) ?? jurisdictionOf(m.caseId);
      if (jurisdiction !== undefined) this.checkInCase(m, jurisdiction);
    }
    return this.issues;
  }

  /**
   * Reports the references still waiting that `existing` does not find either, and the parked ones found
   * missing, in the order of the file.
   */
  private reportDangling(existing: ExistsFn, missing: readonly ParkedReference[]): void {
    const dangling = this.takeWaiting().filter((ref) => !existing(ref.kind, ref.id));
    dangling.push(...missing);
    // Sorting is stable: references of one record keep their order.
    dangling.sort((a, b) => a.fromKind - b.fromKind || a.index - b.index);
    for (const ref of dangling) {
      const from = RECORD_KIND_ORDER[ref.fromKind] ?? ref.kind;
      this.report(
        'reference.dangling',
        recordPath(from, ref.index, this.waiting.path(ref.path)),
        `"${ref.id}" refers to no ${ref.kind} in the bundle or the database`,
        ref.fromId !== undefined ? { kind: from, id: ref.fromId } : undefined,
      );
    }
  }

  private has(kind: RecordKind, id: string): boolean {
    return (this.ids.get(kind)?.has(id) ?? false) || (this.confirmed.get(kind)?.has(id) ?? false);
  }

  /** An issue (or, into `warnings`, a warning) at the path, naming the record it is in when known. */
  private report(
    code: ErrorCode,
    path: string,
    message: string,
    record?: { kind: RecordKind; id: string },
    into: Issue[] = this.issues,
  ): void {
    into.push({
      code,
      message,
      ...(record !== undefined ? { record: record.id, recordKind: record.kind } : {}),
      path,
      ...(this.file !== undefined ? { file: this.file } : {}),
    });
  }

  /**
   * A charge under an article the law data lacks (or knows only as excluded) imports with a warning; one whose
   * title is in the code's index but not its sanction imports without one (the facts say "penalty unknown").
   */
  private checkArticle(article: ArticleRef, index: number, id: string, path = '.article'): void {
    const gap = this.law && articleGap(this.law, article);
    if (gap !== undefined)
      this.report(
        'law.unknown_article',
        recordPath('charge', index, path),
        gap,
        { kind: 'charge', id },
        this.warnings,
      );
  }

  /** A decision's sentence and money against the jurisdiction's law data, when it has the jurisdiction. */
  private checkSentence(jurisdiction: string, { decision, index, id }: PendingCaseCheck): void {
    if (this.law && decision)
      checkSentenceAgainstLaw(this.law, jurisdiction, decision, (path, message) =>
        this.report('validation.invalid', recordPath('decision', index, path), message, {
          kind: 'decision',
          id,
        }),
      );
  }

  private checkMeasureKind(jurisdiction: string, key: string, index: number, id: string): void {
    const unknown = this.law && unknownMeasureKind(this.law, jurisdiction, key);
    if (unknown !== undefined)
      this.report('validation.invalid', recordPath('measure', index, '.kind'), unknown, {
        kind: 'measure',
        id,
      });
  }
}
