import type { Drafted } from './quick-case-draft.ts';

// Whether a row filled from a text is still as the text gave it: its facts kept beside it when it was filled, and
// compared with what its boxes hold now. A box drawn empty where the text gave nothing is no change.

// What a row holds that is not a fact it records: where it was read from, and how.
const NOT_FACTS = new Set(['id', 'quote', 'because', 'workedOut', 'drafted']);

/**
 * Whether a value is a box's empty state: a box drawn empty where the text gave nothing ('' for a text box or a select
 * left unchosen, false for a box unticked, no number, no item ticked) is no change, though the row's value was
 * absent until the box was drawn.
 */
const isEmptyValue = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  value === false ||
  (typeof value === 'number' && Number.isNaN(value)) ||
  (Array.isArray(value) && value.length === 0);

/** A row's facts as one text, in a fixed order: what the researcher may change in it. */
const factsOf = (row: object): string =>
  JSON.stringify(
    Object.entries(row)
      .filter(([key, value]) => !NOT_FACTS.has(key) && !isEmptyValue(value))
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/** A drafted row that keeps, beside its facts, those facts as the text gave them, to tell later what was changed. */
export const withDrafted = <T extends object>(row: T): T & { drafted: string } => ({
  ...row,
  drafted: factsOf(row),
});

/**
 * Whether a row filled from the text has been changed since in any of its facts (a box typed over, a row ticked),
 * the boxes named in `apart` aside (a note on how its dates are known changes none of them).
 */
export function isChangedFromDraft(row: object | undefined, apart: readonly string[] = []): boolean {
  const drafted = (row as { drafted?: unknown } | undefined)?.drafted;
  if (row === undefined || typeof drafted !== 'string') return false;
  const kept = (facts: string) =>
    JSON.stringify((JSON.parse(facts) as [string, unknown][]).filter(([key]) => !apart.includes(key)));
  return kept(factsOf(row)) !== kept(drafted);
}

/** Whether a box of a row holds what the text gave it still: not typed over since it was filled. */
export function isAsDrafted(row: object, field: string): boolean {
  const value = (row as Record<string, unknown>)[field];
  const worked = (row as Drafted).workedOut?.[field];
  if (worked !== undefined) return worked === value;
  const drafted = (row as { drafted?: unknown }).drafted;
  if (typeof drafted !== 'string') return true;
  const entry = (JSON.parse(drafted) as [string, unknown][]).find(([key]) => key === field);
  // A box the text left empty is not among the facts kept: it is as drafted while it is still empty.
  return entry === undefined ? isEmptyValue(value) : JSON.stringify(entry[1]) === JSON.stringify(value);
}

/** Whether every date of a row that was worked out from the text has been typed over since. */
export function isRetyped(row: Drafted | undefined): boolean {
  const worked = Object.entries(row?.workedOut ?? {});
  return (
    worked.length > 0 && worked.every(([field, value]) => (row as Record<string, unknown>)[field] !== value)
  );
}

/** Whether a box of a row read from the text holds the text's own words still, not typed over. */
export const isTheTexts = (row: { quote?: string }, field: string): boolean =>
  (row.quote ?? '') !== '' && isAsDrafted(row, field);
