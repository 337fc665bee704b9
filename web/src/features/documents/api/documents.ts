import { useQuery } from '@tanstack/react-query';
import { IdSchema } from '../../../../../src/core/common/schemas.ts';
import { ApiError, getJson } from '../../../lib/api-client.ts';
import type { ApiSchemas } from '../../../lib/api.ts';
import { getMe } from '../../../lib/api-write.ts';

// The wire shapes of the document routes, generated from the committed OpenAPI document.

/** A stored document as the API lists it. */
export type DocumentSummary = ApiSchemas['DocumentSummary'];
/** How far a document's text has been read. */
export type TextStatus = DocumentSummary['textStatus'];
/** One page's text, and how it was read. */
export type PageText = ApiSchemas['DocumentPage'];
/** What the extraction found on a page: a span of its text and what it names. */
export type Suggestion = ApiSchemas['DocumentSuggestion'];
/** One entry of the chain of custody. */
export type CustodyEvent = ApiSchemas['CustodyEvent'];
/** The elements of a charge's article; `isHeld` false when the law data holds no elements for it. */
export type ChargeElements = ApiSchemas['ChargeElements'];
/** An element of the offence a charge cites, from the law data. */
export type OffenceElement = ChargeElements['elements'][number];
/** What an upload answers: the new document, whose text is read in the background. */
export type Uploaded = ApiSchemas['DocumentAdded'];

const enc = encodeURIComponent;

/** The paths of a document's routes. */
export const documentPaths = {
  ofCase: (caseId: string) => `/api/cases/${enc(caseId)}/documents`,
  one: (id: string) => `/api/documents/${enc(id)}`,
  pages: (id: string, from: number, to: number) => `/api/documents/${enc(id)}/pages?from=${from}&to=${to}`,
  image: (id: string, page: number) => `/api/documents/${enc(id)}/pages/${page}/image`,
  file: (id: string) => `/api/documents/${enc(id)}/file`,
  suggestions: (id: string, page: number, lang: string) =>
    `/api/documents/${enc(id)}/suggestions?page=${page}&lang=${enc(lang)}`,
  custody: (id: string) => `/api/documents/${enc(id)}/custody`,
  elements: (chargeId: string, lang: string) => `/api/charges/${enc(chargeId)}/elements?lang=${enc(lang)}`,
};

const isBusy = (status: TextStatus | undefined) => status === 'pending' || status === 'reading';
// While a document's text is being read its status is asked again, so the progress moves on its own.
const POLL_MS = 1500;

/** The case's documents the reader may see; asked again while any is still being read. */
export function useCaseDocuments(caseId: string) {
  return useQuery({
    queryKey: ['documents', 'case', caseId],
    enabled: caseId !== '',
    queryFn: ({ signal }) => getJson<{ items: DocumentSummary[] }>(documentPaths.ofCase(caseId), signal),
    select: (answer) => answer.items,
    refetchInterval: (q) => (q.state.data?.items.some((d) => isBusy(d.textStatus)) ? POLL_MS : false),
  });
}

/** One document; asked again while its text is being read. */
export function useDocument(id: string) {
  return useQuery({
    queryKey: ['documents', id],
    queryFn: ({ signal }) => getJson<DocumentSummary>(documentPaths.one(id), signal),
    refetchInterval: (q) => (isBusy(q.state.data?.textStatus) ? POLL_MS : false),
  });
}

/** One page's text, once the document's reading has reached it. */
export function usePageText(id: string, page: number, isReady: boolean) {
  return useQuery({
    queryKey: ['documents', id, 'page', page],
    enabled: isReady,
    queryFn: async ({ signal }) =>
      (await getJson<{ pages: PageText[] }>(documentPaths.pages(id, page, page), signal)).pages[0],
  });
}

/** What the extraction suggests on one page. */
export function useSuggestions(id: string, page: number, isReady: boolean, lang: string) {
  return useQuery({
    queryKey: ['documents', id, 'suggestions', page, lang],
    enabled: isReady,
    queryFn: async ({ signal }) =>
      (await getJson<{ suggestions: Suggestion[] }>(documentPaths.suggestions(id, page, lang), signal))
        .suggestions,
  });
}

/** The document's chain of custody. */
export function useCustody(id: string) {
  return useQuery({
    queryKey: ['documents', id, 'custody'],
    queryFn: async ({ signal }) =>
      (await getJson<{ events: CustodyEvent[] }>(documentPaths.custody(id), signal)).events,
  });
}

/** The elements of the offence a charge cites, titled in the reader's language. */
export function useChargeElements(chargeId: string | undefined, lang: string) {
  return useQuery({
    queryKey: ['charge-elements', chargeId ?? '', lang],
    // Only a charge's id: while a picker holds the words typed to find one ("272"), nothing is asked.
    enabled: chargeId !== undefined && chargeId.includes(':') && IdSchema.safeParse(chargeId).success,
    queryFn: ({ signal }) => getJson<ChargeElements>(documentPaths.elements(chargeId ?? '', lang), signal),
    retry: false,
  });
}

/** What an upload says of its file beyond the bytes: the upload query's fields (title, role, capture…), by name. */
export type UploadFields = Partial<Record<string, string>>;

/** The upload's query string: every field given a value, trimmed; none when nothing was said. */
export function uploadQuery(fields: UploadFields): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    const trimmed = value?.trim();
    if (trimmed !== undefined && trimmed !== '') params.set(name, trimmed);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * Sends a file's bytes as they are (no form encoding), its name in X-File-Name, what is known of it in the query
 * and the session's CSRF token; a refusal comes back as an ApiError with the core's code (document.empty,
 * document.too_large…) and the fields it names.
 */
export async function uploadDocument(
  caseId: string,
  file: File,
  fields: UploadFields = {},
): Promise<Uploaded> {
  const me = await getMe();
  const query = uploadQuery(fields);
  const response = await fetch(`${documentPaths.ofCase(caseId)}${query}`, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': file.type !== '' ? file.type : 'application/octet-stream',
      'X-File-Name': enc(file.name),
      ...(me.csrfToken !== undefined ? { 'X-CSRF-Token': me.csrfToken } : {}),
    },
    body: file,
  });
  const answer = (await response.json().catch(() => undefined)) as
    (Uploaded & { error?: { code?: string; message?: string; issues?: ApiError['issues'] } }) | undefined;
  if (!response.ok)
    throw new ApiError(
      response.status,
      answer?.error?.code ?? 'http.error',
      answer?.error?.message ?? String(response.status),
      answer?.error?.issues ?? [],
    );
  return answer as Uploaded;
}

/**
 * A document's whole text, its pages joined by a blank line, once it has all been read; undefined until then, and for
 * no document.
 */
export function useDocumentText(document: DocumentSummary | undefined) {
  const pages = document?.pageCount ?? 0;
  return useQuery({
    queryKey: ['documents', document?.id ?? '', 'text', pages],
    enabled: document !== undefined && document.textStatus === 'done' && pages > 0,
    queryFn: async ({ signal }) =>
      (await getJson<{ pages: PageText[] }>(documentPaths.pages(document?.id ?? '', 1, pages), signal)).pages
        .map((p) => p.text)
        .join('\n\n'),
  });
}
