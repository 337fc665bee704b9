import { useQuery } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { PresentedCase } from '../../../../../src/core/case/case.presenter.ts';
import { displayName } from '../../../../../src/core/common/names.ts';
import { api } from '../../../lib/api.ts';
import { getJson } from '../../../lib/api-client.ts';
import { answerOf } from '../../../lib/api-answer.ts';
import { formatPartialDate } from '../../../lib/format.ts';
import { languageOf } from '../../../lib/locale.ts';
import { formPath } from '../lib/form-paths.ts';
import { editLabels, type EditKind, type EditWording } from '../lib/record-labels.ts';
import type { SuccessionKind } from '../lib/successor-values.ts';
import { nextHearingsDue } from '../lib/next-hearing.ts';

type CasePath =
  | '/api/charges'
  | '/api/measures'
  | '/api/hearings'
  | '/api/decisions'
  | '/api/allegations'
  | '/api/evidence';

/** A record as its edit link is made from: its id and its fields (those the reader may read). */
interface Listed {
  id: string;
  record: Record<string, unknown>;
}

/** The case's own records of one kind, for their edit links (only what the reader may read). */
export function useCaseRecords(path: CasePath, caseId: string, enabled = true) {
  return useQuery({
    queryKey: ['record-list', path, caseId],
    enabled,
    queryFn: async ({ signal }) =>
      answerOf(await api.GET(path, { params: { query: { case: caseId, limit: '1000' } }, signal })).items,
  });
}

/**
 * The events, sources and persons of the case file, as the case page reads it (the same answer, kept once): the
 * events and sources for their edit links, the persons to name whom a charge, measure or decision concerns.
 */
function useCaseLinked(caseId: string) {
  return useQuery({
    queryKey: ['case', caseId, 'today'],
    queryFn: ({ signal }) => getJson<PresentedCase>(`/api/cases/${encodeURIComponent(caseId)}`, signal),
    select: (file) => ({
      event: file.events.map((e): Listed => ({ id: e.id, record: e })),
      source: file.sources.map((s): Listed => ({ id: s.id, record: s })),
      persons: file.persons,
    }),
  });
}

type Persons = PresentedCase['persons'] | undefined;

const KINDS = [
  { kind: 'charge', path: '/api/charges', add: 'forms.links.addCharge', edit: 'forms.links.editCharge' },
  { kind: 'measure', path: '/api/measures', add: 'forms.links.addMeasure', edit: 'forms.links.editMeasure' },
  { kind: 'hearing', path: '/api/hearings', add: 'forms.links.addHearing', edit: 'forms.links.editHearing' },
  {
    kind: 'decision',
    path: '/api/decisions',
    add: 'forms.links.addDecision',
    edit: 'forms.links.editDecision',
  },
  {
    kind: 'allegation',
    path: '/api/allegations',
    add: 'forms.links.addAllegation',
    edit: 'forms.links.editAllegation',
  },
  {
    kind: 'evidence',
    path: '/api/evidence',
    add: 'forms.links.addEvidence',
    edit: 'forms.links.editEvidence',
  },
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
          <KindLinks key={k.kind} caseId={caseId} persons={linked.data?.persons} {...k} />
        ))}
        <EditLinks
          kind="event"
          caseId={caseId}
          add="forms.links.addEvent"
          edit="forms.links.editEvent"
          records={linked.data?.event}
          persons={linked.data?.persons}
        />
        <EditLinks
          kind="source"
          caseId={caseId}
          add="forms.links.addSource"
          edit="forms.links.editSource"
          records={linked.data?.source}
          persons={linked.data?.persons}
        />
      </ul>
    </nav>
  );
}

function KindLinks({
  caseId,
  kind,
  path,
  add,
  edit,
  persons,
}: {
  caseId: string;
  kind: EditKind;
  path: CasePath;
  add: string;
  edit: string;
  persons: Persons;
}) {
  const records = useCaseRecords(path, caseId);
  return (
    <EditLinks kind={kind} caseId={caseId} add={add} edit={edit} records={records.data} persons={persons} />
  );
}

/** How the case's records are named in the reader's language, persons by their names in the case file. */
export function useEditWording(persons: Persons): EditWording {
  const intl = useIntl();
  const language = languageOf(intl.locale);
  return {
    // A measure's kind is a key of the law data, which the catalogues may not name: it is then read as the key.
    say: (key, values) =>
      key in intl.messages ? intl.formatMessage({ id: key }, values) : key.slice(key.indexOf('.') + 1),
    date: (value) => formatPartialDate(intl, value),
    personName: (id) => {
      const names = persons?.find((p) => p.id === id)?.names;
      return names !== undefined && names.length > 0 ? displayName(names, language) : undefined;
    },
  };
}

/**
 * The link that adds a record of a kind, and one per record that edits it, reading what the record is ("Edit
 * charge: Art. 272(1), brought 2022"); the id follows, small, only where two links would read the same.
 */
