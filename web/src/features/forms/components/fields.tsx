import type { ReactNode } from 'react';
import { get, useFormContext, type FieldError } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';

/** The error the form holds for a field (from the core's schema, or placed there from the API's answer). */
export function useFieldError(name: string): string | undefined {
  const { formState } = useFormContext();
  const error: unknown = get(formState.errors, name);
  return (error as FieldError | undefined)?.message;
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
}

/** A labelled text (or number) box bound to the form, with its error beside it. */
export function TextField({ name, label, type = 'text', multiline = false, placeholder }: FieldProps) {
  const intl = useIntl();
  const { register } = useFormContext();
  const error = useFieldError(name);
  const common = {
    'aria-invalid': error !== undefined,
    ...(error !== undefined ? { 'aria-describedby': errorId(name) } : {}),
    ...(placeholder !== undefined ? { placeholder } : {}),
  };
  return (
    <label className="field">
      <span>{intl.formatMessage({ id: label })}</span>
      {multiline ? (
        <textarea {...register(name)} {...common} rows={3} />
      ) : (
        <input
          type={type}
          {...register(name, type === 'number' ? { valueAsNumber: true } : {})}
          {...common}
        />
      )}
      <FieldErrorText name={name} />
    </label>
  );
}

/** A labelled choice among fixed values, each shown by its catalogue message (`${messages}.${value}`). */
export function SelectField({
  name,
  label,
  options,
  messages,
  allowEmpty = false,
}: {
  name: string;
  label: string;
  options: readonly string[];
  messages?: string;
  allowEmpty?: boolean;
}) {
  const intl = useIntl();
  const { register } = useFormContext();
  return (
    <label className="field">
      <span>{intl.formatMessage({ id: label })}</span>
      <select {...register(name)}>
        {allowEmpty && <option value="">—</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {messages !== undefined ? intl.formatMessage({ id: `${messages}.${option}` }) : option}
          </option>
        ))}
      </select>
      <FieldErrorText name={name} />
    </label>
  );
}

/** A labelled yes/no box bound to the form. */
export function CheckboxField({ name, label }: { name: string; label: string }) {
  const intl = useIntl();
  const { register } = useFormContext();
  return (
    <label className="field inline">
      <input type="checkbox" {...register(name)} />
      <span>{intl.formatMessage({ id: label })}</span>
    </label>
  );
}

/** A titled group of fields. */
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
