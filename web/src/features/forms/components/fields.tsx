import { useState, type ReactNode } from 'react';
import { Controller, get, useFormContext, type FieldError } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { localSchemaMessage } from '../../../lib/schema-messages.ts';

/** The error the form holds for a field (from the core's schema, or placed there from the API's answer). */
export function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext();
  const intl = useIntl();
  const error: unknown = get(formState.errors, name);
  const message = (error as FieldError | undefined)?.message;
  // The core's schemas speak English: their messages are said in the reader's language here, for every field.
  return message === undefined ? undefined : localSchemaMessage(intl, message);
}

/** A field's error, beside it, tied to its input by id so a screen reader reads it with the field. */
export function FieldErrorText({ name }: { name: string }) {
  const message = useFieldError(name);
  if (message === undefined || message === '') return null;
  return (
    <span className="field-error" id={errorId(name)} role="alert">
      {message}
    </span>
  );
}

export const errorId = (name: string) => `error-${name.replace(/\W/g, '-')}`;

interface FieldProps {
  name: string;
  label: string;
  type?: 'text' | 'number' | 'time' | 'date' | 'url';
  multiline?: boolean;
  /** A sample of the form the value takes (a date and time, a digest), not words to translate. */
  placeholder?: string;
  /** Values to offer while typing (a datalist); any other text may still be written. */
  suggestions?: readonly Suggestion[];
  /** When the box takes the focus (to bring the suggestions up to date). */
  onFocus?: () => void;
  /** When the box loses the focus, with what it holds (a name typed, to be read as the code it stands for). */
  onLeave?: (value: string) => void;
}

/** A value a text box offers, with the words that name it when they are not the value itself. */
export interface Suggestion {
  value: string;
  label?: string;
}

/** A labelled text (or number) box bound to the form, with its error beside it. */
export function TextField({
  name,
  label,
  type = 'text',
  multiline = false,
  placeholder,
  suggestions,
  onFocus,
  onLeave,
}: FieldProps) {
  const intl = useIntl();
  const { register } = useFormContext();
  const error = useFieldError(name);
  const common = {
    'aria-invalid': error !== undefined,
    ...(error !== undefined ? { 'aria-describedby': errorId(name) } : {}),
    ...(placeholder !== undefined ? { placeholder } : {}),
    ...(onFocus !== undefined ? { onFocus } : {}),
  };
  const listId = `suggestions-${name.replace(/\W/g, '-')}`;
  return (
    <label className="field">
      <span>{intl.formatMessage({ id: label })}</span>
      {multiline ? (
        <textarea {...register(name)} {...common} rows={3} />
      ) : (
        <input
          type={type}
          {...withLeave(register(name, type === 'number' ? { valueAsNumber: true } : {}), onLeave)}
          {...common}
          {...(suggestions !== undefined ? { list: listId, autoComplete: 'off' } : {})}
        />
      )}
      {suggestions !== undefined && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s.value} value={s.value} label={s.label} />
          ))}
        </datalist>
      )}
      <FieldErrorText name={name} />
    </label>
  );
}

/** A box's registration whose blur also tells `onLeave` what the box holds. */
function withLeave<R extends { onBlur: (event: { target: unknown; type?: unknown }) => Promise<unknown> }>(
  registered: R,
  onLeave: ((value: string) => void) | undefined,
): R {
  if (onLeave === undefined) return registered;
  return {
    ...registered,
    onBlur: async (event: { target: unknown; type?: unknown }) => {
      onLeave((event.target as { value?: string }).value ?? '');
      return registered.onBlur(event);
    },
  };
}

/** A labelled choice among fixed values, each shown by its catalogue message (`${messages}.${value}`). */
export function SelectField({
  name,
  label,
  options,
  messages,
  labels,
  allowEmpty = false,
  heardBefore,
}: {
  name: string;
  label: string;
  options: readonly string[];
  messages?: string;
  /** Each option's words where they are given, before the catalogue's (`messages`). */
  labels?: Readonly<Record<string, string>>;
  allowEmpty?: boolean;
  /**
   * Words a screen reader reads before the label, where the label alone names another field too (a field's
   * visibility is labelled by the field's name, as its own box is).
   */
  heardBefore?: string;
}) {
  const intl = useIntl();
  const { register } = useFormContext();
  return (
    <label className="field">
      <span>
        {heardBefore !== undefined && (
          <span className="visually-hidden">{intl.formatMessage({ id: heardBefore })}</span>
        )}
        {intl.formatMessage({ id: label })}
      </span>
      <select {...register(name)}>
        {allowEmpty && <option value="">—</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {labels?.[option] ??
              (messages !== undefined ? intl.formatMessage({ id: `${messages}.${option}` }) : option)}
          </option>
        ))}
      </select>
      <FieldErrorText name={name} />
    </label>
  );
}

/**
 * A labelled yes/no box bound to the form. With `isOmittedWhenOff`, an unticked box leaves the field out rather
 * than writing `false` (an optional flag such as a name's `isPreferred` stays absent on records that never set it).
 */
export function CheckboxField({
  name,
  label,
  isOmittedWhenOff = false,
}: {
  name: string;
  label: string;
  isOmittedWhenOff?: boolean;
}) {
  const intl = useIntl();
  const { register, control } = useFormContext();
  const text = <span>{intl.formatMessage({ id: label })}</span>;
  if (!isOmittedWhenOff)
    return (
      <label className="field inline">
        <input type="checkbox" {...register(name)} />
        {text}
      </label>
    );
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <label className="field inline">
          <input
            type="checkbox"
            name={field.name}
            ref={field.ref}
            checked={field.value === true}
            onBlur={field.onBlur}
            // '' is the form's "not given", left out of the record (undefined would bring the default back).
            onChange={(e) => field.onChange(e.target.checked ? true : '')}
          />
          {text}
        </label>
      )}
    />
  );
}

/** A titled group of fields. */
/**
 * A group of fields most records leave alone, folded under its name and what it holds now (`state`) until opened:
 * a long form is read at a glance. It starts open when `isOpenAtFirst` (it holds something), and then stays as the
 * user leaves it.
 */
export function FoldedGroup({
  legend,
  state,
  isOpenAtFirst,
  children,
}: {
  legend: string;
  state: string;
  isOpenAtFirst: boolean;
  children: ReactNode;
}) {
  const [isOpen] = useState(isOpenAtFirst);
  return (
    <details className="field-group folded" open={isOpen}>
      <summary>
        <FormattedMessage id={legend} /> <span className="muted">· {state}</span>
      </summary>
      {children}
    </details>
  );
}

export function FieldGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="field-group">
      <legend>
        <FormattedMessage id={legend} />
      </legend>
      {children}
    </fieldset>
  );
}