function EditLinks({
  kind,
  caseId,
  add,
  edit,
  records,
  persons,
}: {
  kind: EditKind;
  caseId: string;
  add: string;
  edit: string;
  records: readonly Listed[] | undefined;
  persons: Persons;
}) {
  const intl = useIntl();
  const labels = editLabels(kind, records ?? [], useEditWording(persons));
  return (
    <>
      <li>
        <Link to={formPath(kind, undefined, caseId)} data-add={kind}>
          <FormattedMessage id={add} />
        </Link>
      </li>
      {kind === 'charge' && (
        <li>
          <Link to={`/cases/${encodeURIComponent(caseId)}/charges/new`} data-add="charges">
            <FormattedMessage id="forms.links.addCharges" />
          </Link>
        </li>
      )}
      {/* Each record's own links, folded under one line a kind: the tables' rows carry the same. */}
      {labels.length > 0 && (
        <li>
          <details className="edit-each" data-edit-each={kind}>
            <summary>
              <FormattedMessage
                id="forms.links.editEach"
                values={{ kind: intl.formatMessage({ id: `forms.kind.${kind}` }), count: labels.length }}
              />
            </summary>
            <ul>
              {labels.map(({ id, label, isAlike }) => (
                <li key={id}>
                  <Link to={formPath(kind, id, caseId)} data-edit={id}>
                    <FormattedMessage id={edit} values={{ name: label }} />
                    {isAlike && label !== id && (
                      <>
                        {' '}
                        <small className="muted">{id}</small>
                      </>
                    )}
                  </Link>
                  {kind === 'charge' && <SuccessionLinks caseId={caseId} chargeId={id} name={label} />}
                  {kind === 'measure' && (
                    <>
                      {' · '}
                      <Link
                        to={`${formPath('measure', undefined, caseId)}&from=${encodeURIComponent(id)}&as=change`}
                        data-change-measure={id}
                      >
                        <FormattedMessage id="forms.links.changeMeasure" values={{ name: label }} />
                      </Link>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </details>
        </li>
      )}
      {kind === 'hearing' &&
        nextHearingsDue(
          (records ?? []).map((r) => ({ id: r.id, ...(r.record as { date: string; nextDate?: string }) })),
        ).map((h) => (
          <li key={`next-${h.id}`}>
            <Link
              to={`${formPath('hearing', undefined, caseId)}&after=${encodeURIComponent(h.id)}`}
              data-next-hearing={h.id}
            >
              <FormattedMessage
                id="forms.links.addNextHearing"
                values={{ date: formatPartialDate(intl, h.nextDate ?? '') }}
              />
            </Link>
          </li>
        ))}
    </>
  );
}

/** A charge's next charges in one step: reclassified from it, or brought again after it, starting from it. */
function SuccessionLinks({ caseId, chargeId, name }: { caseId: string; chargeId: string; name: string }) {
  const to = (as: SuccessionKind) =>
    `${formPath('charge', undefined, caseId)}&from=${encodeURIComponent(chargeId)}&as=${as}`;
  return (
    <>
      {' · '}
      <Link to={to('reclassification')} data-reclassify={chargeId}>
        <FormattedMessage id="forms.links.reclassify" values={{ name }} />
      </Link>
      {' · '}
      <Link to={to('rebrought')} data-bring-again={chargeId}>
        <FormattedMessage id="forms.links.bringAgain" values={{ name }} />
      </Link>
    </>
  );
}

/**
 * What an editor may do from a row of the case page: edit the record; for a charge, reclassify it or bring it
 * again; for a measure, change it to another.
 */
export function RecordRowActions({
  caseId,
  kind,
  id,
}: {
  caseId: string;
  kind: 'charge' | 'measure' | 'hearing' | 'decision' | 'event';
  id: string;
}) {
  const start = (as: string) =>
    `${formPath(kind, undefined, caseId)}&from=${encodeURIComponent(id)}&as=${as}`;
  const next =
    kind === 'charge'
      ? [
          { as: 'reclassification', label: 'forms.actions.reclassify' },
          { as: 'rebrought', label: 'forms.actions.bringAgain' },
        ]
      : kind === 'measure'
        ? [{ as: 'change', label: 'forms.actions.changeMeasure' }]
        : [];
  const links = [
    // Edited from the case, the form comes back to it once saved.
    { as: 'edit', label: 'forms.actions.edit', to: formPath(kind, id, caseId) },
    ...next.map((l) => ({ ...l, to: start(l.as) })),
  ];
  return (
    <div className="row-actions">
      {links.map((l, i) => (
        <span key={l.as}>
          {i > 0 && ' · '}
          <Link to={l.to} data-row-action={`${l.as}:${id}`}>
            <FormattedMessage id={l.label} />
          </Link>
        </span>
      ))}
    </div>
  );
}

/**
 * What an editor may add to one of the case page's tables, under its heading: a charge or several at once, a
 * measure, a hearing (the same forms as the links below the page).
 */
export function TableAddActions({
  caseId,
  kind,
}: {
  caseId: string;
  kind: 'charge' | 'measure' | 'hearing';
}) {
  const add = {
    charge: 'forms.links.addCharge',
    measure: 'forms.links.addMeasure',
    hearing: 'forms.links.addHearing',
  };
  return (
    <p className="table-actions">
      <Link to={formPath(kind, undefined, caseId)} data-table-add={kind}>
        <FormattedMessage id={add[kind]} />
      </Link>
      {kind === 'charge' && (
        <>
          {' · '}
          <Link to={`/cases/${encodeURIComponent(caseId)}/charges/new`} data-table-add="charges">
            <FormattedMessage id="forms.links.addCharges" />
          </Link>
        </>
      )}
    </p>
  );
}
