import type { ReactNode } from 'react';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { withAsOf } from '../../../lib/url-state.ts';
import {
  formatAlternatives,
  formatDays,
  formatPartialDate,
  formatTerm,
  formatTermBounds,
} from '../../../lib/format.ts';
import { useCaseFacts, type PresentedCase, type PresentedCaseFacts } from '../api/get-case.ts';
import { CaseWarnings, type WarningActions } from './case-warnings.tsx';
import { articleText } from './record-names.ts';
import {
  CreditExplained,
  ExposureExplained,
  PartsUnknownNote,
  type DefendantProps,
} from './facts-explained.tsx';

type Defendant = PresentedCaseFacts['defendants'][number];
type Term = { life?: boolean; value?: number; unit?: string };
type TermRange = { min: Term; max: Term; isExact: boolean };

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <div className="fact" data-fact={testId}>
      <dt>
        <FormattedMessage id={label} />
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

function termRange(intl: IntlShape, range: TermRange): string {
  if (range.isExact) return formatTerm(intl, range.max);
  // A charge that may not be live yet, or may carry no prison term, makes the least nothing: "up to" says it.
  const isLeastNothing = !range.min.life && (range.min.value ?? 0) === 0;
  return formatTermBounds(intl, isLeastNothing ? { max: range.max } : range);
}

function StatusFact({ d, asOf }: { d: Defendant; asOf: string }) {
  const intl = useIntl();
  const status = d.status;
  // "At liberty" with nothing recorded would be a claim without data: the page says what the record lacks.
  if (status.isUnrecorded === true)
    return (
      <>
        <strong>
          <FormattedMessage id="facts.statusUnrecorded" />
        </strong>
        <div className="muted">
          <FormattedMessage id="facts.statusUnrecordedNote" />
        </div>
      </>
    );
  const named = (s: string) => intl.formatMessage({ id: `status.${s}` });
  // Past the record's latest news, what it confirms leads; what the day itself may hold is said under it, unconfirmed.
  if (status.lastKnown)
    return (
      <>
        <strong>{named(status.lastKnown.status)}</strong>{' '}
        <span className="muted">
          <FormattedMessage
            id="facts.lastKnown"
            values={{ date: formatPartialDate(intl, status.lastKnown.on) }}
          />
        </span>
        <div className="muted" data-on-day>
          <FormattedMessage
            id="facts.statusOnDay"
            values={{
              date: formatPartialDate(intl, asOf),
              statuses: formatAlternatives(
                intl,
                status.possible.length > 0 ? status.possible.map(named) : [named(status.status)],
              ),
            }}
          />
        </div>
      </>
    );
  return (
    <>
      <strong>{named(status.status)}</strong>
      {!status.isCertain && status.possible.length > 1 && (
        <span className="muted">
          {' '}
          <FormattedMessage
            id="facts.possible"
            values={{
              // The status said above is one of them: the others are what it may be instead.
              statuses: formatAlternatives(
                intl,
                status.possible.filter((s) => s !== status.status).map(named),
              ),
            }}
          />
        </span>
      )}
    </>
  );
}

/** The days of imprisonment a defendant's custody and house arrest are credited with, least to most. */
const creditDays = (d: Defendant) => {
  const credit = d.credit.filter((c) => c.sentenceType === 'imprisonment' && c.unit === 'days');
  return credit.length === 0
    ? undefined
    : {
        min: Math.min(...credit.map((c) => c.amount.min)),
        max: Math.max(...credit.map((c) => c.amount.max)),
      };
};

/**
 * A count of days. On a day past the record's latest news, where the two differ, the count the record confirms, up
 * to that news, leads; the day's own count is said under it as what it is: not confirmed, what may have happened since.
 */
function DaysCount({
  days,
  atNews,
  asOf,
}: {
  days: DayRange | undefined;
  atNews: AtNews | undefined;
  asOf: string;
}) {
  const intl = useIntl();
  const confirmed = days === undefined ? undefined : atNews?.days(days);
  if (days === undefined) return <FormattedMessage id="common.none" />;
  if (atNews === undefined || confirmed === undefined) return <>{formatDays(intl, days)}</>;
  return (
    <>
      {formatDays(intl, confirmed)}{' '}
      <span className="muted" data-by-news>
        <FormattedMessage id="facts.byNews" values={{ date: formatPartialDate(intl, atNews.on) }} />
      </span>
      <div className="muted" data-on-day>
        <FormattedMessage
          id="facts.daysOnDay"
          values={{ date: formatPartialDate(intl, asOf), days: formatDays(intl, days) }}
        />
      </div>
    </>
  );
}

