import { parseDateRange } from '../../../../../src/core/dates/partial-date.ts';
import { broughtAgainAfterReplaced, TERMINAL_STEPS } from '../../../../../src/core/charge/charge.ts';
import { dateSpan as dateSpanOf } from '../../../lib/timeline-geometry.ts';
import type { PresentedCase, PresentedCaseFacts } from '../api/get-case.ts';
import { byBrought, byDay, byOrdered } from './record-order.ts';

/** The lanes of a case's timeline, top to bottom. */
export const LANES = ['charges', 'measures', 'hearings', 'events'] as const;
export type Lane = (typeof LANES)[number];

/** A dated mark on a row: a step, a hearing, a one-day event; its date as recorded. */
export interface TimelineMark {
  id: string;
  date: string;
  /** A catalogue key naming what happened ("step.sent_to_court"), or undefined when the row's label says it. */
  what?: string;
}

/** One row of the timeline: a record, drawn as the interval it ran (when it has one) and its dated marks. */
export interface TimelineRow {
  id: string;
  lane: Lane;
  /** The record's own words (an article, a title), or a catalogue key when `labelKey` is set. */
  label: string;
  labelKey?: string;
  /** The day the row began, shown beside its label where another row has the same label. */
  since?: string | undefined;
  /** For a charge: its article, which the reader's language writes. */
  article?: { article: string; part?: string | undefined };
  interval?: { start: string; end?: string };
  /**
   * For a charge that took the place of one later brought again: the day that one was brought again, from which
   * what became of this one is not recorded, and it is drawn as not confirmed.
   */
  unconfirmedFrom?: string;
  marks: TimelineMark[];
}

/** A link between two charges: one reclassified into, re-brought as, merged into or split into the other. */
export interface TimelineLink {
  from: string;
  to: string;
  kind: string;
}

const MEASURE_ENDS = new Set(['ended', 'changed']);

const isBrought = (c: PresentedCase['charges'][number]) => c.lifecycle.some((s) => s.kind === 'brought');

/**
 * The rows of a case's timeline: each charge from when it was brought to the step that ended it; each measure from
 * its order to its end or change; the hearings on one row; each event as its span. Records without a date are
 * left out (they have nothing to draw), and each row keeps its dates as recorded, for the geometry to read.
 */
export function timelineRows(file: PresentedCase): TimelineRow[] {
  const charges = byBrought(file.charges).flatMap((c): TimelineRow[] => {
    const start = c.lifecycle.find((s) => s.kind === 'brought') ?? c.lifecycle[0];
    if (!start) return [];
    const end = c.lifecycle.find((s) => TERMINAL_STEPS.has(s.kind));
    const again =
      end === undefined
        ? broughtAgainAfterReplaced(c, file.charges, {
            isBrought,
            defendantOf: (other) => other.defendant?.id,
          })
        : undefined;
    const againOn = again?.lifecycle.find((s) => s.kind === 'brought')?.date;
    return [
      {
        id: c.id,
        lane: 'charges',
        label: c.articleLabel,
        article: c.article,
        interval: end ? { start: start.date, end: end.date } : { start: start.date },
        ...(againOn !== undefined ? { unconfirmedFrom: dateSpanOf(againOn).earliest } : {}),
        marks: c.lifecycle
          .filter((s) => s !== start && s !== end)
          .map((s, i) => ({ id: `${c.id}#${i}`, date: s.date, what: `step.${s.kind}` })),
      },
    ];
  });
  // Two charges under one article (one reclassified away, then brought again) are told apart by when they began.
  const since = sinceOfAlike(charges.map((r) => ({ id: r.id, label: r.label, start: r.interval?.start })));
  for (const row of charges) {
    const told = since.get(row.id);
    if (told !== undefined) row.since = told;
  }
  const measures = byOrdered(file.measures).flatMap((m): TimelineRow[] => {
    const start = m.steps.find((s) => s.kind === 'ordered') ?? m.steps[0];
    if (!start) return [];
    const end = m.steps.find((s) => MEASURE_ENDS.has(s.kind));
    return [
      {
        id: m.id,
        lane: 'measures',
        label: m.kindTitle,
        labelKey: `measureKind.${m.kind}`,
        interval: end ? { start: start.date, end: end.date } : { start: start.date },
        marks: m.steps
          .filter((s) => s !== start && s !== end)
          .map((s, i) => ({ id: `${m.id}#${i}`, date: s.date, what: `measureStep.${s.kind}` })),
      },
    ];
  });
  const hearings: TimelineRow[] =
    file.hearings.length === 0
      ? []
      : [
          {
            id: 'hearings',
            lane: 'hearings',
            label: 'hearings',
            labelKey: 'timeline.lane.hearings',
            marks: byDay(file.hearings).map((h) => ({
              id: h.id,
              date: h.date,
              what: `hearingKind.${h.kind}`,
            })),
          },
        ];
  const events = file.events.map((e): TimelineRow => ({
    id: e.id,
    lane: 'events',
    label: e.title,
    ...(e.end !== undefined ? { interval: { start: e.start, end: e.end } } : {}),
    marks: e.end === undefined ? [{ id: e.id, date: e.start }] : [],
  }));
  return [...charges, ...measures, ...hearings, ...events];
}

/** The links of the charges' lineage (reclassified, re-brought, merged, split) between rows that are drawn. */
export function timelineLinks(facts: PresentedCaseFacts, rows: readonly TimelineRow[]): TimelineLink[] {
  const drawn = new Set(rows.map((r) => r.id));
  return facts.lineage
    .flatMap((family) => family.links)
    .filter((l) => drawn.has(l.from) && drawn.has(l.to))
    .map((l) => ({ from: l.from, to: l.to, kind: l.kind }));
}

/** Every date the rows draw, as recorded: what the timeline's scale and the "as of" slider span. */
export function rowDates(rows: readonly TimelineRow[]): string[] {
  return rows.flatMap((r) => [
    ...(r.interval ? [r.interval.start, ...(r.interval.end ? [r.interval.end] : [])] : []),
    ...r.marks.map((m) => m.date),
  ]);
}

/**
 * Of records named alike (charges under one article, one reclassified away, then brought again), what tells each
 * apart: the year it began when that alone does (it fits beside the name), else its first date as recorded. Records
 * named once are not in the map. A start known only as a range ("[2022-01-01..2022-11-30]") is told by its first end.
 */
export function sinceOfAlike(
  records: readonly { id: string; label: string; start: string | undefined }[],
): Map<string, string> {
  const firstOf = (date: string | undefined) =>
    date === undefined ? undefined : (parseDateRange(date)?.from ?? date);
  const told = new Map<string, string>();
  for (const r of records) {
    const alike = records.filter((x) => x.label === r.label);
    const first = firstOf(r.start);
    if (alike.length < 2 || first === undefined) continue;
    const year = first.slice(0, 4);
    const years = alike.map((x) => firstOf(x.start)?.slice(0, 4));
    told.set(r.id, years.filter((y) => y === year).length === 1 ? year : first);
  }
  return told;
}
