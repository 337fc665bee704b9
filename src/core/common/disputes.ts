import { z } from 'zod';
import { SourcesSchema, TextSchema } from './schemas.ts';
import { SCHEMA_MESSAGES } from './schema-messages.ts';

/**
 * Where a disputed value sits in its record, as segments joined by '/': a field, then array indexes and keys
 * (`sentence/0/amount/value`, `steps/0/date`, `article/part`).
 */
export const DisputePathSchema = z
  .string()
  .min(1)
  .max(300)
  .regex(/^[A-Za-z0-9_]+(\/[A-Za-z0-9_]+)*$/, {
    message: SCHEMA_MESSAGES.disputePath,
  });

/** A disputed value as an account gives it: any JSON value, checked by standing in for the recorded one. */
export const DisputedValueSchema = z.json();

/** One other account of a disputed value: what it says, who says it, and a note. */
export const DisputeAccountSchema = z
  .object({
    value: DisputedValueSchema,
    sources: SourcesSchema,
    note: TextSchema.optional(),
  })
  .strict();
export type DisputeAccount = z.infer<typeof DisputeAccountSchema>;

/**
 * A value of the record that sources give differently: the recorded value is one account, `accounts` the
 * others. The same for every kind and every field, so that no field needs a special case.
 */
export const DisputeSchema = z
  .object({
    path: DisputePathSchema,
    accounts: z.array(DisputeAccountSchema).min(1, { message: SCHEMA_MESSAGES.disputeAccount }).max(20),
    note: TextSchema.optional(),
  })
  .strict();
export type Dispute = z.infer<typeof DisputeSchema>;

/** The disputed values of a record; absent when none is disputed (old bundles have none). */
export const DisputesSchema = z.array(DisputeSchema).max(100).optional();

/** The segments of a dispute's path. */
export function pathSegments(path: string): string[] {
  return path.split('/');
}

/** The value at a path of a record, and whether it is there. */
export function valueAt(record: unknown, path: string): { found: boolean; value?: unknown } {
  let at: unknown = record;
  for (const segment of pathSegments(path)) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, segment)) return { found: false };
    // A list is entered by index only: its 'length' is not a value of the record.
    if (Array.isArray(at) && !/^\d+$/.test(segment)) return { found: false };
    at = (at as Record<string, unknown>)[segment];
  }
  return at === undefined ? { found: false } : { found: true, value: at };
}

/** A copy of the record with the value at the path replaced; the rest is shared, not copied. */
export function withValueAt<T>(record: T, path: string, value: unknown): T {
  const [head, ...rest] = pathSegments(path);
  if (head === undefined) return value as T;
  const replaced =
    rest.length === 0 ? value : withValueAt((record as Record<string, unknown>)[head], rest.join('/'), value);
  if (Array.isArray(record)) {
    const copy: unknown[] = [...(record as unknown[])];
    copy[Number(head)] = replaced;
    return copy as T;
  }
  return { ...(record as Record<string, unknown>), [head]: replaced } as T;
}

/** Fields whose value says what the record is or who may read it: never disputed, only corrected. */
export const UNDISPUTABLE_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'case',
  'visibility',
  'readers',
  'fieldVisibility',
  'disputes',
  'sources',
]);
