import { DomainError } from '../../core/errors.ts';

/** Where a page of hits ends in their order (tier, kind's rank, best entry): the next page starts after it. */
export interface CursorKey {
  tier: number;
  rank: number;
  entry: number;
}

/** The opaque cursor of a position. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.tier, key.rank, key.entry]), 'utf8').toString('base64url');
}

/** The position of a cursor, or 'validation.invalid' naming the query's cursor. */
export function decodeCursor(cursor: string): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      Number.isInteger(value[0]) &&
      Number.isInteger(value[1]) &&
      Number.isInteger(value[2])
    )
      return { tier: value[0] as number, rank: value[1] as number, entry: value[2] as number };
  } catch {
    // reported below
  }
  throw new DomainError('validation.invalid', 'the cursor is not one a search gave', [
    { code: 'validation.invalid', message: 'the cursor is not one a search gave', path: '$query.cursor' },
  ]);
}
