import { FormattedMessage, useIntl } from 'react-intl';
import { formatPartialDate, noteLead } from '../../../lib/format.ts';
import type { PresentedCase } from '../api/get-case.ts';

/** A record's citation of one source: the source's id, and where in it (a page, the words quoted). */
interface Citation {
  source: string;
  page?: number | undefined;
  quote?: string | undefined;
}

/**
 * Dated steps as a list, each in words and with its date as recorded and the authority that took it, and the note
 * the step keeps (a date worked out rather than read says so there, and how).
 */
export function Steps({
  steps,
  prefix,
  first,
  sources,
}: {
  steps: readonly {
    kind: string;
    date: string;
    /** The authority that took it (an investigator, a prosecutor's office, a court), named. */
    authority?: { id: string; name: string } | undefined;
    note?: string | undefined;
    sources?: readonly Citation[] | undefined;
  }[];
  /** The case's sources by id: a step's citation is named by its source's title. */
  sources: ReadonlyMap<string, string>;
  prefix: string;
  /** The words of the first step where the record's origin says more of it ("brought by reclassification"). */
  first?: string | undefined;
}) {
  const intl = useIntl();
  return (
    <ol className="steps">
      {steps.map((s, i) => (
        <li key={i}>
          <FormattedMessage id={i === 0 && first !== undefined ? first : `${prefix}.${s.kind}`} />{' '}
          <time className="muted">{formatPartialDate(intl, s.date)}</time>
          {s.authority !== undefined && (
            <span className="muted">
              {' · '}
              <FormattedMessage
                id="step.by"
                values={{ authority: <span className="record-text">{s.authority.name}</span> }}
              />
            </span>
          )}
          {s.note !== undefined && s.note.trim() !== '' && <StepNote note={s.note.trim()} />}
          <StepCitations citations={s.sources ?? []} sources={sources} />
        </li>
      ))}
    </ol>
  );
}

/** A note longer than this many characters is folded under its lead. */
const LONG_NOTE = 140;

/**
 * A step's note: a short one as it is, a long one (a date worked out, and how) folded under its lead, so the steps
 * are read at a glance and the note is opened where it is wanted.
 */
function StepNote({ note }: { note: string }) {
  if (note.length <= LONG_NOTE) return <p className="step-note record-text">{note}</p>;
  return (
    <details className="step-note record-text">
      <summary>{noteLead(note)}</summary>
      <p>{note}</p>
    </details>
  );
}

/**
 * Under a step, folded, what it cites: each source by its title, with its page and the words quoted, so a fact is
 * checked against its source from the case's page.
 */
export function StepCitations({
  citations,
  sources,
}: {
  citations: readonly Citation[];
  sources: ReadonlyMap<string, string>;
}) {
  const intl = useIntl();
  if (citations.length === 0) return null;
  return (
    <details className="step-cited">
      <summary>
        <FormattedMessage id="step.cited" values={{ count: citations.length }} />
      </summary>
      {citations.map((c, i) => (
        <p key={i}>
          <span className="record-text">{sources.get(c.source) ?? c.source}</span>
          {c.page !== undefined && <>, {intl.formatMessage({ id: 'step.citedPage' }, { page: c.page })}</>}
          {c.quote !== undefined && c.quote.trim() !== '' && (
            <>
              : <q className="record-text">{c.quote}</q>
            </>
          )}
        </p>
      ))}
    </details>
  );
}

/** The case's sources' titles by their ids. */
export function sourceTitles(file: PresentedCase): ReadonlyMap<string, string> {
  return new Map(file.sources.map((s) => [s.id, s.title]));
}
