import { useId, useState, useEffect } from 'react';
import { FormattedMessage } from 'react-intl';
import { isDay, type Day } from '../../../../../src/core/dates/day.ts';

/**
 * Chooses the day the case is shown as it stood on. The day lives in the URL (the page passes it in and is told
 * of changes), so a view can be shared; "today" clears it.
 */
export function AsOfControl({
  value,
  today,
  min,
  onChange,
}: {
  value: Day | undefined;
  today: Day;
  min?: Day;
  onChange: (day: Day | undefined) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value ?? today);
  useEffect(() => setDraft(value ?? today), [value, today]);
  return (
    <form
      className="as-of"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (isDay(draft)) onChange(draft === today ? undefined : draft);
      }}
    >
      <label htmlFor={id}>
        <FormattedMessage id="asOf.label" />
      </label>
      <input
        id={id}
        type="date"
        value={draft}
        max={today}
        {...(min !== undefined ? { min } : {})}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          setDraft(e.target.value);
          if (isDay(e.target.value)) onChange(e.target.value === today ? undefined : e.target.value);
        }}
      />
      <button type="button" onClick={() => onChange(undefined)} disabled={value === undefined}>
        <FormattedMessage id="asOf.today" />
      </button>
      <p id={`${id}-hint`} className="muted">
        <FormattedMessage id="asOf.hint" />
      </p>
    </form>
  );
}
