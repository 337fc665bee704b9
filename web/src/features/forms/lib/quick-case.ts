import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../../../../../src/exchange/bundle-schema.ts';
import { dayBounds, isPartialDate, parseDateRange } from '../../../../../src/core/dates/partial-date.ts';
import { addDays, addMonths } from '../../../../../src/core/dates/day.ts';
import type { Duration } from '../../../../../src/core/dates/duration.ts';
import { readWrittenDuration, type WrittenDuration } from '../../../../../src/core/dates/written-duration.ts';
import { recordOfForm } from './form-record.ts';
import { nameKindOf, nameWriting, type NameWriting } from './name-script.ts';

/**
 * A case recorded from one source in one form, as a dispatch tells it: the source, the person prosecuted, the
 * charges in the order they were brought (each perhaps reclassified from, or brought again after, an earlier one),
 * the restraint measures (each perhaps replaced by the next), the hearings, and how recent the source's news is.
 * Every fact cites the source. The form becomes one bundle, imported whole or not at all.
 */
export interface QuickCaseValues {
  visibility: string;
  jurisdiction: string;
  title: string;
  summary: string;
  /** The day of the source's latest news about the case: past it, the case's facts say what was last known. */
  confirmedOn: string;
  source: {
    /** A source already recorded; when set, the fields below are not used. */
    existing: string;
    title: string;
    publisher: string;
    publishedOn: string;
    url: string;
    accessedOn: string;
  };
  person: {
    /** A person already recorded; when set, the names below are not used. */
    existing: string;
    name: string;
    /** Other spellings, one a line or separated by commas. */
    otherNames: string;
  };
  charges: QuickCharge[];
  measures: QuickMeasure[];
  hearings: QuickHearing[];
}

export interface QuickCharge {
  id: string;
  article: { jurisdiction: string; code: string; article: string; part: string };
  /** The offence as the source words it ("organizing mass riots"), when typed rather than cited. */
  label: string;
  /** How the charge began: brought, reclassified from an earlier row, or brought again after one. */
  began: 'brought' | 'reclassification' | 'rebrought';
  /** The earlier row (its index, as text) a reclassification or a bringing again follows. */
  from: string;
  date: string;
  /** What became of it, where the source says and no later row says it: dropped, or sent to court. */
  then: '' | 'dropped' | 'sent_to_court';
  thenDate: string;
}

export interface QuickMeasure {
  id: string;
  kind: string;
  from: string;
  until: string;
  /** How long it lasted in the source's words ("just over eight months"): the days its dates leave open narrow. */
  duration: string;
  /** Replaced by the next row's measure (custody changed to house arrest) on `until`, or on the next one's start. */
  replaced: boolean;
}

export interface QuickHearing {
  id: string;
  kind: string;
  date: string;
  status: 'held' | 'scheduled';
  /** The charges it tries, by their rows' ids, where the source says ("his trial on those"). */
  charges: string[];
}

/** The ids of the records the form makes (new ones drawn when the form opens, so a second save is the same). */
export interface QuickIds {
  case: string;
  source: string;
  person: string;
}

export function emptyQuickCharge(id: string, jurisdiction = 'kz'): QuickCharge {
  return {
    id,
    article: { jurisdiction, code: 'cc', article: '', part: '' },
    label: '',
    began: 'brought',
    from: '',
    date: '',
    then: '',
    thenDate: '',
  };
}

export function emptyQuickMeasure(id: string, kind = ''): QuickMeasure {
  return { id, kind, from: '', until: '', duration: '', replaced: false };
}

export function emptyQuickHearing(id: string): QuickHearing {
  return { id, kind: 'trial_session', date: '', status: 'held', charges: [] };
}

/** The several spellings typed in one box: one a line, or separated by commas or semicolons. */
export function otherNamesOf(text: string): string[] {
  return text
    .split(/[\n,;]/)
    .map((name) => name.trim())
    .filter((name, i, all) => name !== '' && all.indexOf(name) === i);
}

