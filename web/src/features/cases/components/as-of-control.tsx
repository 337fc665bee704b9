import { useEffect, useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { addDays, daysBetween, isDay, type Day } from '../../../../../src/core/dates/day.ts';
import { formatDay } from '../../../lib/format.ts';

/** How long the control waits for the reader to stop moving before the page follows. */
const SETTLE_MS = 250;

/**
 * Chooses the day the case is shown as it stood on: a date field, and a slider over the case's days (arrow keys
 * move a day, Page Up and Page Down further). The day lives in the URL (the page passes it in and is told of
 * changes), so a view can be shared; "today" clears it.
 */
export function AsOfControl({
  value,
  today,
  first,
  onChange,
}: {
  value: Day | undefined;
  today: Day;
  /** The first day the case's timeline shows: where the slider starts. */
  first: Day | undefined;
  onChange: (day: Day | undefined) => void;
}) {
  const intl = useIntl();
  const id = useId();
  const [draft, setDraft] = useState(value ?? today);
  useEffect(() => setDraft(value ?? today), [value, today]);
  useEffect(() => {
    if (!isDay(draft) || draft === (value ?? today)) return;
    const timer = setTimeout(() => onChange(draft === today ? undefined : draft), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [draft, value, today, onChange]);
  const start = first !== undefined && first < today ? first : undefined;
  return (
    <form className="as-of" role="search" onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={id}>
        <FormattedMessage id="asOf.label" />
      </label>
      <input
        id={id}
        type="date"
        value={draft}
        max={today}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setDraft(e.target.value)}
      />
      <button type="button" onClick={() => onChange(undefined)} disabled={value === undefined}>
        <FormattedMessage id="asOf.today" />
      </button>
      {start !== undefined && isDay(draft) && (
        <input
          type="range"
          className="as-of-slider"
          aria-label={intl.formatMessage({ id: 'asOf.slider' })}
          aria-valuetext={formatDay(intl, draft)}
          min={0}
          max={daysBetween(start, today)}
          step={1}
          value={Math.max(0, daysBetween(start, draft))}
          onChange={(e) => setDraft(addDays(start, Number(e.target.value)))}
        />
      )}
      <p id={`${id}-hint`} className="muted">
        <FormattedMessage id="asOf.hint" />
      </p>
    </form>
  );
}
