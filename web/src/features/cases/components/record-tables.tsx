import { regionName } from '../../../lib/regions.ts';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { historyPath, recordPagePath } from '../../../lib/record-paths.ts';
import { formatDaysLater, formatPartialDate } from '../../../lib/format.ts';
import type { PresentedCase, PresentedCaseFacts } from '../api/get-case.ts';
import {
  articleText,
  chargeNames,
  countText,
  firstStepOf,
  recordName,
  type PresentedCount,
} from './record-names.ts';
import { byBrought, byDay, byOrdered } from './record-order.ts';
import { sinceOfAlike } from './timeline-rows.ts';
import { sourceTitles, StepCitations, Steps } from './step-citations.tsx';

/** The link to a record's history page, under its first cell. */
export function HistoryLink({ collection, id }: { collection: string; id: string }) {
  return (
    <div>
      <Link className="history-link" to={historyPath(collection, id)}>
        <FormattedMessage id="history.link" />
      </Link>
    </div>
  );
}

/** What a signed-in editor may do with a record from its row (reclassify a charge, change a measure…). */
export type RowActions = (
  kind: 'charge' | 'measure' | 'hearing' | 'decision' | 'event',
  id: string,
) => React.ReactNode;

/** What a signed-in editor may add to a table from under its heading (a charge, several charges…). */
export type TableActions = (kind: 'charge' | 'measure' | 'hearing') => React.ReactNode;

