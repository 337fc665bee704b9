import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from '@tanstack/react-query';
import { ApiIssuesError, canWrite, getMe, isAdmin } from '../../../lib/api-write.ts';
import { useImportBundle } from '../api/import-bundle.ts';
import { IssueList, ReportView } from './report-view.tsx';

/**
 * Import and export: a bundle is first checked (a dry run writes nothing) and its report shown, then imported on
 * confirmation; the open data is for everyone, the backup for admins.
 */
export function ExchangePage() {
  const intl = useIntl();
  const { data: me } = useQuery({ queryKey: ['me'], queryFn: ({ signal }) => getMe(signal) });
  useEffect(() => {
    document.title = `${intl.formatMessage({ id: 'exchange.title' })} · ${intl.formatMessage({ id: 'app.name' })}`;
  }, [intl]);
  return (
    <section aria-labelledby="exchange-heading">
      <h1 id="exchange-heading">
        <FormattedMessage id="exchange.title" />
      </h1>
      <h2>
        <FormattedMessage id="exchange.export" />
      </h2>
      <ul>
        <li>
          <a href="/api/open-data" download>
            <FormattedMessage id="exchange.openData" />
          </a>
        </li>
        {isAdmin(me) && (
          <li>
            <a href="/api/export" download>
              <FormattedMessage id="exchange.backup" />
            </a>
          </li>
        )}
      </ul>
      {canWrite(me) && <ImportForm />}
    </section>
  );
}

function ImportForm() {
  const [file, setFile] = useState<{ name: string; text: string }>();
  const check = useImportBundle();
  const write = useImportBundle();
  const choose = async (chosen: File | undefined) => {
    check.reset();
    write.reset();
    if (!chosen) return setFile(undefined);
    const text = await chosen.text();
    setFile({ name: chosen.name, text });
    check.mutate({ text, dryRun: true });
  };
  return (
    <>
      <h2>
        <FormattedMessage id="exchange.import" />
      </h2>
      <p className="muted">
        <FormattedMessage id="exchange.importHint" />
      </p>
      <label>
        <FormattedMessage id="exchange.chooseFile" />{' '}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </label>
      {check.isPending && (
        <p role="status">
          <FormattedMessage id="exchange.checking" />
        </p>
      )}
      <div aria-live="polite">
        {check.error && <Failure error={check.error} />}
        {check.data && !write.data && (
          <>
            <h3>
              <FormattedMessage id="exchange.checked" values={{ file: file?.name ?? '' }} />
            </h3>
            <ReportView report={check.data} />
            <button
              type="button"
              disabled={write.isPending || file === undefined}
              onClick={() => file && write.mutate({ text: file.text, dryRun: false })}
            >
              <FormattedMessage id="exchange.confirm" values={{ total: check.data.total }} />
            </button>
          </>
        )}
        {write.error && <Failure error={write.error} />}
        {write.data && (
          <div role="status">
            <ReportView report={write.data} />
          </div>
        )}
      </div>
    </>
  );
}

function Failure({ error }: { error: Error }) {
  return (
    <div role="alert">
      <p>
        <FormattedMessage id="exchange.failed" values={{ message: error.message }} />
      </p>
      {error instanceof ApiIssuesError && error.issues.length > 0 && (
        <IssueList heading="exchange.errors" issues={error.issues} total={error.total} />
      )}
      <p>
        <FormattedMessage id="exchange.nothingWritten" />
      </p>
    </div>
  );
}
