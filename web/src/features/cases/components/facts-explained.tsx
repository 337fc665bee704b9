import { FormattedMessage, useIntl } from 'react-intl';
import { formatDays, formatTerm, formatTermBounds } from '../../../lib/format.ts';
import type { PresentedCase, PresentedCaseFacts } from '../api/get-case.ts';
import { articleText } from './record-names.ts';

type Defendant = PresentedCaseFacts['defendants'][number];
type Term = { life?: boolean; value?: number; unit?: string };
type TermRange = { min: Term; max: Term; isExact: boolean };

/** A "how" under a fact: what it is made of, shut until asked. */
function How({ children, testId }: { children: React.ReactNode; testId: string }) {
  return (
    <details className="fact-how" data-how={testId}>
      <summary>
        <FormattedMessage id="facts.how" />
      </summary>
      <ul>{children}</ul>
    </details>
  );
}

/**
 * How the credit against imprisonment is made: each measure's days, and what a day under it is worth in days of
 * prison; the lowest and highest over the prison regimes, which credit a day of custody differently.
 */
export function CreditExplained({ d }: { d: Defendant }) {
  const intl = useIntl();
  const prison = d.credit.filter((c) => c.sentenceType === 'imprisonment' && c.unit === 'days');
  // Each kind of measure (the credit is counted by kind): its days, and what a day of it is worth.
  const byMeasure = new Map<string, { days: { min: number; max: number }; ratios: Set<number> }>();
  for (const part of prison.flatMap((c) => c.parts)) {
    const seen = byMeasure.get(part.measure) ?? { days: part.days, ratios: new Set<number>() };
    seen.ratios.add(part.ratio);
    byMeasure.set(part.measure, seen);
  }
  if (byMeasure.size === 0) return null;
  const number = (n: number) => intl.formatNumber(n, { maximumFractionDigits: 2 });
  return (
    <How testId="credit">
      {[...byMeasure].map(([kind, { days, ratios }]) => {
        const sorted = [...ratios].sort((a, b) => a - b);
        return (
          <li key={kind}>
            <FormattedMessage
              id="facts.creditPart"
              values={{
                measure: intl.formatMessage({ id: `measureKind.${kind}`, defaultMessage: kind }),
                days: formatDays(intl, days),
                ratio:
                  sorted.length === 1
                    ? number(sorted[0] ?? 0)
                    : `${number(sorted[0] ?? 0)}–${number(sorted.at(-1) ?? 0)}`,
              }}
            />
          </li>
        );
      })}
      {prison.length > 1 && (
        <li>
          <FormattedMessage id="facts.creditRegimes" />
        </li>
      )}
      {isLinked(prison, byMeasure) && (
        <li data-credit-linked>
          <FormattedMessage id="facts.creditLinked" />
        </li>
      )}
    </How>
  );
}

/**
 * Whether the credit's least and most are narrower than each measure's least and most days, at their least and
 * most worth, added up: the days of one measure and the next are counted together (the day one ended is the day
 * the next began), so the fewest days of one go with the most of the other.
 */
function isLinked(
  prison: readonly { amount: { min: number; max: number } }[],
  byMeasure: ReadonlyMap<string, { days: { min: number; max: number }; ratios: ReadonlySet<number> }>,
): boolean {
  const parts = [...byMeasure.values()];
  const least = parts.reduce((sum, p) => sum + p.days.min * Math.min(...p.ratios), 0);
  const most = parts.reduce((sum, p) => sum + p.days.max * Math.max(...p.ratios), 0);
  const min = Math.min(...prison.map((c) => c.amount.min));
  const max = Math.max(...prison.map((c) => c.amount.max));
  return parts.length > 1 && (min > Math.ceil(least) || max < Math.floor(most));
}

/** One defendant's facts, with the case's facts and file they are read with. */
export interface DefendantProps {
  d: Defendant;
  facts: PresentedCaseFacts;
  file: PresentedCase;
}

/**
 * How the exposure is made: each charge counted for the defendant with the most prison its article carries (or
 * none), and the rule of the law data that sentences them together.
 */
export function ExposureExplained({ d, facts, file }: DefendantProps) {
  const intl = useIntl();
  const charges = facts.exposure.charges.filter((c) => c.defendant === d.person.id);
  if (charges.length === 0) return null;
  const byDefendant = facts.exposure.byDefendant.find((e) => e.defendant === d.person.id);
  const rule = byDefendant?.cumulative?.rule;
  // The article as the reader's language writes it ("ст. 272(1)"), from the charge in the case file.
  const articleOf = (id: string) => {
    const charge = file.charges.find((c) => c.id === id);
    return charge !== undefined ? articleText(intl, charge.article) : undefined;
  };
  return (
    <How testId="exposure">
      {charges.map((c) => {
        const range = c.maxImprisonment as TermRange | undefined;
        return (
          <li key={c.charge}>
            {articleOf(c.charge) ?? c.article}:{' '}
            {c.isPenaltyUnknown ? (
              <FormattedMessage id="facts.penaltyUnknown" />
            ) : range === undefined ? (
              <FormattedMessage id="facts.noPrisonTerm" />
            ) : range.isExact ? (
              formatTerm(intl, range.max)
            ) : (
              formatTermBounds(intl, range)
            )}
            {c.partUnknown && range !== undefined && (
              <span className="muted">
                {' '}
                <FormattedMessage id="facts.partUnknown" />
              </span>
            )}
            {c.isLive !== 'yes' && (
              <span className="muted">
                {' '}
                <FormattedMessage id="facts.maybeNotLive" />
              </span>
            )}
          </li>
        );
      })}
      {rule !== undefined && charges.length > 1 && (
        <li>
          {/* The law data writes the rule's article as English does ("Art. 58(3)"): the number is the reader's. */}
          <FormattedMessage id="facts.togetherBy" values={{ article: rule.article.replace(/^\D+/, '') }} />
        </li>
      )}
    </How>
  );
}

/**
 * Under the exposure of all charges together, what makes it a range where the record could make it one term: the
 * charges whose article's part is not recorded, each counted from its lightest part to its gravest.
 */
export function PartsUnknownNote({ d, facts, file }: DefendantProps) {
  const intl = useIntl();
  const articles = facts.exposure.charges
    .filter((c) => c.defendant === d.person.id && c.partUnknown)
    .filter((c) => (c.maxImprisonment as TermRange | undefined)?.isExact === false)
    .map((c) => {
      const charge = file.charges.find((x) => x.id === c.charge);
      return charge !== undefined ? articleText(intl, charge.article) : c.article;
    });
  if (articles.length === 0) return null;
  return (
    <div className="muted" data-parts-unknown>
      <FormattedMessage
        id="facts.exposurePartsUnknown"
        values={{ articles: intl.formatList([...new Set(articles)]), count: articles.length }}
      />
    </div>
  );
}
