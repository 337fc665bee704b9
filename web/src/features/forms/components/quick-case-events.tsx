import { EventLine } from './quick-case-event-line.tsx';
import { LaidOutRows } from './quick-case-fold.tsx';
import { QuickEvidenceRows } from './quick-case-evidence.tsx';
import { QuickDocumentRows } from './quick-case-documents.tsx';
import { EventSchema } from '../../../../../src/core/event/event.ts';
import { emptyQuickEvent } from '../lib/quick-case-events.ts';
import { CountryField } from './country-field.tsx';
import { SelectField, TextField } from './fields.tsx';
import { PartialDateInput } from './partial-date-input.tsx';
import { newId } from './record-defaults.ts';

const QUALIFIERS = ['exact', 'at_least', 'at_most', 'about'] as const;

/** What the source tells of beside the case's steps: the public events, the documents, and the items of evidence. */
export function QuickEventsAndEvidence() {
  return (
    <>
      <QuickEventRows />
      <QuickDocumentRows />
      <QuickEvidenceRows />
    </>
  );
}

/**
 * The public events the source tells of beside the case (the protests a charge is about, the elections ahead), a
 * row each: its kind, its name as the source gives it, when it began, where, and the dead the source counts. Saved,
 * each is an event of the case, tied to the person prosecuted; a row left without a name or a date is not saved.
 */
export function QuickEventRows() {
  return (
    <LaidOutRows
      list="events"
      messages={{
        legend: 'quick.events',
        hint: 'quick.eventsHint',
        row: 'quick.eventN',
        remove: 'quick.removeEvent',
        add: 'quick.addEvent',
      }}
      make={() => emptyQuickEvent(newId('event'))}
      line={(i) => <EventLine i={i} />}
    >
      {(i) => <EventFields i={i} />}
    </LaidOutRows>
  );
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
      <TextField name={`${name}.description`} label="quick.eventDescription" multiline />
    </>
  );
}
