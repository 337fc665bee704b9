import type { FormEvent, ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';

/**
 * A form that writes several records at once (a case's charges, a case from one source): its heading and what it
 * is for, over the fields; under them what kept it from being saved, and its save button. A submit inside it stays
 * inside it (it may stand in a page that has a form of its own).
 */
export function BatchForm({
  form,
  kind,
  heading,
  hint,
  onSubmit,
  children,
  summary,
  error,
  save,
  isSaving,
  isIdle = false,
}: {
  form: UseFormReturn<FieldValues>;
  kind: string;
  heading: string;
  hint: string;
  onSubmit: (e: FormEvent<HTMLFormElement>) => Promise<void>;
  children: ReactNode;
  /** Under the fields when the form was not saved: what is wrong, as a whole. */
  summary?: ReactNode;
  /** A refusal no field holds (the server down, a conflict). */
  error?: string | undefined;
  /** The save button's words. */
  save: string;
  isSaving: boolean;
  /** Saving would write nothing: the button is there, and says so, but does nothing. */
  isIdle?: boolean;
}) {
  return (
    <FormProvider {...form}>
      <form
        className={`record-form ${kind}-form`}
        data-kind={kind}
        noValidate
        onSubmit={(e) => {
          e.stopPropagation();
          void onSubmit(e);
        }}
      >
        <h1>{heading}</h1>
        <p className="hint">
          <FormattedMessage id={hint} />
        </p>
        {children}
        {summary}
        {error !== undefined && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        <button type="submit" disabled={isSaving || isIdle}>
          <FormattedMessage id={save} />
        </button>
      </form>
    </FormProvider>
  );
}
