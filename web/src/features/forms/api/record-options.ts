import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { answerOf } from '../../../lib/api-answer.ts';
import { api } from '../../../lib/api.ts';
import { filterOptions, labelOf, type PickKind, type PickOption } from '../lib/record-labels.ts';

const LISTS = {
  person: '/api/persons',
  organisation: '/api/organisations',
  source: '/api/sources',
  event: '/api/events',
  charge: '/api/charges',
  decision: '/api/decisions',
} as const;

// The most a list route gives at once; a picker offers the first records and narrows them as the user types.
const LIMIT = '1000';

async function fetchOptions(
  kind: PickKind,
  caseId: string | undefined,
  name: string | undefined,
  signal: AbortSignal,
): Promise<{ id: string; record: Record<string, unknown> }[]> {
  if (kind === 'case') {
    const page = answerOf(await api.GET('/api/cases', { params: { query: { limit: LIMIT } }, signal }));
    return page.cases.map((c) => ({ id: c.id, record: { id: c.id, title: c.title } }));
  }
  const query: Record<string, string> = { limit: LIMIT };
  if ((kind === 'charge' || kind === 'decision') && caseId !== undefined && caseId !== '')
    query.case = caseId;
  if (kind === 'person' && name !== undefined) query.name = name;
  const page = answerOf(await api.GET(LISTS[kind] as '/api/sources', { params: { query }, signal }));
  return page.items.map((item) => ({ id: item.id, record: item.record }));
}

/**
 * The records of a kind the reader may see, named as a picker shows them. Persons are looked up by the name typed
 * (the server folds spellings and scripts); the other kinds come as one list the picker narrows itself.
 */
export function useRecordOptions(kind: PickKind, caseId: string | undefined, typed: string) {
  const intl = useIntl();
  const text = typed.trim();
  // An id typed as it is (it holds a colon) is found in the list; a name is asked of the server.
  const name = kind === 'person' && text.length >= 2 && !text.includes(':') ? text : undefined;
  const query = useQuery({
    queryKey: ['pick', kind, caseId ?? '', name ?? '', intl.locale],
    queryFn: async ({ signal }): Promise<PickOption[]> =>
      (await fetchOptions(kind, caseId, name, signal)).map(({ id, record }) => ({
        id,
        label: labelOf(kind, record, intl.locale, (key, values) => intl.formatMessage({ id: key }, values)),
      })),
    staleTime: 30_000,
  });
  const all = query.data ?? [];
  return { ...query, options: name !== undefined ? all : filterOptions(all, text), all };
}
