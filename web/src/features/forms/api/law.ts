import { useQuery } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { answerOf } from '../../../lib/api-answer.ts';
import { api, type ApiSchemas } from '../../../lib/api.ts';
import { useStoredRecord } from './records.ts';

export type LawVocabulary = ApiSchemas['LawVocabulary'];

/** The words of a jurisdiction's law (codes, measures, sentence types, regimes); an error without law data. */
export function useLawVocabulary(jurisdiction: string | undefined) {
  return useQuery({
    queryKey: ['law', jurisdiction],
    enabled: jurisdiction !== undefined && jurisdiction !== '',
    staleTime: 60 * 60 * 1000,
    retry: false,
    queryFn: async ({ signal }) =>
      answerOf(
        await api.GET('/api/jurisdictions/{jurisdiction}/law', {
          params: { path: { jurisdiction: jurisdiction ?? '' } },
          signal,
        }),
      ),
  });
}

/** The case the form's record belongs to (its `case` field, or an event's first case) as stored, once it is read. */
export function useFormCase():
  | {
      jurisdiction?: string;
      participants?: { person: string; role: string }[];
      sources?: { source: string }[];
    }
  | undefined {
  const caseId = useWatch({ name: 'case' }) as string | undefined;
  // An event has no case of its own but the cases it is tied to: the first of them is the one it was added from.
  const cases = useWatch({ name: 'cases' }) as string[] | undefined;
  const id = caseId ?? cases?.[0];
  const stored = useStoredRecord('case', id !== undefined && id !== '' ? id : undefined);
  return stored.data?.record;
}

/** The jurisdiction of the case the form's record belongs to, once the case is read. */
export function useCaseJurisdiction(): string | undefined {
  // A form that records a case itself holds the jurisdiction in its own box.
  const own = useWatch({ name: 'jurisdiction' }) as unknown;
  const stored = useFormCase()?.jurisdiction;
  return stored ?? (typeof own === 'string' && own.trim() !== '' ? own.trim() : undefined);
}
