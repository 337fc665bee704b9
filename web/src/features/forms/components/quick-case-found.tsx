import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { recordPagePath } from '../../../lib/record-paths.ts';
import { casePath } from '../../../lib/url-state.ts';
import { useCaseList } from '../../lists/api/get-lists.ts';
import { useSimilarPersons, useSuggestions } from '../../search/api/search.ts';
import { FoundBox } from '../../search/components/found-box.tsx';
import { useDebounced } from '../../search/lib/use-debounced.ts';
import { AddToCaseButton } from './quick-case-into-notice.tsx';
import { useCase } from '../../cases/api/get-case.ts';

/**
 * Under the names or title being typed for a new person, source or authority: those already recorded who may be the
 * one meant (a person under any of the names typed, in any script or spelling; a source or an organisation under a
 * title or name that begins the same), each with a button that takes it instead of making another, and one that says none of them is meant.
 */
export function FoundAlready({
  kind,
  typed,
  field,
  intro = `quick.found.${kind}`,
}: {
  kind: 'person' | 'source' | 'organisation';
  /** The words typed: a person's names, a source's title (or the person's name, for the sources naming them). */
  typed: readonly string[];
  field: string;
  /** What the list is said to be, when not records named like the words typed. */
  intro?: string;
}) {
  const { setValue } = useFormContext();
  const words = useDebounced(
    typed
      .map((t) => t.trim())
      .filter((t) => t.length >= 3)
      .join('\n'),
    300,
  );
  const persons = useSimilarPersons(kind === 'person' && words !== '' ? words.split('\n') : []);
  const suggested = useSuggestions(kind !== 'person' ? words : '');
  const found =
    words === ''
      ? []
      : kind === 'person'
        ? (persons.data ?? []).map((p) => ({ id: p.id, label: p.names.join(' · ') }))
        : (suggested.data ?? []).filter((s) => s.kind === kind).map((s) => ({ id: s.id, label: s.label }));
  // "None of these" is said of the words it was said for: other words typed ask again.
  const [declined, setDeclined] = useState<string>();
  const shown = declined === words ? [] : found.slice(0, 5);
  return (
    <FoundBox
      found={shown}
      footer={
        <p>
          <button type="button" className="link-button" onClick={() => setDeclined(words)}>
            <FormattedMessage id={`quick.found.none.${kind}`} />
          </button>
        </p>
      }
      intro={<FormattedMessage id={intro} values={{ count: shown.length }} />}
      line={(record) => (
        <>
          {/* A person's or organisation's page opens beside the form, to tell whether it is the one. */}
          {kind !== 'source' ? (
            <Link
              to={recordPagePath(kind === 'person' ? 'persons' : 'organisations', record.id)}
              target="_blank"
              rel="noopener noreferrer"
              className="record-text"
            >
              {record.label}
            </Link>
          ) : (
            <span className="record-text">{record.label}</span>
          )}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => setValue(field, record.id, { shouldDirty: true })}
          >
            <FormattedMessage id="quick.found.use" />
            {/* Each button is told apart by the record it takes, for those who hear the page. */}
            <span className="visually-hidden">: {record.label}</span>
          </button>
          {kind === 'person' && <CasesInOffer person={record.id} />}
        </>
      )}
    />
  );
}

/**
 * Beside a person offered: the cases they are in, said as soon as the offer is, so that a source about one of them
 * is known for one before the form is filled in further.
 */
function CasesInOffer({ person }: { person: string }) {
  const { data } = useCaseList({ limit: 3, person });
  const cases = data?.cases ?? [];
  if (cases.length === 0) return null;
  return (
    <p className="hint cases-in-offer">
      <FormattedMessage
        id="quick.found.inCases"
        values={{
          count: cases.length,
          titles: <span className="record-text">{cases.map((c) => `“${c.title}”`).join('; ')}</span>,
        }}
      />
    </p>
  );
}

/**
 * Under a person already recorded, once taken: the cases they are in, each a link, so that a source about one of
 * them is added to it rather than recorded as a case a second time.
 */
export function CasesOfPerson({ person }: { person: string }) {
  const { data } = useCaseList({ limit: 5, person });
  const cases = data?.cases ?? [];
  // Said of one person: another person taken asks again.
  const [goneOnFor, setGoneOnFor] = useState<string>();
  if (cases.length === 0) return null;
  if (goneOnFor === person)
    return (
      <p className="hint" role="status">
        <FormattedMessage id="quick.casesOfPerson.separate" />
      </p>
    );
  return (
    <div className="similar-persons-box" role="status">
      <p>
        <FormattedMessage id="quick.casesOfPerson" values={{ count: cases.length }} />
      </p>
      <ul>
        {cases.map((c) => (
          <li key={c.id}>
            {/* Beside the form, which keeps the text pasted into it. */}
            <Link to={casePath(c.id)} target="_blank" rel="noopener noreferrer" className="record-text">
              {c.title}
            </Link>{' '}
            <AddToCaseButton caseId={c.id} title={c.title} person={person} />
          </li>
        ))}
      </ul>
      <p>
        <button type="button" className="link-button" onClick={() => setGoneOnFor(person)}>
          <FormattedMessage id="quick.casesOfPerson.goOn" />
        </button>
      </p>
    </div>
  );
}

/**
 * Under the form's status once filled: the cases already recorded of a person recorded under the names the text
 * gives, said before anything else is read, so that a text about one of them is added to it rather than recorded
 * as a case a second time.
 */
export function KnownCasesOfNamed({ names }: { names: readonly string[] }) {
  const person = useSimilarPersons(names).data?.[0];
  // Once the text is being added to one of them, the form says so instead.
  const into = useWatch({ name: 'into' }) as string | undefined;
  return person === undefined || (into ?? '') !== '' ? null : (
    <KnownCases id={person.id} name={person.names[0] ?? person.id} />
  );
}

function KnownCases({ id, name }: { id: string; name: string }) {
  const { data } = useCaseList({ limit: 3, person: id });
  const cases = data?.cases ?? [];
  if (cases.length === 0) return null;
  return (
    <div className="notice known-cases" role="status">
      <p>
        <FormattedMessage id="quick.knownCases" values={{ name, count: cases.length }} />
      </p>
      <ul>
        {cases.map((c) => (
          <li key={c.id}>
            <Link to={casePath(c.id)} target="_blank" rel="noopener noreferrer" className="record-text">
              {c.title}
            </Link>{' '}
            <AddToCaseButton caseId={c.id} title={c.title} person={id} />
            <TextIsSourceOf caseId={c.id} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Beside a case already recorded: that the text pasted is itself one of its sources (the digest of the copy the
 * source was read from is the text's), which tells the researcher the case was recorded from this very text.
 */
function TextIsSourceOf({ caseId }: { caseId: string }) {
  const sha256 = useWatch({ name: 'source.sha256' }) as string | undefined;
  const file = useCase(caseId, undefined, sha256 !== undefined).data;
  const same = sha256 === undefined ? undefined : file?.sources.find((s) => s.sha256 === sha256);
  if (same === undefined) return null;
  return (
    <p className="hint text-is-source">
      <FormattedMessage
        id="quick.knownCases.sameText"
        values={{ title: <span className="record-text">{same.title}</span> }}
      />
    </p>
  );
}
