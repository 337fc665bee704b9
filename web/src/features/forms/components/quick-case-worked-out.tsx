import { useWatch } from 'react-hook-form';
import { useIntl } from 'react-intl';
import type { QuickCaseValues } from '../lib/quick-case.ts';
import { measureWorkedOutTexts, workedOutReasonText } from '../lib/quick-case-worked-out.ts';

/** A reason a row gives for a date worked out, with the ends of its span and what each was worked out from. */
export function WorkedOutReason({ name, reason }: { name: string; reason: string }) {
  const intl = useIntl();
  const values = useWatch() as QuickCaseValues;
  return <>{workedOutReasonText(intl, values, name, reason)}</>;
}

/**
 * Under a measure's row, the dates the form works out as the boxes stand rather than reads from the text: the day
 * it was replaced by the next, from its start and its length; the start of the one that replaced it, that day.
 */
export function MeasureWorkedOut({ row }: { row: number }) {
  const intl = useIntl();
  const values = useWatch() as QuickCaseValues;
  const { start, change } = measureWorkedOutTexts(intl, values, row);
  return (
    <>
      {start !== undefined && <p className="inferred">{start}</p>}
      {change !== undefined && <p className="inferred">{change}</p>}
    </>
  );
}
