import { useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatDuration } from '../../../lib/format.ts';
import type { QuickCharge } from '../lib/quick-case.ts';
import { quickChargeName } from '../lib/quick-case-titles.ts';
import { durationMonths } from '../../../../../src/core/dates/duration.ts';
import { lawTermMonths, type StatedMaximum } from '../lib/quick-case-penalty.ts';
import { penaltyText } from './article-field.tsx';
import { useLawPart } from './quick-case-row-summary.tsx';

/**
 * After a sentence saying what the charges carry: the term it says, and, for each charge it speaks of, the prison
 * term the law data gives the charge's part, and whether the two agree.
 */
export function StatedMaximumLine({ maximum }: { maximum: StatedMaximum }) {
  const intl = useIntl();
  const charges = (useWatch({ name: 'charges' }) as QuickCharge[] | undefined) ?? [];
  const spoken = maximum.charges.flatMap((id) => {
    const at = charges.findIndex((c) => c.id === id);
    const charge = charges[at];
    return charge === undefined ? [] : [{ charge, at }];
  });
  return (
    <>
      <strong className="line-name">
        <FormattedMessage id="quick.maximum.name" />
      </strong>
      :{' '}
      <FormattedMessage
        id="quick.maximum.said"
        values={{ term: formatDuration(intl, maximum.max), count: spoken.length }}
      />
      {spoken.map(({ charge, at }) => (
        <ChargeAgainst key={charge.id} charge={charge} at={at} max={maximum.max} />
      ))}
    </>
  );
}

/** One charge's prison term in the law data, set against the term the text says: agreeing, differing, or none. */
function ChargeAgainst({ charge, at, max }: { charge: QuickCharge; at: number; max: StatedMaximum['max'] }) {
  const intl = useIntl();
  const law = useLawPart(charge);
  const name = quickChargeName(intl, charge, at);
  // The part chosen, else the article's gravest: the text may speak of the article as a whole.
  const parts = law === undefined ? [] : law.chosen !== undefined ? [law.chosen] : law.data.parts;
  const prisons = parts.flatMap((p) => p.penalties.filter((x) => x.type === 'imprisonment'));
  const gravest = prisons.sort((a, b) => (lawTermMonths(b.max) ?? 0) - (lawTermMonths(a.max) ?? 0))[0];
  if (law === undefined) return null;
  const standing =
    gravest === undefined || lawTermMonths(gravest.max) === undefined
      ? 'none'
      : lawTermMonths(gravest.max) === durationMonths(max)
        ? 'agrees'
        : 'differs';
  return (
    <div className="maximum-against" data-maximum={standing}>
      {standing === 'differs' && (
        <>
          <span className="row-mark worked-out">
            <FormattedMessage id="quick.maximum.check" />
          </span>{' '}
        </>
      )}
      <FormattedMessage
        id={`quick.maximum.${standing}`}
        values={{
          charge: name,
          penalty: gravest === undefined ? '' : penaltyText(intl, gravest),
          isPart: law.chosen !== undefined ? 'yes' : 'no',
        }}
      />
    </div>
  );
}
