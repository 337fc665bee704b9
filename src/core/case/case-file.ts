import type { Charge } from '../charge/charge.ts';
import type { Decision } from '../decision/decision.ts';
import type { Event } from '../event/event.ts';
import type { Hearing } from '../hearing/hearing.ts';
import type { Measure } from '../measure/measure.ts';
import type { Organisation } from '../organisation/organisation.ts';
import type { Person } from '../person/person.ts';
import type { RecordReader } from '../ports.ts';
import type { Source } from '../source/source.ts';
import { referencesOf } from '../record/references.ts';
import type { RecordKind, RecordOf } from '../record/record-kinds.ts';
import { DomainError } from '../errors.ts';
import type { Case } from './case.ts';

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
}

/** Reads a case and the records it refers to (persons, organisations, events, sources) in a few queries. */
export async function loadCaseFile(reader: RecordReader, caseId: string): Promise<CaseFile> {
  const stored = await reader.get('case', caseId);
  if (!stored) throw new DomainError('record.not_found', `no case with id "${caseId}"`);
  const [charges, measures, hearings, decisions] = await Promise.all([
    reader.list('charge', { case: caseId }),
    reader.list('measure', { case: caseId }),
    reader.list('hearing', { case: caseId }),
    reader.list('decision', { case: caseId }),
  ]);
  const file: CaseFile = {
    case: stored.data,
    charges: charges.map((r) => r.data),
    measures: measures.map((r) => r.data),
    hearings: hearings.map((r) => r.data),
    decisions: decisions.map((r) => r.data),
    persons: [],
    organisations: [],
    events: [],
    sources: [],
  };
  const wanted = new Map<RecordKind, Set<string>>();
  const collect = <K extends RecordKind>(kind: K, records: readonly RecordOf<K>[]) => {
    for (const record of records) {
      for (const ref of referencesOf(kind, record)) {
        if (!wanted.has(ref.kind)) wanted.set(ref.kind, new Set());
        wanted.get(ref.kind)?.add(ref.id);
      }
    }
  };
  collect('case', [file.case]);
  collect('charge', file.charges);
  collect('measure', file.measures);
  collect('hearing', file.hearings);
  collect('decision', file.decisions);
  // Events and persons point on to organisations and sources, so they are read before those.
  const events = await reader.list('event', { ids: [...(wanted.get('event') ?? [])] });
  collect(
    'event',
    events.map((e) => e.data),
  );
  const persons = await reader.list('person', { ids: [...(wanted.get('person') ?? [])] });
  collect(
    'person',
    persons.map((p) => p.data),
  );
  const organisations = await reader.list('organisation', { ids: [...(wanted.get('organisation') ?? [])] });
  collect(
    'organisation',
    organisations.map((o) => o.data),
  );
  const sources = await reader.list('source', { ids: [...(wanted.get('source') ?? [])] });
  file.persons = persons.map((r) => r.data);
  file.organisations = organisations.map((r) => r.data);
  file.events = events.map((r) => r.data);
  file.sources = sources.map((r) => r.data);
  return file;
}
