import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HistoryEntry } from '../../../../../src/core/record/history.service.ts';
import { getJson } from '../../../lib/api-client.ts';
import { getMe, sendJson } from '../../../lib/api-write.ts';

/** The collections whose records have a history page (the API's /api/{collection}/{id}/history). */
export const HISTORY_COLLECTIONS = [
  'cases',
  'persons',
  'organisations',
  'charges',
  'measures',
  'hearings',
  'decisions',
  'events',
  'sources',
] as const;
export type HistoryCollection = (typeof HISTORY_COLLECTIONS)[number];

/** The collection a URL word names, or undefined. */
export function historyCollectionOf(word: string | undefined): HistoryCollection | undefined {
  return HISTORY_COLLECTIONS.find((c) => c === word);
}

const recordUrl = (collection: HistoryCollection, id: string) =>
  `/api/${collection}/${encodeURIComponent(id)}`;

/** A record's revisions, oldest first, as the reader may see them. */
export function useHistory(collection: HistoryCollection, id: string) {
  return useQuery({
    queryKey: ['history', collection, id],
    queryFn: ({ signal }) =>
      getJson<{ entries: HistoryEntry[] }>(`${recordUrl(collection, id)}/history`, signal),
  });
}

/** Who is reading: whether the restore buttons are worth showing. */
export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: ({ signal }) => getMe(signal) });
}

/** Restores the record as it was at a version (a new revision); the history and cached pages are read again. */
export function useRestore(collection: HistoryCollection, id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      sendJson<unknown>(`${recordUrl(collection, id)}/restore`, JSON.stringify({ version })),
    onSuccess: () => client.invalidateQueries(),
  });
}

export type { HistoryEntry };
