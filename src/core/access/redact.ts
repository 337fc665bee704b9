/**
 * What stands where a reference to a record the reader may not see was: not an id (ids are often names), and not
 * a valid id either, so nothing can mistake it for a record; presenters show it as "details withheld".
 */
export const WITHHELD_REF = '[withheld]';

/** True when a reference was withheld from the reader. */
export const isWithheldRef = (id: string | undefined): boolean => id === WITHHELD_REF;

/** Keys whose record an element of a list is about: a participant's person, a citation's source… */
const SUBJECT_KEYS = ['person', 'organisation', 'source', 'charge', 'defendant'] as const;

function isAboutHidden(value: unknown, hidden: ReadonlySet<string>): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entry = value as Record<string, unknown>;
  return SUBJECT_KEYS.some((key) => typeof entry[key] === 'string' && hidden.has(entry[key]));
}

/**
 * A copy of records with every reference to a hidden record taken out, so that not even its id gets out: an
 * entry of a list that is about a hidden record goes whole (a participant, a citation with its page and quote, a
 * charge against a hidden person), and any other id naming one (a successor, a court, a judge) becomes
 * `WITHHELD_REF`, so that a step whose other end is withheld says so instead of pointing at nothing.
 * `hidden` holds the ids of the records the reader may not see.
 */
export function withoutHidden<T>(value: T, hidden: ReadonlySet<string>): T {
  return hidden.size === 0 ? value : (strip(value, hidden) as T);
}

function strip(value: unknown, hidden: ReadonlySet<string>): unknown {
  if (typeof value === 'string') return hidden.has(value) ? WITHHELD_REF : value;
  if (Array.isArray(value))
    return value.filter((entry) => !isAboutHidden(entry, hidden)).map((entry) => strip(entry, hidden));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) out[key] = strip(field, hidden);
  return out;
}
