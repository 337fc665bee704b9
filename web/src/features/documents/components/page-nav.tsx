import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';

/** Moves between a document's pages: previous, next, or a page by its number (the page lives in the URL). */
export function PageNav({
  page,
  pageCount,
  onPage,
}: {
  page: number;
  pageCount: number | undefined;
  onPage: (page: number) => void;
}) {
  const intl = useIntl();
  const [typed, setTyped] = useState('');
  const last = pageCount ?? page;
  const go = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(typed);
    if (Number.isInteger(n) && n >= 1 && n <= last) onPage(n);
    setTyped('');
  };
  return (
    <nav className="page-nav" aria-label={intl.formatMessage({ id: 'viewer.pages' })}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
        <FormattedMessage id="viewer.previous" />
      </button>
      <span className="page-of" aria-live="polite">
        <FormattedMessage id="viewer.pageOf" values={{ count: page, total: last }} />
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= last}>
        <FormattedMessage id="viewer.next" />
      </button>
      <form onSubmit={go} className="page-go">
        <label>
          <span>{intl.formatMessage({ id: 'viewer.goTo' })}</span>
          <input
            type="number"
            name="page"
            min={1}
            max={last}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
        </label>
        <button type="submit">
          <FormattedMessage id="viewer.go" />
        </button>
      </form>
    </nav>
  );
}
