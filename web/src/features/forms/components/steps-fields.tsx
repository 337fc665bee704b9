import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { FieldGroup, SelectField, TextField } from './fields.tsx';
import { PartialDateInput } from './partial-date-input.tsx';
import { RecordPicker } from './record-picker.tsx';
import { SourcesFields } from './sources-fields.tsx';

/**
 * A dated list of steps (a charge's lifecycle, a measure's steps): kind, date, the authority that took it, note and
 * sources of each.
 */
export function StepsFields({
  name,
  legend,
  kinds,
  messages,
  first,
}: {
  name: string;
  legend: string;
  kinds: readonly string[];
  messages: string;
  first: string;
}) {
  const { control } = useFormContext();
  const steps = useFieldArray({ control, name });
  return (
    <FieldGroup legend={legend}>
      <ol className="steps">
        {steps.fields.map((field, i) => (
          <li key={field.id} className="row" data-step={i}>
            <SelectField
              name={`${name}.${i}.kind`}
              label="forms.step.kind"
              options={kinds}
              messages={messages}
            />
            <PartialDateInput name={`${name}.${i}.date`} label="forms.step.date" />
            <DatedAsOneAct name={name} i={i} />
            <RecordPicker name={`${name}.${i}.authority`} label="forms.step.authority" kind="organisation" />
            {/* A note may be long (how a date was worked out): read whole, across the row. */}
            <TextField name={`${name}.${i}.note`} label="forms.step.note" multiline />
            <SourcesFields name={`${name}.${i}.sources`} />
            {steps.fields.length > 1 && (
              <button type="button" className="link-button" onClick={() => steps.remove(i)}>
                <FormattedMessage id="forms.step.remove" />
              </button>
            )}
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="link-button"
        onClick={() =>
          steps.append({ kind: steps.fields.length === 0 ? first : kinds[1], date: '', sources: [] })
        }
      >
        <FormattedMessage id="forms.step.add" />
      </button>
    </FieldGroup>
  );
}

/**
 * Under a charge's step handing it over to another (reclassified, merged, split), or the first step of a charge
 * that comes from such a handover: the two are one act, and a date moved here moves the other with it when they
 * were dated alike.
 */
function DatedAsOneAct({ name, i }: { name: string; i: number }) {
  const successors = useWatch({ name: `${name}.${i}.successors` }) as string[] | undefined;
  const origin = useWatch({ name: 'origin' }) as { kind?: string } | { kind?: string }[] | undefined;
  const handedFrom =
    name === 'lifecycle' &&
    i === 0 &&
    (Array.isArray(origin) ? origin : origin === undefined ? [] : [origin]).some(
      (o) => o.kind !== undefined && o.kind !== 'rebrought',
    );
  const handsOver = name === 'lifecycle' && (successors ?? []).length === 1;
  if (!handsOver && !handedFrom) return null;
  return (
    <p className="hint" data-one-act={handsOver ? 'successor' : 'predecessor'}>
      <FormattedMessage id={handsOver ? 'forms.step.oneAct.successor' : 'forms.step.oneAct.predecessor'} />
    </p>
  );
}
