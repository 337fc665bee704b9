import { useQuery } from '@tanstack/react-query';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import type { PresentedCase } from '../../../../../src/core/case/case.presenter.ts';
import { api } from '../../../lib/api.ts';
import { getJson } from '../../../lib/api-client.ts';
import { answerOf } from '../../../lib/api-answer.ts';
import { formPath } from '../lib/form-paths.ts';

type CasePath =
  | '/api/charges'
  | '/api/measures'
  | '/api/hearings'
  | '/api/decisions'
  | '/api/allegations'
  | '/api/evidence';

/** The case's own records of one kind, by id, for their edit links (only what the reader may read). */
function useCaseRecords(path: CasePath, caseId: string) {
  return useQuery({
    queryKey: ['record-list', path, caseId],
    queryFn: async ({ signal }) =>
      answerOf(await api.GET(path, { params: { query: { case: caseId, limit: '1000' } }, signal })).items,
  });
}

/** The events and sources of the case file, as the case page reads it (the same answer, kept once), for their edit links. */
function useCaseLinked(caseId: string) {
  return useQuery({
    queryKey: ['case', caseId, 'today'],
    queryFn: ({ signal }) => getJson<PresentedCase>(`/api/cases/${encodeURIComponent(caseId)}`, signal),
    select: (file) => ({ event: file.events.map((e) => e.id), source: file.sources.map((s) => s.id) }),
  });
}

const KINDS = [
  { kind: 'charge', path: '/api/charges', add: 'forms.links.addCharge' },
  { kind: 'measure', path: '/api/measures', add: 'forms.links.addMeasure' },
  { kind: 'hearing', path: '/api/hearings', add: 'forms.links.addHearing' },
  { kind: 'decision', path: '/api/decisions', add: 'forms.links.addDecision' },
  { kind: 'allegation', path: '/api/allegations', add: 'forms.links.addAllegation' },
  { kind: 'evidence', path: '/api/evidence', add: 'forms.links.addEvidence' },
] as const;

/**
 * For someone signed in: edit the case; add a new person to it (a defendant, or another part), a charge, measure,
 * hearing, decision, event or source; and edit each of those it has. Saving a form opened here returns to the case.
 */
export function CaseEditLinks({ caseId }: { caseId: string }) {
  const linked = useCaseLinked(caseId);
  return (
    <nav className="edit-links" aria-labelledby="edit-links-heading">
      <h2 id="edit-links-heading">
        <FormattedMessage id="forms.links.heading" />
      </h2>
      <ul>
        <li>
          <Link to={formPath('case', caseId)}>
            <FormattedMessage id="forms.links.edit" /> <FormattedMessage id="forms.kind.case" />
          </Link>
        </li>
        <li>
          <Link to={`${formPath('person', undefined, caseId)}&role=defendant`} data-add="defendant">
            <FormattedMessage id="forms.links.addDefendant" />
          </Link>
        </li>
        <li>
          <Link to={`${formPath('person', undefined, caseId)}&role=lawyer`} data-add="participant">
            <FormattedMessage id="forms.links.addParticipant" />
          </Link>
        </li>
        {KINDS.map((k) => (
          <KindLinks key={k.kind} caseId={caseId} {...k} />
        ))}
        <EditLinks kind="event" caseId={caseId} add="forms.links.addEvent" ids={linked.data?.event} />
        <EditLinks kind="source" caseId={caseId} add="forms.links.addSource" ids={linked.data?.source} />
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
  path: CasePath;
  add: string;
}) {
  const records = useCaseRecords(path, caseId);
  return <EditLinks kind={kind} caseId={caseId} add={add} ids={records.data?.map((r) => r.id)} />;
}

function EditLinks({
  kind,
  caseId,
  add,
  ids,
}: {
  kind: string;
  caseId: string;
  add: string;
  ids: string[] | undefined;
}) {
  return (
    <>
      <li>
        <Link to={formPath(kind, undefined, caseId)} data-add={kind}>
          <FormattedMessage id={add} />
        </Link>
      </li>
      {ids?.map((id) => (
        <li key={id}>
          <Link to={`${formPath(kind, id)}?case=${encodeURIComponent(caseId)}`} data-edit={id}>
            <FormattedMessage id="forms.links.edit" /> {id}
          </Link>
        </li>
      ))}
    </>
  );
}
