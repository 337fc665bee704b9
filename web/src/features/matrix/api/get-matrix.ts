import { useQuery } from '@tanstack/react-query';
import type { ApiSchemas } from '../../../lib/api.ts';
import { getJson } from '../../../lib/api-client.ts';

/** The indictment matrix as the API sends it (generated from the OpenAPI document). */
export type Matrix = ApiSchemas['IndictmentMatrix'];
export type MatrixCharge = Matrix['charges'][number];
export type MatrixAllegation = MatrixCharge['allegations'][number];
export type MatrixGap = Matrix['gaps'][number];

/** The case's indictment matrix (GET /api/cases/:id/matrix). */
export function useMatrix(id: string) {
  return useQuery({
    queryKey: ['matrix', id],
    queryFn: ({ signal }) => getJson<Matrix>(`/api/cases/${encodeURIComponent(id)}/matrix`, signal),
  });
}

/** The case's title, for the page's heading (GET /api/cases/:id). */
export function useCaseTitle(id: string) {
  return useQuery({
    queryKey: ['case', id, 'today'],
    queryFn: ({ signal }) => getJson<{ title: string }>(`/api/cases/${encodeURIComponent(id)}`, signal),
    select: (c) => c.title,
  });
}

/** Where the CSV of the matrix is downloaded from, its titles in the reader's language. */
export function matrixCsvUrl(id: string, lang: string): string {
  return `/api/cases/${encodeURIComponent(id)}/matrix.csv?lang=${encodeURIComponent(lang)}`;
}
