import { useCallback, useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { QueryState } from '../../../components/query-state.tsx';
import { useLocale } from '../../../lib/i18n.tsx';
import {
  documentPaths,
  useDocument,
  usePageText,
  useSuggestions,
  type Suggestion,
} from '../api/documents.ts';
import { allegationFromPassagePath, pageOf, type SelectedPassage } from '../lib/passage.ts';
import { CustodyList } from './custody-list.tsx';
import { DocumentAllegations } from './document-allegations.tsx';
import { DocumentOrigin } from './document-origin.tsx';
import { PageNav } from './page-nav.tsx';
import { PageText } from './page-text.tsx';
import { SuggestionsPanel } from './suggestions-panel.tsx';
import '../documents.css';
import { TextStatus } from './text-status.tsx';
import { caseViewPath } from '../../../lib/url-state.ts';

/**
 * /documents/:id?page=N: the page as rendered beside its text (selectable, one page at a time), what the
 * extraction suggests on it, the allegations anchored to the document, its chain of custody and the original.
 */
export function DocumentViewer({ id, canEdit }: { id: string; canEdit: boolean }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const doc = useDocument(id);
  const page = pageOf(params.get('page'), doc.data?.pageCount);
  const isPageRead = doc.data !== undefined && (doc.data.textStatus === 'done' || doc.data.pagesDone >= page);
  const text = usePageText(id, page, isPageRead);
  const { locale } = useLocale();
  const suggestions = useSuggestions(id, page, isPageRead, locale);
  const [passage, setPassage] = useState<SelectedPassage>();
  const [mark, setMark] = useState<{ start: number; end: number }>();
  // The page as rendered, when the server can draw it; the text stands alone when it cannot.
  const [failedImage, setFailedImage] = useState<number>();
  // Back from saving an allegation made of a passage: said once, as the case's page says it.
  const location = useLocation();
  const [isSaved] = useState((location.state as { saved?: unknown } | null)?.saved === true);
  const onSelect = useCallback((p: SelectedPassage | undefined) => setPassage(p), []);
  const title = doc.data?.title;
  useEffect(() => {
    if (title !== undefined) document.title = `${title} · ${intl.formatMessage({ id: 'app.name' })}`;
  }, [title, intl]);
  useEffect(() => setPassage(undefined), [page]);
  if (!doc.data) return <QueryState error={doc.error} notFound="viewer.notFound" />;
  const d = doc.data;
  const caseId = d.case ?? '';
  const toPage = (n: number) => setParams({ page: String(n) });
  const accept =
    canEdit && caseId !== ''
      ? (s: Suggestion) =>
          void navigate(
            allegationFromPassagePath(
              caseId,
              id,
              page,
              { start: s.start, end: s.end, quote: s.quote },
              s.label,
            ),
          )
      : undefined;
  return (
    <article className="document-viewer">
      {isSaved && (
        <p role="status" className="saved-notice edit-saved">
          <FormattedMessage id="forms.saved" />
        </p>
      )}
      <header>
        {caseId !== '' && (
          <p className="muted">
            <Link to={caseViewPath(caseId)}>
              <FormattedMessage id="viewer.backToCase" />
            </Link>
          </p>
        )}
        <h1 className="record-text">{d.title}</h1>
        <p>
          <TextStatus doc={d} />
          {d.textNote !== undefined && <span className="muted record-text"> · {d.textNote}</span>}
          {' · '}
          <a href={documentPaths.file(id)} download>
            <FormattedMessage id="viewer.download" />
          </a>
        </p>
      </header>
      <PageNav page={page} pageCount={d.pageCount} onPage={toPage} />
      <div className="viewer-panes">
        {/* A text or a web page has no page to draw: its text is the page. */}
        {isDrawn(d.file.mediaType) && (
          <figure className="page-image">
            {failedImage === page ? (
              <p className="muted">
                <FormattedMessage id="viewer.noImage" />
              </p>
            ) : (
              <img
                src={documentPaths.image(id, page)}
                alt={intl.formatMessage({ id: 'viewer.imageOf' }, { count: page })}
                onError={() => setFailedImage(page)}
              />
            )}
          </figure>
        )}
        <div className="page-text-pane">
          {!isPageRead || text.isPending ? (
            <p role="status" className="muted">
              <FormattedMessage id={isPageRead ? 'common.loading' : 'viewer.pageNotRead'} />
            </p>
          ) : text.data === undefined || text.data.method === 'none' || text.data.text.trim() === '' ? (
            <p role="status" className="muted">
              <FormattedMessage id="viewer.noText" />
            </p>
          ) : (
            <>
              {text.data.method === 'ocr' && (
                <p className="hint">
                  <FormattedMessage id="viewer.ocr" />
                </p>
              )}
              <PageText text={text.data.text} page={page} mark={mark} onSelect={onSelect} />
            </>
          )}
          {canEdit && caseId !== '' && (
            <div className="passage-actions">
              <p className="hint" aria-live="polite">
                {passage === undefined ? (
                  <FormattedMessage id="viewer.selectHint" />
                ) : (
                  <FormattedMessage id="viewer.selected" values={{ from: passage.start, to: passage.end }} />
                )}
              </p>
              <button
                type="button"
                disabled={passage === undefined}
                onClick={() => void navigate(allegationFromPassagePath(caseId, id, page, passage))}
              >
                <FormattedMessage id="viewer.newAllegation" />
              </button>
            </div>
          )}
        </div>
        <SuggestionsPanel
          key={`${id}/${page}`}
          documentId={id}
          suggestions={suggestions.data ?? []}
          onMark={setMark}
          onAccept={accept}
        />
      </div>
      <DocumentOrigin doc={d} />
      {caseId !== '' && <DocumentAllegations documentId={id} caseId={caseId} canEdit={canEdit} />}
      <CustodyList documentId={id} />
    </article>
  );
}

/** Whether a file's pages are drawn as images for the viewer: a PDF's, or an image itself. */
const isDrawn = (mediaType: string) => mediaType === 'application/pdf' || mediaType.startsWith('image/');
