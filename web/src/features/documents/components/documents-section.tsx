import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useCaseDocuments } from '../api/documents.ts';
import '../documents.css';
import { TextStatus } from './text-status.tsx';
import { UploadControl } from './upload-control.tsx';

/** The case's documents as the reader may see them, each opening its viewer; editors and researchers add files. */
export function DocumentsSection({ caseId, canUpload }: { caseId: string; canUpload: boolean }) {
  const intl = useIntl();
  const documents = useCaseDocuments(caseId);
  // A reader who may not see the case's documents is not told they exist.
  if (documents.isError && !canUpload) return null;
  const items = documents.data ?? [];
  return (
    <section aria-labelledby="documents-heading" className="documents-section">
      <h2 id="documents-heading">
        <FormattedMessage id="documents.heading" />
      </h2>
      {items.length === 0 ? (
        <p className="muted">
          <FormattedMessage id={documents.isPending ? 'common.loading' : 'common.none'} />
        </p>
      ) : (
        <div className="table-scroll">
          <table className="documents-table">
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="documents.title" />
                </th>
                <th scope="col">
                  <FormattedMessage id="documents.kind" />
                </th>
                <th scope="col">
                  <FormattedMessage id="documents.type" />
                </th>
                <th scope="col">
                  <FormattedMessage id="documents.size" />
                </th>
                <th scope="col">
                  <FormattedMessage id="documents.text" />
                </th>
                <th scope="col">
                  <FormattedMessage id="documents.pages" />
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((doc) => (
                <tr key={doc.id} data-document={doc.id}>
                  <td className="record-text">
                    <Link to={`/documents/${encodeURIComponent(doc.id)}`}>{doc.title}</Link>
                  </td>
                  <td>
                    {doc.documentKind !== undefined ? (
                      <FormattedMessage
                        id={`forms.documentKind.${doc.documentKind}`}
                        defaultMessage={doc.documentKind}
                      />
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{doc.file.mediaType}</td>
                  <td>
                    {intl.formatNumber(doc.file.size / 1024, {
                      style: 'unit',
                      unit: 'kilobyte',
                      maximumFractionDigits: 0,
                    })}
                  </td>
                  <td>
                    <TextStatus doc={doc} />
                  </td>
                  <td>{doc.pageCount ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canUpload && <UploadControl caseId={caseId} />}
    </section>
  );
}
