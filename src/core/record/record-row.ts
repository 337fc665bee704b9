import type { Name } from '../common/names.ts';
import type { Visibility } from '../common/visibility.ts';
import type { ParticipantRole } from '../case/case.ts';
import type { AnyRecord, RecordKind, RecordOf } from './record-kinds.ts';
import { referencesOf, type Reference } from './references.ts';
import type { SearchDocument } from '../search/search-entries.ts';

/** A written name of a person as the store indexes it, so search can find the person by it. */
export interface NameRow {
  value: string;
  script: Name['script'];
  language: string;
  kind: Name['kind'];
}

/** A person's part in a case as the store indexes it: each (person, role) once. */
export interface ParticipantRow {
  person: string;
  role: ParticipantRole;
}

/**
 * A validated record ready to be stored: its JSON, exactly as it will be kept, and the values the store keeps
 * beside it. Made from a record by `toRecordRow`, which is pure, so it may run in another thread than the
 * write (the import prepares rows in a worker); only strings and arrays, so it crosses threads cheaply.
 */
export interface RecordRow {
  id: string;
  /** The JSON text, or its UTF-8 bytes (as a worker thread hands it over without a copy). */
  json: string | Uint8Array;
  /** The case the record belongs to (charges, measures, hearings, decisions); null for the other kinds. */
  caseId: string | null;
  /** Null for sources, which have no visibility of their own. */
  visibility: Visibility | null;
  /** For persons: every written name. */
  names?: NameRow[];
  /** For cases: the participants, each (person, role) once. */
  participants?: ParticipantRow[];
  /** For any kind that names them: the principals ('user:NAME', 'group:NAME') a record is opened to, each once. */
  readers?: string[];
  /** The other records it refers to, each once, as 'kind id' (ids hold no space): who refers to a record. */
  references?: string[];
  /**
   * Its search document when made beforehand (by the import's worker thread, so the writing thread need not
   * fold names); null for a kind the index does not keep. Made where it is written when absent.
   */
  search?: SearchDocument | null;
}

/** The case a record belongs to, for the case-scoped kinds; null for the others. */
export function caseIdOf(record: AnyRecord): string | null {
  return 'case' in record && typeof record.case === 'string' ? record.case : null;
}

/** The record's visibility; null for sources, which have none. */
export function visibilityOf(record: AnyRecord): Visibility | null {
  return 'visibility' in record ? record.visibility : null;
}

/** The row of a record that passed its kind's schema (its output, unchanged). */
export function toRecordRow<K extends RecordKind>(
  kind: K,
  record: RecordOf<K>,
  refs: readonly Reference[] = referencesOf(kind, record),
): RecordRow & { json: string } {
  const row: RecordRow & { json: string } = {
    id: record.id,
    json: JSON.stringify(record),
    caseId: caseIdOf(record),
    visibility: visibilityOf(record),
  };
  if (kind === 'person') row.names = namesOf(record as RecordOf<'person'>);
  else if (kind === 'case') row.participants = participantsOf(record as RecordOf<'case'>);
  const readers = readersOf(record);
  if (readers !== undefined) row.readers = readers;
  const references = referenceKeys(record.id, kind, refs);
  if (references.length > 0) row.references = references;
  return row;
}

/** The records a record refers to, each once, as 'kind id', leaving out itself. */
function referenceKeys(id: string, kind: RecordKind, refs: readonly Reference[]): string[] {
  const keys = new Set<string>();
  for (const ref of refs) if (ref.kind !== kind || ref.id !== id) keys.add(`${ref.kind} ${ref.id}`);
  return [...keys];
}

/** The principals a record names in its `readers`, each once; undefined when it names none. */
function readersOf(record: AnyRecord): string[] | undefined {
  if (!('readers' in record) || !Array.isArray(record.readers)) return undefined;
  const readers = (record.readers as unknown[]).filter((r): r is string => typeof r === 'string');
  return readers.length === 0 ? undefined : [...new Set(readers)];
}

function namesOf(person: RecordOf<'person'>): NameRow[] {
  return person.names.map((n) => ({ value: n.value, script: n.script, language: n.language, kind: n.kind }));
}

function participantsOf(c: RecordOf<'case'>): ParticipantRow[] {
  const seen = new Set<string>();
  const out: ParticipantRow[] = [];
  for (const p of c.participants) {
    const key = `${p.person}\u0000${p.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ person: p.person, role: p.role });
  }
  return out;
}
