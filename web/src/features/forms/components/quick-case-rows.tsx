import { useEffect } from 'react';
import { isPartialDate, namedBounds, parseDateRange } from '../../../../../src/core/dates/partial-date.ts';
import { useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatPartialDate } from '../../../lib/format.ts';
import {
  emptyQuickCharge,
  emptyQuickHearing,
  emptyQuickMeasure,
  reclassifiedBy,
  type QuickCaseValues,
  type QuickCharge,
  type QuickMeasure,
} from '../lib/quick-case.ts';
import { workedOutChange, workedOutStart } from '../lib/quick-case-measures.ts';
import { ArticleField } from './article-field.tsx';
import { CheckboxField, SelectField, TextField } from './fields.tsx';
import { LawChoiceField } from './law-choice-field.tsx';
import { PartialDateInput } from './partial-date-input.tsx';
import { Rows } from './quick-case-row-list.tsx';
import { quickChargeName } from '../lib/quick-case-titles.ts';
import { DurationRead } from './duration-read.tsx';
import { newId } from './record-defaults.ts';

const HEARING_KINDS = [
  'trial_session',
  'preliminary',
  'detention_review',
  'verdict',
  'appeal',
  'other',
] as const;

/**
 * What the form knows of the days a date lies between: on or after an earlier step (a charge's first day for what
 * became of it), and by the source's latest news, which reports it. "before 7 Nov 2022" and "after May 2022" then
 * read as ranges up to them.
 */
function useBounds(after: string | undefined) {
  const news = useWatch({ name: 'confirmedOn' }) as string | undefined;
  const isDate = (d: string | undefined): d is string => d !== undefined && d !== '' && isPartialDate(d);
  return { ...(isDate(after) ? { after } : {}), ...(isDate(news) ? { before: news } : {}) };
}

/**
 * The charges, one a row in the order they were brought. A later row may have begun as the reclassification of an
 * earlier one, or as an earlier one brought again; the earlier row's end is then written for it. What became of a
 * charge otherwise (dropped, sent to court) is the row's "later".
 */
export function QuickChargeRows() {
  const jurisdiction = useWatch({ name: 'jurisdiction' }) as string;
  return (
    <Rows
      name="charges"
      legend="quick.charges"
      hint="quick.chargesHint"
      row="quick.chargeN"
      remove="quick.removeCharge"
      add={() => ({
        label: 'quick.addCharge',
        make: () => ({ ...emptyQuickCharge(newId('charge'), jurisdiction || 'kz') }),
      })}
    >
      {(i) => <ChargeRow i={i} />}
    </Rows>
  );
}

