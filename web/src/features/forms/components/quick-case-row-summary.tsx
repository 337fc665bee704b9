import { useFormContext, useWatch } from 'react-hook-form';
import { useIntl, type IntlShape } from 'react-intl';
import { isPartialDate } from '../../../../../src/core/dates/partial-date.ts';
import { titleIn } from '../../../../../src/core/common/titles.ts';
import { formatDuration, formatSpanShort } from '../../../lib/format.ts';
import { languageOf } from '../../../lib/locale.ts';
import { useArticleDescription } from '../api/article.ts';
import { detail, LineParts, ownWords, ownWordsShort, type LinePart } from './quick-case-line-parts.tsx';
import { penaltyText } from './article-field.tsx';
import { durationBounds } from './duration-read.tsx';
import {
  broughtAgainOver,
  reclassifiedBy,
  type QuickCaseValues,
  type QuickCharge,
  type QuickHearing,
  type QuickMeasure,
  type RowList,
} from '../lib/quick-case.ts';
import { quickArticleName, quickChargeName } from '../lib/quick-case-titles.ts';
import { workedOutChange, workedOutStart } from '../lib/quick-case-measures.ts';
import { rowWorkedOut, type Drafted } from '../lib/quick-case-draft.ts';
import { termOf, type QuickVerdict } from '../lib/quick-case-verdicts.ts';
import { isAsDrafted, isTheTexts } from '../lib/quick-case-changed.ts';
import {
  assertedText,
  tickedElements,
  type QuickAllegation,
  isSourceAssessed,
} from '../lib/quick-case-allegations.ts';

/** A date as the row will record it, or a word that none is given. */
/** A date in a line: a span of days in few words ("1 Jan 2022 – 7 Nov 2022"), for the line says many things. */
const dateOf = (intl: IntlShape, date: string) =>
  date.trim() !== '' && isPartialDate(date)
    ? formatSpanShort(intl, date)
    : intl.formatMessage({ id: date.trim() === '' ? 'quick.row.undated' : 'quick.row.unread' });

/** "Charge 1 (Art. 272(1))" for a row given by its index as the form keeps it. */
const chargeRef = (intl: IntlShape, charges: readonly QuickCharge[], at: string) =>
  quickChargeName(intl, charges[Number(at)], Number(at));

/**
 * One line saying what a row will record, in words, for a row filled from the text and folded: the researcher
 * reads it against the sentence quoted above it, and opens the row only to change it.
 */
export function RowSummary({ list, i }: { list: RowList; i: number }) {
  const intl = useIntl();
  const { getValues } = useFormContext();
  // Watched so that it follows every box it says, and those a measure's dates are worked out from.
  useWatch({ name: ['charges', 'measures', 'hearings', 'confirmedOn'] });
  const values = getValues() as QuickCaseValues;
  const row = (
    values[list] as (QuickCharge | QuickMeasure | QuickHearing | QuickVerdict | QuickAllegation)[]
  )[i];
  if (row === undefined) return null;
  // A row whose dates the text does not give at all says so first, then the span they are saved as: there is nothing
  // in the text to check them against, but what is saved is read here, not found by opening the row (how the span
  // was set is said under "How it was dated").
  const isSpan = rowWorkedOut(values, list, i) === 'span';
  const dated = (field: string, date: string) =>
    isSpan && (row as Drafted).workedOut?.[field] === date
      ? intl.formatMessage({ id: 'quick.row.noDay' }, { span: dateOf(intl, date) })
      : dateOf(intl, date);
  const parts =
    list === 'charges'
      ? chargeParts(intl, values.charges, row as QuickCharge, dated)
      : list === 'measures'
        ? measureParts(
            intl,
            row as QuickMeasure,
            { start: workedOutStart(values, i), change: workedOutChange(values, i) },
            isSpan,
          )
        : list === 'hearings'
          ? hearingParts(intl, values.charges, row as QuickHearing)
          : list === 'decisions'
            ? verdictParts(intl, values.charges, row as QuickVerdict)
            : allegationParts(intl, values.charges, row as QuickAllegation);
  return (
    <LineParts
      parts={parts}
      // A charge's article by the law's title of it, beside the text's words, to be read against them.
      afterHead={list === 'charges' && <LawTitle charge={row as QuickCharge} />}
      isPlain={list === 'allegations'}
    />
  );
}

