import { readWrittenDuration } from '../../../../../src/core/dates/written-duration.ts';
import type { Duration } from '../../../../../src/core/dates/duration.ts';

// The verdicts of a case recorded from one source: each its day, whether it convicted or acquitted, the charges it
// decided, and the penalty (its kind, its length, whether suspended). Each becomes a decision of the case, citing
// the source at the sentence it was read from.

type Rec = Record<string, unknown>;

export interface QuickVerdict {
  id: string;
  date: string;
  outcome: 'convicted' | 'acquitted';
  /** The charges it decided, by their rows' ids. */
  charges: string[];
  /** The penalty's kind, a key of the law data ('imprisonment'); '' for none given. */
  sentenceType: string;
  /** The penalty's length as the source words it ("seven years"). */
  term: string;
  suspended: boolean;
  quote?: string;
  because?: string[];
  workedOut?: Record<string, string>;
}

export function emptyQuickVerdict(id: string): QuickVerdict {
  return { id, date: '', outcome: 'convicted', charges: [], sentenceType: '', term: '', suspended: false };
}

/**
 * A length as a sentence states it: one term, read from its words, of one unit or several ("seven years", "2 years
 * and 6 months", "5 лет 6 месяцев"); undefined when the words give a range ("8–9 months"), a bound ("more than five
 * years") or nothing read.
 */
export function termOf(text: string): Duration | undefined {
  let rest = text
    .trim()
    .split(/[\s,]+/)
    .filter((w) => w !== '' && !/^(?:and|и|және|plus)$/i.test(w));
  const total: Record<string, number> = {};
  while (rest.length > 0) {
    // The longest run of words from here that reads as one exact length, then what follows it.
    let taken = 0;
    for (let n = rest.length; n >= 1 && taken === 0; n--) {
      const part = exactly(rest.slice(0, n).join(' '));
      if (part === undefined) continue;
      for (const [unit, value] of Object.entries(part)) total[unit] = (total[unit] ?? 0) + (value ?? 0);
      taken = n;
    }
    if (taken === 0) return undefined;
    rest = rest.slice(taken);
  }
  return Object.keys(total).length > 0 ? total : undefined;
}

function exactly(words: string): Duration | undefined {
  const read = readWrittenDuration(words);
  if (read?.atLeast === undefined || JSON.stringify(read.atLeast) !== JSON.stringify(read.atMost))
    return undefined;
  return read.atLeast;
}

/** What a verdict's decision is written with: its case, defendant, the charges kept, citations, the courts. */
export interface VerdictContext {
  case: string;
  defendant: string;
  visibility: string;
  /** The ids of the charge rows written (a ticked row left empty is not). */
  charged: ReadonlySet<string>;
  cite: (row: QuickVerdict) => Rec[];
  /** The court that held the verdict's hearing, where a row of the form names it. */
  courtOn: (date: string) => string | undefined;
}

/**
 * The decisions of the verdict rows with a day: each charge ticked convicted or acquitted as the row says, and a
 * conviction's penalty as one principal part. Its length is written only where the words give one term: the form
 * asks for one beside the box before anything is saved.
 */
export function decisionsOfQuickCase(rows: readonly QuickVerdict[], context: VerdictContext): Rec[] {
  return rows
    .filter((row) => row.date !== '')
    .map((row) => {
      const court = context.courtOn(row.date);
      const term = termOf(row.term);
      const isPenalty = row.outcome === 'convicted' && row.sentenceType !== '';
      return {
        id: row.id,
        case: context.case,
        kind: 'verdict',
        date: row.date,
        ...(court !== undefined ? { court } : {}),
        defendant: context.defendant,
        outcomes: row.charges
          .filter((id) => context.charged.has(id))
          .map((charge) => ({ charge, outcome: row.outcome })),
        sentence: isPenalty
          ? [
              {
                type: row.sentenceType,
                ...(term !== undefined ? { term } : {}),
                ...(row.suspended ? { isSuspended: true } : {}),
                isPrincipal: true,
              },
            ]
          : [],
        visibility: context.visibility,
        sources: context.cite(row),
      };
    });
}

/**
 * The boxes of the verdict rows with a day whose penalty cannot be written as typed: a length not read as one term
 * ("more than five years"), or a length with no kind of penalty. Said beside the box before anything is sent.
 */
export function penaltyProblems(rows: readonly QuickVerdict[]): PenaltyProblem[] {
  return rows.flatMap((row, i): PenaltyProblem[] => {
    if (row.date === '' || row.outcome !== 'convicted' || row.term.trim() === '') return [];
    const at = `decisions.${String(i)}`;
    if (termOf(row.term) === undefined) return [{ field: `${at}.term`, message: 'quick.termUnread' }];
    return row.sentenceType === ''
      ? [{ field: `${at}.sentenceType`, message: 'quick.sentenceTypeMissing' }]
      : [];
  });
}

interface PenaltyProblem {
  field: string;
  message: 'quick.termUnread' | 'quick.sentenceTypeMissing';
}