function ChargeRow({ i }: { i: number }) {
  const intl = useIntl();
  const name = `charges.${String(i)}`;
  const [charges, began, then] = useWatch({ name: ['charges', `${name}.began`, `${name}.then`] }) as [
    QuickCharge[],
    QuickCharge['began'],
    QuickCharge['then'],
  ];
  const earlier = charges.slice(0, i);
  const successor = reclassifiedBy(charges, i);
  const from = charges[i]?.from ?? '';
  const broughtBounds = useBounds(began !== 'brought' ? charges[Number(from)]?.date : undefined);
  const laterBounds = useBounds(charges[i]?.date);
  const { setValue, getValues } = useFormContext();
  // A charge brought again is brought under the article of the one it brings again, unless one is typed already.
  useEffect(() => {
    const source = charges[Number(from)];
    if (began !== 'rebrought' || from === '' || source === undefined) return;
    if ((getValues(`${name}.article.article`) as string) !== '') return;
    setValue(`${name}.article`, { ...source.article }, { shouldDirty: true });
    setValue(`${name}.label`, source.label, { shouldDirty: true });
  }, [began, from]);
  // A first bringing worked out as lying before its reclassification follows the reclassification's date, as long
  // as its box holds the date worked out.
  const successorDate = successor !== undefined ? charges[successor]?.date : undefined;
  useEffect(() => {
    const row = getValues(name) as QuickCharge;
    const worked = row.workedOut?.date;
    if (successorDate === undefined || worked === undefined || row.date !== worked) return;
    if (!(row.because ?? []).includes('events_to_step') || !isPartialDate(successorDate)) return;
    const range = parseDateRange(worked);
    const next = range === undefined ? undefined : `[${range.from}..${namedBounds(successorDate).latest}]`;
    if (next === undefined || next === worked || !isPartialDate(next)) return;
    setValue(`${name}.workedOut.date`, next);
    setValue(`${name}.date`, next, { shouldDirty: true });
  }, [successorDate]);
  const dateLabel =
    began === 'reclassification'
      ? 'quick.reclassifiedOn'
      : began === 'rebrought'
        ? 'quick.broughtAgainOn'
        : 'quick.broughtOn';
  return (
    <>
      {i > 0 && (
        <div className="row">
          <SelectField
            name={`${name}.began`}
            label="quick.began"
            options={['brought', 'reclassification', 'rebrought']}
            messages="quick.began"
          />
          {began !== 'brought' && (
            <SelectField
              name={`${name}.from`}
              label={began === 'reclassification' ? 'quick.reclassifiedFrom' : 'quick.broughtAgainAfter'}
              options={earlier.map((_, j) => String(j))}
              labels={Object.fromEntries(earlier.map((c, j) => [String(j), quickChargeName(intl, c, j)]))}
              allowEmpty
            />
          )}
        </div>
      )}
      <ArticleField name={`${name}.article`} dates={[`${name}.date`, `${name}.date`]} isFolded />
      <PartialDateInput name={`${name}.date`} label={dateLabel} isCompact bounds={broughtBounds} />
      {successor !== undefined ? (
        <p className="hint">
          <FormattedMessage id="quick.reclassifiedAs" values={{ n: successor + 1 }} />
        </p>
      ) : (
        <div className="row">
          <SelectField
            name={`${name}.then`}
            label="quick.then"
            options={['', 'dropped', 'sent_to_court']}
            labels={{
              '': intl.formatMessage({ id: 'quick.thenNothing' }),
              dropped: intl.formatMessage({ id: 'quick.thenDropped' }),
              sent_to_court: intl.formatMessage({ id: 'quick.thenSentToCourt' }),
            }}
          />
          {then !== '' && (
            <PartialDateInput name={`${name}.thenDate`} label="quick.thenOn" isCompact bounds={laterBounds} />
          )}
        </div>
      )}
      <TextField name={`${name}.conduct`} label="quick.conduct" />
      <PartialDateInput name={`${name}.actDate`} label="quick.actDate" isCompact />
      <TextField name={`${name}.note`} label="quick.rowNote" />
    </>
  );
}

/**
 * The restraint measures, one a row: the kind, from when, how long in the source's words (read into bounds as it is
 * typed), and whether it ended or was replaced by the next row's measure (custody changed to house arrest).
 */
export function QuickMeasureRows() {
  const { setValue } = useFormContext();
  return (
    <Rows
      name="measures"
      legend="quick.measures"
      row="quick.measureN"
      remove="quick.removeMeasure"
      add={(count) => ({
        label: count === 0 ? 'quick.addMeasure' : 'quick.addNextMeasure',
        // The first is most often custody, and what follows it house arrest: the kind is still the user's.
        make: () => {
          // The measure that followed replaced the one before it, until the user says otherwise.
          if (count > 0) setValue(`measures.${String(count - 1)}.replaced`, true, { shouldDirty: true });
          return { ...emptyQuickMeasure(newId('measure'), count === 0 ? 'custody' : 'house_arrest') };
        },
      })}
    >
      {(i, count) => <MeasureRow i={i} isLast={i === count - 1} />}
    </Rows>
  );
}

