import { useIntl, type IntlShape } from 'react-intl';
import { formatDuration, formatPartialDate } from '../../../lib/format.ts';
import type { PresentedCase } from '../api/get-case.ts';
import { recordName } from './record-names.ts';
import { HistoryLink, RecordTable, type RowActions } from './record-tables.tsx';

/** The decisions: verdicts and rulings, with each charge's outcome. */
export function DecisionsTable({ file, actions }: { file: PresentedCase; actions?: RowActions | undefined }) {
  const intl = useIntl();
  const rows = file.decisions.map((d) => [
    <>
      <time>{formatPartialDate(intl, d.date)}</time>
      <HistoryLink collection="decisions" id={d.id} />
      {actions?.('decision', d.id)}
    </>,
    intl.formatMessage({ id: `decisionKind.${d.kind}` }),
    d.defendant?.name ?? '',
    d.outcomes
      .map(
        (o) => `${recordName(intl, o.charge, file)}: ${intl.formatMessage({ id: `outcome.${o.outcome}` })}`,
      )
      .join('; '),
    d.sentence.map((part) => sentencePart(intl, part)).join('; '),
  ]);
  return (
    <RecordTable
      id="decisions"
      heading="decisions.heading"
      columns={[
        'decisions.date',
        'decisions.kind',
        'decisions.defendant',
        'decisions.outcomes',
        'decisions.sentence',
      ]}
      rows={rows}
    />
  );
}

type SentencePart = PresentedCase['decisions'][number]['sentence'][number];

/** "imprisonment, 7 years 6 months, suspended": a part of a sentence in the reader's words. */
function sentencePart(intl: IntlShape, part: SentencePart): string {
  const kind = intl.formatMessage({
    id: `forms.penalty.${part.type}`,
    defaultMessage: part.typeTitle ?? part.type,
  });
  const term = part.term === undefined ? undefined : formatDuration(intl, part.term);
  const amount =
    part.amount === undefined
      ? undefined
      : `${intl.formatNumber(part.amount.value)} ${part.amountUnitTitle ?? part.amount.unit}`;
  const said = [kind, term, amount].filter((x) => x !== undefined).join(', ');
  return part.isSuspended === true
    ? intl.formatMessage({ id: 'quick.row.suspended' }, { penalty: said })
    : said;
}
