import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { get, useFormState } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { useIsInRowsRead } from './quick-case-rows-read.tsx';

// A row filled from a text is changed where it is read: under its line beside its sentence in the text laid out as
// read, rather than in its list far below. One row is opened so at a time; its boxes are the form's own, moved there,
// not a copy of them.

interface AtLine {
  /** The row opened under its line ("charges.1"), if one is. */
  open: string | undefined;
  setOpen: (place: string | undefined) => void;
  /** The places under the lines where a row's boxes are opened, by row. */
  slots: Readonly<Record<string, HTMLElement>>;
  setSlot: (place: string, element: HTMLElement | null) => void;
}

const AtLineContext = createContext<AtLine>({
  open: undefined,
  setOpen: () => undefined,
  slots: {},
  setSlot: () => undefined,
});

/** Inside a row opened under its line: what points back to that line is not said there. */
const IsAtLineContext = createContext(false);

/** Whether a row is shown opened under its line. */
export const useIsAtLine = () => useContext(IsAtLineContext);

export function AtLineProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<string>();
  const [slots, setSlots] = useState<Readonly<Record<string, HTMLElement>>>({});
  const setSlot = useCallback((place: string, element: HTMLElement | null) => {
    setSlots((now) => {
      if (element !== null) return now[place] === element ? now : { ...now, [place]: element };
      if (!(place in now)) return now;
      const left = { ...now };
      delete left[place];
      return left;
    });
  }, []);
  const value = useMemo(() => ({ open, setOpen, slots, setSlot }), [open, slots, setSlot]);
  return <AtLineContext.Provider value={value}>{children}</AtLineContext.Provider>;
}

/** Opens a row's boxes under its line ("charges.1"), closing any other. */
export const useOpenAtLine = () => useContext(AtLineContext).setOpen;

/**
 * Removes a row of a list, first folding back the row opened under its line, if any: a row removed renumbers those
 * after it, and another would open in its place.
 */
export function useRemoveRow(remove: (i: number) => void): (i: number) => void {
  const { setOpen } = useContext(AtLineContext);
  return useCallback(
    (i: number) => {
      setOpen(undefined);
      remove(i);
    },
    [setOpen, remove],
  );
}

/** Under a row's line: where its boxes are opened. */
export function LineSlot({ place }: { place: string }) {
  const { setSlot } = useContext(AtLineContext);
  const ref = useCallback((element: HTMLDivElement | null) => setSlot(place, element), [place, setSlot]);
  return <div ref={ref} className="at-line" data-at-line={place} />;
}

/** On a row's line: opens its boxes under it, or folds them back. */
export function ChangeAtLine({ place, name }: { place: string; name: string }) {
  const intl = useIntl();
  const { open, setOpen } = useContext(AtLineContext);
  const isOpen = open === place;
  return (
    <button
      type="button"
      className="link-button line-change"
      aria-expanded={isOpen}
      // Named by its row to one who hears the buttons listed, its visible word first.
      aria-label={intl.formatMessage(
        { id: isOpen ? 'quick.line.doneNamed' : 'quick.line.changeNamed' },
        { row: name },
      )}
      onClick={() => setOpen(isOpen ? undefined : place)}
    >
      <FormattedMessage id={isOpen ? 'quick.line.done' : 'quick.line.change'} />
    </button>
  );
}

/**
 * A row's boxes: in their list, or, the row opened under its line, there. Under the one line the rows read from the
 * text are folded under, a row with a line above is not listed again: it is read and changed at its line, the fold
 * being for what the text does not give; its boxes stay in the form, hidden, unless a problem of theirs is marked.
 */
export function AtItsLine({ place, children }: { place: string; children: ReactNode }) {
  const { open, slots, setOpen } = useContext(AtLineContext);
  const isInRowsRead = useIsInRowsRead();
  const { errors } = useFormState({ name: place });
  const slot = open === place ? slots[place] : undefined;
  if (slot === undefined) {
    const isAtItsLineOnly = isInRowsRead && slots[place] !== undefined && get(errors, place) === undefined;
    return isAtItsLineOnly ? <div hidden>{children}</div> : <>{children}</>;
  }
  return createPortal(<OpenedAtLine onDone={() => setOpen(undefined)}>{children}</OpenedAtLine>, slot);
}

function OpenedAtLine({ onDone, children }: { onDone: () => void; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The row's boxes are shown, not its folded line, which is just above; the first box is focused.
    for (const fold of box.current?.querySelectorAll<HTMLDetailsElement>('details.row-fold') ?? [])
      fold.open = true;
    box.current?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea')?.focus();
  }, []);
  return (
    <div ref={box} className="opened-at-line">
      <IsAtLineContext.Provider value={true}>{children}</IsAtLineContext.Provider>
      <button type="button" className="button" onClick={onDone}>
        <FormattedMessage id="quick.line.done" />
      </button>
    </div>
  );
}
