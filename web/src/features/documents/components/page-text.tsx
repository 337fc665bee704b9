import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { passageOf, runsOf, type SelectedPassage } from '../lib/passage.ts';
import { selectionWithin } from '../lib/selection-offsets.ts';

/**
 * One page's text as it was read, selectable; the span a suggestion names is marked while that suggestion has the
 * pointer or focus. A selection made in it is reported as characters of the page's text.
 */
export function PageText({
  text,
  page,
  mark,
  onSelect,
}: {
  text: string;
  page: number;
  mark: { start: number; end: number } | undefined;
  onSelect: (passage: SelectedPassage | undefined) => void;
}) {
  const intl = useIntl();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onChange = () => {
      const container = ref.current;
      if (container === null) return;
      const ends = selectionWithin(container, document.getSelection());
      // A selection elsewhere on the page (or none) leaves the passage chosen last, so its button still works.
      if (ends !== undefined) onSelect(passageOf(text, ends[0], ends[1]));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [text, onSelect]);
  return (
    <div
      ref={ref}
      className="page-text record-text"
      data-page={page}
      tabIndex={0}
      role="document"
      aria-label={intl.formatMessage({ id: 'viewer.textOf' }, { count: page })}
    >
      {runsOf(text, mark).map((run) =>
        run.isMarked ? <mark key={run.start}>{run.text}</mark> : <span key={run.start}>{run.text}</span>,
      )}
    </div>
  );
}
