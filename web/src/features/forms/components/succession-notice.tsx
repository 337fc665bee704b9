import { FormattedMessage, useIntl } from 'react-intl';
import { languageOf } from '../../../lib/locale.ts';
import { labelOf } from '../lib/record-labels.ts';
import type { Predecessor, SuccessionKind } from '../lib/successor-values.ts';

/** The charge a new one succeeds, and how. */
export interface Succeeds {
  charge: Predecessor;
  as: SuccessionKind;
}

/**
 * Says what a charge's form opened to reclassify or bring again another charge holds, and what saving it does:
 * a reclassification also records on the earlier charge that it was reclassified into this one.
 */
export function SuccessionNotice({ succeeds }: { succeeds: Succeeds }) {
  const intl = useIntl();
  const say = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const name = labelOf('charge', succeeds.charge, languageOf(intl.locale), say);
  return (
    <p className="hint succession-notice" role="note">
      <FormattedMessage id={`forms.succession.${succeeds.as}`} values={{ name }} />
    </p>
  );
}
