import { displayName } from '../common/names.ts';
import type { RecordKind, RecordOf } from '../record/record-kinds.ts';
import { referencesOf } from '../record/references.ts';
import type { CaseFile } from './case-file.ts';

/** A record the case names (not one of its own) that cites a source. */
export interface CitingRecord {
  kind: 'person' | 'organisation' | 'event';
  id: string;
  name: string;
}

/**
 * The sources of a case file that neither the case nor its own records (charges, measures, hearings, decisions, a
 * source of the case) cite, each with the records the case names that do: a court's name cited in another case,
 * a party's registration. A reader is told a source came in through them, not that the case rests on it.
 */
export function sourcesThroughOthers(file: CaseFile): Map<string, CitingRecord[]> {
  const own = new Set<string>(file.sources.filter((s) => s.case === file.case.id).map((s) => s.id));
  const citedBy = <K extends RecordKind>(kind: K, record: RecordOf<K>) =>
    referencesOf(kind, record).flatMap((ref) => (ref.kind === 'source' ? [ref.id] : []));
  for (const id of citedBy('case', file.case)) own.add(id);
  for (const [kind, records] of [
    ['charge', file.charges],
    ['measure', file.measures],
    ['hearing', file.hearings],
    ['decision', file.decisions],
  ] as const)
    for (const record of records) for (const id of citedBy(kind, record as never)) own.add(id);

  const through = new Map<string, CitingRecord[]>();
  const add = (source: string, by: CitingRecord) => {
    if (own.has(source)) return;
    const list = through.get(source) ?? [];
    if (!list.some((r) => r.kind === by.kind && r.id === by.id)) list.push(by);
    through.set(source, list);
  };
  for (const p of file.persons)
    for (const id of citedBy('person', p))
      add(id, { kind: 'person', id: p.id, name: displayName(p.names, 'en') });
  for (const o of file.organisations)
    for (const id of citedBy('organisation', o))
      add(id, { kind: 'organisation', id: o.id, name: displayName(o.names, 'en') });
  for (const e of file.events)
    for (const id of citedBy('event', e)) add(id, { kind: 'event', id: e.id, name: e.title });
  return through;
}
