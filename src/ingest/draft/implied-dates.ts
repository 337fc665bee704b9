import { addDays, addMonths } from '../../core/dates/day.ts';
import { dayBounds } from '../../core/dates/partial-date.ts';
import type { TextRange } from '../extract/suggestion.ts';
import type { DraftCharge, DraftDate, DraftHearing, DraftMeasure } from './draft-types.ts';
import type { OffenceMention } from './offence-mentions.ts';
import type { TextDate } from './text-dates.ts';
import type { TextDuration } from './text-durations.ts';
import type { TextSentence } from './text-sentences.ts';
import type { LibertyDay } from './liberty-dates.ts';

// What a text implies of dates it does not write: the events a prosecution is about bound when its steps may have
// happened, and a length bounds a start. Each date so worked out is marked to be checked.

const within = (r: TextRange, s: TextSentence) => r.start >= s.start && r.end <= s.end;
const EARLIER_BY = /^\s*(?:after|later|before|спустя|после|через|кейін|бұрын)(?![\p{L}])/iu;

/** The dates of events a charge is about and the days they began on: "for his role in the January 2022 protests". */
export interface Events {
  dates: ReadonlySet<TextDate>;
  /** The first day of the earliest event a sentence naming an offence dates: no charge is brought before it. */
  earliest?: string;
}

const EVENT_AFTER =
  /^[\s,]*(?:\p{L}+\s+)?(?:protests?|events?|riots?|unrest|demonstrations?|rall(?:y|ies)|strikes?|событи|протест|беспоряд|митинг|забастов|оқиға|наразылық|ереуіл)/iu;
const EVENT_BEFORE = /(?:during|role in(?: the)?|at the time of|в ходе|во время|участи\p{L}* в)\s*$/iu;

/** The dates the text gives events (not steps of the case), and the earliest one a charge's sentence names. */
export function eventDates(
  sentences: readonly TextSentence[],
  dates: readonly TextDate[],
  offences: readonly OffenceMention[],
): Events {
  const found = new Set<TextDate>();
  for (const s of sentences)
    for (const d of dates.filter((x) => within(x, s))) {
      const after = s.text.slice(d.end - s.start, d.end - s.start + 30);
      const before = s.text.slice(Math.max(0, d.start - s.start - 30), d.start - s.start);
      if (EVENT_AFTER.test(after) || EVENT_BEFORE.test(before)) found.add(d);
    }
  const charged = new Set(offences.map((o) => o.sentence));
  const earliest = [...found]
    .filter((d) => sentences.some((s, i) => charged.has(i) && within(d, s)))
    .map((d) => dayBounds(d.date).earliest)
    .sort()[0];
  return { dates: found, ...(earliest !== undefined ? { earliest } : {}) };
}

/** How far a length of whole months a source gives may be rounded, either way: "two months" may be six weeks. */
const ROUNDED_BY_DAYS = 15;

/**
 * The days a length before a dated event falls in: "two months after X" said of a charge of 26 January is between
 * 11 November and 11 December, a length of whole months being rounded by half a month either way, one given as a
 * range ("about two months") spanning it. A range, not a month: what came before the event is bounded by the same
 * days as the event is counted with.
 */
export function earlierBy(
  s: TextSentence,
  durations: readonly TextDuration[],
  later: DraftDate | undefined,
): DraftDate | undefined {
  if (later === undefined) return undefined;
  const length = durations.find(
    (d) => within(d, s) && EARLIER_BY.test(s.text.slice(d.end - s.start)) && d.bounds.atLeast !== undefined,
  );
  const least = length?.bounds.atLeast;
  const most = length?.bounds.atMost ?? least;
  if (least === undefined || most === undefined) return undefined;
  const back = (day: string, d: typeof least) =>
    addDays(addMonths(day, -((d.years ?? 0) * 12 + (d.months ?? 0))), -(d.days ?? 0));
  const { earliest, latest } = dayBounds(later.date);
  // A length in whole months, given exactly, is as a source rounds it.
  const isRounded =
    (least.days ?? 0) === 0 && (most.days ?? 0) === 0 && JSON.stringify(least) === JSON.stringify(most);
  const margin = isRounded ? ROUNDED_BY_DAYS : 0;
  const from = addDays(back(earliest, most), -margin);
  const to = addDays(back(latest, least), margin);
  if (from === to) return { date: from, isInferred: true, because: 'length_before_step' };
  return { date: `[${from}..${to}]`, isInferred: true, because: 'length_before_step' };
}

