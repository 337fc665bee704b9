import { useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatDuration } from '../../../lib/format.ts';
import { emptyQuickVerdict, termOf } from '../lib/quick-case-verdicts.ts';
import { CheckboxField, SelectField, TextField } from './fields.tsx';
import { LawChoiceField } from './law-choice-field.tsx';
import { PartialDateInput } from './partial-date-input.tsx';
import { Rows } from './quick-case-row-list.tsx';
import { TickedCharges } from './quick-case-rows.tsx';
import { newId } from './record-defaults.ts';

/**
 * The verdicts the source tells of, a row each: its day, whether it convicted or acquitted, the charges it decided,
 * and a conviction's penalty (its kind from the case's law, its length in the source's words, whether suspended).
 */
export function QuickVerdictRows() {
  return (
    <Rows
      name="decisions"
      legend="quick.verdicts"
      row="quick.verdictN"
      remove="quick.removeVerdict"
      add={() => ({ label: 'quick.addVerdict', make: () => ({ ...emptyQuickVerdict(newId('decision')) }) })}
    >
      {(i) => <VerdictRow i={i} />}
    </Rows>
  );
}

function VerdictRow({ i }: { i: number }) {
  const name = `decisions.${String(i)}`;
  const [outcome, term] = useWatch({ name: [`${name}.outcome`, `${name}.term`] }) as [
    string,
    string | undefined,
  ];
  return (
    <>
      <div className="row">
        <SelectField
          name={`${name}.outcome`}
          label="quick.verdictOutcome"
          options={['convicted', 'acquitted']}
          messages="quick.outcome"
        />
      </div>
      <PartialDateInput name={`${name}.date`} label="quick.verdictOn" isCompact />
      <TickedCharges name={`${name}.charges`} legend="quick.verdictCharges" />
      {outcome === 'convicted' && (
        <>
          <div className="row">
            <LawChoiceField
              name={`${name}.sentenceType`}
              label="quick.sentenceType"
              vocabulary="sentenceTypes"
              messages="forms.penalty"
              allowEmpty
            />
            <TextField name={`${name}.term`} label="quick.term" />
          </div>
          <TermRead text={term ?? ''} />
          <CheckboxField name={`${name}.suspended`} label="quick.suspended" />
        </>
      )}
    </>
  );
}

/** What a penalty's length was read as ("7 years 6 months"), or that it was not read as one term. */
function TermRead({ text }: { text: string }) {
  const intl = useIntl();
  if (text.trim() === '') return null;
  const term = termOf(text);
  if (term === undefined)
    return (
      <p className="hint" role="status">
        <FormattedMessage id="quick.termUnread" />
      </p>
    );
  return (
    <p className="hint term-read" role="status">
      <FormattedMessage id="quick.durationRead" values={{ bounds: formatDuration(intl, term) }} />
    </p>
  );
}
