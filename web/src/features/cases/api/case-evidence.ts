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
