import { PartialDateInput } from './partial-date-input.tsx';

/** A period whose either end may be partial or unknown (left empty). */
export function PeriodFields({ name }: { name: string }) {
  return (
    <>
      <PartialDateInput name={`${name}.from`} label="forms.period.from" />
      <PartialDateInput name={`${name}.to`} label="forms.period.to" />
    </>
  );
}
