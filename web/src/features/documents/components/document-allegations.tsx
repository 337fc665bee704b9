import { useQuery } from '@tanstack/react-query';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { answerOf } from '../../../lib/api-answer.ts';
import { api } from '../../../lib/api.ts';

interface Listed {
  id: string;
  summary: string;
  page?: number;
  type: string;
  elements: number;
}

/** The allegations anchored to this document the reader may see, each with its page and a link to edit it. */
export function DocumentAllegations({
  documentId,
  caseId,
  canEdit,
}: {
  documentId: string;
  caseId: string;
  canEdit: boolean;
}) {
  const listed = useQuery({
    queryKey: ['record-list', '/api/allegations', caseId],
    queryFn: async ({ signal }) =>
      answerOf(
        await api.GET('/api/allegations', { params: { query: { case: caseId, limit: '1000' } }, signal }),
      ).items,
    select: (items): Listed[] =>
      items
        .map(
          (item) =>
            item.record as {
              id: string;
              document?: string;
              summary?: string;
              type?: string;
              passage?: { page?: number };
              elements?: string[];
            },
        )
        .filter((r) => r.document === documentId)
        .map((r) => ({
          id: r.id,
          summary: r.summary ?? r.id,
          ...(r.passage?.page !== undefined ? { page: r.passage.page } : {}),
          type: r.type ?? 'act',
          elements: r.elements?.length ?? 0,
        }))
        .sort((a, b) => (a.page ?? 0) - (b.page ?? 0)),
  });
  const items = listed.data ?? [];
  return (
    <section aria-labelledby="allegations-heading" className="document-allegations">
      <h2 id="allegations-heading">
        <FormattedMessage id="viewer.allegations" />
      </h2>
      {items.length === 0 ? (
        <p className="muted">
          <FormattedMessage id={listed.isPending ? 'common.loading' : 'common.none'} />
        </p>
      ) : (
        <ul>
          {items.map((a) => (
            <li key={a.id} data-allegation={a.id}>
              {a.page !== undefined && (
                <Link to={`?page=${a.page}`}>
                  <FormattedMessage id="viewer.pageShort" values={{ count: a.page }} />
                </Link>
              )}{' '}
              <FormattedMessage id={`forms.allegationType.${a.type}`} />:{' '}
              <span className="record-text">{a.summary}</span>{' '}
              <span className="muted">
                <FormattedMessage id="viewer.elementsCount" values={{ count: a.elements }} />
              </span>
              {canEdit && (
                <>
                  {' '}
                  <Link to={`/records/allegation/${encodeURIComponent(a.id)}/edit`}>
                    <FormattedMessage id="forms.links.edit" />
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
