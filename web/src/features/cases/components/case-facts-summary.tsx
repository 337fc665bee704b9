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
import type { PresentedCase, PresentedCaseFacts } from '../api/get-case.ts';
import { warningText } from './warning-text.ts';
import { CreditExplained, ExposureExplained, type DefendantProps } from './facts-explained.tsx';

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

function StatusFact({ d }: { d: Defendant }) {
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
  return (
    <>
      <strong>{intl.formatMessage({ id: `status.${status.status}` })}</strong>
      {!status.isCertain && status.possible.length > 1 && (
        <span className="muted">
          {' '}
          <FormattedMessage
            id="facts.possible"
            values={{
              statuses: formatAlternatives(
                intl,
                status.possible.map((s) => intl.formatMessage({ id: `status.${s}` })),
              ),
            }}
          />
        </span>
      )}
      {status.lastKnown && (
        <div className="muted">
          <FormattedMessage
            id="facts.lastKnown"
            values={{
              status: intl.formatMessage({ id: `status.${status.lastKnown.status}` }),
              date: formatPartialDate(intl, status.lastKnown.on),
            }}
          />
        </div>
      )}
    </>
  );
}

function DefendantFacts({ d, facts, file }: DefendantProps) {
  const intl = useIntl();
  const credit = d.credit.filter((c) => c.sentenceType === 'imprisonment' && c.unit === 'days');
  const exposure = facts.exposure.byDefendant.find((e) => e.defendant === d.person.id) ?? d.exposure;
  const cumulative = exposure.cumulative?.maxImprisonment as TermRange | undefined;
  const single = exposure.maxImprisonment as TermRange | undefined;
  return (
    <section className="defendant-facts" aria-label={d.person.name}>
      {facts.defendants.length > 1 && <h3>{d.person.name}</h3>}
      <dl className="facts-grid">
        <Fact label="facts.status" testId="status">
          <StatusFact d={d} />
        </Fact>
        <Fact label="facts.detained" testId="detained">
          {formatDays(intl, d.deprivedOfLibertyBy.detention)}
        </Fact>
        <Fact label="facts.houseArrest" testId="house-arrest">
          {formatDays(intl, d.deprivedOfLibertyBy.houseArrest)}
        </Fact>
        <Fact label="facts.credit" testId="credit">
          {credit.length === 0 ? (
            <FormattedMessage id="common.none" />
          ) : (
            formatDays(intl, {
              min: Math.min(...credit.map((c) => c.amount.min)),
              max: Math.max(...credit.map((c) => c.amount.max)),
            })
          )}
          <CreditExplained d={d} />
        </Fact>
        <Fact label="facts.exposure" testId="exposure">
          {single ? termRange(intl, single) : <FormattedMessage id="facts.exposureUnknown" />}
          {cumulative && facts.exposure.charges.length > 1 && (
            <div className="muted">
              <FormattedMessage id="facts.exposureTogether" values={{ term: termRange(intl, cumulative) }} />
            </div>
          )}
          <ExposureExplained d={d} facts={facts} file={file} />
        </Fact>
      </dl>
    </section>
  );
}

/** The computed facts at the top of the case page: status, how current the record is, days, credit, exposure, next hearing, warnings. */
export function CaseFactsSummary({ facts, file }: { facts: PresentedCaseFacts; file: PresentedCase }) {
  const intl = useIntl();
  const [params] = useSearchParams();
  const horizon = facts.horizon;
  const next = facts.upcomingHearings[0];
  return (
    <section className="facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading">
        <FormattedMessage id="facts.heading" />
      </h2>
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
          ) : (
            <FormattedMessage id="facts.noHearing" />
          )}
        </Fact>
      </dl>
      {facts.defendants.map((d) => (
        <DefendantFacts key={d.person.id} d={d} facts={facts} file={file} />
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
      <div className="warnings" data-fact="warnings">
        <h3>
          <FormattedMessage id="facts.warnings" />
        </h3>
        {facts.warnings.length === 0 ? (
          <p>
            <FormattedMessage id="facts.noWarnings" />
          </p>
        ) : (
          <ul>
            {facts.warnings.map((w, i) => (
              <li key={i} title={w.message}>
                {warningText(intl, w, file)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