/** The first day of the earliest hearing that tried the charge (its index), of those `which` keeps. */
function firstHearingOn(
  hearings: readonly DraftHearing[],
  charge: number,
  which: (h: DraftHearing) => boolean = () => true,
): string | undefined {
  return hearings
    .filter((h) => which(h) && h.charges.includes(charge))
    .map((h) => dayBounds(h.date.date).earliest)
    .sort()[0];
}

/**
 * A charge the text does not date, tried at a hearing it dates, was brought before the first such hearing and, the
 * text's charges being about the events it dates, after the earliest of them: a range to check, marked so.
 */
export function broughtBeforeTrial(
  charges: DraftCharge[],
  hearings: readonly DraftHearing[],
  events: Events,
): void {
  if (events.earliest === undefined) return;
  charges.forEach((charge, i) => {
    if (charge.date !== undefined) return;
    const first = firstHearingOn(hearings, i);
    if (first !== undefined && events.earliest !== undefined && events.earliest <= first)
      charge.date = {
        date: `[${events.earliest}..${first}]`,
        isInferred: true,
        because: 'events_to_hearing',
      };
  });
}

/**
 * A measure of known length whose start the text does not give began after the events the charges are about, and
 * at least its length before the latest news (by which it had ended, or still ran): "just over eight months" of
 * custody told on 26 January 2023, for the January 2022 protests, began between 1 January and 26 May 2022. A day
 * between them on which the text shows the person at liberty (a photograph's caption of 28 January 2022) moves the
 * first day to it, the sentence showing it cited beside the measure's own.
 */
export function startedWithin(
  measures: DraftMeasure[],
  durations: readonly TextDuration[],
  events: Events,
  latest: DraftDate | undefined,
  liberty: readonly LibertyDay[] = [],
): void {
  if (events.earliest === undefined || latest === undefined) return;
  const news = dayBounds(latest.date).latest;
  for (const m of measures) {
    const length = durations.find((d) => d.text === m.duration)?.bounds.atLeast;
    if (m.from !== undefined || length === undefined) continue;
    const months = (length.years ?? 0) * 12 + (length.months ?? 0);
    const by = addDays(addMonths(news, -months), -(length.days ?? 0));
    if (events.earliest > by) continue;
    const free = liberty
      .filter((l) => events.earliest !== undefined && l.day > events.earliest && l.day <= by)
      .sort((a, b) => (a.day < b.day ? -1 : 1))
      .at(-1);
    if (free === undefined) {
      m.from = { date: `[${events.earliest}..${by}]`, isInferred: true, because: 'events_to_news' };
      continue;
    }
    m.from = {
      date: free.day === by ? by : `[${free.day}..${by}]`,
      isInferred: true,
      because: 'liberty_to_news',
    };
    const { sentence } = free;
    if (!m.quotes.some((q) => q.start === sentence.start))
      m.quotes = [{ start: sentence.start, end: sentence.end, text: sentence.text }, ...m.quotes];
  }
}

/**
 * A charge tried at a hearing the text tells of as held was sent to court between the day it was brought (the
 * first of its range) and that hearing, unless a later charge reclassified it: "his trial on those began November
 * 7, 2022" sends both charges named before it to court by then.
 */
export function sentBeforeTrial(
  charges: DraftCharge[],
  hearings: readonly DraftHearing[],
  events: Events,
): void {
  charges.forEach((charge, i) => {
    if (charges.some((c) => c.began === 'reclassification' && c.from === i)) return;
    const first = firstHearingOn(hearings, i, (h) => h.status === 'held' && h.kind !== 'detention_review');
    const from = charge.date !== undefined ? dayBounds(charge.date.date).earliest : events.earliest;
    if (first === undefined || from === undefined || from > first) return;
    charge.sentToCourt = {
      date: from === first ? first : `[${from}..${first}]`,
      isInferred: true,
      because: 'charge_to_trial',
    };
  });
}

/**
 * The days a text without a date of its own was written between: on or after the latest day it tells of as past,
 * and before the first day after it that it tells of as to come ("is set to resume on February 6").
 */
export function writtenBetween(
  latest: DraftDate | undefined,
  hearings: readonly DraftHearing[],
): DraftDate | undefined {
  if (latest === undefined) return undefined;
  const from = dayBounds(latest.date).latest;
  const next = hearings
    .filter((h) => h.status === 'scheduled')
    .map((h) => dayBounds(h.date.date).earliest)
    .filter((day) => day > from)
    .sort()[0];
  if (next === undefined) return undefined;
  const to = addDays(next, -1);
  return { date: from === to ? from : `[${from}..${to}]`, isInferred: true, because: 'news_to_next' };
}
