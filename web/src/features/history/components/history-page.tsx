import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { QueryState } from '../../../components/query-state.tsx';
import { canWrite } from '../../../lib/api-write.ts';
import { useHistory, useMe, useRestore, type HistoryCollection, type HistoryEntry } from '../api/history.ts';
import { diffRevision, type FieldChange } from './revision-diff.ts';

/** A record's revisions, newest first: who, when, why, and what changed field by field; restoring one for writers. */
export function HistoryPage({ collection, id }: { collection: HistoryCollection; id: string }) {
  const intl = useIntl();
  const { data, error } = useHistory(collection, id);
  const { data: me } = useMe();
  useEffect(() => {
    document.title = `${intl.formatMessage({ id: 'history.title' })} · ${id}`;
  }, [intl, id]);
  const entries = data ? [...data.entries].reverse() : [];
  const latest = data?.entries.at(-1)?.version;
  return (
    <section aria-labelledby="history-heading">
      <h1 id="history-heading">
        <FormattedMessage id="history.title" />
      </h1>
      <p className="muted">
        <code>{id}</code>
      </p>
      {!data ? (
        <QueryState error={error} />
      ) : (
        <ol className="history-list">
          {entries.map((entry) => (
            <li key={entry.seq} className="history-entry">
              <RevisionView
                entry={entry}
                restorable={canWrite(me) && entry.after !== null && entry.version !== latest}
                collection={collection}
                id={id}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function RevisionView(props: {
  entry: HistoryEntry;
  restorable: boolean;
  collection: HistoryCollection;
  id: string;
}) {
  const { entry } = props;
  const intl = useIntl();
  const changes = diffRevision(entry.before, entry.after);
  return (
    <article aria-label={intl.formatMessage({ id: 'history.version' }, { version: entry.version })}>
      <h2>
        <FormattedMessage id="history.version" values={{ version: entry.version }} />
        {' · '}
        <FormattedMessage id={`history.action.${entry.action}`} defaultMessage={entry.action} />
      </h2>
      <p className="muted">
        <FormattedMessage
          id="history.byAt"
          values={{
            actor: (
              <span className="record-text" title={entry.actor} data-actor={entry.actor}>
                {entry.actorName ??
                  (entry.actor === 'staff' ? intl.formatMessage({ id: 'history.staff' }) : entry.actor)}
              </span>
            ),
            at: intl.formatDate(entry.at, { dateStyle: 'medium', timeStyle: 'short' }),
          }}
        />
      </p>
      {entry.reason !== undefined && (
        <p>
          <FormattedMessage id="history.reason" values={{ reason: entry.reason }} />
        </p>
      )}
      {changes.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="history.noVisibleChange" />
        </p>
      ) : entry.action === 'update' ? (
        <DiffTable changes={changes} />
      ) : (
        // A created or deleted record lists every field: folded, so the changes stay readable.
        <details>
          <summary>
            <FormattedMessage id="history.allFields" values={{ count: changes.length }} />
          </summary>
          <DiffTable changes={changes} />
        </details>
      )}
      {props.restorable && (
        <RestoreButton collection={props.collection} id={props.id} version={entry.version} />
      )}
    </article>
  );
}

function DiffTable({ changes }: { changes: FieldChange[] }) {
  return (
    <table className="diff">
      <thead>
        <tr>
          <th scope="col">
            <FormattedMessage id="history.field" />
          </th>
          <th scope="col">
            <FormattedMessage id="history.before" />
          </th>
          <th scope="col">
            <FormattedMessage id="history.after" />
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.path} className={`diff-${c.change}`}>
            <th scope="row">
              <code>{c.path}</code>
            </th>
            <td>{c.before !== undefined ? <del>{c.before}</del> : ''}</td>
            <td>{c.after !== undefined ? <ins>{c.after}</ins> : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RestoreButton({
  collection,
  id,
  version,
}: {
  collection: HistoryCollection;
  id: string;
  version: number;
}) {
  const [isConfirming, setConfirming] = useState(false);
  const restore = useRestore(collection, id);
  if (restore.isSuccess)
    return (
      <p role="status">
        <FormattedMessage id="history.restored" values={{ version }} />
      </p>
    );
  return (
    <div className="restore">
      {!isConfirming ? (
        <button type="button" onClick={() => setConfirming(true)}>
          <FormattedMessage id="history.restore" values={{ version }} />
        </button>
      ) : (
        <div role="group">
          <p>
            <FormattedMessage id="history.confirm" values={{ version }} />
          </p>
          <button type="button" onClick={() => restore.mutate(version)} disabled={restore.isPending}>
            <FormattedMessage id="history.confirmYes" />
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            <FormattedMessage id="history.cancel" />
          </button>
        </div>
      )}
      {restore.error && (
        <p role="alert">
          <FormattedMessage id="history.restoreFailed" values={{ message: restore.error.message }} />
        </p>
      )}
    </div>
  );
}