/** A captioned table of records, or a line saying none is recorded. */
export function RecordTable({
  id,
  heading,
  columns,
  rows,
  actions,
}: {
  id: string;
  heading: string;
  columns: string[];
  rows: ReactNode[][];
  /** Under the heading: what an editor may add here. */
  actions?: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="record-table" data-table={id}>
      <h2 id={`${id}-heading`}>
        <FormattedMessage id={heading} />
      </h2>
      {actions}
      {rows.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="common.none" />
        </p>
      ) : (
        <div className="table-scroll" role="region" tabIndex={0} aria-labelledby={`${id}-heading`}>
          <table>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col">
                    <FormattedMessage id={c} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((cells, i) => (
                <tr key={i}>
                  {cells.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={j}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The charges with their history, where each came from (reclassified, re-brought) and who faces it. */
export function ChargesTable({
  file,
  facts,
  actions,
  tableActions,
}: {
  file: PresentedCase;
  facts: PresentedCaseFacts;
  actions?: RowActions | undefined;
  tableActions?: TableActions | undefined;
}) {
  const intl = useIntl();
  const titles = sourceTitles(file);
  const links = facts.lineage.flatMap((family) => family.links);
  // How long after the step that ended the charge it came from this one was brought ("спустя 94 дня"), and
  // from which step that is counted, when the dates tell.
  const later = (id: string) => {
    const link = links.find((l) => l.to === id);
    if (link?.gapDays === undefined) return '';
    // A reclassification and the charge it made, one act, have no time between them to tell.
    if (link.kind === 'reclassification' && link.gapDays.max === 0) return '';
    const days = formatDaysLater(intl, link.gapDays);
    if (link.endStep === undefined) return ` · ${days}`;
    const step = intl.formatMessage({ id: `step.${link.endStep.kind}` });
    return ` · ${intl.formatMessage({ id: 'lineage.gap' }, { later: days, step })}`;
  };
  // Charges under one article are told apart by when they began, as the timeline tells them.
  const since = sinceOfAlike(
    file.charges.map((c) => ({
      id: c.id,
      label: articleText(intl, c.article),
      start: (c.lifecycle.find((s) => s.kind === 'brought') ?? c.lifecycle[0])?.date,
    })),
  );
  const rows = byBrought(file.charges).map((c) => [
    <>
      {articleText(intl, c.article)}
      {since.has(c.id) && <span className="muted"> · {formatPartialDate(intl, since.get(c.id) ?? '')}</span>}
      {c.articleTitle && <div className="muted record-text">{c.articleTitle}</div>}
      {/* The acts charged, and when they were done, where the record says. */}
      {c.conduct !== undefined && c.conduct.trim() !== '' && (
        <div className="charge-conduct">
          <FormattedMessage
            id="charges.conduct"
            values={{ conduct: <span className="record-text">{c.conduct}</span> }}
          />
        </div>
      )}
      {c.actDate !== undefined && (
        <div className="muted">
          <FormattedMessage id="charges.actDate" values={{ date: formatPartialDate(intl, c.actDate.date) }} />
        </div>
      )}
      <HistoryLink collection="charges" id={c.id} />
      {actions?.('charge', c.id)}
    </>,
    c.defendant?.name ?? '',
    c.origin
      ? (Array.isArray(c.origin) ? c.origin : [c.origin])
          .map((o) =>
            intl.formatMessage(
              { id: `origin.${o.kind}` },
              { from: o.from.map((f) => recordName(intl, f, file)).join(', ') },
            ),
          )
          .join('; ') + later(c.id)
      : '',
    <Steps steps={c.lifecycle} prefix="step" first={firstStepOf(c)} sources={titles} />,
  ]);
  return (
    <RecordTable
      id="charges"
      heading="charges.heading"
      columns={['charges.article', 'charges.defendant', 'charges.origin', 'charges.history']}
      rows={rows}
      actions={tableActions?.('charge')}
    />
  );
}

/** A table of the case's records an editor may act on from each row and under its heading. */
interface EditableTableProps {
  file: PresentedCase;
  actions?: RowActions | undefined;
  tableActions?: TableActions | undefined;
}

/** The restraint measures, each with its steps (ordered, extended, changed, ended). */
export function MeasuresTable({ file, actions, tableActions }: EditableTableProps) {
  const intl = useIntl();
  const titles = sourceTitles(file);
  const rows = byOrdered(file.measures).map((m) => [
    <>
      {intl.formatMessage({ id: `measureKind.${m.kind}`, defaultMessage: m.kindTitle })}
      <HistoryLink collection="measures" id={m.id} />
      {actions?.('measure', m.id)}
    </>,
    m.person?.name ?? '',
    <>
      <Steps steps={m.steps} prefix="measureStep" sources={titles} />
      {/* The length in the source's words, which its dates are counted against ("just over eight months"). */}
      {m.reportedDuration?.text !== undefined && (
        <p className="muted reported-duration">
          <FormattedMessage
            id="measures.reported"
            values={{ length: <span className="record-text">{m.reportedDuration.text}</span> }}
          />
        </p>
      )}
    </>,
  ]);
  return (
    <RecordTable
      id="measures"
      heading="measures.heading"
      columns={['measures.kind', 'measures.person', 'measures.steps']}
      rows={rows}
      actions={tableActions?.('measure')}
    />
  );
}

/** The hearings: when, what kind, where, and whether they were held. */
export function HearingsTable({ file, actions, tableActions }: EditableTableProps) {
  const intl = useIntl();
  const titles = sourceTitles(file);
  const rows = byDay(file.hearings).map((h) => [
    <>
      <time>{formatPartialDate(intl, h.date)}</time>
      <StepCitations citations={h.sources} sources={titles} />
      <HistoryLink collection="hearings" id={h.id} />
      {actions?.('hearing', h.id)}
    </>,
    intl.formatMessage({ id: `hearingKind.${h.kind}` }),
    <>
      {intl.formatMessage({ id: `hearingStatus.${h.status}` })}
      {/* The day it set for the next one, as the record gives it, whether or not that one is recorded yet. */}
      {h.nextDate !== undefined && (
        <div className="muted">
          {intl.formatMessage({ id: 'hearings.nextSet' }, { date: formatPartialDate(intl, h.nextDate) })}
        </div>
      )}
    </>,
    h.court?.name ?? '',
    // The charges it tries, where recorded; one the reader may not see is left out.
    (h.charges ?? [])
      .flatMap((id) => {
        const name = chargeNames(intl, file.charges).get(id);
        return name !== undefined ? [name] : [];
      })
      .join(', '),
  ]);
  return (
    <RecordTable
      id="hearings"
      heading="hearings.heading"
      columns={['hearings.date', 'hearings.kind', 'hearings.status', 'hearings.court', 'hearings.charges']}
      rows={rows}
      actions={tableActions?.('hearing')}
    />
  );
}

/** The public events the case is tied to: when and where, what kind, and the counts of dead, injured, detained. */
export function EventsTable({ file, actions }: { file: PresentedCase; actions?: RowActions | undefined }) {
  const intl = useIntl();
  const titles = sourceTitles(file);
  const count = (label: string, c: PresentedCount) => countText(intl, label, c);
  const rows = file.events.map((e) => [
    <>
      <time>
        {e.start !== undefined ? formatPartialDate(intl, e.start) : '…'}
        {e.end !== undefined && e.end !== e.start ? ` – ${formatPartialDate(intl, e.end)}` : ''}
      </time>
      <StepCitations citations={e.sources} sources={titles} />
      <HistoryLink collection="events" id={e.id} />
      {actions?.('event', e.id)}
    </>,
    <>
      <span className="record-text">{e.title}</span>{' '}
      <span className="muted">{intl.formatMessage({ id: `forms.eventKind.${e.kind}` })}</span>
      {e.description !== undefined && e.description !== '' && (
        <p className="record-text event-description">{e.description}</p>
      )}
    </>,
    <span className="record-text">
      {[e.place?.name, e.place?.region, e.place?.country && regionName(intl, e.place.country)]
        .filter((p) => p !== undefined && p !== '')
        .filter((p, i, all) => all.indexOf(p) === i)
        .join(', ')}
    </span>,
    // Each count with what it cites, folded: the sentence counting the dead may be another than the event's.
    <>
      {(['deaths', 'injured', 'detained'] as const).flatMap((kind) => {
        const c = e.casualties?.[kind];
        const said = count(`forms.event.${kind}`, c);
        return c === undefined || said === undefined
          ? []
          : [
              <div key={kind}>
                {said}
                <StepCitations citations={c.sources ?? []} sources={titles} />
              </div>,
            ];
      })}
    </>,
  ]);
  return (
    <RecordTable
      id="events"
      heading="events.heading"
      columns={['events.when', 'events.event', 'events.place', 'events.casualties']}
      rows={rows}
    />
  );
}

/** Who takes part in the case, and in what role. */
export function ParticipantsTable({ file }: { file: PresentedCase }) {
  const intl = useIntl();
  // Each person's organisations, as the case's file gives them: the role, the organisation, its registration, and
  // what the tie cites.
  const tiesOf = (id: string | undefined) =>
    (file.persons.find((person) => person.id === id)?.affiliations ?? []).map(
      (a) =>
        [
          intl.formatMessage(
            { id: 'participants.affiliation' },
            {
              role: a.role,
              organisation: a.name,
              registration:
                a.registration === undefined
                  ? 'none'
                  : intl.formatMessage({ id: `forms.registration.${a.registration}` }),
            },
          ),
          a.sources,
        ] as const,
    );
  const titles = sourceTitles(file);
  // The other spellings and scripts their name is recorded in, under the one shown, so that the case is checked
  // against a source that writes another ("Mamai") without opening the person.
  const alsoWritten = (id: string | undefined, shown: string | undefined) => [
    ...new Set(
      (file.persons.find((person) => person.id === id)?.names ?? [])
        .map((n) => n.value)
        .filter((value) => value !== shown),
    ),
  ];
  const rows = file.participants.map((p) => [
    <>
      {p.id !== undefined ? (
        <Link to={recordPagePath('persons', p.id)}>{p.name ?? p.id}</Link>
      ) : (
        (p.name ?? '')
      )}
      {alsoWritten(p.id, p.name).length > 0 && (
        <div className="muted also-written">
          <FormattedMessage
            id="participants.alsoWritten"
            values={{ names: intl.formatList(alsoWritten(p.id, p.name)) }}
          />
        </div>
      )}
    </>,
    intl.formatMessage({ id: `role.${p.role}` }),
    <div data-affiliations>
      {tiesOf(p.id).map(([tie, citations], i) => (
        <div key={i}>
          <span className="record-text">{tie}</span>
          <StepCitations citations={citations} sources={titles} />
        </div>
      ))}
    </div>,
  ]);
  return (
    <RecordTable
      id="participants"
      heading="participants.heading"
      columns={['participants.name', 'participants.role', 'participants.affiliations']}
      rows={rows}
    />
  );
}
