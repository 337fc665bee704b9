import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

/** A row's boxes folded to its line (what it records, as the text laid out above says it), opened to change it. */
export function FoldedToLine({ line, children }: { line: ReactNode; children: ReactNode }) {
  return (
    <details className="row-fold">
      <summary>
        {line}{' '}
        <span className="row-change">
          <FormattedMessage id="quick.row.change" />
        </span>
      </summary>
      {children}
    </details>
  );
}