type DayRange = { min: number; max: number };

/** A defendant's counts of days on the day of the record's latest news, to set beside those of a later day. */
interface AtNews {
  on: string;
  /** The count on that day matching one of the later day's, or undefined where they are the same. */
  days: (later: DayRange) => DayRange | undefined;
}

function DefendantFacts({ d, facts, file, news }: DefendantProps & { news?: { on: string; d: Defendant } }) {
  const intl = useIntl();
  const credit = creditDays(d);
  const atNewsOf = (pick: (x: Defendant) => DayRange | undefined): AtNews | undefined => {
    if (news === undefined) return undefined;
    const then = pick(news.d);
    return {
      on: news.on,
      days: (later) =>
        then === undefined || (then.min === later.min && then.max === later.max) ? undefined : then,
    };
  };
  const exposure = facts.exposure.byDefendant.find((e) => e.defendant === d.person.id) ?? d.exposure;
  const cumulative = exposure.cumulative?.maxImprisonment as TermRange | undefined;
  const single = exposure.maxImprisonment as TermRange | undefined;
  return (
    <section className="defendant-facts" aria-label={d.person.name}>
      {facts.defendants.length > 1 && <h3>{d.person.name}</h3>}
      <dl className="facts-grid">
        <Fact label="facts.status" testId="status">
          <StatusFact d={d} asOf={facts.asOf} />
        </Fact>
        <Fact label="facts.detained" testId="detained">
          <DaysCount
            days={d.deprivedOfLibertyBy.detention}
            atNews={atNewsOf((x) => x.deprivedOfLibertyBy.detention)}
            asOf={facts.asOf}
          />
        </Fact>
        <Fact label="facts.houseArrest" testId="house-arrest">
          <DaysCount
            days={d.deprivedOfLibertyBy.houseArrest}
            atNews={atNewsOf((x) => x.deprivedOfLibertyBy.houseArrest)}
            asOf={facts.asOf}
          />
        </Fact>
        <Fact label="facts.credit" testId="credit">
          <DaysCount days={credit} atNews={atNewsOf(creditDays)} asOf={facts.asOf} />
          {credit !== undefined && (
            <div className="muted">
              <FormattedMessage id="facts.creditMeaning" />
            </div>
          )}
          <CreditExplained d={d} />
        </Fact>
        <Fact label="facts.exposure" testId="exposure">
          {single ? termRange(intl, single) : <FormattedMessage id="facts.exposureUnknown" />}
          {/* Which charge the one term is for, so that it is not read against the several charges' total. */}
          {single && cumulative && facts.exposure.charges.length > 1 && (
            <GravestCharges ids={exposure.gravestCharges} file={file} />
          )}
          {cumulative && facts.exposure.charges.length > 1 && (
            <div className="muted">
              <FormattedMessage id="facts.exposureTogether" values={{ term: termRange(intl, cumulative) }} />
              <PartsUnknownNote d={d} facts={facts} file={file} />
            </div>
          )}
          <ExposureExplained d={d} facts={facts} file={file} />
        </Fact>
      </dl>
    </section>
  );
}

/** "for the gravest charge alone, Art. 272(1)": the charges the greatest single term is for. */
function GravestCharges({ ids, file }: { ids: readonly string[]; file: PresentedCase }) {
  const intl = useIntl();
  const articles = [
    ...new Set(
      ids.flatMap((id) => {
        const charge = file.charges.find((c) => c.id === id);
        return charge === undefined ? [] : [articleText(intl, charge.article)];
      }),
    ),
  ];
  if (articles.length === 0) return null;
  return (
    <div className="muted" data-gravest>
      <FormattedMessage
        id="facts.exposureGravest"
        values={{ count: articles.length, articles: intl.formatList(articles) }}
      />
    </div>
  );
}

