import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  additionsOf,
  placesToCheck,
  rowIdAt,
  rowsInCheckOrder,
  sourceAdditions,
  type Addition,
} from '../lib/quick-case-added.ts';
import { formatPartialDate } from '../../../lib/format.ts';
import type { QuickCaseValues } from '../lib/quick-case.ts';
import { useIsLaidOut } from './quick-case-as-read.tsx';

// What the form added to what a text says is marked in the rows beside their sentences, where it is checked: each
// row read from the text has a box to tick once checked, and above the text, what was added is counted by kind with
// the ticks, a button going to the next row to check (those with something added first). The ticks are the
// researcher's while the form is open: read again, the form asks again.

/** The kinds of what the form added, in the order they are said. */
const KINDS: readonly Addition['kind'][] = ['article', 'year', 'counted', 'span'];

const EMPTY: ReadonlySet<string> = new Set();

/** The rows ticked as checked, by their ids: a row removed renumbers the places of those after it, not their ids. */
const ChecksContext = createContext<{
  checked: ReadonlySet<string>;
  tick: (ids: readonly string[], isChecked: boolean) => void;
}>({ checked: EMPTY, tick: () => undefined });

/**
 * Holds the rows ticked as checked, for one reading of a text (`reading`, anything that changes when the text is read
 * again): a new reading starts with none. `kept`, where given, holds them too, for the save to say how many were.
 */
export function ChecksProvider({
  reading,
  kept,
  children,
}: {
  reading: unknown;
  kept?: RefObject<ReadonlySet<string>> | undefined;
  children: ReactNode;
}) {
  const [state, setState] = useState<{ reading: unknown; checked: ReadonlySet<string> }>({
    reading,
    checked: EMPTY,
  });
  const checked = state.reading === reading ? state.checked : EMPTY;
  const tick = useCallback(
    (ids: readonly string[], isChecked: boolean) =>
      setState((before) => {
        const after = new Set(before.reading === reading ? before.checked : EMPTY);
        for (const id of ids) {
          if (isChecked) after.add(id);
          else after.delete(id);
        }
        return { reading, checked: after };
      }),
    [reading],
  );
  useEffect(() => {
    if (kept !== undefined) kept.current = checked;
  }, [kept, checked]);
  const value = useMemo(() => ({ checked, tick }), [checked, tick]);
  return <ChecksContext.Provider value={value}>{children}</ChecksContext.Provider>;
}

/** A row to check: its place in the form, and its id, which its tick is kept by. */
interface RowToCheck {
  place: string;
  id: string;
}

/** Every row read from the text, to be checked, those with something the form added first (`rowsInCheckOrder`). */
function toCheck(
  values: QuickCaseValues,
  additions: readonly Addition[],
  isToCheck?: (row: { id: string }) => boolean,
) {
  return rowsInCheckOrder(values, additions, isToCheck).flatMap((place): RowToCheck[] => {
    const id = rowIdAt(values, place);
    return id === undefined ? [] : [{ place, id }];
  });
}

/** The rows of the text laid out to be checked, worked out once for all their lines. */
const LaidOutRowsContext = createContext<ReadonlyMap<string, string>>(new Map());

/** Around the text laid out as read: the rows to check, by place, each line's box finding its row's id there. */
export function LaidOutRows({ children }: { children: ReactNode }) {
  const values = useWatch() as QuickCaseValues;
  const ids = useMemo(
    () => new Map(toCheck(values, additionsOf(values)).map((row) => [row.place, row.id])),
    [values],
  );
  return <LaidOutRowsContext.Provider value={ids}>{children}</LaidOutRowsContext.Provider>;
}

/**
 * Under what was filled from a text: what the form added to what it says, counted by kind, each kind by the mark its
 * rows carry below; how many of those rows are ticked as checked, a button to the next one not yet, and one that ticks
 * them all for a reader who has read them.
 */
