/** One field of a record that a revision changed, by its readable path ('names[1].value'). */
export interface FieldChange {
  path: string;
  change: 'added' | 'removed' | 'changed';
  before?: string;
  after?: string;
}

/** Fields the store keeps for itself: the version and timestamps say nothing a reader needs in a diff. */
const BOOKKEEPING = new Set(['version', 'createdAt', 'updatedAt']);

type Leaves = Map<string, string>;

/** Flattens a value into its leaves, each under its path, with the value as readable text. */
function leaves(value: unknown, path: string, out: Leaves): Leaves {
  if (value === undefined) return out;
  if (Array.isArray(value)) {
    if (value.length === 0 && path) out.set(path, '—');
    value.forEach((item, i) => leaves(item, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([k]) => path !== '' || !BOOKKEEPING.has(k));
    if (entries.length === 0 && path) out.set(path, '—');
    for (const [key, v] of entries) leaves(v, path ? `${path}.${key}` : key, out);
  } else if (path) {
    out.set(path, value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value));
  }
  return out;
}

/**
 * What a revision changed, field by field, in the order of the record: each leaf added, removed or changed,
 * with its text before and after. A whole-record revision (created, deleted) lists every field on one side.
 */
export function diffRevision(before: unknown, after: unknown): FieldChange[] {
  const a = leaves(before, '', new Map());
  const b = leaves(after, '', new Map());
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  const changes: FieldChange[] = [];
  for (const path of paths) {
    const was = a.get(path);
    const is = b.get(path);
    if (was === is) continue;
    if (was === undefined) changes.push({ path, change: 'added', after: is });
    else if (is === undefined) changes.push({ path, change: 'removed', before: was });
    else changes.push({ path, change: 'changed', before: was, after: is });
  }
  return changes;
}

/** A field's path in words, its places counted from 1: 'steps[0].sources[0].source' → 'steps 1 › sources 1 › source'. */
export function pathWords(path: string): string {
  return path.replace(/\[(\d+)\]/g, (_, n: string) => ` ${String(Number(n) + 1)}`).replace(/\./g, ' › ');
}

/** The kinds of record a field refers to by id, by the field's name. */
const REFERENCES = {
  source: 'source',
  case: 'case',
  person: 'person',
  defendant: 'person',
  organisation: 'organisation',
  authority: 'organisation',
  court: 'organisation',
  facility: 'organisation',
  event: 'event',
  decision: 'decision',
  charge: 'charge',
  successors: 'charge',
  from: 'charge',
} as const;
export type ReferenceKind = (typeof REFERENCES)[keyof typeof REFERENCES];

/**
 * The kind of record a field's value names by its id ('steps[0].sources[0].source' names a source), or undefined for
 * a field that holds a value of its own. A charge's origin and successors name charges; a measure's successor does
 * not say its kind here and is left as it is.
 */
export function referenceKindOf(path: string, value: string | undefined): ReferenceKind | undefined {
  if (value === undefined || !/^[a-z][\w-]*:\S+$/u.test(value)) return undefined;
  const key = /([A-Za-z]+)(?:\[\d+\])?$/.exec(path)?.[1] ?? '';
  if ((key === 'from' && !/origin/.test(path)) || (key === 'successors' && !/lifecycle/.test(path)))
    return undefined;
  return (REFERENCES as Record<string, ReferenceKind>)[key];
}
