import type { ReactNode } from 'react';
import '../search.css';

/**
 * Beside what is being typed for a new record: the records already there that may be the one meant, announced as
 * they are found, each a line (`line`) after a sentence saying what they are (`intro`); nothing while none is found.
 */
export function FoundBox<T extends { id: string }>({
  found,
  intro,
  line,
  footer,
}: {
  found: readonly T[];
  intro: ReactNode;
  line: (record: T) => ReactNode;
  /** After the lines: what to do when none is the one meant. */
  footer?: ReactNode;
}) {
  return (
    <div className="similar-persons" role="status" aria-live="polite">
      {found.length > 0 && (
        <div className="similar-persons-box">
          <p>{intro}</p>
          <ul>
            {found.map((record) => (
              <li key={record.id} data-similar={record.id}>
                {line(record)}
              </li>
            ))}
          </ul>
          {footer}
        </div>
      )}
    </div>
  );
}
