import { canReadRecord } from '../access/policy.ts';
import { meaningJson } from './canonical-json.ts';
import type { Session } from '../access/session.ts';
import { DomainError } from '../errors.ts';
import type { Revision } from '../ports.ts';
import { RECORD_KIND_ORDER, type RecordKind, type RecordOf } from './record-kinds.ts';

/** One change to a record as people read it: who, when, why, and which fields changed. */
export interface HistoryEntry {
  seq: number;
  at: string;
  actor: string;
  /** Who `actor` is, for a reader who may be shown it (the session's `named`); the id alone otherwise. */
  actorName?: string;
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
    .filter((key) => meaningJson({ value: a[key] }) !== meaningJson({ value: b[key] }))
    .sort();
}

/** A side of a revision the actor may not read: its content is withheld, only the fact of the change shown. */
const WITHHELD = { withheld: 'not readable at your access level' } as const;

type Side = Parameters<typeof canReadRecord>[1] & Record<string, unknown>;

/**
 * Every revision of a record, oldest first. A record's history is as confidential as the record was at each
 * step: the actor must be able to read it now (a deleted record, as it last was); a version they may not read
 * (a restricted record later published) is withheld whole, and every version they see leaves through the same
 * field confidentiality as the record itself, changed fields included (a hidden field's change is not listed).
 * Each names its actor as the reader may be shown them (`actorName`).
 */
export async function recordHistory(session: Session, kind: RecordKind, id: string): Promise<HistoryEntry[]> {
  const actor = session.actor;
  const notFound = () => new DomainError('record.not_found', `no ${kind} with id "${id}"`);
  const revisions = await session.revisions(kind, id);
  const last = revisions.at(-1);
  if (!last) throw notFound();
  const now = (last.after ?? last.before) as Side | null;
  if (now === null || !canReadRecord(actor, now)) throw notFound();
  const readable = (side: unknown) => side === null || canReadRecord(actor, side as Side);
  // Every readable side leaves through the session's exit; one it drops whole (about a hidden record) is withheld.
  const shownOf = new Map<unknown, unknown>();
  for (const side of revisions.flatMap((r) => [r.before, r.after]))
    if (side !== null && readable(side))
      shownOf.set(side, (await session.release(kind, [side as RecordOf<typeof kind>]))[0] ?? WITHHELD);
  const shown = (side: unknown) => (side === null ? null : (shownOf.get(side) ?? WITHHELD));
  return (await session.named(revisions)).map((r) => {
    const isOpen = readable(r.before) && readable(r.after);
    const before = shown(r.before);
    const after = shown(r.after);
    return {
      seq: r.seq,
      at: r.at,
      actor: r.actor,
      ...(r.actorName !== undefined ? { actorName: r.actorName } : {}),
      action: r.action,
      version: r.version,
      ...(r.reason !== undefined && r.reason !== null ? { reason: r.reason } : {}),
      changedFields: isOpen ? changedFields(before, after) : [],
      before,
      after,
    };
  });
}
