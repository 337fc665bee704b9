import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { ParticipantRoleSchema } from '../../../../../src/core/case/case.ts';
import { ConfirmedFields } from './confirmed-fields.tsx';
import { FieldGroup, FoldedGroup, SelectField, TextField } from './fields.tsx';
import { PartialDateInput } from './partial-date-input.tsx';
import { PeriodFields } from './period-fields.tsx';
import { RecordPicker } from './record-picker.tsx';
import { SourcesFields } from './sources-fields.tsx';
import { JurisdictionField } from './jurisdiction-field.tsx';

/**
 * A case: title, jurisdiction, when it was opened, and its participants (a person in a role over a period, with a
 * note, when what the case says of them was last confirmed, and sources).
 */
export function CaseFields() {
  const { control } = useFormContext();
  const participants = useFieldArray({ control, name: 'participants' });
  return (
    <>
      <TextField name="title" label="forms.case.title" />
      <JurisdictionField name="jurisdiction" />
      <PartialDateInput name="openedOn" label="forms.case.openedOn" />
      <p className="hint muted">
        <FormattedMessage id="forms.case.openedOnHint" />
      </p>
      <TextField name="summary" label="forms.field.case.summary" multiline />
      <FieldGroup legend="forms.case.participants">
        {participants.fields.map((field, i) => (
          <div key={field.id} className="row">
            <RecordPicker name={`participants.${i}.person`} label="forms.case.person" kind="person" />
            <SelectField
              name={`participants.${i}.role`}
              label="forms.case.role"
              options={ParticipantRoleSchema.options}
              messages="role"
            />
            <ParticipantMore name={`participants.${i}`} />
            <SourcesFields name={`participants.${i}.sources`} />
            <button type="button" className="link-button" onClick={() => participants.remove(i)}>
              <FormattedMessage id="forms.remove" />
            </button>
          </div>
        ))}
        <button
          type="button"
          className="link-button"
          onClick={() => participants.append({ person: '', role: 'defendant', sources: [] })}
        >
          <FormattedMessage id="forms.case.addParticipant" />
        </button>
      </FieldGroup>
    </>
  );
}

/** A participant's period in the case, a note, and when it was last confirmed: folded until opened or filled. */
function ParticipantMore({ name }: { name: string }) {
  const intl = useIntl();
  const [period, note, confirmed] = useWatch({
    name: [`${name}.period`, `${name}.note`, `${name}.confirmed`],
  }) as [Record<string, unknown> | undefined, string | undefined, Record<string, unknown> | undefined];
  const hasAny = (value: Record<string, unknown> | undefined) =>
    Object.values(value ?? {}).some(
      (v) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0),
    );
  const count = [hasAny(period), (note ?? '').trim() !== '', hasAny(confirmed)].filter(Boolean).length;
  return (
    <FoldedGroup
      legend="forms.case.participantMore"
      state={intl.formatMessage({ id: 'forms.case.participantMoreState' }, { count })}
      isOpenAtFirst={count > 0}
    >
      <PeriodFields name={`${name}.period`} />
      <TextField name={`${name}.note`} label="forms.case.participantNote" />
      <ConfirmedFields name={`${name}.confirmed`} legend="forms.case.participantConfirmed" />
    </FoldedGroup>
  );
}
