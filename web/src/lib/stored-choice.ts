/**
 * A reader's choice kept in the browser between visits (the interface's language, how much a line says), or null
 * where none was kept or the browser refuses storage (private mode): the choice then lasts for the visit only.
 */
export function storedChoice(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Keeps a reader's choice for their next visit, where the browser allows it (see `storedChoice`). */
export function storeChoice(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // not kept: the choice lasts for the visit only
  }
}
