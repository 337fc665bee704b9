import { useId, useState } from 'react';
import {
  dayBounds,
  isPartialDate,
  parseDateRange,
  parsePartialDate,
} from '../../../../../src/core/dates/partial-date.ts';
import {
  isOneSidedDate,
  readBoundedDate,
  type DateBounds,
} from '../../../../../src/core/dates/one-sided-date.ts';
import { readWrittenDate } from '../../../../../src/core/dates/written-date.ts';
import { writtenOf } from '../lib/written-of.ts';
import { formatDay, formatPartialDate } from '../../../lib/format.ts';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { formatDateParts, parseDateParts, type DateEnd, type DateParts } from '../lib/partial-date-parts.ts';
import { FieldErrorText } from './fields.tsx';

const SEASONS = ['21', '22', '23', '24'] as const;

/**
 * One date as precise as the source allows: typed as the source writes it ("26 Jan 2023", "spring 2022"), or
 * year, then a season or a month, then a day; approximate, uncertain; or a range "somewhere between". It writes
 * the core's partial-date string into the form field.
 */
export function PartialDateInput({
  name,
  label,
  isCompact = false,
  bounds,
}: {
  name: string;
  label: string;
  /**
   * What the form knows of the days the date lies between: a date written as bounded on one side ("before 7 Nov
   * 2022") is read as the range up to the other bound (the day the charge was brought).
   */
  bounds?: DateBounds;
  /**
   * For a form of many dates: the box to type the date in, with what it was read as; the year, month and day
   * boxes, the range and the qualifiers folded under one line, and the typing hint said once by the form.
   */
  isCompact?: boolean;
}) {
  const { control } = useFormContext();
  // A date a form worked out from others keeps it beside the row's fields ('charges.0.workedOut.date'): while the
  // box holds it, the box says so rather than asking for the date as the source gives it.
  const dot = name.lastIndexOf('.');
  const workedOutPath = dot < 0 ? 'workedOut.none' : `${name.slice(0, dot)}.workedOut.${name.slice(dot + 1)}`;
  const workedOut = useWatch({ name: workedOutPath }) as string | undefined;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <DateInputs
          name={name}
          label={label}
          isCompact={isCompact}
          bounds={bounds}
          isWorkedOut={workedOut !== undefined && workedOut !== '' && field.value === workedOut}
          value={field.value as string | undefined}
          onChange={(value) => field.onChange(value)}
        />
      )}
    />
  );
}

/**
 * What the user typed, kept as typed (a day's first digit, a tick before the year): the field's value is written
 * from it at each change, and read back only when the value changes from elsewhere (a reset, a restored version).
 */
function useTypedParts(value: string | undefined): [DateParts, (next: DateParts) => string] {
  const current = value ?? '';
  const [typed, setTyped] = useState(() => ({ value: current, parts: parseDatePartsKeepingTyped(value) }));
  let { parts } = typed;
  if (current !== typed.value) {
    parts = parseDatePartsKeepingTyped(value);
    setTyped({ value: current, parts });
  }
  const write = (next: DateParts) => {
    const written = formatDateParts(next);
    setTyped({ value: written, parts: next });
    return written;
  };
  return [parts, write];
}

function DateInputs({
  name,
  label,
  isCompact,
  bounds,
  isWorkedOut,
  value,
  onChange,
}: {
  name: string;
  label: string;
  isCompact: boolean;
  bounds: DateBounds | undefined;
  isWorkedOut: boolean;
  value: string | undefined;
  onChange: (value: string) => void;
}) {
  const intl = useIntl();
  const [parts, write] = useTypedParts(value);
  const change = (next: DateParts) => onChange(write(next));
  return (
    <fieldset className="partial-date" data-field={name}>
      <legend>{intl.formatMessage({ id: label })}</legend>
      <WrittenDateInput
        value={value}
        isWorkedOut={isWorkedOut}
        bounds={bounds}
        isHintShown={!isCompact}
        onRead={(read) => change(parseDateParts(read))}
      />
      {/* What the date was read as, in words, in every form. */}
      {value !== undefined && isPartialDate(value) && (
        <span className="hint date-read" role="status">
          <DateRead value={value} />
        </span>
      )}
      {isCompact ? (
        <>
          <details className="date-boxes">
            <summary>{intl.formatMessage({ id: 'forms.date.boxes' })}</summary>
            <DateBoxes parts={parts} change={change} />
          </details>
        </>
      ) : (
        <DateBoxes parts={parts} change={change} />
      )}
      <FieldErrorText name={name} />
    </fieldset>
  );
}

/**
 * What a date was read as, in words; an approximate one also says the days it is counted as ("about November 2022,
 * counted as any day from October 1, 2022 to December 31, 2022"), which are what the facts computed from it span.
 */
function DateRead({ value }: { value: string }) {
  const intl = useIntl();
  const date = formatPartialDate(intl, value);
  const range = parseDateRange(value);
  const isApproximate = [range?.from ?? value, range?.to ?? value].some(
    (end) => parsePartialDate(end)?.isApproximate,
  );
  if (!isApproximate) return <>{intl.formatMessage({ id: 'forms.date.readAs' }, { date })}</>;
  const { earliest, latest } = dayBounds(value);
  return (
    <>
      {intl.formatMessage(
        { id: 'forms.date.readAsWindow' },
        { date, from: formatDay(intl, earliest), to: formatDay(intl, latest) },
      )}
    </>
  );
}

