import { fromZodError } from '../core/common/zod-issues.ts';
import { DomainError, type Issue } from '../core/errors.ts';
import { RECORD_KINDS, type RecordKind, type RecordOf } from '../core/record/record-kinds.ts';
import type { RecordRow } from '../core/record/record-row.ts';

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

// eslint-disable-next-line no-control-regex -- the NUL character is what it finds
const UNKEEPABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ESCAPE = Buffer.from('\\u');
const MAX_ISSUES = 1000;

/** The path of the first text in a JSON value that holds U+0000 or half of a surrogate pair, if any. */
function unkeepableAt(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return UNKEEPABLE.test(value) ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const at = Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`;
    if (UNKEEPABLE.test(key)) return at;
    const found = unkeepableAt(item, at);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Where a record's JSON holds text PostgreSQL cannot keep in jsonb; only JSON with a `\u` escape can. */
function unkeepableIn(json: RecordRow['json'], base: string): string | undefined {
  if (typeof json === 'string')
    return json.includes('\\u') ? unkeepableAt(JSON.parse(json), base) : undefined;
  const bytes = Buffer.from(json.buffer, json.byteOffset, json.byteLength);
  return bytes.includes(ESCAPE) ? unkeepableAt(JSON.parse(bytes.toString('utf8')), base) : undefined;
}

/**
 * Refuses records whose text holds the character U+0000 or half of a surrogate pair: PostgreSQL's jsonb cannot
 * keep them, and both databases must accept the same records. `isBulk`: paths and rows name each record's place.
 */
export function checkKeepable(kind: RecordKind, rows: readonly RecordRow[], isBulk: boolean): void {
  const issues: Issue[] = [];
  rows.forEach((row, index) => {
    if (issues.length >= MAX_ISSUES) return;
    const path = unkeepableIn(row.json, isBulk ? `$[${index}]` : '$');
    if (path === undefined) return;
    const message = `${kind} ${row.id}: text may not hold the character U+0000 or half of a surrogate pair`;
    issues.push({ code: 'validation.invalid', message, path, ...(isBulk ? { row: index } : {}) });
  });
  if (issues.length > 0) throw DomainError.fromIssues('validation.invalid', issues);
}
