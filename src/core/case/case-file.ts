import type { Session } from '../access/session.ts';
import { withoutHidden } from '../access/redact.ts';
import type { Charge } from '../charge/charge.ts';
import type { Decision } from '../decision/decision.ts';
import type { Event } from '../event/event.ts';
import type { Hearing } from '../hearing/hearing.ts';
import type { Measure } from '../measure/measure.ts';
import type { Organisation } from '../organisation/organisation.ts';
import type { Person } from '../person/person.ts';
import type { Source } from '../source/source.ts';
import { referencesOf } from '../record/references.ts';
import { CASE_FILE_KINDS, type RecordKind, type RecordOf } from '../record/record-kinds.ts';
import { DomainError } from '../errors.ts';
import type { Case } from './case.ts';

/**
 * What of a case its reader may not see, as counts per kind (never ids): records of the case, records it
 * refers to, and entries about them taken out of what the reader does see. The facts engine reads it so that
 * no fact a withheld record could change is stated as certain.
 */
export type Withheld = Partial<Record<RecordKind, number>>;

/** A case with everything that hangs on it and everything it points at: what the facts engine reads. */
export interface CaseFile {
  case: Case;
  charges: Charge[];
  measures: Measure[];
  hearings: Hearing[];
  decisions: Decision[];
  persons: Person[];
  organisations: Organisation[];
  events: Event[];
  sources: Source[];
  /** What the reader may not see; absent or empty when they see the whole case. */
  withheld?: Withheld;
  /** The stored version of each record read, by kind and id: what a client sends back to update it. */
  versions?: Versions;
}

/** Record versions by kind and id. */
export type Versions = Partial<Record<RecordKind, Record<string, number>>>;

type Lists = Omit<CaseFile, 'case' | 'withheld' | 'versions'>;

const LIST_OF: { [K in RecordKind]?: keyof Lists } = {
  charge: 'charges',
  measure: 'measures',
  hearing: 'hearings',
  decision: 'decisions',
  person: 'persons',
  organisation: 'organisations',
  event: 'events',
  source: 'sources',
};

/** Reads, through the reader's session, a case and the records it refers to, and what of it is withheld. */
export async function loadCaseFile(session: Session, caseId: string): Promise<CaseFile> {
  const stored = await session.get('case', caseId);
  if (!stored) throw new DomainError('record.not_found', `no case with id "${caseId}"`);
  const withheld: Withheld = {};
  const versions: Versions = { case: { [stored.id]: stored.version } };
  const note = (rows: readonly { kind: RecordKind; id: string; version: number }[]) => {
    for (const row of rows) (versions[row.kind] ??= {})[row.id] = row.version;
  };
  const count = (kind: RecordKind, n: number) => {
    if (n > 0) withheld[kind] = (withheld[kind] ?? 0) + n;
  };
  const lists: Lists = {
    charges: [],
    measures: [],
    hearings: [],
    decisions: [],
    persons: [],
    organisations: [],
    events: [],
    sources: [],
  };
  const scoped = await Promise.all(
    CASE_FILE_KINDS.map(async (kind) => {
      const [rows, hidden] = await Promise.all([
        session.list(kind, { case: caseId }),
        session.countWithheld(kind, caseId),
      ]);
      note(rows);
      return [kind, rows.map((r) => r.data), hidden] as const;
    }),
  );
  // Counted in the kinds' order, not as the reads finish, so the same case always reads the same.
  for (const [kind, records, hidden] of scoped) {
    (lists[LIST_OF[kind] as keyof Lists] as unknown[]) = records;
    count(kind, hidden);
  }

  const loaded = new Map<RecordKind, Set<string>>([['case', new Set([caseId])]]);
  for (const kind of CASE_FILE_KINDS)
    loaded.set(kind, new Set((lists[LIST_OF[kind] as keyof Lists] as { id: string }[]).map((r) => r.id)));
  const wanted = new Map<RecordKind, Set<string>>();
  const collect = <K extends RecordKind>(kind: K, records: readonly RecordOf<K>[]) => {
    for (const record of records)
      for (const ref of referencesOf(kind, record)) {
        if (!wanted.has(ref.kind)) wanted.set(ref.kind, new Set());
        wanted.get(ref.kind)?.add(ref.id);
      }
  };
  collect('case', [stored.data]);
  for (const kind of CASE_FILE_KINDS)
    collect(kind, lists[LIST_OF[kind] as keyof Lists] as RecordOf<typeof kind>[]);
  // Events and persons point on to organisations and sources, so they are read before those.
  for (const kind of ['event', 'person', 'organisation', 'source'] as const) {
    const rows = await session.list(kind, { ids: [...(wanted.get(kind) ?? [])] });
    loaded.set(kind, new Set(rows.map((r) => r.id)));
    note(rows);
    (lists[LIST_OF[kind] as keyof Lists] as unknown[]) = rows.map((r) => r.data);
    collect(kind, rows.map((r) => r.data) as RecordOf<typeof kind>[]);
  }
  // Referenced records that exist but were not read are the reader's blind spots: other cases' charges, a
  // restricted court, an internal successor charge.
  const hidden = new Set<string>();
  for (const [kind, ids] of wanted) {
    const missing = [...ids].filter((id) => !(loaded.get(kind)?.has(id) ?? false));
    for (const id of await session.withheldAmong(kind, missing)) {
      hidden.add(id);
      count(kind, 1);
    }
  }
  return { ...redactReferences({ case: stored.data, ...lists }, hidden, withheld), versions };
}

/** The file with every reference to a hidden record taken out, and the entries so dropped counted as withheld. */
function redactReferences(
  file: Omit<CaseFile, 'withheld'>,
  hidden: Set<string>,
  withheld: Withheld,
): CaseFile {
  const { case: kase, ...lists } = file;
  const out = { case: withoutHidden(kase, hidden) } as CaseFile;
  for (const [key, records] of Object.entries(lists) as [keyof Lists, { id: string }[]][]) {
    const kept = withoutHidden(records, hidden);
    (out[key] as unknown[]) = kept;
    const kind = (Object.keys(LIST_OF) as RecordKind[]).find((k) => LIST_OF[k] === key);
    if (kind !== undefined && kept.length < records.length)
      withheld[kind] = (withheld[kind] ?? 0) + records.length - kept.length;
  }
  if (Object.keys(withheld).length > 0) out.withheld = withheld;
  return out;
}
