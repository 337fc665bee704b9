import { useQuery } from '@tanstack/react-query';
import { answerOf } from '../../../lib/api-answer.ts';
import { api } from '../../../lib/api.ts';

/** The evidence the case records that the reader may see (GET /api/evidence?case=), every item in one answer. */
export function useCaseEvidence(caseId: string) {
  return useQuery({
    queryKey: ['case-evidence', caseId],
    queryFn: async ({ signal }) =>
      answerOf(await api.GET('/api/evidence', { params: { query: { case: caseId, limit: '1000' } }, signal }))
        .items,
  });
}

/** The prosecution's claims the case records that the reader may see (GET /api/allegations?case=), in one answer. */
export function useCaseAllegations(caseId: string) {
  return useQuery({
    queryKey: ['case-allegations', caseId],
    queryFn: async ({ signal }) =>
      answerOf(
        await api.GET('/api/allegations', { params: { query: { case: caseId, limit: '1000' } }, signal }),
      ).items,
  });
}
