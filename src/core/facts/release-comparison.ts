import { LABELS } from '../common/labels.ts';
import { daysBetween, describePartialDate, type Day, type Range } from '../dates/index.ts';
import type { ReleaseReason } from '../case/release.ts';
import type { ReleaseFact } from './releases.ts';
import type { SentenceFact } from './status.ts';

/** The computed end of a term served in custody set beside the real release, and what explains the difference. */
export interface SentenceEndFact {
  decision: string;
  start: SentenceFact['start'];
  creditDays?: Range;
  /** The first day free by the term and credit the record gives; absent for life or an unknown term. */
  computedEnd?: { earliest: Day; latest: Day };
  release?: Pick<ReleaseFact, 'date' | 'reason' | 'sources'>;
  /** Days from the release to the computed end: positive when released before it, negative after. */
  differenceDays?: Range;
  explanation: string;
  /** True when the record does not explain the difference: a term, credit or date may be missing or wrong. */
  isFlagged: boolean;
}

/** Reasons that let a person out before the term ends. */
const EARLY: ReadonlySet<ReleaseReason> = new Set([
  'conditional_early_release',
  'pardon',
  'amnesty',
  'acquittal',
  'exchange',
  'deportation',
]);

const days = (r: Range) => (r.min === r.max ? `${r.min} days` : `${r.min} to ${r.max} days`);
const span = (b: { earliest: Day; latest: Day }) =>
  b.earliest === b.latest
    ? describePartialDate(b.earliest)
    : `between ${describePartialDate(b.earliest)} and ${describePartialDate(b.latest)}`;

/**
 * Sets a sentence served in custody beside the release that ended it (the first one recorded on or after the
 * term began): the same day is the end of the term; earlier is explained by an early release, pardon, amnesty or
 * the like, and flagged when the reason given is the end of the term; later is always flagged.
 */
export function sentenceEnd(
  sentence: SentenceFact,
  releases: readonly ReleaseFact[],
  isServedInCustody: boolean,
): SentenceEndFact | undefined {
  if (!isServedInCustody) return undefined;
  const release = releases.find((r) => r.date.latest >= sentence.start.earliest);
  const end = sentence.endsOn;
  const credit = sentence.creditDays
    ? `, less ${days(sentence.creditDays)} of credit for time under measures,`
    : '';
  const base = {
    decision: sentence.decision,
    start: sentence.start,
    ...(sentence.creditDays ? { creditDays: sentence.creditDays } : {}),
    ...(end ? { computedEnd: end } : {}),
    ...(release ? { release: { date: release.date, reason: release.reason, sources: release.sources } } : {}),
  };
  const computed = end ? `the term${credit} ends ${span(end)}` : 'the term has no computed end';
  if (!release) return { ...base, explanation: `No release recorded; ${computed}.`, isFlagged: false };
  const reason = LABELS.releaseReason[release.reason];
  const on = describePartialDate(release.date.date);
  if (!end) return { ...base, explanation: `Released ${on} (${reason}); ${computed}.`, isFlagged: false };
  const diff = {
    min: daysBetween(release.date.latest, end.earliest),
    max: daysBetween(release.date.earliest, end.latest),
  };
  const withDiff = { ...base, differenceDays: diff };
  if (diff.min <= 0 && diff.max >= 0)
    return {
      ...withDiff,
      explanation: `Released ${on} (${reason}); ${computed}.`,
      isFlagged: false,
    };
  if (diff.min > 0)
    return EARLY.has(release.reason)
      ? {
          ...withDiff,
          explanation: `Released ${on} by ${reason}, ${days(diff)} before the computed end: ${computed}.`,
          isFlagged: false,
        }
      : {
          ...withDiff,
          explanation: `Released ${on} (${reason}), ${days(diff)} before the computed end, not explained by the record: ${computed}; a credit, the term or a date may be missing or wrong.`,
          isFlagged: true,
        };
  const late = { min: -diff.max, max: -diff.min };
  return {
    ...withDiff,
    explanation: `Released ${on} (${reason}), ${days(late)} after the computed end: ${computed}; held past the term, or a credit, the term or a date is wrong.`,
    isFlagged: true,
  };
}
