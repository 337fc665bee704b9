import { caseDateConflicts, conflictIssue, conflictOptions } from '../case/case-conflicts.ts';
import type { Issue } from '../errors.ts';
import type { RecordReader } from '../ports.ts';
import type { RecordKind, RecordOf } from './record-kinds.ts';

/** How many cases are read back at a time to check their dates across records. */
const CASES_AT_ONCE = 200;

/**
 * The dates that contradict each other across the records of the cases an import touched, read back from the
 * transaction once everything is written: warnings kept with the records (the import succeeds), each named by
 * its record's id and the path within it. Cases are read a few hundred at a time, so memory does not grow with
 * the bundle beyond their ids.
 */
export async function importConflictWarnings(
  reader: Pick<RecordReader, 'list'>,
  caseIds: Iterable<string>,
  law: { measure(jurisdiction: string, key: string): unknown } | undefined,
  file?: string,
): Promise<Issue[]> {
  const out: Issue[] = [];
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
      for (const c of caseDateConflicts(records, conflictOptions(law, kase.jurisdiction)))
        out.push(conflictIssue(c, file));
    }
  }
  return out;
}
