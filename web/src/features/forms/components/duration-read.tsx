import { FormattedMessage, useIntl } from 'react-intl';
import type { Duration } from '../../../../../src/core/dates/duration.ts';
import { readWrittenDuration } from '../../../../../src/core/dates/written-duration.ts';
import { formatTerm, formatTermBounds } from '../../../lib/format.ts';

/** What a length in words was read as ("at least 8 months, at most 9 months"), or that it was not understood. */
export function DurationRead({ text }: { text: string }) {
  const intl = useIntl();
  if (text.trim() === '') return null;
  const read = readWrittenDuration(text);
  if (read === undefined)
    return (
      <p className="hint" role="status">
        <FormattedMessage id="quick.durationUnread" />
      </p>
    );
  const { atLeast, atMost } = read;
  const termOf = (d: Duration) => {
    const [unit = 'days', value = 0] = Object.entries(d)[0] ?? [];
    return { unit, value };
  };
  const bounds =
    atLeast !== undefined && atMost !== undefined
      ? JSON.stringify(atLeast) === JSON.stringify(atMost)
        ? formatTerm(intl, termOf(atLeast))
        : formatTermBounds(intl, { min: termOf(atLeast), max: termOf(atMost) })
      : atMost !== undefined
        ? formatTermBounds(intl, { max: termOf(atMost) })
        : intl.formatMessage({ id: 'quick.atLeast' }, { term: formatTerm(intl, termOf(atLeast ?? {})) });
  return (
    <p className="hint duration-read" role="status">
      <FormattedMessage id="quick.durationRead" values={{ bounds }} />
    </p>
  );
}
