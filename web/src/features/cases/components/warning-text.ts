import type { IntlShape } from 'react-intl';
import type { PresentedCase, PresentedCaseFacts } from '../api/get-case.ts';
import { recordName } from './record-names.ts';

const KNOWN = new Set([
  'limitation.expired',
  'limitation.unconfirmed',
  'measure.over_limit',
  'measure.unknown_kind',
  'charge.not_punishable',
  'law.no_participation_rule',
  'law.unknown_article',
  'date.order',
  'date.conflict',
  'hearing.outcome_unknown',
  'charge.replaced_brought_again',
]);

/**
 * A warning of the facts engine in the reader's language, by its stable code and the record it concerns; the
 * engine's own English sentence stays available beside it (as the item's title) for the detail.
 */
export function warningText(
  intl: IntlShape,
  warning: PresentedCaseFacts['warnings'][number],
  file: PresentedCase,
): string {
  const record = recordName(intl, warning.record, file);
  return KNOWN.has(warning.code)
    ? intl.formatMessage({ id: `warning.${warning.code}` }, { record })
    : intl.formatMessage({ id: 'warning.other' }, { record, code: warning.code });
}
