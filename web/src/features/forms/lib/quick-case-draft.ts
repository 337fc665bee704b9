import type { ApiSchemas } from '../../../lib/api.ts';
import { emptyQuickAuthority, keptAuthorities, type QuickAuthority } from './quick-case-authorities.ts';
import { affiliationsFromDraft } from './quick-case-affiliations.ts';
import {
  emptyQuickCharge,
  emptyQuickHearing,
  emptyQuickMeasure,
  keptRows,
  type QuickCaseValues,
  type QuickCharge,
  type QuickHearing,
  type QuickMeasure,
  type RowList,
} from './quick-case.ts';
import { measureBefore, startByLength, workedOutChange, workedOutStart } from './quick-case-measures.ts';
import { emptyQuickVerdict, type QuickVerdict } from './quick-case-verdicts.ts';
import { articleKey, emptyQuickAllegation, type QuickAllegation } from './quick-case-allegations.ts';
import { eventsFromDraft, isEventFilled } from './quick-case-events.ts';
import { isRetyped, withDrafted } from './quick-case-changed.ts';
import { JOINED } from '../../../lib/text-as-read.ts';
import { evidenceFromDraft, isEvidenceFilled } from './quick-case-evidence.ts';
import { documentsFromDraft, isDocumentFilled } from './quick-case-documents.ts';

export type CaseDraft = ApiSchemas['CaseDraft'];

/** What a filled row says of where it came from: the sentence quoted, and whether a date of it was worked out. */
export interface Drafted {
  quote?: string;
  /** How dates of the row were worked out (no year written, a length before a later step…): to be checked. */
  because?: string[];
  /**
   * The dates of the row the text does not give, by field, as worked out from it: a box still holding one says so
   * instead of asking for the date "as the source gives it". A year taken from the text's other dates is read.
   */
  workedOut?: Record<string, string>;
}

/** `{field: date}` for a date worked out from others rather than read (its year aside), else nothing. */
const workedOut = (field: string, date: { date: string; because?: string } | undefined) =>
  date?.because !== undefined && date.because !== 'no_year' ? { [field]: date.date } : {};

const withWorkedOut = (fields: Record<string, string>): Drafted =>
  Object.keys(fields).length > 0 ? { workedOut: fields } : {};

const quoted = (quote: string | undefined, ...reasons: (string | undefined)[]): Drafted => {
  const because = [...new Set(reasons.filter((r) => r !== undefined))];
  return {
    ...(quote !== undefined && quote !== '' ? { quote } : {}),
    ...(because.length > 0 ? { because } : {}),
  };
};

/**
 * The form filled from a draft of the source's text: the person where none is given yet, the drafted charges,
 * measures, hearings and verdicts after the rows already filled in (an empty row gives way), and the latest news where its
 * box is empty. Nothing typed is overwritten. Each row keeps the sentence it was read from, which its facts cite.
 */
