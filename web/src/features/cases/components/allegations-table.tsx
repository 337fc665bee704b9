import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useMatrix } from '../../matrix/api/get-matrix.ts';
import { ClaimNote, ConductOn, SpeechAssessed } from '../../matrix/components/matrix-charge.tsx';
import { articleText, chargeNames } from './record-names.ts';
import { formPath } from '../../forms/lib/form-paths.ts';
import { RecordTable } from './record-tables.tsx';
import { sourceTitles, StepCitations } from './step-citations.tsx';
import type { PresentedCase } from '../api/get-case.ts';

/**
 * The prosecution's claims the case records, each with the charge it serves (and whether that charge still stands),
 * its kind, and how many elements of the offence it asserts and items of evidence bear on it: checked here against
 * the sources, read against the offence's elements on the indictment matrix. Nothing when the case records none or
 * the reader may not see them.
 */
export function AllegationsTable({
  caseId,
  file,
  canEdit = false,
}: {
  caseId: string;
  file: PresentedCase;
  /** Whether the reader may change the claims: each then has its edit link, as the evidence has. */
  canEdit?: boolean;
}) {
  const intl = useIntl();
  const matrix = useMatrix(caseId).data;
  if (matrix === undefined) return null;
  const all = [
    ...matrix.charges.flatMap((c) => c.allegations.map((a) => ({ a, c }))),
    ...matrix.unattached.map((a) => ({ a, c: undefined })),
  ];
  if (all.length === 0) return null;
  const titles = sourceTitles(file);
  const rows = all.map(({ a, c }) => [
    <span key="summary">
      <span className="record-text" data-allegation-id={a.allegation}>
        {a.summary}
      </span>
      {a.conductOn !== undefined && <ConductOn date={a.conductOn} />}
      <SpeechAssessed assessment={a.speechAssessment} />
      <ClaimNote note={a.note} />
      {/* Where the source says it, folded: the document by its title, its page and the words quoted. */}
      <StepCitations
        citations={[{ source: a.document, page: a.passage?.page, quote: a.passage?.quote }]}
        sources={titles}
      />
      {canEdit && <EditInCase kind="allegation" id={a.allegation} caseId={caseId} />}
    </span>,
    c === undefined ? (
      <FormattedMessage key="charge" id="allegations.noCharge" />
    ) : (
      <>
        {chargeNames(intl, file.charges).get(c.charge) ?? articleText(intl, c.article)}
        {!c.isLive && (
          <div className="muted">
            <FormattedMessage id="allegations.notLive" />
          </div>
        )}
      </>
    ),
    intl.formatMessage({ id: `forms.allegationType.${a.type}` }),
    intl.formatMessage(
      { id: 'allegations.support' },
      // Evidence linked as not addressing the claim does not bear on it: it is not counted.
      {
        elements: a.elements.length,
        evidence: a.evidence.filter((e) => e.stance !== 'does_not_address').length,
      },
    ),
  ]);
  return (
    <RecordTable
      id="allegations"
      heading="allegations.heading"
      columns={['allegations.summary', 'allegations.charge', 'allegations.type', 'allegations.bearing']}
      rows={rows}
      actions={<ToMatrixLink caseId={caseId} />}
    />
  );
}

/** Under the claims' and the evidence's headings: where they are read against each element of the offence. */
export function ToMatrixLink({ caseId }: { caseId: string }) {
  return (
    <p className="hint">
      <Link to={`/cases/${encodeURIComponent(caseId)}/matrix`}>
        <FormattedMessage id="allegations.toMatrix" />
      </Link>
    </p>
  );
}

/** Under a record in one of the case's tables: its form, opened from the case, which it comes back to once saved. */
export function EditInCase({
  kind,
  id,
  caseId,
}: {
  kind: 'allegation' | 'evidence';
  id: string;
  caseId: string;
}) {
  return (
    <div>
      <Link to={formPath(kind, id, caseId)}>
        <FormattedMessage id={kind === 'allegation' ? 'allegations.edit' : 'evidence.edit'} />
      </Link>
    </div>
  );
}
