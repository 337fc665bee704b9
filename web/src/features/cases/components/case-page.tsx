import { useEffect, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { sourceBesidePath } from '../../../lib/url-state.ts';
import { Link } from 'react-router';
import type { Day } from '../../../../../src/core/dates/day.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { formatPartialDate, readerToday, timeZoneName } from '../../../lib/format.ts';
import { useJurisdictions } from '../../lists/api/get-lists.ts';
import { historyPath, recordPagePath } from '../../../lib/record-paths.ts';
import { useCase, useCaseFacts, type PresentedCase } from '../api/get-case.ts';
import { AsOfControl } from './as-of-control.tsx';
import { CaseFactsSummary } from './case-facts-summary.tsx';
import type { WarningActions } from './case-warnings.tsx';
import { SourcesTable } from './sources-table.tsx';
import { AllegationsTable } from './allegations-table.tsx';
import { EvidenceTable } from './evidence-table.tsx';
import { DecisionsTable } from './decisions-table.tsx';
import { CaseTimeline } from './case-timeline.tsx';
import {
  ChargesTable,
  type RowActions,
  type TableActions,
  EventsTable,
  HearingsTable,
  MeasuresTable,
  ParticipantsTable,
} from './record-tables.tsx';
import { rowDates, timelineLinks, timelineRows } from './timeline-rows.ts';
import { dateSpan } from '../../../lib/timeline-geometry.ts';

/**
 * The case page: the facts computed for the chosen day at the top, the timeline, then every record in tables.
 * As of a past day, the record shows only what was known then and the facts are computed for that day.
 */
export function CasePage({
  id,
  asOf,
  onAsOfChange,
  rowActions,
  tableActions,
  headerActions,
  warningActions,
}: {
  id: string;
  asOf: Day | undefined;
  onAsOfChange: (day: Day | undefined) => void;
  /** For a signed-in editor: what each charge's and measure's row offers. */
  rowActions?: RowActions | undefined;
  /** For a signed-in editor: what the charges', measures' and hearings' tables offer to add. */
  tableActions?: TableActions | undefined;
  /** For those signed in: where the case came from; for an editor, checking a source's text against it. */
  headerActions?: ReactNode;
  /** For a signed-in editor: what each warning of the facts offers (noting it as it stands). */
  warningActions?: WarningActions | undefined;
}) {
  const intl = useIntl();
  const file = useCase(id, asOf);
  const facts = useCaseFacts(id, asOf);
  // "Today" is the day in the case's jurisdiction, which may not be the reader's: the page names its time zone.
  const jurisdictions = useJurisdictions();
  const zoneOf = jurisdictions.data?.find((j) => j.code === file.data?.jurisdiction)?.timeZone;
  const zone = zoneOf === undefined ? undefined : timeZoneName(intl, zoneOf);
  const title = file.data?.title;
  useEffect(() => {
    if (title !== undefined) document.title = `${title} · ${intl.formatMessage({ id: 'app.name' })}`;
  }, [title, intl]);
  if (!file.data || !facts.data)
    return <QueryState error={file.error ?? facts.error} notFound="error.caseNotFound" />;
  const c = file.data;
  const f = facts.data;
  const rows = timelineRows(c);
  const kept = c.sources.find((s) => s.sha256 !== undefined);
  const isStale = file.isPlaceholderData || facts.isPlaceholderData;
  return (
    <article className="case-page" aria-busy={isStale}>
      <header className="case-header">
        <p className="muted">
          <FormattedMessage id={`jurisdiction.${c.jurisdiction}`} defaultMessage={c.jurisdiction} />
          {c.openedOn ? ` · ${formatPartialDate(intl, c.openedOn)}` : ''}
          {' · '}
          <Link to={historyPath('cases', c.id)}>
            <FormattedMessage id="history.link" />
          </Link>
          {' · '}
          <Link to={`/cases/${encodeURIComponent(c.id)}/matrix`}>
            <FormattedMessage id="matrix.link" />
          </Link>
          {kept !== undefined && (
            // The case read beside the text of its first source kept whole, to check it sentence by sentence.
            <>
              {' · '}
              <Link to={sourceBesidePath(c.id, kept.id)} data-beside-source>
                <FormattedMessage id="case.besideSource" />
              </Link>
            </>
          )}
        </p>
        <h1 className="record-text">{c.title}</h1>
        {headerActions !== undefined && headerActions !== false && (
          <div className="case-actions">{headerActions}</div>
        )}
        <AsOfControl
          value={asOf}
          today={asOf === undefined ? f.asOf : readerToday()}
          first={firstDay(rowDates(rows))}
          onChange={onAsOfChange}
        />
        <p className="as-of-now" role="status" data-as-of={f.asOf}>
          <FormattedMessage
            id={f.asOfChosen ? 'asOf.showingToday' : 'asOf.showing'}
            values={{ date: formatPartialDate(intl, f.asOf), zone: zone === undefined ? 'none' : zone }}
          />
          {/* On the day of the record's latest news, the page says why it opened there and what lies past it. */}
          {!f.asOfChosen && f.horizon?.on.latest === f.asOf && (
            <>
              {' '}
              <FormattedMessage id="asOf.atNews" />{' '}
              <button type="button" className="link-button" onClick={() => onAsOfChange(undefined)}>
                <FormattedMessage id="asOf.seeToday" />
              </button>
            </>
          )}
        </p>
      </header>
      <OnThisPage file={c} />
      <CaseFactsSummary facts={f} file={c} warningActions={warningActions} />
      <section aria-labelledby="timeline-heading" className="timeline-section">
        <h2 id="timeline-heading">
          <FormattedMessage id="timeline.heading" />
        </h2>
        {rows.length === 0 ? (
          <p className="muted">
            <FormattedMessage id="common.none" />
          </p>
        ) : (
          <CaseTimeline
            rows={rows}
            links={timelineLinks(f, rows)}
            asOf={f.asOf}
            horizon={f.horizon?.on.latest}
          />
        )}
      </section>
      {c.summary && (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">
            <FormattedMessage id="case.summary" />
          </h2>
          <p className="record-text summary">{c.summary}</p>
        </section>
      )}
      {c.authorities.length > 0 && (
        <section aria-labelledby="authorities-heading">
          <h2 id="authorities-heading">
            <FormattedMessage id="forms.case.authorities" />
          </h2>
          <ul>
            {c.authorities.map((a, i) => (
              <li key={i}>
                <FormattedMessage id={`forms.authorityRole.${a.role}`} />
                {': '}
                {a.id !== undefined && (
                  <Link to={recordPagePath('organisations', a.id)} className="record-text">
                    {a.name}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {c.themes.length > 0 && (
        <p className="case-themes">
          <FormattedMessage id="forms.case.themes" />
          {': '}
          <span className="record-text">{c.themes.join(' · ')}</span>
        </p>
      )}
      <ChargesTable file={c} facts={f} actions={rowActions} tableActions={tableActions} />
      <MeasuresTable file={c} actions={rowActions} tableActions={tableActions} />
      <HearingsTable file={c} actions={rowActions} tableActions={tableActions} />
      <DecisionsTable file={c} actions={rowActions} />
      <AllegationsTable caseId={c.id} file={c} canEdit={rowActions !== undefined} />
      <EvidenceTable caseId={c.id} file={c} canEdit={rowActions !== undefined} />
      <EventsTable file={c} actions={rowActions} />
      <ParticipantsTable file={c} />
      <SourcesTable file={c} />
    </article>
  );
}

/** The first day any of the dates may be, or undefined when there is none. */
function firstDay(dates: readonly string[]): Day | undefined {
  return dates.map((d) => dateSpan(d).earliest).sort()[0];
}

/**
 * Under the case's header, its sections a link each, with how many records the tables hold: a long page is read
 * where the reader needs it (the charges, to check against a source) rather than from the top.
 */
function OnThisPage({ file }: { file: PresentedCase }) {
  const intl = useIntl();
  const sections: [string, string, number | undefined][] = [
    ['timeline', 'timeline.heading', undefined],
    ['charges', 'charges.heading', file.charges.length],
    ['measures', 'measures.heading', file.measures.length],
    ['hearings', 'hearings.heading', file.hearings.length],
    ...(file.decisions.length > 0
      ? [['decisions', 'decisions.heading', file.decisions.length] as [string, string, number]]
      : []),
    ['participants', 'participants.heading', undefined],
    ['sources', 'sources.heading', file.sources.filter((s) => s.citedThrough === undefined).length],
  ];
  return (
    <nav className="on-this-page" aria-label={intl.formatMessage({ id: 'case.onThisPage' })}>
      <ul>
        {sections.map(([id, heading, count]) => (
          <li key={id}>
            <a href={`#${id}-heading`}>
              {count === undefined ? (
                <FormattedMessage id={heading} />
              ) : (
                <FormattedMessage
                  id="case.sectionCount"
                  values={{ section: intl.formatMessage({ id: heading }), count }}
                />
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
