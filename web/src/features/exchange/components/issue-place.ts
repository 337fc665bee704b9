import type { ApiIssue } from '../../../lib/api-write.ts';

/** Where a problem is, as its parts in reading order: the file, the JSON path, the record, the line and column. */
export interface IssuePlace {
  file?: string;
  path?: string;
  record?: string;
  line?: number;
  column?: number;
}

/**
 * The place of an import problem, ready to show: a path within a record ('.steps[0].date') is joined to the
 * record's id, a path in the file ('$.charges[3].article') is kept whole; absent parts stay absent.
 */
export function issuePlace(issue: ApiIssue): IssuePlace {
  const place: IssuePlace = {};
  if (issue.file !== undefined) place.file = issue.file;
  if (issue.path !== undefined) place.path = issue.path;
  else if (issue.field !== undefined) place.path = issue.field;
  if (issue.record !== undefined) place.record = issue.record;
  if (issue.line !== undefined) place.line = issue.line;
  if (issue.column !== undefined) place.column = issue.column;
  return place;
}

/** The kinds with records in a bundle, with how many and what the import did (or would do) to them. */
export function reportRows(
  counts: Record<string, number>,
  outcomes: Record<string, { created: number; updated: number; unchanged: number }>,
): { kind: string; count: number; created: number; updated: number; unchanged: number }[] {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => ({
      kind,
      count,
      ...(outcomes[kind] ?? { created: 0, updated: 0, unchanged: 0 }),
    }));
}
