import { FormattedMessage } from 'react-intl';
import type { DocumentSummary } from '../api/documents.ts';
import { textStatusMessage } from '../lib/text-status.ts';

/** How far the document's text has been read: a progress bar while reading, and why there is no text when so. */
export function TextStatus({ doc }: { doc: DocumentSummary }) {
  const message = textStatusMessage(doc);
  const isReading = doc.textStatus === 'reading' || doc.textStatus === 'pending';
  return (
    <span className="text-status" data-status={doc.textStatus} role="status">
      <FormattedMessage id={message.id} values={message.values} />
      {isReading && doc.pageCount !== undefined && doc.pageCount > 0 && (
        <>
          {' '}
          <progress max={doc.pageCount} value={doc.pagesDone} aria-hidden="true" />
        </>
      )}
    </span>
  );
}
