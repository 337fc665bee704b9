import { useWatch } from 'react-hook-form';
import { LiabilityReleaseGroundSchema } from '../../../../../src/core/charge/charge.ts';
import {
  AppealSchema,
  ChargeOutcomeSchema,
  DecisionSchema,
  MoneyOrderSchema,
} from '../../../../../src/core/decision/decision.ts';
import { CheckboxField, SelectField, TextField } from './fields.tsx';
import { LawChoiceField } from './law-choice-field.tsx';
import { ListField } from './list-field.tsx';
import { ObjectListField } from './object-list-field.tsx';
import { PartialDateInput } from './partial-date-input.tsx';
import { RecordPicker } from './record-picker.tsx';
import { SourcesFields } from './sources-fields.tsx';
import { TermFields } from './term-fields.tsx';

/**
 * A court's decision: the case, kind, date, court and judges, the defendant, each charge's outcome, the sentence's
 * parts, when it entered into force, the decision it reviews, and the appeals against it.
 */
export function DecisionFields() {
  const caseId = useWatch({ name: 'case' }) as string | undefined;
  return (
    <>
      <RecordPicker name="case" label="forms.charge.case" kind="case" />
      <SelectField
        name="kind"
        label="forms.decision.kind"
        options={DecisionSchema.shape.kind.options}
        messages="decisionKind"
      />
      <PartialDateInput name="date" label="forms.step.date" />
      <RecordPicker name="court" label="forms.hearing.court" kind="organisation" />
      <ListField
        name="judges"
        legend="forms.hearing.judges"
        add="forms.hearing.addJudge"
        item={(n) => <RecordPicker name={n} label="forms.hearing.judge" kind="person" />}
      />
      <RecordPicker name="defendant" label="forms.ref.defendant" kind="person" />
      <ObjectListField
        name="outcomes"
        legend="forms.decision.outcomes"
        add="forms.decision.addOutcome"
        empty={{ charge: '', outcome: 'convicted' }}
        row={(p) => (
          <>
            <RecordPicker name={`${p}.charge`} label="forms.ref.charge" kind="charge" caseId={caseId} />
            <SelectField
              name={`${p}.outcome`}
              label="forms.decision.outcome"
              options={ChargeOutcomeSchema.shape.outcome.options}
              messages="outcome"
            />
            <SelectField
              name={`${p}.ground`}
              label="forms.decision.ground"
              options={LiabilityReleaseGroundSchema.options}
              messages="forms.ground"
              allowEmpty
            />
            <TextField name={`${p}.reason`} label="forms.decision.reason" />
          </>
        )}
      />
      <ObjectListField
        name="sentence"
        legend="forms.decision.sentence"
        add="forms.decision.addPart"
        empty={{ type: 'imprisonment' }}
        row={(p) => (
          <>
            <LawChoiceField
              name={`${p}.type`}
              label="forms.decision.partType"
              vocabulary="sentenceTypes"
              messages="forms.penalty"
            />
            <TermFields name={`${p}.term`} label="forms.decision.term" />
            <LawChoiceField
              name={`${p}.regime`}
              label="forms.decision.regime"
              vocabulary="regimes"
              messages="forms.regime"
              allowEmpty
            />
            <CheckboxField name={`${p}.isSuspended`} label="forms.decision.isSuspended" />
            <TermFields name={`${p}.probation`} label="forms.decision.probation" />
          </>
        )}
      />
      <ObjectListField
        name="money"
        legend="forms.decision.money"
        add="forms.decision.addMoney"
        empty={{ kind: 'damages' }}
        row={(p) => (
          <>
            <SelectField
              name={`${p}.kind`}
              label="forms.decision.moneyKind"
              options={MoneyOrderSchema.shape.kind.options}
              messages="forms.moneyKind"
            />
            <TextField name={`${p}.amount.value`} label="forms.decision.amount" type="number" />
            <TextField name={`${p}.amount.unit`} label="forms.decision.unit" placeholder="KZT" />
            <TextField name={`${p}.description`} label="forms.decision.moneyDescription" />
          </>
        )}
      />
      <PartialDateInput name="enteredIntoForce" label="forms.decision.enteredIntoForce" />
      <CheckboxField name="isInAbsentia" label="forms.decision.isInAbsentia" />
      <RecordPicker name="reviews" label="forms.decision.reviews" kind="decision" caseId={caseId} />
      <ObjectListField
        name="appeals"
        legend="forms.decision.appeals"
        add="forms.decision.addAppeal"
        empty={{ by: 'defence', filedOn: '', outcome: 'pending', sources: [] }}
        row={(p) => (
          <>
            <SelectField
              name={`${p}.by`}
              label="forms.decision.appealBy"
              options={AppealSchema.shape.by.options}
              messages="forms.appealBy"
            />
            <PartialDateInput name={`${p}.filedOn`} label="forms.decision.filedOn" />
            <SelectField
              name={`${p}.outcome`}
              label="forms.decision.appealOutcome"
              options={AppealSchema.shape.outcome.unwrap().options}
              messages="forms.appealOutcome"
            />
            <RecordPicker name={`${p}.decision`} label="forms.ref.decision" kind="decision" caseId={caseId} />
            <SourcesFields name={`${p}.sources`} />
          </>
        )}
      />
    </>
  );
}
