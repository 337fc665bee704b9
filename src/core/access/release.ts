import type { Actor } from '../actor.ts';
import { pathSegments, type Dispute } from '../common/disputes.ts';
import { narrower, type FieldVisibility, type Visibility } from '../common/visibility.ts';
import type { RecordKind, RecordOf } from '../record/record-kinds.ts';
import { FIELD_POLICY } from './field-policy.ts';
import { canReadAt } from './policy.ts';

interface Confidential {
  visibility: Visibility;
  readers?: string[] | undefined;
  fieldVisibility?: FieldVisibility | undefined;
}

/** The visibility a field of a record has: its own, else its policy's default, never more open than the record. */
export function fieldVisibilityOf(kind: RecordKind, record: Confidential, field: string): Visibility {
  const rule = FIELD_POLICY[kind][field];
  const own = record.fieldVisibility?.[field] ?? rule?.default ?? record.visibility;
  return narrower(record.visibility, own);
}

/** The confidential fields of a record the actor may not read (present ones only). */
export function withheldFields(actor: Actor, kind: RecordKind, record: Confidential): string[] {
  const fields = Object.keys(FIELD_POLICY[kind]).filter((f) => Object.hasOwn(record, f));
  return fields.filter((f) => !canReadAt(actor, fieldVisibilityOf(kind, record, f), record));
}

/**
 * The one exit of a record from the core: the record as the actor may see it, each field they may not read
 * absent (not blanked, no hint of its length), and the field visibilities and disputed accounts of those fields
 * gone with them. The session passes every record it reads through here; the record itself must already be
 * readable.
 */
export function releaseRecord<K extends RecordKind>(actor: Actor, kind: K, record: RecordOf<K>): RecordOf<K> {
  const hidden = withheldFields(actor, kind, record);
  if (hidden.length === 0) return record;
  const out: Record<string, unknown> = { ...record };
  for (const field of hidden) delete out[field];
  const disputes = (record as { disputes?: Dispute[] }).disputes;
  if (disputes !== undefined) {
    // Another account of a field is as confidential as the field itself.
    const open = disputes.filter((d) => !hidden.includes(pathSegments(d.path)[0] ?? ''));
    if (open.length > 0) out.disputes = open;
    else delete out.disputes;
  }
  const own = record.fieldVisibility;
  if (own !== undefined) {
    const kept = Object.fromEntries(Object.entries(own).filter(([f]) => !hidden.includes(f)));
    if (Object.keys(kept).length > 0) out.fieldVisibility = kept;
    else delete out.fieldVisibility;
  }
  return out as RecordOf<K>;
}
