import type { IntlShape } from 'react-intl';
import { dayBounds, isPartialDate } from '../../../../../src/core/dates/partial-date.ts';
import { firstWords, formatPartialDate } from '../../../lib/format.ts';
import { sentencesOf } from '../../../lib/text-as-read.ts';
import { inferredAnchor, workedOutChangeSpan, workedOutSpan } from './inferred-anchor.ts';
import { broughtAgainOver, reclassifiedBy, type QuickCaseValues, type QuickCharge } from './quick-case.ts';
import { isAsDrafted, isRetyped } from './quick-case-changed.ts';
import { isSpanReason, type Drafted } from './quick-case-draft.ts';
import { startByLength, workedOutStart } from './quick-case-measures.ts';

// How each date the form worked out from the text was worked out, in words: each end of its span beside what it was
// worked out from ("from 1 January 2022, as the events charged begin, to 26 May 2022, “just over eight months” before
// the latest news"), so that it is checked by reading, not by doing the sum again; and, saved, the note the date's
// step keeps, so the case's page says the date was worked out rather than read.

/** What a reason a row (`charges.3`, `measures.0`) gives for a date says, with the ends of its span. */
export function workedOutReasonText(
  intl: IntlShape,
  values: QuickCaseValues,
  name: string,
  reason: string,
): string {
  const anchor = inferredAnchor(values, name, reason);
  const span = workedOutSpan(values, name, reason);
  const day = (date: string) => formatPartialDate(intl, date);
  // A reclassification dated by a length before the charge was brought again: the day it was counted back from.
  const [list, at] = name.split('.');
  const date = list === 'charges' ? (values.charges[Number(at)]?.date ?? '') : '';
  if (anchor?.key === 'later_step_on' && isPartialDate(date))
    return intl.formatMessage(
      { id: 'quick.inferred.span.length_before_step' },
      { month: day(date), date: day(anchor.date) },
    );
  const length = anchor !== undefined && 'length' in anchor ? anchor.length : '';
  if (anchor !== undefined && span !== undefined) {
    const same = isPartialDate(anchor.date) && dayBounds(anchor.date).latest === span.to ? 'yes' : 'no';
    // A charge the text ties no acts to is bounded by the events of the case only by the form's assumption.
    const tied =
      list !== 'charges' || (values.charges[Number(at)]?.conduct ?? '').trim() !== '' ? 'yes' : 'no';
    return intl.formatMessage(
      { id: `quick.inferred.span.${reason}` },
      {
        from: day(span.from),
        to: day(span.to),
        date: day(anchor.date),
        same,
        length,
        tied,
        words: reason === 'liberty_to_news' ? libertyWords(values, Number(at)) : '',
      },
    );
  }
  const said = intl.formatMessage({ id: `quick.inferred.${reason}` });
  return anchor === undefined
    ? said
    : `${said} ${intl.formatMessage({ id: `quick.inferred.anchor.${anchor.key}` }, { date: day(anchor.date), length })}`;
}

/**
 * How a row's dates were worked out rather than read (`charges.1`, `measures.0`), in words: those `counted` from the
 * text's words, to be checked against them, and the `spans` kept for dates the text does not give at all. An article
 * found by its title, a year added and a claim's conduct dated by the events charged are said elsewhere; a row typed
 * over since has none.
 */
export function rowReasonTexts(
  intl: IntlShape,
  values: QuickCaseValues,
  name: string,
): { counted: string[]; spans: string[] } {
  const [list = '', at = '0'] = name.split('.');
  const drafted = (values[list as keyof QuickCaseValues] as Drafted[] | undefined)?.[Number(at)];
  const reasons = (isRetyped(drafted) ? [] : (drafted?.because ?? [])).filter(
    (reason) => reason !== 'article_by_title' && reason !== 'events_charged' && reason !== 'no_year',
  );
  const said = (reason: string) => workedOutReasonText(intl, values, name, reason);
  const measure = list === 'measures' ? measureWorkedOutTexts(intl, values, Number(at)) : {};
  return {
    counted: [
      ...reasons.filter((reason) => !isSpanReason(reason)).map(said),
      ...(measure.start !== undefined && measure.isStartCounted === true ? [measure.start] : []),
    ],
    spans: [
      ...reasons.filter(isSpanReason).map(said),
      ...(measure.start !== undefined && measure.isStartCounted !== true ? [measure.start] : []),
      ...(measure.change !== undefined ? [measure.change] : []),
    ],
  };
}

/** The words of the sentence showing the person at liberty, which a measure's quote starts with, said briefly. */
const libertyWords = (values: QuickCaseValues, row: number): string =>
  firstWords(sentencesOf(values.measures[row]?.quote ?? '')[0] ?? '', 80);

/**
 * The dates of a measure's row the form works out as the boxes stand rather than reads from the text: its start, the
 * day the measure above was replaced, or counted back from its end by its length; the day it was replaced by the
 * next, from its start and its length.
 */