export function AddedByForm({ isToCheck }: { isToCheck: (row: { id: string }) => boolean }) {
  const intl = useIntl();
  const values = useWatch() as QuickCaseValues;
  const additions = useMemo(() => additionsOf(values, isToCheck), [values, isToCheck]);
  const rows = useMemo(() => toCheck(values, additions, isToCheck), [values, additions, isToCheck]);
  const made = sourceAdditions(values);
  // Laid over a case, the text is not laid out: its rows quote their sentences in their lists, with no box to tick.
  const isLaidOut = useIsLaidOut();
  if (rows.length === 0) return null;
  // Articles are counted as found, once for the charges sharing one; the rest by the rows they are in.
  const kinds = KINDS.flatMap((kind) => {
    const ofKind = additions.filter((addition) => addition.kind === kind);
    const count = kind === 'article' ? ofKind.length : placesToCheck(ofKind).length;
    return count === 0 ? [] : [intl.formatMessage({ id: `quick.added.kinds.${kind}` }, { count })];
  });
  return (
    <section className="added-by-form" aria-labelledby="added-heading">
      <h3 id="added-heading">
        <FormattedMessage id="quick.added.heading" />
      </h3>
      <p>
        <FormattedMessage id="quick.added.summary" />
      </p>
      <ul>
        {kinds.map((line) => (
          <li key={line}>{line}</li>
        ))}
        {/* What it made of the source, in its boxes under the text rather than beside a sentence. */}
        {made.title && (
          <li>
            <FormattedMessage id="quick.added.sourceTitle" />
          </li>
        )}
        {made.date !== undefined && (
          <li>
            <FormattedMessage
              id="quick.added.sourceDate"
              values={{ date: formatPartialDate(intl, made.date) }}
            />
          </li>
        )}
      </ul>
      {isLaidOut && (
        <>
          <p className="hint">
            <FormattedMessage id="quick.added.hint" />
          </p>
          <CheckedCount rows={rows} />
        </>
      )}
    </section>
  );
}

/** How many of the rows are ticked, with a button to the next one not yet and one ticking them all. */
function CheckedCount({ rows }: { rows: readonly RowToCheck[] }) {
  const { checked, tick } = useContext(ChecksContext);
  const done = rows.filter((row) => checked.has(row.id)).length;
  return (
    <p className="added-count">
      <span aria-live="polite">
        <FormattedMessage
          id={done === rows.length ? 'quick.added.allChecked' : 'quick.added.count'}
          values={{ checked: done, count: rows.length }}
        />
      </span>{' '}
      {done < rows.length && (
        <>
          <button
            type="button"
            className="button"
            onClick={() => goToNext(rows.find((row) => !checked.has(row.id))?.place)}
          >
            <FormattedMessage id="quick.added.next" />
          </button>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() =>
              tick(
                rows.map((row) => row.id),
                true,
              )
            }
          >
            <FormattedMessage id="quick.added.all" />
          </button>
        </>
      )}
    </p>
  );
}

/**
 * Brings the next row to check into view, beside its sentence, its box in focus: the first not yet ticked, in the
 * order to check them (those with something the form added first).
 */
function goToNext(next: string | undefined) {
  const box =
    next === undefined
      ? null
      : document.querySelector<HTMLInputElement>(`.as-read input[data-row-checked="${next}"]`);
  const line = box?.closest('li');
  // The line brought into view is outlined, the one before it no longer: the eye finds it at once.
  for (const before of document.querySelectorAll('.as-read .next-to-check'))
    before.classList.remove('next-to-check');
  line?.classList.add('next-to-check');
  line?.scrollIntoView({ block: 'center' });
  box?.focus({ preventScroll: true });
}

/**
 * After a row's line beside its sentence: a box to tick once the row is checked against its sentence. Ticked, the
 * next row to check is a button away above.
 */
export function RowChecked({ place, name }: { place: string; name: string }) {
  const intl = useIntl();
  const id = useContext(LaidOutRowsContext).get(place);
  const { checked, tick } = useContext(ChecksContext);
  if (id === undefined) return null;
  return (
    <>
      {' '}
      <label className="row-checked">
        <input
          type="checkbox"
          data-row-checked={place}
          // Named by its row to one who hears the boxes listed, its visible words first.
          aria-label={intl.formatMessage({ id: 'quick.added.checkedNamed' }, { row: name })}
          checked={checked.has(id)}
          onChange={(event) => tick([id], event.target.checked)}
        />{' '}
        <FormattedMessage id="quick.added.checked" />
      </label>
    </>
  );
}