/** A row with nothing typed in it is left out, as an empty box is: a case may have no charge, measure or hearing yet. */
// A measure that replaced the one above it is given by that one's change, with nothing typed in its own row.
const IS_FILLED = {
  charges: (row: QuickCharge) => row.article.article.trim() !== '' || row.date !== '' || row.then !== '',
  measures: (row: QuickMeasure, above: QuickMeasure | undefined) =>
    row.from !== '' || row.until !== '' || row.duration.trim() !== '' || above?.replaced === true,
  hearings: (row: QuickHearing) => row.date !== '',
};
export type RowList = keyof typeof IS_FILLED;

/** The indexes of the rows of a list that are not empty: the nth record of the list in the bundle is row `[n]`. */
export function keptRows(values: QuickCaseValues, list: RowList): number[] {
  const isFilled = IS_FILLED[list] as (row: unknown, above: unknown) => boolean;
  const rows: unknown[] = values[list];
  return rows.flatMap((row, i) => (isFilled(row, rows[i - 1]) ? [i] : []));
}

type Citations = { source: string }[];
type Rec = Record<string, unknown>;

/** A name as the person's record holds it: its script and language read from its letters, cited. */
function nameOf(value: string, fallback: NameWriting, cite: Citations, isPreferred: boolean): Rec {
  const writing = nameWriting(value) ?? fallback;
  return {
    value,
    ...writing,
    kind: nameKindOf(writing, 'transliteration'),
    ...(isPreferred ? { isPreferred: true } : {}),
    sources: cite,
  };
}

/** The later row that reclassifies the `i`th charge, if one does. */
export function reclassifiedBy(rows: readonly QuickCharge[], i: number): number | undefined {
  const j = rows.findIndex((row, k) => k > i && row.began === 'reclassification' && row.from === String(i));
  return j >= 0 ? j : undefined;
}

function chargesOf(values: QuickCaseValues, ids: QuickIds, defendant: string, cite: Citations): Rec[] {
  const rows = values.charges;
  const lifecycles: Rec[][] = rows.map((row) => [{ kind: 'brought', date: row.date, sources: cite }]);
  const origins: (Rec | undefined)[] = rows.map(() => undefined);
  rows.forEach((row, i) => {
    if (row.began === 'brought') return;
    const from = Number(row.from);
    const earlier = Number.isInteger(from) && from >= 0 && from < i ? rows[from] : undefined;
    // An origin without an earlier row is written as it is, so the core says what is missing.
    origins[i] = { kind: row.began, from: earlier !== undefined ? [earlier.id] : [] };
    if (earlier !== undefined && row.began === 'reclassification')
      lifecycles[from]?.push({ kind: 'reclassified', date: row.date, successors: [row.id], sources: cite });
  });
  rows.forEach((row, i) => {
    // A charge reclassified ends there: what the form asked of it later is not written after that.
    if (row.then !== '' && reclassifiedBy(rows, i) === undefined)
      lifecycles[i]?.push({ kind: row.then, date: row.thenDate, sources: cite });
  });
  return keptRows(values, 'charges').map((i) => {
    const row = rows[i] as QuickCharge;
    return {
      id: row.id,
      case: ids.case,
      defendant,
      article: row.article,
      label: row.label,
      ...(origins[i] !== undefined ? { origin: origins[i] } : {}),
      lifecycle: lifecycles[i],
      visibility: values.visibility,
      sources: cite,
    };
  });
}

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
  return from <= to ? `[${from}..${to}]` : '';
}

/**
 * The measures' rows kept, with the day each began and, for one replaced by the next, the day it was changed: as
 * typed, or worked out (a start from the one it replaced, from the news for one still running, from an end and a
 * length). `kept[n]` is the form's row of the nth.
 */
function measureDates(values: QuickCaseValues) {
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
  rows.forEach((row, i) => {
    const end = isReplaced(i) ? (changes[i] ?? '') : row.until;
    if (starts[i] === '' && end !== '') starts[i] = startBefore(end, readWrittenDuration(row.duration));
  });
  return { kept, rows, starts, changes, isReplaced };
}

/** The start the form works out for the measure of row `row` when none is typed there, or '' when it has none. */
export function workedOutStart(values: QuickCaseValues, row: number): string {
  const { kept, starts } = measureDates(values);
  const n = kept.indexOf(row);
  return n >= 0 && values.measures[row]?.from === '' ? (starts[n] ?? '') : '';
}

