import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { Duration } from '../../../../../src/core/dates/duration.ts';
import { readWrittenDuration } from '../../../../../src/core/dates/written-duration.ts';
import { formatTerm, formatTermBounds } from '../../../lib/format.ts';

/**
 * What a length in words is read as ("8 months to 9 months", "at least 8 months"), or null where it is not understood
 * ('' where there is none).
 */
export function durationBounds(intl: IntlShape, text: string): string | null {
  if (text.trim() === '') return '';
  const read = readWrittenDuration(text);
  if (read === undefined) return null;
  const { atLeast, atMost } = read;
  const termOf = (d: Duration) => {
    const [unit = 'days', value = 0] = Object.entries(d)[0] ?? [];
    return { unit, value };
  };
  return atLeast !== undefined && atMost !== undefined
    ? JSON.stringify(atLeast) === JSON.stringify(atMost)
      ? formatTerm(intl, termOf(atLeast))
      : formatTermBounds(intl, { min: termOf(atLeast), max: termOf(atMost) })
    : atMost !== undefined
      ? formatTermBounds(intl, { max: termOf(atMost) })
      : intl.formatMessage({ id: 'quick.atLeast' }, { term: formatTerm(intl, termOf(atLeast ?? {})) });
}

/** What a length in words was read as ("at least 8 months, at most 9 months"), or that it was not understood. */
export function DurationRead({ text }: { text: string }) {
  const bounds = durationBounds(useIntl(), text);
  if (bounds === '') return null;
  if (bounds === null)
    return (
      <p className="hint" role="status">
        <FormattedMessage id="quick.durationUnread" />
      </p>
    );
  return (
    <p className="hint duration-read" role="status">
      <FormattedMessage id="quick.durationRead" values={{ bounds }} />
    </p>
  );
}
