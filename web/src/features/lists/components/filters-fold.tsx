import { useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

// Wide enough for the filters and the first results on one screen; narrower, the filters start folded.
const WIDE = '(min-width: 48rem)';

/**
 * A list's filters behind a "Filters" disclosure that says how many are on: folded on a phone, so the first
 * screen shows results, and open on a wide screen.
 */
export function FiltersFold({ count, children }: { count: number; children: ReactNode }) {
  const [isOpen, setOpen] = useState(() => window.matchMedia(WIDE).matches);
  return (
    <details className="filters-fold" open={isOpen} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <FormattedMessage id="lists.filters" />
        {count > 0 && (
          <span className="filters-on">
            {' '}
            <FormattedMessage id="lists.filtersOn" values={{ count }} />
          </span>
        )}
      </summary>
      {children}
    </details>
  );
}