export function measureWorkedOutTexts(
  intl: IntlShape,
  values: QuickCaseValues,
  row: number,
): { start?: string; change?: string; isStartCounted?: boolean } {
  const change = workedOutChangeSpan(values, row);
  const measure = values.measures[row];
  const above = values.measures[row - 1];
  const startsAtChange =
    measure?.from === '' &&
    above?.replaced === true &&
    above.until === '' &&
    workedOutStart(values, row) !== '';
  const day = (date: string) => formatPartialDate(intl, date);
  // A start counted back from the end by the length: each end of its span, as a change's is said.
  const byLength = startByLength(values, row);
  const start = startsAtChange
    ? intl.formatMessage({ id: 'quick.inferred.startAtChange' })
    : byLength !== undefined && isPartialDate(byLength.start)
      ? startBeforeEndText(intl, byLength, measure?.duration ?? '')
      : undefined;
  return {
    ...(start !== undefined ? { start, isStartCounted: !startsAtChange } : {}),
    ...(change !== undefined && measure?.replaced === true && change.length !== ''
      ? {
          change: intl.formatMessage(
            { id: 'quick.inferred.change' },
            {
              from: day(change.from),
              to: day(change.to),
              byNews: change.byNews ? 'yes' : 'no',
              length: change.length,
            },
          ),
        }
      : {}),
  };
}

/** A start counted back from the end by the length, in words: its day, or each end of its span. */
function startBeforeEndText(intl: IntlShape, { start, end }: { start: string; end: string }, length: string) {
  const { earliest, latest } = dayBounds(start);
  const day = (date: string) => formatPartialDate(intl, date);
  return earliest === latest
    ? intl.formatMessage({ id: 'quick.inferred.startBeforeEndDay' }, { length, date: day(end) })
    : intl.formatMessage(
        { id: 'quick.inferred.startBeforeEnd' },
        { from: day(earliest), to: day(latest), length },
      );
}

/** A sentence with the text's words it speaks of put before its stop: "… holds its words (“insulting officers”)." */
const withWords = (sentence: string, words: string) =>
  words === '' ? sentence : `${sentence.replace(/[.。]\s*$/u, '')} (“${words}”).`;

/** The date of a row a reason is about: a charge's sending to court, or the row's own date. */
const FIELD_OF_REASON: Record<string, string> = { charge_to_trial: 'thenDate' };

/**
 * The notes the steps of the records saved keep for their dates worked out rather than read, by the box the date is
 * in ('charges.0.date', 'charges.3.thenDate', 'measures.0.from', 'measures.0.change'): each says it was worked out,
 * and how, or, where only its year or the charge's article was added to what the source says, that they were. A date the researcher typed over is theirs, and has none; nor does an article found by its title.
 */
export function workedOutNotes(intl: IntlShape, values: QuickCaseValues): Map<string, string> {
  const notes = new Map<string, string[]>();
  // The places whose date itself was worked out, not only read with its year or its article added.
  const worked = new Set<string>();
  const add = (place: string, text: string, isWorked = true) => {
    notes.set(place, [...(notes.get(place) ?? []), text]);
    if (isWorked) worked.add(place);
  };
  const rows = [
    ...values.charges.map((row, i) => ({ row, name: `charges.${String(i)}` })),
    ...values.measures.map((row, i) => ({ row, name: `measures.${String(i)}` })),
  ];
  for (const { row, name } of rows) {
    for (const reason of row.because ?? []) {
      if (reason === 'every_charge') continue;
      // An article found by its title, not cited: said on the step that brought the charge, with the text's words.
      if (reason === 'article_by_title') {
        const words = (row as { label?: string }).label?.trim() ?? '';
        if (isAsDrafted(row, 'article'))
          add(
            `${name}.date`,
            withWords(intl.formatMessage({ id: 'quick.inferred.article_by_title' }), words),
            false,
          );
        continue;
      }
      const field = name.startsWith('measures.') ? 'from' : (FIELD_OF_REASON[reason] ?? 'date');
      // A date typed over since is the researcher's.
      if (isAsDrafted(row, field))
        add(`${name}.${field}`, workedOutReasonText(intl, values, name, reason), reason !== 'no_year');
    }
  }
  // Worked out as the boxes stand, whatever was typed: the start from the change above, the change from the start.
  values.measures.forEach((_, i) => {
    const { start, change } = measureWorkedOutTexts(intl, values, i);
    if (start !== undefined) add(`measures.${String(i)}.from`, start);
    if (change !== undefined) add(`measures.${String(i)}.change`, change);
  });
  // A reclassified charge whose first was brought again, its fate left unsaid as the text leaves it: why, for the
  // case to note the question as it stands rather than raise it again (`fateUnsaid`).
  const fates = values.charges.flatMap((_, i) =>
    broughtAgainOver(values.charges, i) !== undefined && reclassifiedBy(values.charges, i) === undefined
      ? [[`charges.${String(i)}.fate`, intl.formatMessage({ id: 'quick.fateUnsaidNote' })] as const]
      : [],
  );
  return new Map([
    ...[...notes].map(
      ([place, texts]) =>
        [
          place,
          // A date read but for its year, or a charge whose article the text does not cite, is said as what was
          // added.
          intl.formatMessage(
            { id: worked.has(place) ? 'quick.workedOutNote' : 'quick.addedNote' },
            { how: texts.join(' ') },
          ),
        ] as const,
    ),
    ...fates,
  ]);
}

/** Whether two charges' dates were worked out alike, from the same things to the same days. */
export function isDatedAlike(values: QuickCaseValues, a: string, b: string): boolean {
  const charge = (place: string) =>
    place.startsWith('charges.') ? values.charges[Number(place.split('.')[1])] : undefined;
  const key = (c: QuickCharge) =>
    JSON.stringify([c.because?.filter((r) => r !== 'article_by_title'), c.date, c.then, c.thenDate]);
  const [first, second] = [charge(a), charge(b)];
  return first !== undefined && second !== undefined && key(first) === key(second);
}
