import type { Actor } from '../actor.ts';
import { canRead } from '../access/policy.ts';
import type { Visibility } from '../common/visibility.ts';
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

/** A side of a revision the actor may not read: its content is withheld, only the fact of the change shown. */
const WITHHELD = { withheld: 'not readable at your access level' } as const;

const visibilityOf = (side: unknown): Visibility | undefined =>
  (side as { visibility?: Visibility } | null)?.visibility;

/**
 * Every revision of a record, oldest first. A record's history is as confidential as the record was at each
 * step: the actor must be able to read it now (a deleted record, as it last was), and a version they may not
 * read (a restricted record later published) is withheld, fields and all.
 */
export async function recordHistory(
  deps: { reader: RecordReader },
  actor: Actor,
  kind: RecordKind,
  id: string,
): Promise<HistoryEntry[]> {
  const notFound = () => new DomainError('record.not_found', `no ${kind} with id "${id}"`);
  const revisions = await deps.reader.history(kind, id);
  const last = revisions.at(-1);
  if (!last) throw notFound();
  const now = visibilityOf(last.after ?? last.before) ?? 'restricted';
  if (!canRead(actor, now)) throw notFound();
  const readable = (side: unknown) => side === null || canRead(actor, visibilityOf(side) ?? 'restricted');
  return revisions.map((r) => {
    const isOpen = readable(r.before) && readable(r.after);
    return {
      seq: r.seq,
      at: r.at,
      actor: r.actor,
      action: r.action,
      version: r.version,
      ...(r.reason !== undefined && r.reason !== null ? { reason: r.reason } : {}),
      changedFields: isOpen ? changedFields(r.before, r.after) : [],
      before: readable(r.before) ? r.before : WITHHELD,
      after: readable(r.after) ? r.after : WITHHELD,
    };
  });
}
