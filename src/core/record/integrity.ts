import type { ErrorCode, Issue } from '../errors.ts';
import type { ParkedReference } from '../ports.ts';
import { articleKnowledgeGap, type ArticleKnowledge } from '../law/article-knowledge.ts';
import { formatArticleRef } from '../law/law-helpers.ts';
import type { ArticleRef } from '../law/law.ts';
import { LineageCheck, type LineageFn } from './lineage-check.ts';
import { describeRecord, type PreparedRecord } from './prepare.ts';
import { RECORD_KIND_ORDER, type RecordKind, type RecordOf } from './record-kinds.ts';
import { recordPath } from './record-path.ts';
import { checkDecisionSentence, type DecisionLink, type SentencingLaw } from './sentence-check.ts';

/**
 * The legal knowledge the checker asks: which jurisdictions it has, what it knows of an article, whether a
 * measure kind exists, and a jurisdiction's sentence types, regimes and money unit (LegalKnowledge fits). What it
 * lacks of an article or a jurisdiction is a warning; without `jurisdiction`, sentences are not checked.
 */
export interface IntegrityLaw {
  jurisdictions(): string[];
  articleKnowledge(ref: ArticleRef): ArticleKnowledge;
  measure(jurisdiction: string, key: string): unknown;
  jurisdiction?(code: string): SentencingLaw;
}

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

const KIND_NUMBER = new Map<RecordKind, number>(RECORD_KIND_ORDER.map((k, i) => [k, i]));
const KIND_COUNT = RECORD_KIND_ORDER.length;

export { recordPath };

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
  /**
   * Per target kind and id: the references still waiting for that record, as pairs of numbers (where the
   * reference is: record index × kind count + kind number; then the code of its path within the record), each
   * followed by the id of the record it is in, so an issue can name it.
   */
  private readonly waiting = new Map<RecordKind, Map<string, (number | string)[]>>();
  /** Paths of references within a record ('.lifecycle[0].decision'), stored once each, by code. */
  private readonly refPaths: string[] = [];
  private readonly refPathCodes = new Map<string, number>();
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
  /** How many references wait in `waiting`. */
  private waitingRefs = 0;

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
    const waiting = this.waiting.get(kind);
    const refs = waiting?.get(id);
    if (refs !== undefined) {
      this.waitingRefs -= refs.length / 3;
      waiting?.delete(id);
    }
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
    let place = -1;
    for (const ref of prepared.refs) {
      if (this.has(ref.kind, ref.id)) continue;
      if (place < 0) place = index * KIND_COUNT + (KIND_NUMBER.get(kind) ?? 0);
      this.wait(ref.kind, ref.id, place, ref.path, id);
    }
    this.link(prepared, id);
    return isNew;
  }

  private wait(kind: RecordKind, id: string, place: number, path: string, fromId: string): void {
    let byId = this.waiting.get(kind);
    if (!byId) this.waiting.set(kind, (byId = new Map<string, (number | string)[]>()));
    let code = this.refPathCodes.get(path);
    if (code === undefined) {
      code = this.refPaths.push(path) - 1;
      this.refPathCodes.set(path, code);
    }
    const refs = byId.get(id);
    if (refs === undefined) byId.set(id, [place, code, fromId]);
    else refs.push(place, code, fromId);
    this.waitingRefs++;
  }

  /** How many references wait for a record not seen yet. */
  get waitingCount(): number {
    return this.waitingRefs;
  }

  /**
   * Hands over every reference still waiting and forgets them, so they take no memory here: the caller parks
   * them where the records will be written, and at the end passes those whose record is missing to `finish`.
   */
  takeWaiting(): ParkedReference[] {
    const out: ParkedReference[] = [];
    for (const [kind, byId] of this.waiting) {
      for (const [id, refs] of byId) {
        for (let i = 0; i < refs.length; i += 3) {
          const place = Number(refs[i] ?? 0);
          const fromId = refs[i + 2];
          out.push({
            kind,
            id,
            fromKind: place % KIND_COUNT,
            index: Math.floor(place / KIND_COUNT),
            path: Number(refs[i + 1] ?? 0),
            ...(typeof fromId === 'string' ? { fromId } : {}),
          });
        }
      }
    }
    this.waiting.clear();
    this.waitingRefs = 0;
    return out;
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
    const out = new Map<RecordKind, Set<string>>();
    for (const [kind, byId] of this.waiting) {
      if (byId.size > 0) out.set(kind, new Set(byId.keys()));
    }
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
        recordPath(from, ref.index, this.refPaths[ref.path]),
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
    if (!this.law) return;
    const known = this.law.articleKnowledge(article);
    if (known.kind === 'sanctioned' || known.kind === 'indexed') return;
    const gap = articleKnowledgeGap(article, known);
    if (gap !== undefined)
      this.report(
        'law.unknown_article',
        recordPath('charge', index, path),
        `${formatArticleRef(article)}: ${gap}`,
        { kind: 'charge', id },
        this.warnings,
      );
  }

  /** A decision's sentence and money against the jurisdiction's law data, when it has the jurisdiction. */
  private checkSentence(jurisdiction: string, pending: PendingCaseCheck): void {
    const law = this.law;
    if (!pending.decision || !law?.jurisdiction || !(law.jurisdictions?.() ?? []).includes(jurisdiction))
      return;
    checkDecisionSentence(pending.decision, jurisdiction, law.jurisdiction(jurisdiction), (path, message) =>
      this.report('validation.invalid', recordPath('decision', pending.index, path), message, {
        kind: 'decision',
        id: pending.id,
      }),
    );
  }

  private checkMeasureKind(jurisdiction: string, key: string, index: number, id: string): void {
    if (this.law && this.law.measure(jurisdiction, key) === undefined) {
      this.report(
        'validation.invalid',
        recordPath('measure', index, '.kind'),
        `unknown measure kind "${key}" for jurisdiction ${jurisdiction}`,
        { kind: 'measure', id },
      );
    }
  }
}
