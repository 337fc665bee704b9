import { FormattedMessage, useIntl } from 'react-intl';
import type { ApiIssue } from '../../../lib/api-write.ts';
import type { ImportReport } from '../api/import-bundle.ts';
import { issuePlace, reportRows } from './issue-place.ts';
import { localSchemaMessage } from '../../../lib/schema-messages.ts';

/** What an import did or would do: records per kind (created, updated, unchanged), and its warnings. */
export function ReportView({ report }: { report: ImportReport }) {
  const intl = useIntl();
  return (
    <div>
      <p>
        <FormattedMessage
          id={report.dryRun ? 'exchange.wouldImport' : 'exchange.imported'}
          values={{ total: report.total, created: report.created, updated: report.updated }}
        />
      </p>
      <table className="report">
        <thead>
          <tr>
            {[
              'exchange.kind',
              'exchange.count',
              'exchange.created',
              'exchange.updated',
              'exchange.unchanged',
            ].map((k) => (
              <th scope="col" key={k}>
                <FormattedMessage id={k} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {reportRows(report.counts, report.outcomes).map((r) => (
            <tr key={r.kind}>
              <th scope="row">{intl.formatMessage({ id: `exchange.recordKind.${r.kind}` })}</th>
              <td>{intl.formatNumber(r.count)}</td>
              <td>{intl.formatNumber(r.created)}</td>
              <td>{intl.formatNumber(r.updated)}</td>
              <td>{intl.formatNumber(r.unchanged)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.warnings.length > 0 && (
        <IssueList heading="exchange.warnings" issues={report.warnings} total={report.warnings.length} />
      )}
    </div>
  );
}

/** Problems of an import, each with its place (path, record, line and column). */
export function IssueList(props: { heading: string; issues: readonly ApiIssue[]; total: number }) {
  const intl = useIntl();
  return (
    <section aria-labelledby={`${props.heading}-heading`} className="issues">
      <h3 id={`${props.heading}-heading`}>
        <FormattedMessage id={props.heading} values={{ count: props.total }} />
      </h3>
      <ul>
        {props.issues.map((issue, i) => {
          const place = issuePlace(issue);
          return (
            <li key={i}>
              {place.path !== undefined && <code className="issue-path">{place.path}</code>}
              {place.line !== undefined && (
                <span className="muted">
                  {' '}
                  <FormattedMessage
                    id="exchange.lineColumn"
                    values={{ line: place.line, column: place.column ?? 1 }}
                  />
                </span>
              )}
              {place.record !== undefined && <span className="muted"> · {place.record}</span>}
              <div>{localSchemaMessage(intl, issue.message)}</div>
            </li>
          );
        })}
      </ul>
      {props.total > props.issues.length && (
        <p className="muted">
          <FormattedMessage id="exchange.more" values={{ count: props.total - props.issues.length }} />
        </p>
      )}
    </section>
  );
}
