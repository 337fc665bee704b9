import { useQuery } from '@tanstack/react-query';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { api } from '../../../lib/api.ts';
import { answerOf } from '../../../lib/api-answer.ts';

/** The case's own records of one kind, by id, for their edit links (only what the reader may read). */
function useCaseRecords(path: '/api/charges' | '/api/measures' | '/api/hearings', caseId: string) {
  return useQuery({
    queryKey: ['record-list', path, caseId],
    queryFn: async ({ signal }) =>
      answerOf(await api.GET(path, { params: { query: { case: caseId, limit: '1000' } }, signal })).items,
  });
}

const KINDS = [
  { kind: 'charge', path: '/api/charges', add: 'forms.links.addCharge' },
  { kind: 'measure', path: '/api/measures', add: 'forms.links.addMeasure' },
  { kind: 'hearing', path: '/api/hearings', add: 'forms.links.addHearing' },
] as const;

/** For someone signed in: edit the case, add a charge, measure or hearing to it, and edit each of them. */
export function CaseEditLinks({ caseId }: { caseId: string }) {
  const q = encodeURIComponent(caseId);
  return (
    <nav className="edit-links" aria-labelledby="edit-links-heading">
      <h2 id="edit-links-heading">
        <FormattedMessage id="forms.links.heading" />
      </h2>
      <ul>
        <li>
          <Link to={`/records/case/${q}/edit`}>
            <FormattedMessage id="forms.links.edit" /> <FormattedMessage id="forms.kind.case" />
          </Link>
        </li>
        {KINDS.map((k) => (
          <KindLinks key={k.kind} caseId={caseId} {...k} />
        ))}
      </ul>
    </nav>
  );
}

function KindLinks({
  caseId,
  kind,
  path,
  add,
}: {
  caseId: string;
  kind: string;
  path: (typeof KINDS)[number]['path'];
  add: string;
}) {
  const records = useCaseRecords(path, caseId);
  return (
    <>
      <li>
        <Link to={`/records/${kind}/new?case=${encodeURIComponent(caseId)}`}>
          <FormattedMessage id={add} />
        </Link>
      </li>
      {records.data?.map((r) => (
        <li key={r.id}>
          <Link to={`/records/${kind}/${encodeURIComponent(r.id)}/edit`} data-edit={r.id}>
            <FormattedMessage id="forms.links.edit" /> {r.id}
          </Link>
        </li>
      ))}
    </>
  );
}
