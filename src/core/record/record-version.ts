import { z } from 'zod';

/**
 * The key under which a bundle's record carries the version it had in the database it was exported from. It is
 * not part of the record (record schemas stay strict): the import takes it off before the schema, and compares
 * it with the stored version to tell an edit of the current record from an edit of one changed since.
 */
export const VERSION_KEY = '$version';

/** A stored record's version: 1 when created, one more at each change. */
export const RecordVersionSchema = z.int().min(1);

/** A bundle's record split from its version: `hasVersion` when the key was there, whatever its value. */
export interface VersionedRecord {
  record: unknown;
  hasVersion: boolean;
  version?: unknown;
}

/** Takes the version key off a record as it comes from a bundle; the record is copied only when it has one. */
export function splitVersion(value: unknown): VersionedRecord {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, VERSION_KEY))
    return { record: value, hasVersion: false };
  const { [VERSION_KEY]: version, ...record } = value as Record<string, unknown>;
  return { record, hasVersion: true, version };
}