/** The part of a charge's article the law data describes: the one chosen, else the article's own. */
export function useLawPart(charge: QuickCharge) {
  const { jurisdiction, code, article, part } = charge.article;
  const described = useArticleDescription({ jurisdiction, code, article, ...(part !== '' ? { part } : {}) });
  const data = described.data;
  if (data === undefined) return undefined;
  const chosen = data.parts.find((p) => part !== '' && p.part === part);
  return { data, chosen: chosen ?? (data.parts.length === 1 ? data.parts[0] : undefined) };
}

/** The title the law data gives a charge's article (its part's, where the part is given), in the reader's language. */
export function useLawTitle(charge: QuickCharge): string | undefined {
  return lawTitleOf(useLawPart(charge), languageOf(useIntl().locale));
}

const lawTitleOf = (law: ReturnType<typeof useLawPart>, language: string) =>
  law === undefined
    ? undefined
    : (titleIn(law.chosen?.titles, language) ?? titleIn(law.data.titles, language));

/**
 * "(Organising mass riots; imprisonment 4 years to 10 years)": the title the law data gives the charge's part, else
 * its article, and the prison term its part carries, to be read against what the source says the charge carries.
 */
function LawTitle({ charge }: { charge: QuickCharge }) {
  const intl = useIntl();
  const law = useLawPart(charge);
  const title = lawTitleOf(law, languageOf(intl.locale));
  const prison = law?.chosen?.penalties.find((p) => p.type === 'imprisonment');
  if (title === undefined) return null;
  return (
    <>
      {' '}
      ({title}
      {prison !== undefined && `; ${penaltyText(intl, prison)}`})
    </>
  );
}

function chargeParts(
  intl: IntlShape,
  charges: readonly QuickCharge[],
  c: QuickCharge,
  dated: (field: string, date: string) => string,
): LinePart[] {
  const began = intl.formatMessage(
    { id: `quick.row.began.${c.began}` },
    { date: dated('date', c.date), from: c.from === '' ? '?' : chargeRef(intl, charges, c.from) },
  );
  const successor = reclassifiedBy(charges, charges.indexOf(c));
  const then =
    successor !== undefined
      ? intl.formatMessage(
          { id: 'quick.row.reclassifiedAs' },
          { to: quickChargeName(intl, charges[successor], successor) },
        )
      : c.then !== ''
        ? intl.formatMessage({ id: `quick.row.then.${c.then}` }, { date: dated('thenDate', c.thenDate) })
        : broughtAgainOver(charges, charges.indexOf(c)) !== undefined
          ? intl.formatMessage({ id: 'quick.row.thenUnsaid' })
          : '';
  // The text's words for the offence, as the row records them beside the article found for them: the text's own
  // while they are as it gave them.
  const words = c.label.trim();
  const label = words !== '' ? intl.formatMessage({ id: 'quick.row.words' }, { words }) : '';
  // Brought and sent to court within the one span, the text giving neither day, the span is said once.
  const isOneSpan =
    c.began === 'brought' &&
    c.then === 'sent_to_court' &&
    c.date === c.thenDate &&
    dated('date', c.date) !== dateOf(intl, c.date) &&
    dated('thenDate', c.thenDate) !== dateOf(intl, c.thenDate);
  // What it is brought for, and when those acts took place: said in full only.
  const conduct = (c.conduct ?? '').trim();
  const acts =
    conduct === ''
      ? ''
      : (c.actDate ?? '') !== '' && isPartialDate(c.actDate ?? '')
        ? intl.formatMessage(
            { id: 'quick.row.forOn' },
            { acts: conduct, date: dateOf(intl, c.actDate ?? '') },
          )
        : intl.formatMessage({ id: 'quick.row.for' }, { acts: conduct });
  return [
    quickArticleName(intl, c) || intl.formatMessage({ id: 'quick.row.noArticle' }),
    // The text's words for it are in the sentence just above: said in full only.
    detail(isTheTexts(c, 'label') ? ownWords(label) : label),
    ...(isOneSpan
      ? [intl.formatMessage({ id: 'quick.row.broughtAndSent' }, { span: dateOf(intl, c.date) })]
      : [began, then]),
    detail(acts),
  ];
}

