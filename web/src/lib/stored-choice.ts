import { useCallback, useState } from 'react';

/**
 * A reader's choice kept in the browser between visits (the interface's language, how much a line says), or null
 * where none was kept or the browser refuses storage (private mode): the choice then lasts for the visit only.
 */
function storedChoice(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Keeps a reader's choice for their next visit, where the browser allows it (see `storedChoice`). */
function storeChoice(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // not kept: the choice lasts for the visit only
  }
}

/**
 * A choice of the reader's, read from the browser at first (`read` turns what was kept, or null, into the choice)
 * and kept there at each change.
 */
export function useStoredChoice<T extends string>(
  key: string,
  read: (kept: string | null) => T,
): [T, (next: T) => void] {
  const [choice, setChoice] = useState<T>(() => read(storedChoice(key)));
  const choose = useCallback(
    (next: T) => {
      setChoice(next);
      storeChoice(key, next);
    },
    [key],
  );
  return [choice, choose];
}
