import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { useStoredChoice } from '../../../lib/stored-choice.ts';

/** The text's own words as a row keeps them, and, where they are long, their first words, for a line said briefly. */
interface OwnWords {
  own: string;
  short?: string;
}

/**
 * A part of a row's line: what the form made of the text (a string); the text's own words as the row keeps them
 * (`{ own }`), set apart in lighter type, for they are read already in the sentence just above and need no check; or
 * a part the line says only in full (`{ detail }`: a claim's elements, its note, what an item is said to show),
 * those a line said briefly leaves to the row's boxes.
 */
export type LinePart = string | OwnWords | { detail: string | OwnWords };

/** The text's own words, as a line part, or nothing where there are none. */
export const ownWords = (words: string): LinePart => (words.trim() === '' ? '' : { own: words.trim() });

/** The words a line said briefly keeps of a long claim: its first words, up to a space, then "…". */
const SHORT_CHARACTERS = 60;

/**
 * The text's own words, long ones said briefly by their first words: the sentence they come from is just above, and
 * their first words are enough to tell which of its parts the row holds.
 */
export function ownWordsShort(words: string): LinePart {
  const whole = words.trim();
  if (whole.length <= SHORT_CHARACTERS + 15) return ownWords(whole);
  const cut = whole.lastIndexOf(' ', SHORT_CHARACTERS);
  return {
    own: whole,
    short: `${whole.slice(0, cut > 0 ? cut : SHORT_CHARACTERS).replace(/[\s,;:]+$/, '')}…`,
  };
}

/** A part said only in a line in full. */
export const detail = (part: LinePart): LinePart =>
  typeof part === 'string'
    ? part === ''
      ? ''
      : { detail: part }
    : 'detail' in part
      ? part
      : { detail: part };

const LinesInFullContext = createContext<{ isInFull: boolean; setInFull: (isInFull: boolean) => void }>({
  isInFull: true,
  setInFull: () => undefined,
});

const STORAGE_KEY = 'casewatch.linesInFull';

/**
 * Whether the lines beside the text's sentences say everything their rows will save, or, as they do first, what to
 * check: a row's name, what it is, when, and what it ties to. The reader's choice is kept for their next visit.
 */
export function LinesInFullProvider({ children }: { children: ReactNode }) {
  const [inFull, setChoice] = useStoredChoice(STORAGE_KEY, (kept) => (kept === 'true' ? 'true' : 'false'));
  const value = useMemo(
    () => ({ isInFull: inFull === 'true', setInFull: (next: boolean) => setChoice(next ? 'true' : 'false') }),
    [inFull, setChoice],
  );
  return <LinesInFullContext.Provider value={value}>{children}</LinesInFullContext.Provider>;
}

/** The box that has the lines say everything their rows will save, or what to check only. */
export function LinesInFullToggle() {
  const { isInFull, setInFull } = useContext(LinesInFullContext);
  return (
    <label className="field inline lines-in-full">
      <input type="checkbox" checked={isInFull} onChange={(event) => setInFull(event.target.checked)} />
      <span>
        <FormattedMessage id="quick.asRead.inFull" />
      </span>
    </label>
  );
}

/** What a part says in a line, in full or brief, or '' where a brief line leaves it out. */
function shown(part: LinePart, isInFull: boolean): string | OwnWords {
  if (typeof part === 'string') return part;
  if ('detail' in part) return isInFull ? part.detail : '';
  return isInFull || part.short === undefined ? part : { own: part.short };
}

const textOf = (part: string | OwnWords) => (typeof part === 'string' ? part : part.own);

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
  const { isInFull } = useContext(LinesInFullContext);
  const [head = '', ...rest] = parts.map((p) => shown(p, isInFull)).filter((p) => textOf(p) !== '');
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
