import type { FormEvent, ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';

/**
 * A form that writes several records at once (a case's charges, a case from one source): its heading and what it
 * is for, over the fields; a submit inside it stays inside it (it may stand in a page that has a form of its own).
 */
export function BatchForm({
  form,
  kind,
  heading,
  hint,
  onSubmit,
  children,
}: {
  form: UseFormReturn<FieldValues>;
  kind: string;
  heading: string;
  hint: string;
  onSubmit: (e: FormEvent<HTMLFormElement>) => Promise<void>;
  children: ReactNode;
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
      </form>
    </FormProvider>
  );
}
