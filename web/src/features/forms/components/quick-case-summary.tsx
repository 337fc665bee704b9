import { useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import type { QuickCharge } from '../lib/quick-case.ts';
import { latestChargeSentence } from '../lib/quick-case-titles.ts';

/** Under an empty summary: the sentence of the charge brought last, taken with a click, to be made one's own. */
export function SuggestedSummary() {
  const { setValue } = useFormContext();
  const [summary, charges] = useWatch({ name: ['summary', 'charges'] }) as [string, QuickCharge[]];
  const sentence = latestChargeSentence(charges);
  if (summary.trim() !== '' || sentence === undefined) return null;
  return (
    <p className="hint suggested-summary">
      <button
        type="button"
        className="link-button"
        onClick={() => setValue('summary', sentence, { shouldDirty: true })}
      >
        <FormattedMessage
          id="quick.useSummary"
          values={{ sentence: <span className="record-text">{sentence}</span> }}
        />
      </button>
    </p>
  );
}
