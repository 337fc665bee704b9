import type { ReactNode } from 'react';
import type { TextAsRead } from '../lib/text-as-read.ts';

/**
 * A text laid out as read: its paragraphs numbered, each sentence a row was read from (or cites) marked, and after
 * the last words of each, the lines `linesOf` gives for the rows whose sentence ends there; a paragraph with no mark
 * set apart as one nothing was read from. After a stretch no row was read from, `afterUnread` may say so, and offer
 * what can be done with it.
 */
export function AsReadText({
  laid,
  linesOf,
  afterUnread,
}: {
  laid: TextAsRead;
  linesOf: (places: readonly string[]) => ReactNode;
  afterUnread?: (stretch: string) => ReactNode;
}) {
  return (
    <ol className="as-read-text">
      {laid.paragraphs.map((paragraph) => (
        <li
          key={paragraph.n}
          data-paragraph={paragraph.n}
          // Read from: a row's sentence begins here, or a sentence of a row read from several is here.
          className={paragraph.pieces.some((piece) => piece.places.length > 0) ? 'is-read' : undefined}
        >
          <div className="record-text">
            {paragraph.pieces.map((piece, k) =>
              piece.places.length === 0 ? (
                <span key={k}>
                  {piece.text}
                  {afterUnread?.(piece.text)}
                </span>
              ) : (
                <span key={k}>
                  <mark>{piece.text}</mark>
                  {piece.ends.length > 0 && <ul className="as-read-rows">{linesOf(piece.ends)}</ul>}
                </span>
              ),
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