/**
 * A measure's row; where its start or its change to the next is left empty, the dates worked out for them, or, where
 * the text gives none to work them out from (`isSpan`), that it does not give them.
 */
function measureParts(
  intl: IntlShape,
  m: QuickMeasure,
  worked: { start: string; change: string },
  isSpan: boolean,
): LinePart[] {
  const kind =
    m.kind !== '' ? intl.formatMessage({ id: `measureKind.${m.kind}`, defaultMessage: m.kind }) : '';
  const workedOut = (date: string) =>
    isSpan
      ? intl.formatMessage({ id: 'quick.row.noDay' }, { span: dateOf(intl, date) })
      : intl.formatMessage({ id: 'quick.row.workedOut' }, { date: formatSpanShort(intl, date) });
  const isStartGiven = !isSpan || (m.from === '' ? worked.start === '' : m.workedOut?.['from'] !== m.from);
  const from = m.from === '' && worked.start !== '' ? workedOut(worked.start) : dateOf(intl, m.from);
  const change = m.until === '' && worked.change !== '' ? workedOut(worked.change) : 'none';
  return [
    kind,
    isStartGiven
      ? intl.formatMessage({ id: 'quick.row.from' }, { date: from })
      : intl.formatMessage(
          { id: 'quick.row.fromNoDay' },
          { span: dateOf(intl, m.from === '' ? worked.start : m.from) },
        ),
    m.duration.trim() === ''
      ? ''
      : isTheTexts(m, 'duration')
        ? ownWords(intl.formatMessage({ id: 'quick.row.lasting' }, { length: m.duration.trim() }))
        : intl.formatMessage({ id: 'quick.row.lasting' }, { length: m.duration.trim() }),
    // What its length in words is read as, the dates worked out from it: to be checked without opening the row.
    lengthRead(intl, m.duration),
    m.until.trim() !== ''
      ? intl.formatMessage({ id: 'quick.row.until' }, { date: dateOf(intl, m.until) })
      : '',
    m.replaced ? intl.formatMessage({ id: 'quick.row.replaced' }, { date: change }) : '',
  ];
}

/** "read as 8 months to 9 months", for a length in words, or that it is not understood. */
function lengthRead(intl: IntlShape, words: string): string {
  const bounds = durationBounds(intl, words);
  if (bounds === '') return '';
  return bounds === null
    ? intl.formatMessage({ id: 'quick.row.lengthUnread' })
    : intl.formatMessage({ id: 'quick.row.lengthRead' }, { bounds });
}

function hearingParts(intl: IntlShape, charges: readonly QuickCharge[], h: QuickHearing): string[] {
  const tried = h.charges.flatMap((id) => {
    const at = charges.findIndex((c) => c.id === id);
    return at >= 0 ? [chargeRef(intl, charges, String(at))] : [];
  });
  return [
    dateOf(intl, h.date),
    intl.formatMessage({ id: `hearingKind.${h.kind}` }),
    intl.formatMessage({ id: `hearingStatus.${h.status}` }),
    tried.length > 0
      ? intl.formatMessage({ id: 'quick.row.tries' }, { charges: intl.formatList(tried) })
      : '',
  ];
}

