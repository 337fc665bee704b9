import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { recordPagePath } from '../../../lib/record-paths.ts';
import { sourceBesidePath } from '../../../lib/url-state.ts';
import { formatPartialDate } from '../../../lib/format.ts';
import type { PresentedCase } from '../api/get-case.ts';
import { RecordTable } from './record-tables.tsx';
import { caseCiters } from '../lib/source-citers.ts';

/**
 * The sources of the case: those the case and its own records cite, with where to read them; then, apart, those
 * cited only by the persons and organisations it names (a court whose name another case's source gives), each
 * naming the records that cite it, so that neither is read as the other.
 */
export function SourcesTable({ file }: { file: PresentedCase }) {
  const intl = useIntl();
  const described = (s: PresentedCase['sources'][number]) => [
    s.publisher ?? '',
    s.publishedOn ? formatPartialDate(intl, s.publishedOn) : '',
    s.url && /^https?:\/\//i.test(s.url) ? (
      <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">
        <FormattedMessage id="sources.open" />
      </a>
    ) : (
      ''
    ),
  ];
  const own = file.sources.filter((s) => s.citedThrough === undefined);
  const through = file.sources.filter((s) => s.citedThrough !== undefined);
  return (
    <>
      <RecordTable
        id="sources"
        heading="sources.heading"
        columns={['sources.title', 'sources.publisher', 'sources.published', 'sources.link']}
        rows={own.map((s) => [
          <>
            <span className="record-text">{s.title}</span>
            {/* Read beside what the case records of it: its sentences with the records citing each; offered where
                there is a text to read, its copy kept or words of it quoted (not for the indictment a report tells of). */}
            {(s.sha256 !== undefined || caseCiters(intl, file, s.id).length > 0) && (
              <div>
                <Link to={sourceBesidePath(file.id, s.id)}>
                  <FormattedMessage id="sourceView.open" />
                </Link>
              </div>
            )}
          </>,
          ...described(s),
        ])}
      />
      {through.length > 0 && (
        <RecordTable
          id="sources-through"
          heading="sources.throughHeading"
          actions={
            <p className="hint">
              <FormattedMessage id="sources.throughHint" />
            </p>
          }
          columns={[
            'sources.title',
            'sources.citedBy',
            'sources.publisher',
            'sources.published',
            'sources.link',
          ]}
          rows={through.map((s) => [
            <span className="record-text">{s.title}</span>,
            <span className="cited-through">
              {(s.citedThrough ?? []).map((r, i) => (
                <span key={`${r.kind}:${r.id}`}>
                  {i > 0 && ', '}
                  {r.kind === 'event' ? (
                    <span className="record-text">{r.name}</span>
                  ) : (
                    <Link
                      className="record-text"
                      to={recordPagePath(r.kind === 'person' ? 'persons' : 'organisations', r.id)}
                    >
                      {r.name}
                    </Link>
                  )}
                </span>
              ))}
            </span>,
            ...described(s),
          ])}
        />
      )}
    </>
  );
}