export function valuesFromDraft(
  values: QuickCaseValues,
  draft: CaseDraft,
  makeId: (
    kind:
      | 'charge'
      | 'measure'
      | 'hearing'
      | 'decision'
      | 'allegation'
      | 'organisation'
      | 'event'
      | 'evidence'
      | 'source',
  ) => string,
  /** How a document the text tells of is titled and noted in the reader's language; without it, none is drafted. */
  describe?: (d: CaseDraft['documents'][number]) => { title: string; note: string },
): QuickCaseValues {
  const keep = <K extends RowList>(list: K) =>
    keptRows(values, list).map((i) => values[list][i]) as QuickCaseValues[K];
  const charges = keep('charges');
  const offset = charges.length;
  const chargeIds = draft.charges.map(() => makeId('charge'));
  /** The sentences saying the term a drafted charge carries ("The charge carries a maximum 10-year…"). */
  const carried = (i: number) =>
    draft.statedMaximums.filter((m) => m.charges.includes(i)).map((m) => m.quote);
  const drafted: QuickCharge[] = draft.charges.map((c, i) =>
    withDrafted({
      ...emptyQuickCharge(chargeIds[i] as string, values.jurisdiction),
      article: {
        jurisdiction: values.jurisdiction,
        code: c.article?.code ?? 'cc',
        article: c.article?.article ?? '',
        part: c.article?.part ?? '',
      },
      label: c.label,
      ...(c.elements !== undefined
        ? {
            elements: {
              article: articleKey({
                code: c.article?.code ?? 'cc',
                article: c.article?.article ?? '',
                part: c.article?.part ?? '',
              }),
              list: c.elements,
            },
          }
        : {}),
      began: c.began,
      from: c.from !== undefined ? String(offset + c.from) : '',
      date: c.date?.date ?? '',
      // What it is brought for and when, as the text words it, and the sentence saying so.
      conduct: c.conduct?.text ?? '',
      actDate: c.conduct?.on?.date ?? '',
      ...(c.conduct !== undefined ? { conductQuote: c.conduct.quote.text } : {}),
      // Sent to court by the trial held on it, or dropped as the text says, unless a later row says what became
      // of it; a drop cites the sentence that tells of it.
      ...(c.sentToCourt !== undefined
        ? { then: 'sent_to_court' as const, thenDate: c.sentToCourt.date }
        : c.dropped !== undefined
          ? { then: 'dropped' as const, thenDate: c.dropped.date.date, thenQuote: c.dropped.quote.text }
          : {}),
      // Its sentence, the one dating it, and those saying the term it carries: each cited by the charge.
      ...quoted(
        [c.quote, c.dateQuote, ...carried(i)].flatMap((q) => (q === undefined ? [] : [q.text])).join(JOINED),
        c.isArticleByTitle === true ? 'article_by_title' : undefined,
        c.date?.because,
        c.sentToCourt?.because,
      ),
      ...withWorkedOut({ ...workedOut('date', c.date), ...workedOut('thenDate', c.sentToCourt) }),
    }),
  );
  const measures: QuickMeasure[] = draft.measures.map((m, i) =>
    withDrafted({
      ...emptyQuickMeasure(makeId('measure'), m.kind),
      from: m.from?.date ?? '',
      duration: m.duration ?? '',
      // One measure followed another: each but the last was replaced by the next, unless it is said to run still.
      replaced: i < draft.measures.length - 1 && !m.isOngoing,
      ...quoted(m.quotes.map((q) => q.text).join(JOINED), m.from?.because),
      ...withWorkedOut(workedOut('from', m.from)),
    }),
  );
  const hearings: QuickHearing[] = draft.hearings.map((h) =>
    withDrafted({
      ...emptyQuickHearing(makeId('hearing')),
      kind: h.kind,
      date: h.date.date,
      status: h.status,
      charges: h.charges.flatMap((n) => (chargeIds[n] !== undefined ? [chargeIds[n]] : [])),
      ...quoted(h.quote.text, h.date.because),
      ...withWorkedOut(workedOut('date', h.date)),
    }),
  );
  // A verdict whose sentence names no charge decided every charge standing: ticked, and said to be worked out.
  const decisions: QuickVerdict[] = draft.verdicts.map((v) =>
    withDrafted({
      ...emptyQuickVerdict(makeId('decision')),
      date: v.date.date,
      outcome: v.outcome,
      charges: v.charges.flatMap((n) => (chargeIds[n] !== undefined ? [chargeIds[n]] : [])),
      sentenceType: v.sentence?.type ?? '',
      term: v.sentence?.term ?? '',
      suspended: v.sentence?.isSuspended ?? false,
      ...quoted(v.quote.text, v.date.because, v.isEveryCharge ? 'every_charge' : undefined),
      ...withWorkedOut(workedOut('date', v.date)),
    }),
  );
  // The prosecution's claims, each on the row of the charge it serves.
  const allegations: QuickAllegation[] = draft.allegations.map((a) =>
    withDrafted({
      ...emptyQuickAllegation(makeId('allegation')),
      summary: a.summary,
      type: a.type,
      charge: a.charge !== undefined ? (chargeIds[a.charge] ?? '') : '',
      elements: a.elements,
      // Its conduct as the events its charge is brought for, where the text dates them, said to be worked out.
      conductOn: a.conductOn?.date ?? '',
      // Speech the text judges no crime comes assessed as the source assesses it, saying so.
      ...(a.assessment !== undefined
        ? {
            finding: a.assessment.finding,
            reasoning: a.assessment.reasoning,
            sourceAssessed: {
              finding: a.assessment.finding,
              reasoning: a.assessment.reasoning,
              quote: a.assessment.quote.text,
            },
          }
        : {}),
      // The text's own answer to a claim it reads from an indictment, as the claim's note, saying whose it is.
      ...(a.answer !== undefined
        ? {
            note: a.answer.note,
            sourceNoted: { note: a.answer.note, quotes: a.answer.quotes.map((q) => q.text) },
          }
        : {}),
      ...quoted(a.quote.text, a.conductOn?.because),
      ...withWorkedOut(workedOut('conductOn', a.conductOn)),
    }),
  );
  const [person] = draft.persons;
  const isPersonOpen = values.person.existing === '' && values.person.name.trim() === '';
  const source = values.source;
  const isDateOpen =
    source.existing === '' && source.publishedOn.trim() === '' && draft.written !== undefined;
  return {
    ...values,
    person:
      isPersonOpen && person !== undefined
        ? {
            ...values.person,
            name: person.name,
            otherNames: person.otherNames.join(', '),
            writtenAt: person.writtenAt.map((w) => ({ name: w.name, quote: w.quote.text })),
          }
        : values.person,
    source:
      isDateOpen && draft.written !== undefined
        ? {
            ...source,
            publishedOn: draft.written.date,
            ...quoted(undefined, draft.written.because),
            ...withWorkedOut(workedOut('publishedOn', draft.written)),
          }
        : source,
    charges: [...charges, ...drafted].length > 0 ? [...charges, ...drafted] : values.charges,
    measures: [...keep('measures'), ...measures],
    hearings: [...keep('hearings'), ...hearings],
    decisions: [...keep('decisions'), ...decisions],
    allegations: [...keep('allegations'), ...allegations],
    // The events the text tells of, after those typed; laid over a case, the case keeps its own.
    events: [
      ...(values.events ?? []).filter(isEventFilled),
      ...((values.into ?? '') === '' ? eventsFromDraft(draft.events, () => makeId('event')) : []),
    ],
    // The evidence the text tells of, tied to the claims drafted with it; laid over a case, the case keeps its own.
    evidence: [
      ...(values.evidence ?? []).filter(isEvidenceFilled),
      ...((values.into ?? '') === ''
        ? evidenceFromDraft(
            draft.evidence,
            allegations.map((a) => a.id),
            () => makeId('evidence'),
          )
        : []),
    ],
    // The documents the text tells of, after those typed; laid over a case, the case keeps its own.
    documents: [
      ...(values.documents ?? []).filter(isDocumentFilled),
      ...((values.into ?? '') === '' && describe !== undefined
        ? documentsFromDraft(
            draft.documents,
            allegations.map((a, i) => ({ id: a.id, document: draft.allegations[i]?.document })),
            describe,
            () => makeId('source'),
          )
        : []),
    ],
    authorities: authoritiesFromDraft(
      values.authorities,
      draft,
      chargeIds,
      hearings.map((h) => h.id),
      makeId,
    ),
    // The organisations of the person the form takes from the text: the first it names.
    affiliations: affiliationsFromDraft(values.affiliations ?? [], draft.affiliations, () =>
      makeId('organisation'),
    ),
    confirmedOn:
      values.confirmedOn === '' && draft.latest !== undefined ? draft.latest.date : values.confirmedOn,
  };
}