/** The date box by box: its start, its end when it is a range, and whether it is one. */
function DateBoxes({ parts, change }: { parts: DateParts; change: (next: DateParts) => void }) {
  const intl = useIntl();
  return (
    <>
      <DateEndInputs end={parts.from} onChange={(from) => change({ ...parts, from })} />
      {parts.isRange && (
        <>
          <span aria-hidden="true">–</span>
          <DateEndInputs end={parts.to} onChange={(to) => change({ ...parts, to })} />
        </>
      )}
      <label className="inline">
        <input
          type="checkbox"
          checked={parts.isRange}
          onChange={(e) => change({ ...parts, isRange: e.target.checked })}
        />
        {intl.formatMessage({ id: 'forms.date.range' })}
      </label>
    </>
  );
}

/**
 * A date typed in words or numbers, in any of the interface's languages, read into the boxes beside it as soon as
 * it reads as one; what does not is said when the box is left, and changes nothing.
 */
function WrittenDateInput({
  value,
  isWorkedOut,
  bounds,
  isHintShown,
  onRead,
}: {
  value: string | undefined;
  /** The value was worked out from other dates: the box says so, not "as the source gives it". */
  isWorkedOut: boolean;
  bounds: DateBounds | undefined;
  isHintShown: boolean;
  onRead: (value: string) => void;
}) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id: `forms.date.${id}` });
  const hintId = useId();
  const [typed, setTyped] = useState({ text: '', read: '', isUnread: false, isTouched: false });
  // Whether the words typed were bounded on one side and read up to the bound the form knows.
  const [isBounded, setBoundedBy] = useState(false);
  // Once the date is changed in the boxes, or from elsewhere, the words typed no longer say it.
  // Marking the date approximate or uncertain keeps the words that gave it.
  const bare = (v: string) => v.replace(/[~?%]/g, '');
  const typedText = typed.read === '' || bare(typed.read) === bare(value ?? '') ? typed.text : '';
  // A date set from elsewhere (a draft of the source's text) is shown as words, until the box is typed in.
  const text = typed.isTouched ? typedText : (writtenOf(intl, value) ?? typedText);
  return (
    <span className="written-date">
      <label>
        {t(isWorkedOut ? 'written.workedOut' : 'written')}
        <input
          value={text}
          data-worked-out={isWorkedOut || undefined}
          placeholder={t('written.example')}
          aria-describedby={typed.isUnread || isHintShown ? hintId : undefined}
          aria-invalid={typed.isUnread || undefined}
          onChange={(e) => {
            const next = e.target.value;
            const plain = readWrittenDate(next);
            const bounded =
              plain === undefined && bounds !== undefined ? readBoundedDate(next, bounds) : undefined;
            const read = plain ?? bounded;
            setTyped({ text: next, read: read ?? typed.read, isUnread: false, isTouched: true });
            setBoundedBy(bounded !== undefined);
            if (read !== undefined) onRead(read);
          }}
          onBlur={() =>
            setTyped({
              ...typed,
              isUnread:
                text.trim() !== '' &&
                readWrittenDate(text) === undefined &&
                (bounds === undefined || readBoundedDate(text, bounds) === undefined),
            })
          }
        />
      </label>
      {isBounded && text !== '' && !typed.isUnread && (
        <span className="hint muted bounded-by" role="status">
          {t('written.bounded')}
        </span>
      )}
      {(typed.isUnread || isHintShown) && (
        <span id={hintId} className={typed.isUnread ? 'field-error' : 'hint muted'}>
          {typed.isUnread
            ? t(isOneSidedDate(text) ? 'written.oneSided' : 'written.unread')
            : t('written.hint')}
        </span>
      )}
    </span>
  );
}

// A half-typed value (a year of two digits) is not a date yet: keep the typed text rather than emptying the box.
function parseDatePartsKeepingTyped(value: string | undefined): DateParts {
  const parts = parseDateParts(value);
  if (value !== undefined && value !== '' && formatDateParts(parts) === '' && /^\d{0,4}$/.test(value))
    return { ...parts, from: { ...parts.from, year: value } };
  return parts;
}

function DateEndInputs({ end, onChange }: { end: DateEnd; onChange: (end: DateEnd) => void }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id: `forms.date.${id}` });
  return (
    <span className="date-end">
      <label>
        {t('year')}
        <input
          inputMode="numeric"
          size={4}
          maxLength={4}
          value={end.year}
          onChange={(e) => onChange({ ...end, year: e.target.value })}
        />
      </label>
      <label>
        {t('month')}
        <select
          value={end.season !== '' ? `s${end.season}` : end.month}
          onChange={(e) => {
            const v = e.target.value;
            onChange(
              v.startsWith('s')
                ? { ...end, season: v.slice(1), month: '', day: '' }
                : { ...end, season: '', month: v, day: v === '' ? '' : end.day },
            );
          }}
        >
          <option value="">—</option>
          {Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0')).map((m) => (
            <option key={m} value={m}>
              {intl.formatDate(new Date(2000, Number(m) - 1, 1), { month: 'long' })}
            </option>
          ))}
          {SEASONS.map((s) => (
            <option key={s} value={`s${s}`}>
              {t(`season.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('day')}
        <input
          inputMode="numeric"
          size={2}
          maxLength={2}
          disabled={end.month === ''}
          value={end.day}
          onChange={(e) => onChange({ ...end, day: e.target.value })}
        />
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={end.isApproximate}
          onChange={(e) => onChange({ ...end, isApproximate: e.target.checked })}
        />
        {t('approximate')}
      </label>
      <label className="inline">
        <input
          type="checkbox"
          checked={end.isUncertain}
          onChange={(e) => onChange({ ...end, isUncertain: e.target.checked })}
        />
        {t('uncertain')}
      </label>
    </span>
  );
}
