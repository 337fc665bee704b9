import { useIntl } from 'react-intl';
import { useParams, useSearchParams } from 'react-router';
import { languageOf } from '../../../lib/locale.ts';
import { QueryState } from '../../../components/query-state.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { FORM_KINDS, useStoredRecord, type FormKind } from '../api/records.ts';
import { newRecordValues } from './record-defaults.ts';
import {
  isSuccessionKind,
  replacementValues,
  successorValues,
  type Predecessor,
} from '../lib/successor-values.ts';
import { RecordForm } from './record-form.tsx';
import { nextHearingValues, type EarlierHearing } from '../lib/next-hearing.ts';

/** /records/:kind/new (?case= when added from a case) and /records/:kind/:id/edit. */
export function RecordFormPage() {
  const { kind: kindParam, id } = useParams();
  const [params] = useSearchParams();
  const intl = useIntl();
  const kind = kindParam !== undefined && kindParam in FORM_KINDS ? (kindParam as FormKind) : undefined;
  const stored = useStoredRecord(kind ?? 'person', kind !== undefined ? id : undefined);
  // A charge reclassified from, or brought again after, another starts from it (?from=…&as=…).
  const as = params.get('as');
  const from = kind === 'charge' && id === undefined && isSuccessionKind(as) ? params.get('from') : null;
  const before = useStoredRecord('charge', from ?? undefined);
  // A measure that replaces another starts from it (?from=…&as=change).
  const replacing = kind === 'measure' && id === undefined && as === 'change' ? params.get('from') : null;
  const replaced = useStoredRecord('measure', replacing ?? undefined);
  // A hearing added on the day another set for the next one starts from that one (?after=…).
  const after = kind === 'hearing' && id === undefined ? params.get('after') : null;
  const earlier = useStoredRecord('hearing', after ?? undefined);
  if (kind === undefined) return <QueryState error={notFound} />;
  if (id === undefined) {
    let values = newRecordValues(kind, params.get('case') ?? undefined, params, languageOf(intl.locale));
    // A record a new one starts from is read afresh first: a copy cached before its last edit (a next hearing's
    // day just set) would start the form from what it no longer says.
    for (const [wanted, query] of [
      [from, before],
      [after, earlier],
      [replacing, replaced],
    ] as const)
      if (wanted !== null && !(query.data && query.isFetchedAfterMount))
        return <QueryState error={query.error} />;
    const replacedMeasure = replaced.data?.record as Predecessor | undefined;
    if (replacedMeasure !== undefined) values = replacementValues(values, replacedMeasure);
    const predecessor = before.data?.record as Predecessor | undefined;
    if (predecessor !== undefined && isSuccessionKind(as)) values = successorValues(values, predecessor, as);
    const previous = earlier.data?.record as EarlierHearing | undefined;
    if (previous !== undefined) values = nextHearingValues(values, previous);
    return (
      <RecordForm
        key={`new-${from ?? ''}-${as ?? ''}-${after ?? ''}-${replacing ?? ''}`}
        kind={kind}
        values={values}
        version={undefined}
        fromCase={params.get('case') ?? undefined}
        initialRole={params.get('role') ?? undefined}
        {...(replacedMeasure !== undefined ? { replaces: replacedMeasure } : {})}
        {...(predecessor !== undefined && isSuccessionKind(as)
          ? { succeeds: { charge: predecessor, as } }
          : {})}
      />
    );
  }
  if (!stored.data) return <QueryState error={stored.error} />;
  return (
    <RecordForm
      key={`${id}@${stored.data.version}`}
      kind={kind}
      values={{ fieldVisibility: {}, ...(stored.data.record as Record<string, unknown>) }}
      version={stored.data.version}
      fromCase={params.get('case') ?? undefined}
    />
  );
}

const notFound = new ApiError(404, 'record.not_found', 'not found');
