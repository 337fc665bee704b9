import { dayBounds, isPartialDate, parseDateRange } from '../../../../../src/core/dates/partial-date.ts';
import { addDays, addMonths } from '../../../../../src/core/dates/day.ts';
import type { Duration } from '../../../../../src/core/dates/duration.ts';
import { readWrittenDuration, type WrittenDuration } from '../../../../../src/core/dates/written-duration.ts';
import { keptRows, notedStep, type QuickCaseValues, type QuickMeasure } from './quick-case.ts';

// The days of a case's restraint measures as the form of one source works them out from what the source gives:
// a start from an end and a length, an end from a start and a length, a start bounded by the latest news.

/**
 * A measure still running at the source's latest news began by that day: a start that may lie later (a change
 * "Sep 2022 – Jan 2023" when the news is of 26 January 2023) is bounded by it, as the form says of an end left empty.
 */
function startedByNews(date: string, news: string): string {
  if (date === '' || news === '' || !isPartialDate(date) || !isPartialDate(news)) return date;
  const start = dayBounds(date);
  const { latest } = dayBounds(news);
  if (start.latest <= latest || start.earliest > latest) return date;
  const from = parseDateRange(date)?.from;
  return `[${from !== undefined && dayBounds(from).earliest === start.earliest ? from : start.earliest}..${latest}]`;
}

/** The days a measure that ended on `end` and lasted `length` may have begun on, or '' when they are not known. */
function startBefore(end: string, length: WrittenDuration | undefined): string {
  if (!isPartialDate(end) || length?.atLeast === undefined || length.atMost === undefined) return '';
  const before = (day: string, d: Duration) =>
    addDays(addMonths(day, -((d.years ?? 0) * 12 + (d.months ?? 0))), -(d.days ?? 0));
  const { earliest, latest } = dayBounds(end);
  const from = before(earliest, length.atMost);
  const to = before(latest, length.atLeast);
  return from === to ? from : from < to ? `[${from}..${to}]` : '';
}

/**
 * The measures' rows kept, with the day each began and, for one replaced by the next, the day it was changed: as
 * typed, or worked out (a start from the one it replaced, from the news for one still running, from an end and a
 * length). `kept[n]` is the form's row of the nth.
 */
export function measureDates(values: QuickCaseValues) {
  const kept = keptRows(values, 'measures');
  const rows = kept.map((i) => values.measures[i] as QuickMeasure);
  const isReplaced = (i: number) => rows[i]?.replaced === true && i + 1 < rows.length;
  // A measure that replaced the one above began when that one was changed, unless its own start is given.
  const starts = rows.map((row, i) =>
    row.from !== '' ? row.from : isReplaced(i - 1) ? (rows[i - 1]?.until ?? '') : '',
  );
  const changes = rows.map((row, i) =>
    isReplaced(i) ? (row.until !== '' ? row.until : (rows[i + 1]?.from ?? '')) : '',
  );
  rows.forEach((row, i) => {
    if (isReplaced(i) || row.until !== '') return;
    const start = starts[i] ?? '';
    const bounded = startedByNews(start, values.confirmedOn);
    starts[i] = bounded;
    if (isReplaced(i - 1) && changes[i - 1] === start) changes[i - 1] = bounded;
  });
  // A start not given is worked out from the end (bounded by the news above) and the length the source gives.
  const byLength = rows.map(() => false);
  rows.forEach((row, i) => {
    const end = isReplaced(i) ? (changes[i] ?? '') : row.until;
    if (starts[i] !== '' || end === '') return;
    starts[i] = startBefore(end, readWrittenDuration(row.duration));
    byLength[i] = starts[i] !== '';
  });
  // A change not given is worked out from the start and the length, bounded by the news; the next began then.
  rows.forEach((row, i) => {
    if (!isReplaced(i) || changes[i] !== '') return;
    const end = endAfter(starts[i] ?? '', readWrittenDuration(row.duration), values.confirmedOn);
    if (end === '') return;
    changes[i] = end;
    if (starts[i + 1] === '') starts[i + 1] = end;
  });
  return { kept, rows, starts, changes, isReplaced, byLength };
}