function measuresOf(values: QuickCaseValues, ids: QuickIds, person: string, cite: Citations): Rec[] {
  const { rows, starts, changes, isReplaced } = measureDates(values);
  return rows.map((row, i) => {
    const steps: Rec[] = [{ kind: 'ordered', date: starts[i], sources: cite }];
    if (isReplaced(i))
      steps.push({ kind: 'changed', date: changes[i], successor: rows[i + 1]?.id, sources: cite });
    else if (row.until !== '') steps.push({ kind: 'ended', date: row.until, sources: cite });
    const read = row.duration.trim() === '' ? undefined : readWrittenDuration(row.duration);
    return {
      id: row.id,
      case: ids.case,
      person,
      kind: row.kind,
      steps,
      ...(row.duration.trim() !== ''
        ? { reportedDuration: { text: row.duration.trim(), ...(read ?? {}), sources: cite } }
        : {}),
      visibility: values.visibility,
      sources: cite,
    };
  });
}

/**
 * The bundle the form makes: the new source and person (unless chosen among those recorded), the case with the
 * person as its defendant, its charges with their succession written on both sides, its measures with each
 * change, and its hearings, every fact citing the source. Empty boxes are left out, as a record form leaves them.
 */
export function bundleOfQuickCase(values: QuickCaseValues, ids: QuickIds, language: string): Rec {
  const sourceId = values.source.existing !== '' ? values.source.existing : ids.source;
  const personId = values.person.existing !== '' ? values.person.existing : ids.person;
  const cite: Citations = [{ source: sourceId }];
  const writing: NameWriting =
    language === 'en'
      ? { script: 'Latn', language: 'en' }
      : { script: 'Cyrl', language: language === 'kk' ? 'kk' : 'ru' };
  const { source } = values;
  const sources =
    values.source.existing !== ''
      ? []
      : [
          {
            id: ids.source,
            // An address makes it a web page, read on the day given; without one it is a document.
            kind: source.url.trim() !== '' ? 'web' : 'document',
            ...(source.url.trim() === '' ? { documentKind: 'article' } : {}),
            title: source.title,
            publisher: source.publisher,
            publishedOn: source.publishedOn,
            url: source.url.trim(),
            accessedOn: source.url.trim() !== '' ? source.accessedOn : '',
            visibility: values.visibility,
          },
        ];
  const persons =
    values.person.existing !== ''
      ? []
      : [
          {
            id: ids.person,
            names: [
              nameOf(values.person.name.trim(), writing, cite, true),
              ...otherNamesOf(values.person.otherNames)
                .filter((name) => name !== values.person.name.trim())
                .map((name) => nameOf(name, writing, cite, false)),
            ],
            visibility: values.visibility,
            fieldVisibility: { contact: 'restricted' },
          },
        ];
  const theCase = {
    id: ids.case,
    jurisdiction: values.jurisdiction,
    title: values.title,
    summary: values.summary,
    participants: [{ person: personId, role: 'defendant', sources: cite }],
    ...(values.confirmedOn !== '' ? { confirmed: { on: values.confirmedOn, sources: cite } } : {}),
    visibility: values.visibility,
    sources: cite,
  };
  const charged = new Set(keptRows(values, 'charges').map((i) => values.charges[i]?.id));
  const hearings = keptRows(values, 'hearings')
    .map((i) => values.hearings[i] as QuickHearing)
    .map((row) => ({
      id: row.id,
      case: ids.case,
      kind: row.kind,
      date: row.date,
      status: row.status,
      // Ticked charges whose rows were left empty are not written; none ticked is not said, and left out.
      ...(row.charges.some((id) => charged.has(id))
        ? { charges: row.charges.filter((id) => charged.has(id)) }
        : {}),
      visibility: values.visibility,
      sources: cite,
    }));
  return recordOfForm({
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    sources,
    persons,
    cases: [theCase],
    charges: chargesOf(values, ids, personId, cite),
    measures: measuresOf(values, ids, personId, cite),
    hearings,
  }) as Rec;
}
