import type { Actor } from '../actor.ts';
import { canRead, isAllowed } from '../access/policy.ts';
import { DomainError } from '../errors.ts';
import type { RecordReader, Revision } from '../ports.ts';
import { RECORD_KIND_ORDER, type RecordKind } from './record-kinds.ts';

/** One change to a record as people read it: who, when, why, and which fields changed. */
export interface HistoryEntry {
  seq: number;
  at: string;
  actor: string;
  action: Revision['action'];
  version: number;
  reason?: string;
  changedFields: string[];
  before: unknown;
  after: unknown;
}

/** The record kind named by a word, or a usage error listing the kinds. */
export function parseRecordKind(word: string): RecordKind {
  const kind = RECORD_KIND_ORDER.find((k) => k === word);
  if (!kind)
    throw new DomainError(
      'validation.invalid',
      `unknown record kind "${word}"; one of ${RECORD_KIND_ORDER.join(', ')}`,
    );
  return kind;
}

function changedFields(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .sort();
}

/**
 * Every revision of a record, oldest first. A record's history is as confidential as the record: the actor
 * must be able to read it now; a deleted record's history is for those who may read everything internal.
 */
export async function recordHistory(
  deps: { reader: RecordReader },
  actor: Actor,
  kind: RecordKind,
  id: string,
): Promise<HistoryEntry[]> {
  const current = await deps.reader.get(kind, id);
  const visibility = current ? current.data.visibility : 'internal';
  if (!canRead(actor, visibility) || (!current && !isAllowed(actor, 'export'))) {
    throw new DomainError('record.not_found', `no ${kind} with id "${id}"`);
  }
  const revisions = await deps.reader.history(kind, id);
  if (revisions.length === 0) throw new DomainError('record.not_found', `no ${kind} with id "${id}"`);
  return revisions.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    version: r.version,
    ...(r.reason !== undefined && r.reason !== null ? { reason: r.reason } : {}),
    changedFields: changedFields(r.before, r.after),
    before: r.before,
    after: r.after,
  }));
}