/**
 * The days a measure that began on `start` and lasted `length` may have ended on, no later than the news, or ''
 * when they are not known.
 */
function endAfter(start: string, length: WrittenDuration | undefined, news: string): string {
  if (!isPartialDate(start) || length?.atLeast === undefined || length.atMost === undefined) return '';
  const after = (day: string, d: Duration) =>
    addDays(addMonths(day, (d.years ?? 0) * 12 + (d.months ?? 0)), d.days ?? 0);
  const { earliest, latest } = dayBounds(start);
  const from = after(earliest, length.atLeast);
  const last = after(latest, length.atMost);
  const to = isPartialDate(news) && dayBounds(news).latest < last ? dayBounds(news).latest : last;
  return from === to ? from : from < to ? `[${from}..${to}]` : '';
}

/** The day the form works out for the change of the measure of row `row` to the next, or '' when it has none. */
export function workedOutChange(values: QuickCaseValues, row: number): string {
  const { kept, changes } = measureDates(values);
  const n = kept.indexOf(row);
  return n >= 0 && values.measures[row]?.until === '' ? (changes[n] ?? '') : '';
}

/** The measure row before row `row` among those with a kind, which it may have replaced. */
export function measureBefore(values: QuickCaseValues, row: number): QuickMeasure | undefined {
  const kept = keptRows(values, 'measures');
  const n = kept.indexOf(row);
  return n > 0 ? values.measures[kept[n - 1] as number] : undefined;
}

/** The start the form works out for the measure of row `row` when none is typed there, or '' when it has none. */
export function workedOutStart(values: QuickCaseValues, row: number): string {
  const { kept, starts } = measureDates(values);
  const n = kept.indexOf(row);
  return n >= 0 && values.measures[row]?.from === '' ? (starts[n] ?? '') : '';
}

/**
 * The start worked out for the measure of row `row` from its end and its length, with the end it was counted back
 * from, or undefined when its start is typed or comes otherwise.
 */
export function startByLength(
  values: QuickCaseValues,
  row: number,
): { start: string; end: string } | undefined {
  const { kept, starts, changes, byLength, isReplaced } = measureDates(values);
  const n = kept.indexOf(row);
  if (n < 0 || byLength[n] !== true) return undefined;
  const end = isReplaced(n) ? (changes[n] ?? '') : (values.measures[row]?.until ?? '');
  return { start: starts[n] ?? '', end };
}

/**
 * The measures of the form as records of the case: each ordered on its start (given, or worked out), changed to the
 * next on the day worked out for it or ended on its end, with its length in the source's words; every step cites
 * the source as `cite` says for its row.
 */
export function measuresOf(
  values: QuickCaseValues,
  caseId: string,
  person: string,
  cite: (row: QuickMeasure) => Record<string, unknown>[],
  notes: ReadonlyMap<string, string> = new Map(),
): Record<string, unknown>[] {
  const { kept, rows, starts, changes, isReplaced } = measureDates(values);
  return rows.map((row, i) => {
    // A date worked out rather than read says so, and how, in its step's note.
    // The researcher's own note on a measure's dates goes with the step that ordered it.
    const noted = (field: string) =>
      notedStep(notes.get(`measures.${String(kept[i])}.${field}`), field === 'from' ? row.note : undefined);
    const steps: Record<string, unknown>[] = [
      { kind: 'ordered', date: starts[i], ...noted('from'), sources: cite(row) },
    ];
    if (isReplaced(i))
      steps.push({
        kind: 'changed',
        date: changes[i],
        successor: rows[i + 1]?.id,
        ...noted('change'),
        sources: cite(row),
      });
    else if (row.until !== '') steps.push({ kind: 'ended', date: row.until, sources: cite(row) });
    const read = row.duration.trim() === '' ? undefined : readWrittenDuration(row.duration);
    return {
      id: row.id,
      case: caseId,
      person,
      kind: row.kind,
      steps,
      ...(row.duration.trim() !== ''
        ? { reportedDuration: { text: row.duration.trim(), ...(read ?? {}), sources: cite(row) } }
        : {}),
      visibility: values.visibility,
      sources: cite(row),
    };
  });
}
