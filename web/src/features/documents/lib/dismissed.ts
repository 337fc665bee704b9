/**
 * The suggestions a reader dismissed on a document, kept in this browser's local storage (per document, not
 * shared with other readers or devices): a dismissed suggestion is hidden, never deleted.
 */
const keyOf = (documentId: string) => `casewatch.dismissed.${documentId}`;

/** The keys of the suggestions dismissed on a document in this browser. */
export function readDismissed(storage: Pick<Storage, 'getItem'>, documentId: string): Set<string> {
  try {
    const value: unknown = JSON.parse(storage.getItem(keyOf(documentId)) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    // A value another version wrote, or one edited by hand, hides nothing.
    return new Set();
  }
}

/** Keeps a suggestion dismissed on a document; the set it returns holds it. */
export function dismiss(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  documentId: string,
  key: string,
): Set<string> {
  const keys = readDismissed(storage, documentId);
  keys.add(key);
  try {
    storage.setItem(keyOf(documentId), JSON.stringify([...keys]));
  } catch {
    // Storage full or refused (a private window): the suggestion is hidden until the page is left.
  }
  return keys;
}
