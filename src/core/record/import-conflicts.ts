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
 * How many records' dates an import keeps in memory at most (some 450 bytes each: 180 MB at most). Past it,
 * whole cases are let go, earliest first, and read back from the transaction at the end instead: memory stays
 * bounded.
 */
export const KEEP_DATES_OF_AT_MOST = 400_000;

type Law = { measure(jurisdiction: string, key: string): unknown } | undefined;

/** The dates of one case's records, as the bundle gave them. */
interface HeldCase {
  case?: ConflictCase;
  jurisdiction?: string;
  charges: ConflictInput['charges'][number][];
  measures: ConflictInput['measures'][number][];
  hearings: ConflictInput['hearings'][number][];
  decisions: ConflictInput['decisions'][number][];
}

/**
 * The dates that contradict each other across the records of the cases an import writes: warnings kept with the
 * records (the import succeeds), each named by its record's id and the path within it. A case the import creates
 * has every record in the bundle, so it is checked from the dates kept as the records streamed by; a case that
 * was in the database already (its other records may not be in the bundle), or whose dates were let go to keep
 * memory bounded, is read back from the transaction once everything is written.
 */
export class ImportConflicts {
  private readonly touched = new Set<string>();
  private readonly held = new Map<string, HeldCase>();
  private readonly letGo = new Set<string>();
  private readonly created = new Set<string>();
  private heldCount = 0;

  constructor(private readonly keepAtMost = KEEP_DATES_OF_AT_MOST) {}

  /** A record the import writes (or finds unchanged), with its dates when its kind has any the checks read. */
  add(caseId: string, dates: ConflictSlice | undefined): void {
    this.touched.add(caseId);
    if (dates === undefined || this.letGo.has(caseId)) return;
    let held = this.held.get(caseId);
    if (!held) this.held.set(caseId, (held = { charges: [], measures: [], hearings: [], decisions: [] }));
    if (dates.kind === 'case') {
      held.case = dates.record;
      held.jurisdiction = dates.jurisdiction;
    } else if (dates.kind === 'charge') held.charges.push(dates.record);
    else if (dates.kind === 'measure') held.measures.push(dates.record);
    else if (dates.kind === 'hearing') held.hearings.push(dates.record);
    else held.decisions.push(dates.record);
    if (++this.heldCount > this.keepAtMost) this.shed();
  }

  /** Cases the import created: no record of theirs is anywhere but in the bundle. */
  noteCreated(caseIds: Iterable<string>): void {
    for (const id of caseIds) this.created.add(id);
  }

  /** Lets go of the earliest cases' dates, down to half the limit; they are read back at the end. */
  private shed(): void {
    for (const [id, held] of this.held) {
      if (this.heldCount <= this.keepAtMost / 2) break;
      this.held.delete(id);
      this.letGo.add(id);
      this.heldCount -= held.charges.length + held.measures.length + held.hearings.length;
      this.heldCount -= held.decisions.length + (held.case ? 1 : 0);
    }
  }

  /** The warnings of every case the import wrote, case by case in the order of their ids. */
  async warnings(reader: Pick<RecordReader, 'list'>, law: Law, file?: string): Promise<Issue[]> {
    const byCase = new Map<string, DateConflict[]>();
    const readBack: string[] = [];
    for (const id of this.touched) {
      const held = this.created.has(id) ? this.held.get(id) : undefined;
      if (held?.case === undefined || held.jurisdiction === undefined) {
        readBack.push(id);
        continue;
      }
      const { case: kase, jurisdiction, ...records } = held;
      byCase.set(id, caseDateConflicts({ case: kase, ...records }, conflictOptions(law, jurisdiction)));
    }
    for await (const [id, conflicts] of readBackConflicts(reader, readBack, law)) byCase.set(id, conflicts);
    return [...byCase.keys()]
      .sort()
      .flatMap((id) => (byCase.get(id) ?? []).map((c) => conflictIssue(c, file)));
  }
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
