import { FormattedMessage, useIntl } from 'react-intl';
import type { DocumentSummary } from '../api/documents.ts';

const CAPTURE_ORDER = [
  'platform',
  'postId',
  'account',
  'publishedAt',
  'capturedAt',
  'collector',
  'tool',
] as const;

/** Where a document came from online: its address and, for captured material, the capture record the reader may see. */
export function DocumentOrigin({ doc }: { doc: DocumentSummary }) {
  const intl = useIntl();
  const capture = doc.capture ?? {};
  const shown = CAPTURE_ORDER.filter((field) => capture[field] !== undefined);
  if (doc.url === undefined && shown.length === 0) return null;
  return (
    <section className="document-origin" aria-labelledby="document-origin-heading">
      <h2 id="document-origin-heading">
        <FormattedMessage id="viewer.origin" />
      </h2>
      <dl>
        {doc.url !== undefined && (
          <div>
            <dt>{intl.formatMessage({ id: 'forms.field.source.url' })}</dt>
            <dd className="record-text">
              <a href={doc.url} rel="noopener noreferrer nofollow" target="_blank">
                {doc.url}
              </a>
            </dd>
          </div>
        )}
        {shown.map((field) => (
          <div key={field}>
            <dt>{intl.formatMessage({ id: `forms.capture.${field}` })}</dt>
            <dd className="record-text">{capture[field]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
