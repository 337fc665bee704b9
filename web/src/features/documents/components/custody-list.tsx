import { FormattedMessage, useIntl } from 'react-intl';
import { useCustody } from '../api/documents.ts';

/** The chain of custody: who added the file, when and from where, and every export since. */
export function CustodyList({ documentId }: { documentId: string }) {
  const intl = useIntl();
  const custody = useCustody(documentId);
  const events = custody.data ?? [];
  return (
    <section aria-labelledby="custody-heading" className="custody">
      <h2 id="custody-heading">
        <FormattedMessage id="viewer.custody" />
      </h2>
      {events.length === 0 ? (
        <p className="muted">
          <FormattedMessage id={custody.isPending ? 'common.loading' : 'common.none'} />
        </p>
      ) : (
        <ol className="custody-events">
          {events.map((e, i) => (
            <li key={i} data-action={e.action}>
              <time dateTime={e.at}>
                {intl.formatDate(e.at, { dateStyle: 'medium', timeStyle: 'short' })}
              </time>{' '}
              <FormattedMessage id={`viewer.custody.${e.action}`} defaultMessage={e.action} />{' '}
              <span className="record-text">{e.actor}</span>
              {e.origin !== undefined && <span className="muted record-text"> · {e.origin}</span>}
              {e.detail !== undefined && <span className="muted record-text"> · {e.detail}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
