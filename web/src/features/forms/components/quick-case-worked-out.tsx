import { useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { dayBounds, isPartialDate } from '../../../../../src/core/dates/partial-date.ts';
import { formatPartialDate } from '../../../lib/format.ts';
import { inferredAnchor, workedOutChangeSpan, workedOutSpan } from '../lib/inferred-anchor.ts';
import type { QuickCaseValues } from '../lib/quick-case.ts';
import { workedOutStart } from '../lib/quick-case-measures.ts';

// How each date the form worked out from the text was worked out: each end of its span beside what it was worked
// out from ("from 1 January 2022, as the events charged begin, to 26 May 2022, “just over eight months” before the
// latest news"), so that it is checked by reading, not by doing the sum again.

/** A reason a row gives for a date worked out, with the ends of its span and what each was worked out from. */
export function WorkedOutReason({ name, reason }: { name: string; reason: string }) {
  const intl = useIntl();
  const values = useWatch() as QuickCaseValues;
  const anchor = inferredAnchor(values, name, reason);
  const span = workedOutSpan(values, name, reason);
  const day = (date: string) => formatPartialDate(intl, date);
  const length = (words: string) => <span className="record-text">{words}</span>;
  // A reclassification dated by a length before the charge was brought again: the day it was counted back from.
  const [list, at] = name.split('.');
  const date = list === 'charges' ? (values.charges[Number(at)]?.date ?? '') : '';
  if (anchor?.key === 'later_step_on' && isPartialDate(date))
    return (
      <FormattedMessage
        id="quick.inferred.span.length_before_step"
        values={{ month: day(date), date: day(anchor.date) }}
      />
    );
  if (anchor !== undefined && span !== undefined) {
    const same = isPartialDate(anchor.date) && dayBounds(anchor.date).latest === span.to ? 'yes' : 'no';
    return (
      <FormattedMessage
        id={`quick.inferred.span.${reason}`}
        values={{
          from: day(span.from),
          to: day(span.to),
          date: day(anchor.date),
          same,
          length: 'length' in anchor ? length(anchor.length) : '',
        }}
      />
    );
  }
  return (
    <>
      <FormattedMessage id={`quick.inferred.${reason}`} />
      {anchor !== undefined && (
        <>
          {' '}
          <span className="anchor">
            <FormattedMessage
              id={`quick.inferred.anchor.${anchor.key}`}
              values={{ date: day(anchor.date), length: 'length' in anchor ? length(anchor.length) : '' }}
            />
          </span>
        </>
      )}
    </>
  );
}

/**
 * Under a measure's row, the dates the form works out as the boxes stand rather than reads from the text: the day
 * it was replaced by the next, from its start and its length; the start of the one that replaced it, that day.
 */
export function MeasureWorkedOut({ row }: { row: number }) {
  const intl = useIntl();
  const values = useWatch() as QuickCaseValues;
  const change = workedOutChangeSpan(values, row);
  const measure = values.measures[row];
  const above = values.measures[row - 1];
  const startsAtChange =
    measure?.from === '' &&
    above?.replaced === true &&
    above.until === '' &&
    workedOutStart(values, row) !== '';
  const day = (date: string) => formatPartialDate(intl, date);
  return (
    <>
      {startsAtChange && (
        <p className="inferred">
          <FormattedMessage id="quick.inferred.startAtChange" />
        </p>
      )}
      {change !== undefined && measure?.replaced === true && change.length !== '' && (
        <p className="inferred">
          <FormattedMessage
            id="quick.inferred.change"
            values={{
              from: day(change.from),
              to: day(change.to),
              byNews: change.byNews ? 'yes' : 'no',
              length: <span className="record-text">{change.length}</span>,
            }}
          />
        </p>
      )}
    </>
  );
}
