import { UNDISPUTABLE_FIELDS, pathSegments, valueAt, withValueAt, type Dispute } from '../common/disputes.ts';
import { toJsonPath } from '../common/zod-issues.ts';
import { RECORD_KINDS, type AnyRecord, type RecordKind } from './record-kinds.ts';
import { recordPath } from './record-path.ts';
import type { Report } from './record-rules.ts';

/**
 * The rules of a record's disputed values: each names a value the record holds (not its id, case, sources or
 * confidentiality), at most one dispute per value, and each other account makes a valid record when it stands
 * in the recorded value's place. Every message names the record by id, and every place is a JSON path.
 */
export function checkDisputes(kind: RecordKind, record: AnyRecord, index: number, report: Report): void {
  const disputes: readonly Dispute[] = (record as { disputes?: Dispute[] }).disputes ?? [];
  const seen = new Set<string>();
  disputes.forEach((dispute, i) => {
    const at = (suffix: string) => recordPath(kind, index, `.disputes[${i}]${suffix}`);
    const name = `${kind} "${record.id}"`;
    const field = pathSegments(dispute.path)[0] ?? '';
    if (UNDISPUTABLE_FIELDS.has(field)) {
      report('validation.invalid', at('.path'), `${name}: "${field}" cannot be disputed; correct it instead`);
      return;
    }
    if (!valueAt(record, dispute.path).found) {
      report(
        'validation.invalid',
        at('.path'),
        `${name}: the disputed value "${dispute.path}" is not in the record (record the value one source gives, and the others as accounts)`,
      );
      return;
    }
    if (seen.has(dispute.path)) {
      report(
        'validation.invalid',
        at('.path'),
        `${name}: "${dispute.path}" is disputed twice; give one dispute all its accounts`,
      );
      return;
    }
    seen.add(dispute.path);
    dispute.accounts.forEach((account, k) => {
      const variant = withValueAt(record, dispute.path, account.value);
      const parsed = RECORD_KINDS[kind].schema.safeParse(variant);
      if (parsed.success) return;
      for (const issue of parsed.error.issues) {
        const where = toJsonPath('', issue.path).replace(/^\./, '') || 'the record';
        report(
          'validation.invalid',
          at(`.accounts[${k}].value`),
          `${name}: account ${k} of "${dispute.path}" does not make a valid ${kind} (${where}: ${issue.message})`,
        );
      }
    });
  });
}
