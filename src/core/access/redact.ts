/** Keys whose record an element of a list is about: a participant's person, a citation's source… */
const SUBJECT_KEYS = ['person', 'organisation', 'source', 'charge', 'defendant'] as const;

function isHiddenEntry(value: unknown, hidden: ReadonlySet<string>): boolean {
  if (typeof value === 'string') return hidden.has(value);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entry = value as Record<string, unknown>;
  return SUBJECT_KEYS.some((key) => typeof entry[key] === 'string' && hidden.has(entry[key]));
}

/**
 * A copy of records with every reference to a hidden record taken out, so that not even its id (ids are
 * often names) gets out: an entry of a list that is about a hidden record goes (a participant, a citation, a
 * charge against a hidden person), and any other field naming one is left out (a court, a successor).
 * `hidden` holds the ids of the records the reader may not see.
 */
export function withoutHidden<T>(value: T, hidden: ReadonlySet<string>): T {
  return hidden.size === 0 ? value : (strip(value, hidden) as T);
}

function strip(value: unknown, hidden: ReadonlySet<string>): unknown {
  if (Array.isArray(value))
    return value.filter((entry) => !isHiddenEntry(entry, hidden)).map((entry) => strip(entry, hidden));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'string' && hidden.has(field)) continue;
    out[key] = strip(field, hidden);
  }
  return out;
}
