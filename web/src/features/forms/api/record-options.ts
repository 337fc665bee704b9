import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import { IdSchema } from '../../../../../src/core/common/schemas.ts';
import { answerOf } from '../../../lib/api-answer.ts';
import { api } from '../../../lib/api.ts';
import { useDebounced } from '../../search/lib/use-debounced.ts';
import {
  byLiveLatest,
  chargeDetail,
  detailOf,
  filterOptions,
  labelIn,
  type PickKind,
  type PickOption,
} from '../lib/record-labels.ts';
import { formatPartialDate } from '../../../lib/format.ts';
import { fetchStoredRecord } from './records.ts';
import { languageOf } from '../../../lib/locale.ts';

const LISTS = {
  person: '/api/persons',
  organisation: '/api/organisations',
  source: '/api/sources',
  event: '/api/events',
  charge: '/api/charges',
  decision: '/api/decisions',
} as const;

// The first records of a kind a picker lists before anything is typed, and narrows in the browser as it is.
const LIMIT = '200';
// The suggestions asked for what is typed: the most the server gives at once.
const SUGGESTED = '20';

/** Whether a value is a record's id (it holds a colon), typed or chosen, rather than words of a name. */
export const isRecordId = (text: string): boolean => text.includes(':') && IdSchema.safeParse(text).success;

/** How a picker names a record of a kind in the interface's language. */
function useLabeller(kind: PickKind): (record: Record<string, unknown>) => string {
  const intl = useIntl();
  return (record) => labelIn(intl, kind, record);
}

async function fetchFirst(kind: PickKind, caseId: string | undefined, signal: AbortSignal) {
  if (kind === 'case') {
    const page = answerOf(await api.GET('/api/cases', { params: { query: { limit: LIMIT } }, signal }));
    return page.cases.map((c) => ({
      id: c.id,
      record: { id: c.id, title: c.title },
    }));
  }
  const query: Record<string, string> = { limit: LIMIT };
  if ((kind === 'charge' || kind === 'decision') && caseId !== undefined && caseId !== '')
    query.case = caseId;
  const page = answerOf(await api.GET(LISTS[kind] as '/api/sources', { params: { query }, signal }));
  return page.items.map((item) => ({ id: item.id, record: item.record }));
}

/**
 * Whether what is typed is also asked of the search's suggestions, which find a record among any number by any
 * spelling of its name (the index folds names across scripts): every kind the index keeps, except the charges of
 * one case, which are few and all listed. Decisions are not indexed.
 */
const isSuggested = (kind: PickKind, caseId: string | undefined): boolean =>
  kind !== 'decision' && !(kind === 'charge' && caseId !== undefined && caseId !== '');

/** The name of one record by its id, looked up when `enabled` and it is an id; undefined until known. */
export function useRecordLabel(kind: PickKind, id: string, enabled = true): string | undefined {
  const label = useLabeller(kind);
  const { data } = useQuery({
    queryKey: ['pick-label', kind, id],
    enabled: enabled && isRecordId(id),
    retry: false,
    staleTime: 60_000,
    queryFn: ({ signal }) => fetchStoredRecord(kind, id, signal),
  });
  return data !== undefined ? label(data.record) : undefined;
}

/**
 * The records a picker offers for what is typed: those of the first records of the kind that match it, then the
 * suggestions of the search (after a pause in typing) that are not among them, so a record is found however many
 * there are. The first records are asked for once the picker is opened or holds a record (`isWanted`);
 * `valueLabel` names the record it holds, looked up by its id when it is not listed.
 */
export function useRecordOptions(
  kind: PickKind,
  caseId: string | undefined,
  typed: string,
  value: string,
  isWanted: boolean,
) {
  const intl = useIntl();
  const lang = languageOf(intl.locale);
  const label = useLabeller(kind);
  const wording = {
    say: (key: string, values?: Record<string, string>) => intl.formatMessage({ id: key }, values),
    date: (date: string) => formatPartialDate(intl, date),
    personName: () => undefined,
  };
  const text = typed.trim();
  const list = useQuery({
    queryKey: ['pick', kind, caseId ?? '', intl.locale],
    enabled: isWanted || value !== '',
    queryFn: async ({ signal }): Promise<PickOption[]> => {
      const first = await fetchFirst(kind, caseId, signal);
      // Two charges under one article are told apart by their words and steps, the live and latest first.
      return (kind === 'charge' ? byLiveLatest(first) : first).map(({ id, record }) => {
        const named = label(record);
        const detail = kind === 'charge' ? chargeDetail(record, wording) : detailOf(kind, record, named);
        return { id, label: named, ...(detail !== undefined ? { detail } : {}) };
      });
    },
    staleTime: 30_000,
    // A record made in another tab (the picker's "create" link) is found when the user comes back to this one.
    refetchOnWindowFocus: 'always',
  });
  const wanted = isSuggested(kind, caseId) && text !== '' && !isRecordId(text) ? text : '';
  const asked = useDebounced(wanted, 200);
  const suggested = useQuery({
    queryKey: ['pick-suggest', kind, asked, lang],
    enabled: asked !== '',
    staleTime: 30_000,
    refetchOnWindowFocus: 'always',
    queryFn: async ({ signal }) =>
      answerOf(
        await api.GET('/api/search/suggest', {
          params: { query: { q: asked, kind, limit: SUGGESTED, lang } },
          signal,
        }),
      ).suggestions,
  });
  const listed = list.data ?? [];
  const matching = filterOptions(listed, text);
  // Suggestions for what was typed before the last keys are left out until those are asked too.
  const found = asked === wanted ? (suggested.data ?? []) : [];
  const more = found
    .filter((s) => !matching.some((o) => o.id === s.id))
    .map((s): PickOption => listed.find((o) => o.id === s.id) ?? { id: s.id, label: s.label });
  const listedLabel = listed.find((o) => o.id === value)?.label;
  const fetchedLabel = useRecordLabel(kind, value, list.isSuccess && listedLabel === undefined);
  return {
    options: [...matching, ...more],
    isLoading: list.isPending || (wanted !== '' && (asked !== wanted || suggested.isFetching)),
    valueLabel: listedLabel ?? fetchedLabel,
  };
}
