import { readDisputes } from './disputed-value.ts';

/**
 * What a form holds becomes the record the core reads: an empty text box, a number box left empty (NaN) and an
 * object or list of empty things mean "not given", so they are left out rather than sent as '' (which every
 * schema refuses). Lists keep their other items in order. A disputed value typed as text is read beside the
 * recorded one (`readDisputedValue`).
 */
export function recordOfForm(values: unknown): unknown {
  return readDisputes(clean(values) ?? {});
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map(clean).filter((item) => item !== undefined);
    return items;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const kept = clean(item);
      if (kept === undefined) continue;
      if (isEmptyObject(kept)) continue;
      out[key] = kept;
    }
    return out;
  }
  return value;
}

// An object holding nothing but empty lists (an origin with no kind and no charge) was not filled in either.
function isEmptyObject(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value).every((item) => Array.isArray(item) && item.length === 0);
}

/**
 * The form field an API issue names: '$.record.names[0].value' → 'names.0.value' (react-hook-form's path), or
 * the issue's `field`; undefined when it names no place in the record.
 */
export function formPathOf(issue: { path?: string; field?: string }): string | undefined {
  const path = issue.path ?? (issue.field !== undefined ? `$.record.${issue.field}` : undefined);
  if (path === undefined) return undefined;
  const inRecord = path.replace(/^\$(\.record)?\.?/, '');
  if (inRecord === '') return undefined;
  return inRecord.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/** The fields of a record that differ between the user's edit and the record as it is now, for a conflict. */
export function changedFields(mine: Record<string, unknown>, current: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(mine), ...Object.keys(current)]);
  return [...keys].filter((k) => JSON.stringify(mine[k]) !== JSON.stringify(current[k])).sort();
}
