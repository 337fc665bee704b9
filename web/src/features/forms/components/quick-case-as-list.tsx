import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useStoredChoice } from '../../../lib/stored-choice.ts';
import { isKeptWithClaim } from '../lib/quick-case-as-read.ts';

// What a text filled the form with is read one of two ways: beside the text's sentences, each row after the sentence
// it was read from, so that the text is checked once, in its own order, every sentence accounted for; or as a list of
// what each row will save, kind by kind. The rows' lines, and their boxes opened under them, are the same in both.

export type ReadView = 'list' | 'sentences';

const STORAGE_KEY = 'casewatch.readView';

const ReadViewContext = createContext<{ view: ReadView; setView: (view: ReadView) => void }>({
  view: 'sentences',
  setView: () => undefined,
});

/** The reader's view of what was read, kept for their next visit: beside the text's sentences first. */
export function ReadViewProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useStoredChoice<ReadView>(STORAGE_KEY, (kept) =>
    kept === 'list' ? 'list' : 'sentences',
  );
  const value = useMemo(() => ({ view, setView }), [view, setView]);
  return <ReadViewContext.Provider value={value}>{children}</ReadViewContext.Provider>;
}

export const useReadView = () => useContext(ReadViewContext).view;

/** The two views, as a pair of radio buttons. */
export function ReadViewChoice() {
  const intl = useIntl();
  const { view, setView } = useContext(ReadViewContext);
  return (
    <fieldset className="read-view">
      <legend>
        <FormattedMessage id="quick.readView.legend" />
      </legend>
      {(['sentences', 'list'] as const).map((v) => (
        <label key={v} className="field inline">
          <input type="radio" name="read-view" checked={view === v} onChange={() => setView(v)} />
          <span>{intl.formatMessage({ id: `quick.readView.${v}` })}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The order of the list: who the text ties the person to and who prosecutes, then the prosecution, then the rest. */
const LIST_ORDER = [
  'affiliations',
  'authorities',
  'charges',
  // The term the text says the charges carry, set against the law's, after them.
  'maximums',
  'measures',
  'hearings',
  'decisions',
  'events',
  'documents',
  'allegations',
  'evidence',
];

/**
 * The rows read from the text, as a list in the order of `LIST_ORDER`, a line each: the places of the rows laid out
 * beside their sentences, less the lines that only say where a claim's answer or assessment was read.
 */
export function listPlaces(places: Iterable<string>): string[] {
  const rank = (place: string) => {
    const [list = '', at = '0'] = place.split('.');
    return LIST_ORDER.indexOf(list) * 10_000 + Number(at);
  };
  return [...places].filter((place) => !isKeptWithClaim(place)).sort((a, b) => rank(a) - rank(b));
}

/** The rows read from the text as a list: a line each, kind after kind. */
export function ReadAsList({
  places,
  lineOf,
}: {
  places: readonly string[];
  lineOf: (place: string) => ReactNode;
}) {
  return <ul className="as-read-rows as-read-list">{places.map((place) => lineOf(place))}</ul>;
}
