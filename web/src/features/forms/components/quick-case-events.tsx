import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useAsReadParagraph } from './quick-case-as-read.tsx';
import { EventLine } from './quick-case-event-line.tsx';
import { FoldedToLine } from './quick-case-fold.tsx';
import { FormattedMessage } from 'react-intl';
import { EventSchema } from '../../../../../src/core/event/event.ts';
import { emptyQuickEvent } from '../lib/quick-case-events.ts';
import { CountryField } from './country-field.tsx';
import { SelectField, TextField } from './fields.tsx';
import { PartialDateInput } from './partial-date-input.tsx';
import { DraftedFrom } from './quick-case-text.tsx';
import { newId } from './record-defaults.ts';

const QUALIFIERS = ['exact', 'at_least', 'at_most', 'about'] as const;

/**
 * The public events the source tells of beside the case (the protests a charge is about, the elections ahead), a
 * row each: its kind, its name as the source gives it, when it began, where, and the dead the source counts. Saved,
 * each is an event of the case, tied to the person prosecuted; a row left without a name or a date is not saved.
 */
export function QuickEventRows() {
  const { control } = useFormContext();
  const rows = useFieldArray({ control, name: 'events' });
  return (
    <fieldset className="field-group">
      <legend>
        <FormattedMessage id="quick.events" />
      </legend>
      <p className="hint">
        <FormattedMessage id="quick.eventsHint" />
      </p>
      {rows.fields.map((field, i) => (
        <fieldset key={field.id} className="field-group event-row" data-event-row={i}>
          <legend>
            <FormattedMessage id="quick.eventN" values={{ n: i + 1 }} />
          </legend>
          <DraftedFrom name={`events.${String(i)}`} />
          <EventRow i={i} onRemove={() => rows.remove(i)} />
        </fieldset>
      ))}
      <button
        type="button"
        className="link-button"
        onClick={() => rows.append(emptyQuickEvent(newId('event')))}
      >
        <FormattedMessage id="quick.addEvent" />
      </button>
    </fieldset>
  );
}

/**
 * An event's boxes; one read from a sentence of the text laid out above is folded to its line, which is read there
 * beside its sentence, and opened to change it.
 */
function EventRow({ i, onRemove }: { i: number; onRemove: () => void }) {
  const quote = (useWatch({ name: `events.${String(i)}.quote` }) as string | undefined) ?? undefined;
  const isLaidOut = useAsReadParagraph(quote) !== undefined;
  const fields = (
    <>
      <EventFields i={i} />
      <button type="button" className="link-button" onClick={onRemove}>
        <FormattedMessage id="quick.removeEvent" values={{ n: i + 1 }} />
      </button>
    </>
  );
  if (!isLaidOut) return fields;
  return <FoldedToLine line={<EventLine i={i} />}>{fields}</FoldedToLine>;
}

function EventFields({ i }: { i: number }) {
  const name = `events.${String(i)}`;
  return (
    <>
      <div className="row">
        <SelectField
          name={`${name}.kind`}
          label="forms.event.kind"
          options={EventSchema.shape.kind.options}
          messages="forms.eventKind"
        />
        <TextField name={`${name}.title`} label="quick.eventTitle" />
      </div>
      <PartialDateInput name={`${name}.start`} label="forms.event.start" isCompact />
      <div className="row">
        <TextField name={`${name}.placeName`} label="forms.event.placeName" />
        <CountryField name={`${name}.country`} />
      </div>
      <div className="row">
        <TextField name={`${name}.deaths`} label="forms.event.deaths" type="number" />
        <SelectField
          name={`${name}.deathsQualifier`}
          label="forms.event.qualifier"
          options={QUALIFIERS}
          messages="forms.qualifier"
        />
      </div>
    </>
  );
}
