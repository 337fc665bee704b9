import { EventSchema } from '../../../../../src/core/event/event.ts';
import { CountryField } from './country-field.tsx';
import { FieldGroup, SelectField, TextField } from './fields.tsx';
import { ListField } from './list-field.tsx';
import { PartialDateInput } from './partial-date-input.tsx';
import { RecordPicker } from './record-picker.tsx';
import { SourcesFields } from './sources-fields.tsx';

const QUALIFIERS = ['exact', 'at_least', 'at_most', 'about'] as const;
const COUNTS = ['deaths', 'injured', 'detained'] as const;

/** A public event: kind, title, when (start and end), where, casualties as sources count them, its cases and people. */
export function EventFields() {
  return (
    <>
      <SelectField
        name="kind"
        label="forms.event.kind"
        options={EventSchema.shape.kind.options}
        messages="forms.eventKind"
      />
      <TextField name="title" label="forms.source.title" />
      <PartialDateInput name="start" label="forms.event.start" />
      <PartialDateInput name="end" label="forms.event.end" />
      <FieldGroup legend="forms.event.place">
        <div className="row">
          <TextField name="place.name" label="forms.event.placeName" />
          <TextField name="place.region" label="forms.event.region" />
          <CountryField name="place.country" />
        </div>
      </FieldGroup>
      <FieldGroup legend="forms.event.casualties">
        {COUNTS.map((count) => (
          <div key={count} className="row" data-count={count}>
            <TextField name={`casualties.${count}.value`} label={`forms.event.${count}`} type="number" />
            <SelectField
              name={`casualties.${count}.qualifier`}
              label="forms.event.qualifier"
              options={QUALIFIERS}
              messages="forms.qualifier"
              allowEmpty
            />
            <SourcesFields name={`casualties.${count}.sources`} />
          </div>
        ))}
      </FieldGroup>
      <ListField
        name="cases"
        legend="forms.event.cases"
        add="forms.event.addCase"
        item={(n) => <RecordPicker name={n} label="forms.ref.case" kind="case" />}
      />
      <ListField
        name="persons"
        legend="forms.event.persons"
        add="forms.event.addPerson"
        item={(n) => <RecordPicker name={n} label="forms.ref.person" kind="person" />}
      />
      <TextField name="description" label="forms.field.event.description" multiline />
    </>
  );
}
