import { useMemo } from 'react';
import { useCase } from '../../cases/api/get-case.ts';
import { useCaseRecords } from '../components/case-edit-links.tsx';
import type { Held, HeldCase } from '../lib/quick-case-into.ts';
import { useStoredRecord } from './records.ts';

/**
 * The case a text is added to, as the reader may see it now: its record, its charges, measures, hearings and
 * decisions, each
 * with the version an edit of it names, and its authorities by name; undefined until all of it is read. `isError`
 * when it cannot be read (no such case, or not the reader's to read).
 */
export function useHeldCase(id: string): { held: HeldCase | undefined; isError: boolean } {
  const enabled = id !== '';
  const record = useStoredRecord('case', enabled ? id : undefined);
  const charges = useCaseRecords('/api/charges', id, enabled);
  const measures = useCaseRecords('/api/measures', id, enabled);
  const hearings = useCaseRecords('/api/hearings', id, enabled);
  const decisions = useCaseRecords('/api/decisions', id, enabled);
  const allegations = useCaseRecords('/api/allegations', id, enabled);
  // Today's file, not as of a day: the text is laid over what the case holds now.
  const file = useCase(id, undefined, enabled);
  const held = useMemo(() => {
    if (
      !enabled ||
      !record.data ||
      !charges.data ||
      !measures.data ||
      !hearings.data ||
      !decisions.data ||
      !allegations.data ||
      !file.data
    )
      return undefined;
    return {
      case: record.data as unknown as Held,
      charges: charges.data as unknown as Held[],
      measures: measures.data as unknown as Held[],
      hearings: hearings.data as unknown as Held[],
      decisions: decisions.data as unknown as Held[],
      allegations: allegations.data as unknown as Held[],
      sources: file.data.sources.map((src) => ({ id: src.id, title: src.title, sha256: src.sha256 })),
      authorities: file.data.authorities.flatMap((a) =>
        a.id !== undefined ? [{ id: a.id, name: a.name ?? a.id, role: a.role }] : [],
      ),
    };
  }, [
    enabled,
    record.data,
    charges.data,
    measures.data,
    hearings.data,
    decisions.data,
    allegations.data,
    file.data,
  ]);
  return { held, isError: enabled && (record.isError || file.isError) };
}