function MeasureRow({ i, isLast }: { i: number; isLast: boolean }) {
  const name = `measures.${String(i)}`;
  const [replaced, duration, above, from] = useWatch({
    name: [`${name}.replaced`, `${name}.duration`, `measures.${String(i - 1)}.replaced`, `${name}.from`],
  }) as [QuickMeasure['replaced'], string, boolean | undefined, string];
  const isAfterReplaced = i > 0 && above === true;
  const endBounds = useBounds(from);
  const startBounds = useBounds(undefined);
  return (
    <>
      <LawChoiceField
        name={`${name}.kind`}
        label="forms.measure.kind"
        vocabulary="measures"
        messages="measureKind"
      />
      <PartialDateInput name={`${name}.from`} label="quick.measureFrom" isCompact bounds={startBounds} />
      {isAfterReplaced && (
        <p className="hint">
          <FormattedMessage id="quick.fromReplaced" values={{ n: i }} />
        </p>
      )}
      {!isAfterReplaced && from === '' && duration.trim() !== '' && (
        <p className="hint">
          <FormattedMessage id="quick.fromLength" />
        </p>
      )}
      <WorkedOut i={i} which="start" />
      <TextField name={`${name}.duration`} label="quick.duration" />
      <DurationRead text={duration} />
      {!isLast && <CheckboxField name={`${name}.replaced`} label="quick.replaced" />}
      <PartialDateInput
        name={`${name}.until`}
        label={replaced && !isLast ? 'quick.replacedOn' : 'quick.endedOn'}
        isCompact
        bounds={endBounds}
      />
      <WorkedOut i={i} which="change" />
      <TextField name={`${name}.note`} label="quick.rowNote" />
    </>
  );
}

/** The hearings, one a row: the kind, the day, and whether it was held or is still to come. */
export function QuickHearingRows() {
  return (
    <Rows
      name="hearings"
      legend="quick.hearings"
      row="quick.hearingN"
      remove="quick.removeHearing"
      add={() => ({ label: 'quick.addHearing', make: () => ({ ...emptyQuickHearing(newId('hearing')) }) })}
    >
      {(i) => <HearingRow i={i} />}
    </Rows>
  );
}

function HearingRow({ i }: { i: number }) {
  const name = `hearings.${String(i)}`;
  return (
    <>
      <div className="row">
        <SelectField
          name={`${name}.kind`}
          label="forms.hearing.kind"
          options={HEARING_KINDS}
          messages="hearingKind"
        />
        <SelectField
          name={`${name}.status`}
          label="forms.hearing.status"
          options={['held', 'scheduled']}
          messages="hearingStatus"
        />
      </div>
      <PartialDateInput name={`${name}.date`} label="quick.hearingOn" isCompact />
      <TickedCharges name={`${name}.charges`} legend="quick.hearingCharges" />
    </>
  );
}

/** The charges a hearing tries (or a verdict decided), ticked among the form's charge rows that have an article. */
export function TickedCharges({ name, legend }: { name: string; legend: string }) {
  const intl = useIntl();
  const { register } = useFormContext();
  const charges = (useWatch({ name: 'charges' }) as QuickCharge[]).map((charge, i) => ({ charge, i }));
  const named = charges.filter(({ charge }) => charge.article.article.trim() !== '');
  if (named.length === 0) return null;
  return (
    <fieldset className="checkbox-group">
      <legend>
        <FormattedMessage id={legend} />
      </legend>
      {named.map(({ charge, i }) => (
        <label key={charge.id} className="field inline">
          <input type="checkbox" value={charge.id} {...register(name)} />
          <span>{quickChargeName(intl, charge, i)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Under a measure's start, or its change to the next, left empty: the dates worked out for it (a start from the
 * change and the length; a change from the start and the length), for the user to check.
 */
function WorkedOut({ i, which }: { i: number; which: 'start' | 'change' }) {
  const intl = useIntl();
  const { getValues } = useFormContext();
  // Watched so that it follows every box it is worked out from.
  useWatch({ name: ['measures', 'confirmedOn'] });
  const values = getValues() as QuickCaseValues;
  const date = which === 'start' ? workedOutStart(values, i) : workedOutChange(values, i);
  if (date === '') return null;
  return (
    <p className={`hint worked-out-${which}`} role="status">
      <FormattedMessage
        id={which === 'start' ? 'quick.startWorkedOut' : 'quick.changeWorkedOut'}
        values={{ date: formatPartialDate(intl, date) }}
      />
    </p>
  );
}
