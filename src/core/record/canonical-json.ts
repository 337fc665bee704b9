/**
 * A value as JSON with its objects' keys sorted, and keys holding nothing left out: two records that say the same
 * give the same text, whatever order a database kept their keys in (PostgreSQL's jsonb).
 */
export function canonicalJson(value: unknown, keep: (object: object) => object = (object) => object): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(keep(v)).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

/** Whether a value says nothing: an empty list or an object of nothing, as a form sends for a field left alone. */
const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  (Array.isArray(v) && v.length === 0) ||
  (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(isEmpty));

/**
 * A value as `canonicalJson` gives it, with the keys of objects that say nothing left out: `disputes: []` and no
 * `disputes` at all say the same.
 */
export function meaningJson(value: unknown): string {
  return canonicalJson(value, (v) => Object.fromEntries(Object.entries(v).filter(([, x]) => !isEmpty(x))));
}
