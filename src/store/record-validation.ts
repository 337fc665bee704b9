import { fromZodError } from '../core/common/zod-issues.ts';
import type { Issue } from '../core/errors.ts';
import { RECORD_KINDS, type RecordKind, type RecordOf } from '../core/record/record-kinds.ts';

/** The outcome of checking one record against its kind's schema. */
export type Checked<K extends RecordKind> =
  { record: RecordOf<K>; issues?: undefined } | { record?: undefined; issues: Issue[] };

/**
 * Checks a record with its kind's zod schema before it is written; each issue names the record and its path.
 * `index` is the record's place in an import, named in the path ($[12].lifecycle[0].kind) and as the row.
 */
export function checkRecord<K extends RecordKind>(kind: K, value: unknown, index?: number): Checked<K> {
  const result = RECORD_KINDS[kind].schema.safeParse(value);
  if (result.success) return { record: result.data as RecordOf<K> };
  const id = typeof value === 'object' && value !== null && 'id' in value ? String(value.id) : '(no id)';
  const base = index === undefined ? '$' : `$[${index}]`;
  const issues = fromZodError(result.error, base).map((issue) => ({
    ...issue,
    message: `${kind} ${id}: ${issue.message}`,
    ...(index !== undefined ? { row: index } : {}),
  }));
  return { issues };
}