/**
 * The reasons a draft gives for a date the text does not give at all, kept as the widest span what the text says
 * allows (after the events charged, by the first hearing): nothing in the text to check it against.
 */
const SPAN_REASONS: ReadonlySet<string> = new Set([
  'events_charged',
  'events_to_step',
  'events_to_hearing',
  'events_to_news',
  'charge_to_trial',
]);

/** Whether a reason a draft gives for a date is that the text gives none: the date is the span the text allows. */
export const isSpanReason = (reason: string): boolean => SPAN_REASONS.has(reason);

/** The reasons a draft gives that are no date worked out: an article found by its title, a year added. */
const NOT_WORKED_OUT: ReadonlySet<string> = new Set(['article_by_title', 'no_year']);

/**
 * How a row has a date worked out rather than read, if it has: `counted` from a length or a date the text gives
 * ("just two months after", "the next day", a measure's start counted back from its end), to be checked first
 * against the words it was counted from; or only a `span`, a date the text does not give kept as the widest span
 * what it says allows (a measure's start or change worked out as the span of the others). Undefined for a row
 * whose dates are as the text writes them, or typed over since.
 */
export function rowWorkedOut(
  values: QuickCaseValues,
  list: RowList,
  i: number,
): 'counted' | 'span' | undefined {
  const row = values[list][i] as Drafted | undefined;
  // A date worked out that the researcher has since typed over is theirs, not worked out.
  if (isRetyped(row)) return undefined;
  const reasons = (row?.because ?? []).filter((reason) => !NOT_WORKED_OUT.has(reason));
  const measure = list === 'measures' ? values.measures[i] : undefined;
  // A start given: typed, or read as the text writes it, not the span worked out for it.
  const isStartGiven = (m: QuickMeasure | undefined) =>
    m !== undefined && m.from !== '' && (m as Drafted).workedOut?.['from'] !== m.from;
  // A measure's day left empty is counted where it is worked out from a start given and a length: its own start
  // counted back from its end, its start as the change of the one before, its change from its own start.
  const counted =
    reasons.some((reason) => !SPAN_REASONS.has(reason)) ||
    (measure !== undefined &&
      ((measure.from === '' && startByLength(values, i) !== undefined) ||
        (measure.from === '' && workedOutStart(values, i) !== '' && isStartGiven(measureBefore(values, i))) ||
        (measure.until === '' && workedOutChange(values, i) !== '' && isStartGiven(measure))));
  if (counted) return 'counted';
  const spans =
    reasons.length > 0 ||
    (measure !== undefined &&
      ((measure.from === '' && workedOutStart(values, i) !== '') ||
        (measure.until === '' && workedOutChange(values, i) !== '')));
  return spans ? 'span' : undefined;
}

