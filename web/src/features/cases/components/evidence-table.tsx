import { useIntl } from 'react-intl';
import { useCaseEvidence } from '../api/case-evidence.ts';
import { RecordTable } from './record-tables.tsx';
import { EditInCase, ToMatrixLink } from './allegations-table.tsx';
import { sourceTitles, StepCitations } from './step-citations.tsx';
import type { PresentedCase } from '../api/get-case.ts';

const STANCES = ['supports', 'contradicts', 'does_not_address'] as const;

/**
 * The evidence the case records, the prosecution's and the defence's: each item by its title, what it is, who put it
 * forward (and who had an expert opinion made), what it cites, and how it bears on the prosecution's allegations; read against the
 * offence's elements on the indictment matrix. Nothing when the case records none or the reader may see none.
 */
export function EvidenceTable({
  caseId,
  file,
  canEdit,
}: {
  caseId: string;
  file: PresentedCase;
  canEdit: boolean;
}) {
  const intl = useIntl();
  const titles = sourceTitles(file);
  const { data: items = [] } = useCaseEvidence(caseId);
  if (items.length === 0) return null;
  const rows = items.map(({ record: e }) => {
    const stances = STANCES.flatMap((stance) => {
      const count = e.links.filter((l) => l.stance === stance).length;
      return count > 0 ? [intl.formatMessage({ id: `evidence.bears.${stance}` }, { count })] : [];
    });
    return [
      <span key="title">
        <span className="record-text" data-evidence-id={e.id}>
          {e.title}
        </span>
        {e.description !== undefined && <div className="muted record-text">{e.description}</div>}
        {/* What it cites, folded: the source it is told of in, at the words quoted. */}
        <StepCitations citations={e.sources} sources={titles} />
        {canEdit && <EditInCase kind="evidence" id={e.id} caseId={caseId} />}
      </span>,
      intl.formatMessage({ id: `forms.evidenceType.${e.type}` }),
      e.commissionedBy === undefined
        ? intl.formatMessage({ id: `forms.evidenceSide.${e.side}` })
        : intl.formatMessage(
            { id: 'evidence.commissioned' },
            {
              side: intl.formatMessage({ id: `forms.evidenceSide.${e.side}` }),
              by: intl.formatMessage({ id: `forms.evidenceSide.${e.commissionedBy}` }),
            },
          ),
      stances.length > 0 ? intl.formatList(stances) : intl.formatMessage({ id: 'evidence.bears.none' }),
    ];
  });
  return (
    <RecordTable
      id="evidence"
      heading="evidence.heading"
      columns={['evidence.title', 'evidence.type', 'evidence.side', 'evidence.bearing']}
      rows={rows}
      actions={<ToMatrixLink caseId={caseId} />}
    />
  );
}
