import { fromZodError } from '../common/zod-issues.ts';
import { originsWithPaths, type Charge } from '../charge/charge.ts';
import type { Case } from '../case/case.ts';
import { conflictSlice } from '../case/case-conflicts.ts';
import type { ErrorCode, Issue } from '../errors.ts';
import type { ArticleRef } from '../law/law.ts';
import type { Decision } from '../decision/decision.ts';
import type { Measure } from '../measure/measure.ts';
import { RECORD_KINDS, type AnyRecord, type RecordKind, type RecordOf } from './record-kinds.ts';
import { recordPath } from './record-path.ts';
import { toRecordRow, type RecordRow } from './record-row.ts';
import type { HandoverLink, OriginLink } from './lineage-check.ts';
import { checkRecordAlone } from './record-rules.ts';
import type { DecisionLink } from './sentence-check.ts';
import { RecordVersionSchema, splitVersion, VERSION_KEY } from './record-version.ts';
import { referencesOf, type Reference } from './references.ts';

/**
 * One record to import: its kind, its position in its collection, and the unvalidated JSON, perhaps with the
 * version it had where it was exported (`VERSION_KEY`).
 */
export interface ImportItem {
  kind: RecordKind;
  index: number;
  record: unknown;
}

/** What the checks across records need to know of one record, beyond its id and references. */
export interface RecordLinks {
  /** A charge's article, checked against the legal knowledge. */
  article?: ArticleRef;
  /** The parts of a charge's article that sources disagree on, each checked like the article. */
  partsInDoubt?: string[];
  /** Where a charge comes from (`origin`, one or several). */
  origins?: OriginLink[];
  /** A charge's steps that hand it over to successors, which must name it in their origin. */
  handovers?: HandoverLink[];
  /** A charge's case: the article must be of the case's jurisdiction. */
  chargeCase?: string;
  /** A measure's case and kind: the kind must be a measure of the case's jurisdiction. */
  measure?: { case: string; kind: string };
  /** A case's jurisdiction. */
  jurisdiction?: string;
  /** A decision's case, sentence and money orders: checked against the case's jurisdiction. */
  decision?: DecisionLink;
}

/**
 * One record of a bundle checked on its own, ready for the checks across records and for the write. Only
 * strings, numbers, arrays and plain objects: it is made in a worker thread when a bundle is read from a file.
 */
export interface PreparedRecord {
  kind: RecordKind;
  /** Its position in its collection (3 for '$.charges[3]'). */
  index: number;
  /** Its id, when it has one: a record that fails its schema still holds its id, so nothing dangles to it. */
  id?: string;
  /** The row to store; absent when the record failed its schema. */
  row?: RecordRow;
  /** The version the record had in the database it was exported from, when the bundle gives it. */
  version?: number;
  refs: Reference[];
  links: RecordLinks;
  /** What is wrong with the record on its own: its schema, and the rules within one record. */
  issues: Issue[];
  /**
   * Its dates as the checks across a case's records read them (a `ConflictSlice`, as JSON: a string is a fraction
   * of the objects' size, and an import keeps one per record), for the kinds they read.
   */
  dates?: string;
}

/**
 * Validates one record with its kind's schema and the rules within a record, and makes its row. The version
 * the bundle gives it is taken off first and checked on its own.
 */
export function prepareRecord(item: ImportItem, file?: string): PreparedRecord {
  const { record, hasVersion, version } = splitVersion(item.record);
  const checkedVersion = hasVersion ? RecordVersionSchema.safeParse(version) : undefined;
  const versionIssues =
    checkedVersion?.success === false
      ? fromZodError(checkedVersion.error, recordPath(item.kind, item.index, `.${VERSION_KEY}`), file)
      : [];
  const parsed = RECORD_KINDS[item.kind].schema.safeParse(record);
  let prepared: PreparedRecord;
  if (!parsed.success) {
    const id = (record as { id?: unknown } | null)?.id;
    prepared = {
      kind: item.kind,
      index: item.index,
      ...(typeof id === 'string' ? { id } : {}),
      refs: [],
      links: {},
      issues: fromZodError(parsed.error, recordPath(item.kind, item.index), file),
    };
  } else {
    prepared = describeRecord(item.kind, parsed.data, item.index, file);
    prepared.row = toRecordRow(item.kind, parsed.data, prepared.refs);
    const dates = conflictSlice(item.kind, parsed.data);
    if (dates !== undefined) prepared.dates = JSON.stringify(dates);
  }
  if (checkedVersion?.success) prepared.version = checkedVersion.data;
  if (versionIssues.length > 0) prepared.issues.unshift(...versionIssues);
  if (prepared.id !== undefined && prepared.issues.length > 0) {
    const named = { record: prepared.id, recordKind: item.kind };
    prepared.issues = prepared.issues.map((issue) => ({ ...named, ...issue }));
  }
  return prepared;
}

/**
 * A valid record (its schema's output) as the checks across records see it: its references, its links and
 * what is wrong with it on its own. No row is made.
 */
export function describeRecord<K extends RecordKind>(
  kind: K,
  record: RecordOf<K>,
  index: number,
  file?: string,
): PreparedRecord {
  const issues: Issue[] = [];
  const links: RecordLinks = {};
  const report = (code: ErrorCode, path: string, message: string) =>
    issues.push({ code, message, path, ...(file !== undefined ? { file } : {}) });
  checkRecordAlone(kind, record, index, report, (handover) => (links.handovers ??= []).push(handover));
  addLinks(kind, record, links);
  return { kind, index, id: record.id, refs: referencesOf(kind, record), links, issues };
}

function addLinks(kind: RecordKind, record: AnyRecord, links: RecordLinks): void {
  if (kind === 'charge') {
    const c = record as Charge;
    links.article = c.article;
    if (c.partsInDoubt) links.partsInDoubt = c.partsInDoubt.map((p) => p.part);
    links.chargeCase = c.case;
    if (c.origin) links.origins = originsWithPaths(c);
  } else if (kind === 'measure') {
    const m = record as Measure;
    links.measure = { case: m.case, kind: m.kind };
  } else if (kind === 'decision') {
    const d = record as Decision;
    if (d.sentence.length > 0 || (d.money ?? []).length > 0)
      links.decision = {
        case: d.case,
        sentence: d.sentence.map((c) => ({
          type: c.type,
          ...(c.regime !== undefined ? { regime: c.regime } : {}),
          ...(c.amount ? { amountUnit: c.amount.unit } : {}),
          ...(c.term ? { hasTerm: true } : {}),
        })),
        money: (d.money ?? []).map((m) => (m.amount ? { amountUnit: m.amount.unit } : {})),
      };
  } else if (kind === 'case') links.jurisdiction = (record as Case).jurisdiction;
}
