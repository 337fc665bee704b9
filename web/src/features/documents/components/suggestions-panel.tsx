import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { Suggestion } from '../api/documents.ts';
import { dismiss, readDismissed } from '../lib/dismissed.ts';

/**
 * What the extraction found on the page: citations, dates, sentences, persons and links, each marking its words in
 * the text while it has the pointer or focus. A citation can be taken into a new allegation; any can be dismissed
 * (kept in this browser only).
 */
export function SuggestionsPanel({
  documentId,
  suggestions,
  onMark,
  onAccept,
}: {
  documentId: string;
  suggestions: Suggestion[];
  onMark: (span: { start: number; end: number } | undefined) => void;
  onAccept: ((s: Suggestion) => void) | undefined;
}) {
  const [dismissed, setDismissed] = useState(() => readDismissed(localStorage, documentId));
  const shown = suggestions.filter((s) => !dismissed.has(s.key));
  return (
    <section className="suggestions-panel" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">
        <FormattedMessage id="viewer.suggestions" />
      </h2>
      <p className="hint">
        <FormattedMessage id="viewer.suggestionsHint" />
      </p>
      {shown.length === 0 && (
        <p className="muted">
          <FormattedMessage id="common.none" />
        </p>
      )}
      <ul>
        {shown.map((s) => (
          <li
            key={s.key}
            data-suggestion={s.type}
            onMouseEnter={() => onMark(s)}
            onMouseLeave={() => onMark(undefined)}
            onFocus={() => onMark(s)}
            onBlur={() => onMark(undefined)}
          >
            <span className="suggestion-type">
              <FormattedMessage id={`viewer.suggestion.${s.type}`} />
            </span>{' '}
            <span className="record-text">{s.label}</span>
            <q className="record-text muted">{s.quote}</q>
            <span className="suggestion-actions">
              {s.type === 'citation' && onAccept !== undefined && (
                <button type="button" className="link-button" onClick={() => onAccept(s)}>
                  <FormattedMessage id="viewer.accept" />
                </button>
              )}
              <button
                type="button"
                className="link-button"
                onClick={() => setDismissed(dismiss(localStorage, documentId, s.key))}
              >
                <FormattedMessage id="viewer.dismiss" />
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
