import { FormattedMessage, useIntl } from 'react-intl';
import { useCustody, type CustodyEvent } from '../api/documents.ts';

/** The chain of custody: who added the file, when and from where, and every reading, check and export since. */
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
              <span className="record-text" title={e.actor} data-actor={e.actor}>
                {e.actorName ?? (e.actor === 'staff' ? intl.formatMessage({ id: 'history.staff' }) : e.actor)}
              </span>
              {e.origin !== undefined && <span className="muted record-text"> · {e.origin}</span>}
              <CustodyDetail event={e} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * What an event concerns, in the reader's language: the file name it was added under, the pages read (and by
 * OCR), why a reading failed, what a check found. An event recorded before details were kept shows its words.
 */
function CustodyDetail({ event }: { event: CustodyEvent }) {
  const d = event.details;
  if (d === undefined)
    return event.detail !== undefined ? <span className="muted record-text"> · {event.detail}</span> : null;
  const parts = [
    d.fileName !== undefined && (
      <FormattedMessage
        key="file"
        id="viewer.custody.fileName"
        values={{ name: <span className="record-text">{d.fileName}</span> }}
      />
    ),
    d.pages !== undefined && (
      <FormattedMessage
        key="pages"
        id="viewer.custody.pages"
        values={{ pages: d.pages, ocr: d.ocrPages ?? 0 }}
      />
    ),
    d.reason !== undefined && (
      <FormattedMessage
        key="reason"
        id="viewer.custody.failed"
        values={{ reason: <span className="record-text">{d.reason}</span> }}
      />
    ),
    d.check !== undefined && <FormattedMessage key="check" id={`viewer.custody.check.${d.check}`} />,
  ].filter((part) => part !== false);
  return parts.length === 0 ? null : (
    <span className="muted custody-detail">
      {parts.map((part, i) => (
        <span key={i}> · {part}</span>
      ))}
    </span>
  );
}
