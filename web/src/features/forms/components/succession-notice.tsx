import { FormattedMessage, useIntl } from 'react-intl';
import { formatPartialDate } from '../../../lib/format.ts';
import { useRecordLabel } from '../api/record-options.ts';
import { labelIn } from '../lib/record-labels.ts';
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
  const name = labelIn(intl, 'charge', succeeds.charge);
  // A charge brought again after it was reclassified into another leaves that one as the record has it.
  const handedTo =
    succeeds.as === 'rebrought'
      ? ((succeeds.charge.lifecycle ?? []) as { successors?: string[] }[]).flatMap((s) => s.successors ?? [])
      : [];
  return (
    <div className="hint succession-notice" role="note">
      <p>
        <FormattedMessage id={`forms.succession.${succeeds.as}`} values={{ name }} />
      </p>
      {handedTo.map((id) => (
        <HandedTo key={id} id={id} name={name} />
      ))}
    </div>
  );
}

/** A charge the earlier one was handed over to: what became of it is for its own record to say. */
function HandedTo({ id, name }: { id: string; name: string }) {
  const label = useRecordLabel('charge', id) ?? id;
  return (
    <p data-handed-to={id}>
      <FormattedMessage id="forms.succession.handedTo" values={{ name, successor: label }} />
    </p>
  );
}

/** Says what a measure's form opened to replace another holds, and that saving records the change on that one. */
export function ChangeNotice({ replaces }: { replaces: Predecessor }) {
  const intl = useIntl();
  const kind = String(replaces.kind);
  const ordered = (replaces.steps as { date?: string }[] | undefined)?.[0]?.date;
  const name = `${intl.formatMessage({ id: `measureKind.${kind}`, defaultMessage: kind })}${
    ordered !== undefined ? `, ${formatPartialDate(intl, ordered)}` : ''
  }`;
  return (
    <p className="hint succession-notice" role="note">
      <FormattedMessage id="forms.succession.change" values={{ name }} />
    </p>
  );
}
