import type { ReactNode } from 'react';

/**
 * A part of a row's line: what the form made of the text (a string), or the text's own words as the row keeps them
 * (`{ own }`), set apart in lighter type, for they are read already in the sentence just above and need no check.
 */
export type LinePart = string | { own: string };

/** The text's own words, as a line part, or nothing where there are none. */
export const ownWords = (words: string): LinePart => (words.trim() === '' ? '' : { own: words.trim() });

const textOf = (part: LinePart) => (typeof part === 'string' ? part : part.own);

/**
 * What a row's line records: what it is first, in heavier type ("Art. 400", "custody", "7 November 2022"), then the
 * rest in plain type, separated by "·", so that the eye finds the row by its first words and reads on only to check
 * it; the text's own words in lighter type, so that the eye is on what the form made of them. A claim's line starts
 * with the claim's own words, a sentence read as text: it is not set heavier (`isPlain`).
 */
export function LineParts({
  parts,
  afterHead,
  isPlain = false,
}: {
  parts: readonly LinePart[];
  afterHead?: ReactNode;
  isPlain?: boolean;
}) {
  const [head = '', ...rest] = parts.filter((p) => textOf(p) !== '');
  return (
    <span className="row-summary">
      <span className={isPlain ? (typeof head === 'string' ? undefined : 'line-own') : 'line-head'}>
        {textOf(head)}
        {afterHead}
      </span>
      {rest.map((p, k) =>
        typeof p === 'string' ? (
          <span key={k}>{` · ${p}`}</span>
        ) : (
          <span key={k}>
            {' · '}
            <span className="line-own">{p.own}</span>
          </span>
        ),
      )}
    </span>
  );
}
