import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { NotFound, QueryState } from '../../../components/query-state.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { textAsRead } from '../../../lib/text-as-read.ts';
import { AsReadText } from '../../../components/as-read-text.tsx';
import { caseViewPath } from '../../../lib/url-state.ts';
import { useCaseDocuments, useDocumentText } from '../../documents/api/documents.ts';
import { useCaseAllegations, useCaseEvidence } from '../api/case-evidence.ts';
import { useCase } from '../api/get-case.ts';
import { caseCiters, type Citer } from '../lib/source-citers.ts';
import { asSentence, holdsSentence } from '../../forms/lib/quick-case-context.ts';
import { formPath } from '../../forms/lib/form-paths.ts';

// A source read beside what the case records of it: its text as kept with the case, each sentence a record cites
// marked, and after it what each record citing it holds; so that a case recorded from a source is checked against
// it in one reading, in the source's own order, and what no record cites is seen as such.

/** /cases/:id/sources/:source: the source's text, or the words its records quote, with those records beside them. */
export function SourceBesideCase({
  caseId,
  sourceId,
  canChange = false,
}: {
  caseId: string;
  sourceId: string;
  /** Whether the reader may change records: each line then opens its record's form. */
  canChange?: boolean;
}) {
  const intl = useIntl();
  const file = useCase(caseId, undefined);
  const claims = useCaseAllegations(caseId).data;
  const evidence = useCaseEvidence(caseId).data;
  const listed = useCaseDocuments(caseId);
  const documents = listed.data;
  const source = file.data?.sources.find((s) => s.id === sourceId);
  // The copy of its text kept with the case: the document it is, or the one whose bytes it records the digest of.
  const copy = documents?.find(
    (d) => d.id === sourceId || (source?.sha256 !== undefined && d.file.sha256 === source.sha256),
  );
  const read = useDocumentText(copy);
  const text = read.data;
  // Its copy still being read, or its text on its way, the view waits for it rather than show the quotes alone.
  const isReading = copy !== undefined && (copy.textStatus === 'pending' || copy.textStatus === 'reading');
  const isLoading =
    listed.isPending || (copy?.textStatus === 'done' && (copy.pageCount ?? 0) > 0 && read.isPending);
  usePageTitle(source === undefined ? undefined : intl.formatMessage({ id: 'sourceView.title' }));
  const citers = useMemo(
    () =>
      file.data === undefined
        ? []
        : caseCiters(intl, file.data, sourceId, {
            claims: (claims ?? []).map(({ record: a }) => ({ ...a, allegation: a.id })),
            evidence: (evidence ?? []).map(({ record: e }) => ({
              id: e.id,
              title: e.title,
              sources: e.sources,
            })),
          }),
    [intl, file.data, sourceId, claims, evidence],
  );
  if (file.data === undefined) return <QueryState error={file.error} notFound="error.caseNotFound" />;
  if (source === undefined) return <NotFound text="sourceView.notOfCase" />;
  if (isLoading) return <QueryState error={read.error} />;
  return (
    <article className="source-beside">
      <header>
        <p className="muted">
          <Link to={caseViewPath(caseId)}>
            <FormattedMessage id="matrix.backToCase" />
          </Link>
        </p>
        <h1>
          <FormattedMessage id="sourceView.title" />
        </h1>
        <p className="record-text">{source.title}</p>
        <p className="hint">
          <FormattedMessage
            id={
              text !== undefined
                ? 'sourceView.hint'
                : isReading
                  ? 'sourceView.hintReading'
                  : 'sourceView.hintQuotes'
            }
            values={{ cited: new Set(citers.map((c) => c.record)).size }}
          />
        </p>
      </header>
      {text === undefined ? (
        <QuotesCited citers={citers} caseId={caseId} canChange={canChange} />
      ) : (
        <TextCited
          text={text}
          citers={citers}
          caseId={caseId}
          canChange={canChange}
          summary={file.data.summary ?? ''}
        />
      )}
    </article>
  );
}

/**
 * The source's text, its paragraphs numbered, each sentence cited marked and followed by what cites it; a sentence
 * no record cites that the case's summary keeps says so.
 */
function TextCited({
  text,
  citers,
  caseId,
  canChange,
  summary = '',
}: {
  text: string;
  citers: readonly Citer[];
  caseId: string;
  canChange: boolean;
  summary?: string;
}) {
  const laid = useMemo(() => textAsRead(text, citers), [text, citers]);
  const missing = citers.filter((c) => !laid.paragraphOf.has(c.place));
  return (
    <>
      <AsReadText
        laid={laid}
        linesOf={(places) => (
          <CiterLines
            citers={citers.filter((c) => places.includes(c.place))}
            caseId={caseId}
            canChange={canChange}
          />
        )}
        afterUnread={(stretch) => {
          const sentence = asSentence(stretch);
          return sentence !== undefined && summary !== '' && holdsSentence(summary, sentence) ? (
            <span className="as-read-unread" data-unread="kept">
              <FormattedMessage id="sourceView.inSummary" />
            </span>
          ) : null;
        }}
      />
      {missing.length > 0 && (
        <section aria-labelledby="source-missing">
          <h2 id="source-missing">
            <FormattedMessage id="sourceView.notInText" values={{ count: missing.length }} />
          </h2>
          <QuotesCited citers={missing} caseId={caseId} canChange={canChange} />
        </section>
      )}
    </>
  );
}

/**
 * Where the source's text is not kept, or for words not found in it: the words its records quote, a paragraph each in
 * the records' order, with them.
 */
function QuotesCited(props: CitedBy) {
  return <TextCited text={[...new Set(props.citers.map((c) => c.quote))].join('\n\n')} {...props} />;
}

/** The records citing the source, the case they are of, and whether the reader may change them. */
interface CitedBy {
  citers: readonly Citer[];
  caseId: string;
  canChange: boolean;
}

/** The form each kind of record citing a source is changed in; the others are changed in the record they belong to. */
const FORM_OF: Partial<Record<Citer['kind'], string>> = {
  person: 'person',
  charge: 'charge',
  measure: 'measure',
  hearing: 'hearing',
  event: 'event',
  claim: 'allegation',
  evidence: 'evidence',
};

/**
 * The records citing a sentence, a line each: what it is, the record, what it holds from the sentence, and, for a
 * reader who may change it, a link to its form, opened from the case.
 */
function CiterLines({ citers, caseId, canChange }: CitedBy) {
  const intl = useIntl();
  return (
    <>
      {citers.map((c) => (
        <li key={c.place} data-cited-by={c.record}>
          <strong className="line-name">
            <FormattedMessage id={`sourceView.kind.${c.kind}`} />
          </strong>
          :{' '}
          <Link className="record-text" to={`${caseViewPath(caseId)}#${c.section}-heading`}>
            {c.name}
          </Link>
          {c.what !== '' && <span className="record-text"> · {c.what}</span>}
          {canChange && FORM_OF[c.kind] !== undefined && (
            <>
              {' '}
              <Link
                className="line-change"
                to={formPath(FORM_OF[c.kind] ?? '', c.record, caseId)}
                aria-label={intl.formatMessage({ id: 'sourceView.change' }, { name: c.name })}
              >
                <FormattedMessage id="sourceView.changeShort" />
              </Link>
            </>
          )}
        </li>
      ))}
    </>
  );
}
