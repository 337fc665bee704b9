import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { EventSchema } from '../../../../../src/core/event/event.ts';
import { formatPartialDate } from '../../../lib/format.ts';
import { regionName } from '../../../lib/regions.ts';
import { emptyQuickEvent, type QuickEvent } from '../lib/quick-case-events.ts';
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
          <EventFields i={i} />
          <button type="button" className="link-button" onClick={() => rows.remove(i)}>
            <FormattedMessage id="quick.removeEvent" values={{ n: i + 1 }} />
          </button>
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

/**
 * An event's line beside its sentence in the text as the form read it: what it is, its name, when, where and its
 * dead; and, where the text dates it by the season of its own news ("this spring"), that it does.
 */
export function EventLine({ i }: { i: number }) {
  const intl = useIntl();
  const row = useWatch({ name: `events.${String(i)}` }) as QuickEvent | undefined;
  if (row === undefined) return null;
  const place = [row.placeName.trim(), row.country.trim() === '' ? '' : regionName(intl, row.country.trim())]
    .filter((p) => p !== '')
    .join(', ');
  const parts = [
    row.title.trim(),
    intl.formatMessage({ id: `forms.eventKind.${row.kind}` }),
    row.start === '' ? '' : formatPartialDate(intl, row.start),
    place,
    Number.isInteger(row.deaths)
      ? intl.formatMessage(
          { id: 'quick.row.dead' },
          {
            count: row.deaths,
            qualifier: intl.formatMessage({ id: `forms.qualifier.${row.deathsQualifier}` }),
          },
        )
      : '',
  ];
  return (
    <>
      <span className="row-summary">{parts.filter((p) => p !== '').join(' · ')}</span>
      {(row.because ?? []).includes('season_of_news') && (
        <p className="inferred">
          <FormattedMessage id="quick.inferred.season_of_news" />
        </p>
      )}
    </>
  );
}