/** The computed facts at the top of the case page: status, how current the record is, days, credit, exposure, next hearing, warnings. */
export function CaseFactsSummary({
  facts,
  file,
  warningActions,
}: {
  facts: PresentedCaseFacts;
  file: PresentedCase;
  warningActions?: WarningActions | undefined;
}) {
  const intl = useIntl();
  const [params] = useSearchParams();
  const horizon = facts.horizon;
  const next = facts.upcomingHearings[0];
  // None to come, but one recorded as scheduled has passed with no outcome: that is what is known, not "none".
  const lapsed = facts.warnings
    .filter((w) => w.code === 'hearing.outcome_unknown')
    .flatMap((w) => file.hearings.filter((h) => h.id === w.record))
    .map((h) => h.date)
    .sort()
    .at(-1);
  // Past the record's latest news, the counts it confirms are those of that day: fetched to be said beside them.
  const newsDay =
    horizon?.isPast === 'yes' && facts.asOf !== horizon.on.latest ? horizon.on.latest : undefined;
  const atNews = useCaseFacts(file.id, newsDay, newsDay !== undefined).data;
  return (
    <section className="facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading">
        <FormattedMessage id="facts.heading" />
      </h2>
      {/* Not to be read against a source: a figure here may be none a source gives ("11 to 17 years"). */}
      <p className="hint facts-origin">
        <FormattedMessage id="facts.origin" />
      </p>
      <dl className="facts-grid">
        <Fact label="facts.currency" testId="currency">
          {horizon ? (
            <>
              <FormattedMessage
                id={horizon.basis === 'stated' ? 'facts.confirmedOn' : 'facts.inferredOn'}
                values={{ date: formatPartialDate(intl, horizon.on.date) }}
              />
              {horizon.daysSince && (
                <div className={horizon.daysSince.min > 90 ? 'stale' : 'muted'}>
                  {horizon.daysSince.min === horizon.daysSince.max ? (
                    <FormattedMessage
                      id="facts.notConfirmedSince"
                      values={{ count: horizon.daysSince.max }}
                    />
                  ) : (
                    // A horizon known to the month or the year: as many days as its last day gives, up to its first.
                    <FormattedMessage
                      id="facts.notConfirmedSinceRange"
                      values={{ min: horizon.daysSince.min, max: horizon.daysSince.max }}
                    />
                  )}
                </div>
              )}
              {horizon.isPast === 'yes' && facts.asOf !== horizon.on.latest && (
                // Past its last news, the case as it stood on that day is one click away.
                <div>
                  <Link to={{ search: withAsOf(params, horizon.on.latest).toString() }} data-as-of-news>
                    <FormattedMessage
                      id="facts.seeAsOfNews"
                      values={{ date: formatPartialDate(intl, horizon.on.latest) }}
                    />
                  </Link>
                </div>
              )}
            </>
          ) : (
            <FormattedMessage id="facts.noHorizon" />
          )}
        </Fact>
        <Fact label="facts.nextHearing" testId="next-hearing">
          {next ? (
            <>
              {formatPartialDate(intl, next.date.date)}
              {next.time ? `, ${next.time}` : ''} · {intl.formatMessage({ id: `hearingKind.${next.kind}` })}
              {next.setBy !== undefined && (
                <div className="muted">
                  <FormattedMessage id="facts.nextHearingSet" />
                </div>
              )}
            </>
          ) : lapsed !== undefined ? (
            <FormattedMessage id="facts.noHearingLapsed" values={{ date: formatPartialDate(intl, lapsed) }} />
          ) : (
            <FormattedMessage id="facts.noHearing" />
          )}
        </Fact>
      </dl>
      {facts.defendants.map((d) => (
        <DefendantFacts
          key={d.person.id}
          d={d}
          facts={facts}
          file={file}
          {...(newsDay !== undefined && atNews?.asOf === newsDay
            ? newsOf(
                newsDay,
                atNews.defendants.find((x) => x.person.id === d.person.id),
              )
            : {})}
        />
      ))}
      {facts.withheld && (
        <p className="notice" data-fact="withheld">
          <FormattedMessage id="facts.withheld" />
        </p>
      )}
      {facts.disputed && (
        <p className="notice" data-fact="disputed">
          <FormattedMessage id="facts.disputed" values={{ count: facts.disputed.disputes.length }} />
        </p>
      )}
      <CaseWarnings warnings={facts.warnings} file={file} actions={warningActions} />
    </section>
  );
}

const newsOf = (on: string, d: Defendant | undefined) => (d === undefined ? {} : { news: { on, d } });
