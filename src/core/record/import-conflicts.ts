import {
  caseDateConflicts,
  conflictIssue,
  conflictOptions,
  type ConflictCase,
  type ConflictInput,
  type ConflictSlice,
  type DateConflict,
} from '../case/case-conflicts.ts';
import type { Issue } from '../errors.ts';
import type { RecordReader } from '../ports.ts';
import type { RecordKind, RecordOf } from './record-kinds.ts';

/** How many cases are read back at a time to check their dates across records. */
const CASES_AT_ONCE = 200;

/**
 * How many bytes of records' dates an import keeps in memory at most: some 240 a record, so the 1.1 million
 * records of 100,000 generated cases fit. Past it, whole cases are let go, earliest first, down to half of it, and
 * read back from the transaction at the end instead: memory stays bounded, whatever the bundle's size.
 */
export const KEEP_DATES_BYTES = 320 * 1024 * 1024;

/** What a kept string costs beyond its characters (V8's header and the array's slot), roughly. */
const STRING_OVERHEAD = 24;

type Law = { measure(jurisdiction: string, key: string): unknown } | undefined;

/**
 * The dates that contradict each other across the records of the cases an import writes: warnings kept with the
 * records (the import succeeds), each named by its record's id and the path within it. A case the import creates
 * has every record in the bundle, so it is checked from the dates kept as the records streamed by; a case that
 * was in the database already (its other records may not be in the bundle), or whose dates were let go to keep
 * memory bounded, is read back from the transaction once everything is written.
 */
export class ImportConflicts {
  private readonly touched = new Set<string>();
  /** Each case's records' dates, one `ConflictSlice` as JSON a record. */
  private readonly held = new Map<string, string[]>();
  private readonly letGo = new Set<string>();
  private readonly created = new Set<string>();
  private heldBytes = 0;

  constructor(private readonly keepBytes = KEEP_DATES_BYTES) {}

  /** A record the import writes (or finds unchanged), with its dates when its kind has any the checks read. */
  add(caseId: string, dates: string | undefined): void {
    this.touched.add(caseId);
    if (dates === undefined || this.letGo.has(caseId)) return;
    const held = this.held.get(caseId);
    if (held) held.push(dates);
    else this.held.set(caseId, [dates]);
    this.heldBytes += dates.length + STRING_OVERHEAD;
    if (this.heldBytes > this.keepBytes) this.shed();
  }

  /** Cases the import created: no record of theirs is anywhere but in the bundle. */
  noteCreated(caseIds: Iterable<string>): void {
    for (const id of caseIds) this.created.add(id);
  }

  /** Lets go of the earliest cases' dates, down to half the limit; they are read back at the end. */
  private shed(): void {
    for (const [id, held] of this.held) {
      if (this.heldBytes <= this.keepBytes / 2) break;
      this.held.delete(id);
      this.letGo.add(id);
      for (const dates of held) this.heldBytes -= dates.length + STRING_OVERHEAD;
    }
  }

  /** The warnings of every case the import wrote, case by case in the order of their ids. */
  async warnings(reader: Pick<RecordReader, 'list'>, law: Law, file?: string): Promise<Issue[]> {
    const byCase = new Map<string, DateConflict[]>();
    const readBack: string[] = [];
    for (const id of this.touched) {
      const held = this.created.has(id) ? this.held.get(id) : undefined;
      const input = held && inputOf(held);
      if (input === undefined) readBack.push(id);
      else byCase.set(id, caseDateConflicts(input, conflictOptions(law, input.case.jurisdiction)));
    }
    for await (const [id, conflicts] of readBackConflicts(reader, readBack, law)) byCase.set(id, conflicts);
    return [...byCase.keys()]
      .sort()
      .flatMap((id) => (byCase.get(id) ?? []).map((c) => conflictIssue(c, file)));
  }
}

/** A case's records from their kept dates; undefined without the case record itself. */
function inputOf(held: readonly string[]): (ConflictInput & { case: { jurisdiction: string } }) | undefined {
  let kase: (ConflictCase & { jurisdiction: string }) | undefined;
  const charges: ConflictInput['charges'][number][] = [];
  const measures: ConflictInput['measures'][number][] = [];
  const hearings: ConflictInput['hearings'][number][] = [];
  const decisions: ConflictInput['decisions'][number][] = [];
  for (const text of held) {
    const dates = JSON.parse(text) as ConflictSlice;
    if (dates.kind === 'case') kase = { ...dates.record, jurisdiction: dates.jurisdiction };
    else if (dates.kind === 'charge') charges.push(dates.record);
    else if (dates.kind === 'measure') measures.push(dates.record);
    else if (dates.kind === 'hearing') hearings.push(dates.record);
    else decisions.push(dates.record);
  }
  return kase && { case: kase, charges, measures, hearings, decisions };
}

/**
 * The conflicts of cases read back from the transaction, a few hundred at a time, so memory does not grow with
 * their number beyond their ids.
 */
async function* readBackConflicts(
  reader: Pick<RecordReader, 'list'>,
  caseIds: readonly string[],
  law: Law,
): AsyncGenerator<[string, DateConflict[]]> {
  const ids = [...caseIds].sort();
  for (let i = 0; i < ids.length; i += CASES_AT_ONCE) {
    const chunk = ids.slice(i, i + CASES_AT_ONCE);
    const read = async <K extends RecordKind>(kind: K) => {
      const byCase = new Map<string, RecordOf<K>[]>();
      for (const row of await reader.list(kind, { cases: chunk })) {
        const caseId = (row.data as { case: string }).case;
        const list = byCase.get(caseId);
        if (list) list.push(row.data);
        else byCase.set(caseId, [row.data]);
      }
      return (caseId: string) => byCase.get(caseId) ?? [];
    };
    // One after another: a transaction's connection runs one query at a time.
    const cases = await reader.list('case', { ids: chunk });
    const charges = await read('charge');
    const measures = await read('measure');
    const hearings = await read('hearing');
    const decisions = await read('decision');
    for (const { data: kase } of cases) {
      const records = {
        case: kase,
        charges: charges(kase.id),
        measures: measures(kase.id),
        hearings: hearings(kase.id),
        decisions: decisions(kase.id),
      };
      yield [kase.id, caseDateConflicts(records, conflictOptions(law, kase.jurisdiction))];
    }
  }
}
