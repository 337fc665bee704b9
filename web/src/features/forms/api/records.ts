import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answerOf } from '../../../lib/api-answer.ts';
import { api, ifMatch, type ApiSchemas } from '../../../lib/api.ts';
import { handsOver } from '../lib/successor-values.ts';

/** The kinds the forms edit, and the collection each is written to. */
export const FORM_KINDS = {
  person: 'persons',
  case: 'cases',
  charge: 'charges',
  measure: 'measures',
  hearing: 'hearings',
  source: 'sources',
  organisation: 'organisations',
  event: 'events',
  decision: 'decisions',
  allegation: 'allegations',
  evidence: 'evidence',
} as const;
export type FormKind = keyof typeof FORM_KINDS;

/** A record as the API gives it to edit: the record and the version an edit must name. */
export type StoredRecord = ApiSchemas['StoredPerson'] | ApiSchemas['StoredCharge'];

// One typed path per kind: a case's record lives under /record, the case file itself being its page.
const ONE = {
  person: '/api/persons/{id}',
  case: '/api/cases/{id}/record',
  charge: '/api/charges/{id}',
  measure: '/api/measures/{id}',
  hearing: '/api/hearings/{id}',
  source: '/api/sources/{id}',
  organisation: '/api/organisations/{id}',
  event: '/api/events/{id}',
  decision: '/api/decisions/{id}',
  allegation: '/api/allegations/{id}',
  evidence: '/api/evidence/{id}',
} as const;
const MANY = {
  person: '/api/persons',
  case: '/api/cases',
  charge: '/api/charges',
  measure: '/api/measures',
  hearing: '/api/hearings',
  source: '/api/sources',
  organisation: '/api/organisations',
  event: '/api/events',
  decision: '/api/decisions',
  allegation: '/api/allegations',
  evidence: '/api/evidence',
} as const;

/** One record of a kind as the reader may see it, with its version (GET of its path). */
export async function fetchStoredRecord(kind: FormKind, id: string, signal: AbortSignal) {
  return answerOf(await api.GET(ONE[kind] as '/api/persons/{id}', { params: { path: { id } }, signal }));
}

/** The record to edit, with its version. */
export function useStoredRecord(kind: FormKind, id: string | undefined) {
  return useQuery({
    queryKey: ['record', kind, id],
    enabled: id !== undefined,
    queryFn: ({ signal }) => fetchStoredRecord(kind, id ?? '', signal),
    staleTime: 0,
  });
}

/** What a save sends: the record, and for an edit the version it was based on. */
export interface Save {
  record: Record<string, unknown>;
  version?: number;
  /** For a new measure: the measure it replaces, on which the change is recorded in the same write. */
  replaces?: string;
}

/** Creates or replaces a record; a stale version comes back as an ApiError 409 carrying the current record. */
export function useSaveRecord(kind: FormKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ record, version, replaces }: Save) => {
      // The record was checked against the core's schema by the form; the API checks it again.
      const body = { record } as never;
      if (version === undefined && kind === 'measure' && replaces !== undefined) {
        const change = { record, change: { from: replaces } } as never;
        return answerOf(await api.POST('/api/measures/changes', { body: change })).measure;
      }
      // A charge reclassified from (merged from, split off) others is written with the steps handing them over.
      if (version === undefined && kind === 'charge' && handsOver(record))
        return answerOf(await api.POST('/api/charges/successions', { body })).charge;
      if (version === undefined) return answerOf(await api.POST(MANY[kind] as '/api/persons', { body }));
      return answerOf(
        await api.PUT(ONE[kind] as '/api/persons/{id}', {
          params: { path: { id: String(record.id) }, header: { 'if-match': ifMatch(version) } },
          body,
        }),
      );
    },
    // Not awaited: the form goes on to its next page at once; waiting for every answer to be asked again would let
    // the edited record's new version remount the form first, and the form's own onSuccess would be lost.
    onSuccess: () => {
      void client.invalidateQueries();
    },
  });
}

/** What a record created from a case's page adds to the case: an event to its events, a person to its participants. */
export type CaseLink = { event: string } | { person: string; role: string };

/**
 * Links a record created from a case's page to the case (the case page shows the events its case names and the
 * participants it lists): the case as it is now, with the link appended, saved at the version just read.
 * Nothing is written when the case holds the link already.
 */
export async function linkToCase(caseId: string, link: CaseLink): Promise<void> {
  const path = { params: { path: { id: caseId } } };
  const stored = answerOf(await api.GET('/api/cases/{id}/record', path));
  const record = stored.record as Record<string, unknown> & {
    events?: string[];
    participants?: { person: string; role: string }[];
  };
  let next: Record<string, unknown>;
  if ('event' in link) {
    const events = record.events ?? [];
    if (events.includes(link.event)) return;
    next = { ...record, events: [...events, link.event] };
  } else {
    const participants = record.participants ?? [];
    if (participants.some((p) => p.person === link.person && p.role === link.role)) return;
    next = { ...record, participants: [...participants, { ...link, sources: [] }] };
  }
  answerOf(
    await api.PUT('/api/cases/{id}/record', {
      params: { path: { id: caseId }, header: { 'if-match': ifMatch(stored.version) } },
      body: { record: next } as never,
    }),
  );
}
