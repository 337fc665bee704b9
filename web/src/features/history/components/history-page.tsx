import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { QueryState } from '../../../components/query-state.tsx';
import { canWrite } from '../../../lib/api-write.ts';
import { useHistory, useMe, useRestore, type HistoryCollection, type HistoryEntry } from '../api/history.ts';
import {
  diffRevision,
  pathWords,
  referenceKindOf,
  type FieldChange,
  type ReferenceKind,
} from './revision-diff.ts';
import { Link } from 'react-router';
import { useRecordLabel } from '../../forms/api/record-options.ts';
import { labelIn, type PickKind } from '../../forms/lib/record-labels.ts';
import { caseViewPath } from '../../../lib/url-state.ts';

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
      <RecordHeading
        collection={collection}
        id={id}
        record={data?.entries.at(-1)?.after ?? data?.entries.at(-1)?.before}
      />
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
            <th scope="row" title={c.path}>
              {pathWords(c.path)}
            </th>
            <ValueCell path={c.path} value={c.before} side="before" />
            <ValueCell path={c.path} value={c.after} side="after" />
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

/** The kind of record each collection with a history holds, to name it as a picker does. */
const KINDS: Partial<Record<HistoryCollection, PickKind>> = {
  cases: 'case',
  persons: 'person',
  organisations: 'organisation',
  charges: 'charge',
  decisions: 'decision',
  events: 'event',
  sources: 'source',
};

/**
 * Under the heading, the record by its name or title (a charge by its article), with its id, and a way back to its
 * case's page.
 */
function RecordHeading({
  collection,
  id,
  record,
}: {
  collection: HistoryCollection;
  id: string;
  record: unknown;
}) {
  const intl = useIntl();
  const kind = KINDS[collection];
  const fields = (record ?? {}) as Record<string, unknown>;
  const label =
    kind === undefined || record === null || record === undefined ? undefined : labelIn(intl, kind, fields);
  const caseId =
    collection === 'cases' ? id : typeof fields['case'] === 'string' ? fields['case'] : undefined;
  return (
    <p className="muted">
      {label !== undefined && label !== id && <span className="record-text">{label} </span>}
      <code>{id}</code>
      {caseId !== undefined && (
        <>
          {' · '}
          <Link to={caseViewPath(caseId)}>
            <FormattedMessage id="history.toCase" />
          </Link>
        </>
      )}
    </p>
  );
}

/** A field's value before (struck out) or after (inserted) a revision, or nothing where it had none. */
function ValueCell({
  path,
  value,
  side,
}: {
  path: string;
  value: string | undefined;
  side: 'before' | 'after';
}) {
  if (value === undefined) return <td />;
  const shown = <FieldValue path={path} value={value} />;
  return <td>{side === 'before' ? <del>{shown}</del> : <ins>{shown}</ins>}</td>;
}

/** A field's value; one naming a record by its id is shown by the record's name or title, the id beside it. */
function FieldValue({ path, value }: { path: string; value: string }) {
  const kind = referenceKindOf(path, value);
  return kind === undefined ? <>{value}</> : <RecordName kind={kind} id={value} />;
}

function RecordName({ kind, id }: { kind: ReferenceKind; id: string }) {
  const label = useRecordLabel(kind, id);
  return label === undefined || label === id ? (
    <>{id}</>
  ) : (
    <>
      <span className="record-text">{label}</span> <code className="muted">{id}</code>
    </>
  );
}