/** A verdict's row: its day, its outcome, the penalty as typed, and the charges it decided. */
function verdictParts(intl: IntlShape, charges: readonly QuickCharge[], v: QuickVerdict): string[] {
  const decided = v.charges.flatMap((id) => {
    const at = charges.findIndex((c) => c.id === id);
    return at >= 0 ? [chargeRef(intl, charges, String(at))] : [];
  });
  const kind =
    v.sentenceType !== ''
      ? intl.formatMessage({ id: `forms.penalty.${v.sentenceType}`, defaultMessage: v.sentenceType })
      : '';
  // The length as read ("7 years"), else as typed.
  const term = termOf(v.term);
  const length = term === undefined ? v.term.trim() : formatDuration(intl, term);
  const penalty = v.outcome === 'convicted' ? [kind, length].filter((p) => p !== '').join(', ') : '';
  return [
    dateOf(intl, v.date),
    intl.formatMessage({ id: `quick.outcome.${v.outcome}` }),
    penalty !== '' && v.suspended ? intl.formatMessage({ id: 'quick.row.suspended' }, { penalty }) : penalty,
    decided.length > 0
      ? intl.formatMessage({ id: 'quick.row.decides' }, { charges: intl.formatList(decided) })
      : '',
  ];
}

/**
 * A claim's row: its words in full (checked against its sentence just above, they are not to be found by opening the
 * row); speech or an act; when the conduct took place, or that it is not dated; the charge it serves.
 */
function allegationParts(intl: IntlShape, charges: readonly QuickCharge[], a: QuickAllegation): LinePart[] {
  const at = charges.findIndex((c) => c.id === a.charge);
  const conduct = (a.conductOn ?? '').trim();
  const note = (a.note ?? '').trim();
  return [
    // As they stand, in no quotation marks: the claim in a line, as the source puts it, not a quote of the indictment.
    isTheTexts(a, 'summary') ? ownWordsShort(a.summary) : a.summary.trim(),
    intl.formatMessage({ id: `forms.allegationType.${a.type}` }),
    // When, its elements, its note and whether its speech is protected are said in full only: briefly, a claim's
    // line says what it is and which charge it serves, the rest being for the matrix once saved.
    detail(
      conduct === ''
        ? intl.formatMessage({ id: 'quick.row.conductUndated' })
        : intl.formatMessage(
            // Dated by the events its charge is brought for, as the line says, not under a fold of its own.
            { id: isConductOfEvents(a) ? 'quick.row.conductOfEvents' : 'quick.row.conductOn' },
            { date: dateOf(intl, conduct) },
          ),
    ),
    at >= 0
      ? intl.formatMessage({ id: 'quick.row.serves' }, { charge: chargeRef(intl, charges, String(at)) })
      : '',
    detail(assertedText(intl, charges[at], tickedElements(a))),
    // What the record notes of it: the text's own answer, in its words, while it is that answer.
    detail(
      note === ''
        ? ''
        : note === a.sourceNoted?.note
          ? ownWords(intl.formatMessage({ id: 'quick.row.notedBySource' }, { note }))
          : intl.formatMessage({ id: 'quick.row.noted' }, { note }),
    ),
    // Speech is assessed as protected expression or not by the researcher or the source: one not yet assessed says
    // so, the matrix counting it a gap until it is.
    detail(
      a.type !== 'speech'
        ? ''
        : (a.finding ?? '') !== ''
          ? intl.formatMessage(
              // The source's own assessment, as the text judged it, says whose it is.
              { id: isSourceAssessed(a) ? 'quick.row.assessedBySource' : 'quick.row.assessed' },
              { finding: intl.formatMessage({ id: `forms.speechFinding.${a.finding ?? ''}` }) },
            )
          : intl.formatMessage({ id: 'quick.row.unassessed' }),
    ),
  ];
}

/** Whether a claim's conduct is dated, as drafted, by the time of the events its charge is brought for. */
const isConductOfEvents = (a: QuickAllegation) =>
  ((a as Drafted).because ?? []).includes('events_charged') && isAsDrafted(a, 'conductOn');
