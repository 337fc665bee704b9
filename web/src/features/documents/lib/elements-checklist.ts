import type { OffenceElement } from '../api/documents.ts';

/** One box of the elements checklist. */
export interface ElementChoice {
  key: string;
  title: string;
  kind?: string;
  alternatives?: string[];
  isChecked: boolean;
  /** Chosen on the record but not among the law data's elements of this article (another charge's, or renamed). */
  isUnknown: boolean;
}

/**
 * The checklist of a charge's elements in the law data's order, each checked when the allegation names it; keys
 * the allegation names that the article does not hold come last, checked and marked, so an edit never drops them
 * unseen.
 */
export function elementChoices(
  elements: readonly OffenceElement[],
  chosen: readonly string[],
): ElementChoice[] {
  const picked = new Set(chosen);
  const known = new Set(elements.map((e) => e.key));
  const listed: ElementChoice[] = elements.map((e) => ({
    key: e.key,
    title: e.title,
    kind: e.kind,
    ...(e.alternatives !== undefined ? { alternatives: e.alternatives } : {}),
    isChecked: picked.has(e.key),
    isUnknown: false,
  }));
  const unknown: ElementChoice[] = [...new Set(chosen)]
    .filter((key) => !known.has(key))
    .map((key) => ({ key, title: key, isChecked: true, isUnknown: true }));
  return [...listed, ...unknown];
}

/**
 * The keys chosen after a box is checked or cleared: each once, in the law data's order, with any unknown keys
 * after them in the order they were.
 */
export function toggleElement(
  elements: readonly OffenceElement[],
  chosen: readonly string[],
  key: string,
  isOn: boolean,
): string[] {
  const next = new Set(chosen.filter((k) => k !== key));
  if (isOn) next.add(key);
  const order = elements.map((e) => e.key);
  const known = order.filter((k) => next.has(k));
  const rest = [...next].filter((k) => !order.includes(k));
  return [...known, ...rest];
}