/** Whether a row has a date worked out rather than read, counted or kept as a span (`rowWorkedOut`). */
export const isRowWorkedOut = (values: QuickCaseValues, list: RowList, i: number): boolean =>
  rowWorkedOut(values, list, i) !== undefined;

/**
 * The rows filled from the text with a date counted rather than read: the ones to check first (of those
 * `isToCheck` keeps: not those a case the text is added to holds already). Rows whose dates are only kept as the
 * span the text allows are counted by `spanRows`.
 */
export function workedOutRows(
  values: QuickCaseValues,
  isToCheck: (row: { id: string }) => boolean = () => true,
): number {
  return rowsToCheck(values, isToCheck).length;
}

/** The rows filled from the text with a date it does not give, kept as the span it allows, and none counted. */
export function spanRows(
  values: QuickCaseValues,
  isToCheck: (row: { id: string }) => boolean = () => true,
): number {
  return rowsWorkedOut(values, isToCheck, 'span').length;
}

/** Each row `workedOutRows` counts, by its list and its place in it, in the form's order. */
export const rowsToCheck = (
  values: QuickCaseValues,
  isToCheck: (row: { id: string }) => boolean = () => true,
): { list: RowList; i: number }[] => rowsWorkedOut(values, isToCheck, 'counted');

function rowsWorkedOut(
  values: QuickCaseValues,
  isToCheck: (row: { id: string }) => boolean,
  how: 'counted' | 'span',
): { list: RowList; i: number }[] {
  return (['charges', 'measures', 'hearings', 'decisions'] as const).flatMap((list) =>
    values[list].flatMap((row, i) =>
      (row as Drafted).quote !== undefined && isToCheck(row) && rowWorkedOut(values, list, i) === how
        ? [{ list, i }]
        : [],
    ),
  );
}

/**
 * The authorities the text names after those in the form (an empty row gives way; one named alike already is not
 * added twice), each with the charges it brought and the sentence naming it.
 */
function authoritiesFromDraft(
  rows: readonly QuickAuthority[],
  draft: CaseDraft,
  chargeIds: readonly string[],
  hearingIds: readonly string[],
  makeId: (kind: 'organisation') => string,
): QuickAuthority[] {
  const kept = keptAuthorities(rows).map(({ ref: _ref, ...row }) => row);
  const named = new Set(kept.map((row) => row.name.trim().toLowerCase()));
  const drafted = draft.authorities
    .filter((a) => !named.has(a.name.toLowerCase()))
    .map((a) => ({
      ...emptyQuickAuthority(makeId('organisation')),
      name: a.name,
      role: a.role,
      charges: a.charges.flatMap((n) => (chargeIds[n] !== undefined ? [chargeIds[n]] : [])),
      hearings: a.hearings.flatMap((n) => (hearingIds[n] !== undefined ? [hearingIds[n]] : [])),
      quote: a.quote.text,
    }));
  return [...kept, ...drafted];
}
