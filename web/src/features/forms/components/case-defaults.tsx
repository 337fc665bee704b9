import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { useFormCase } from '../api/law.ts';
import type { FormKind } from '../api/records.ts';

/** The field of each kind that names the person a record is about, where the case's defendant is the likely one. */
const PERSON_FIELD: Partial<Record<FormKind, string>> = {
  charge: 'defendant',
  measure: 'person',
  decision: 'defendant',
};
const ACCUSED = new Set(['defendant', 'suspect']);

/**
 * Fills a new record from its case, as soon as the case is known and where the user has not written yet: the
 * person it is about when the case has one defendant (or suspect), a charge's jurisdiction from the case's, and
 * the case's source when it cites one. Nothing already chosen is changed.
 */
export function CaseDefaultsFollower({ kind }: { kind: FormKind }) {
  const { setValue, getValues, getFieldState } = useFormContext();
  const theCase = useFormCase();
  useEffect(() => {
    if (theCase === undefined) return;
    const untouched = (name: string) =>
      !getFieldState(name).isDirty && [undefined, ''].includes(getValues(name) as string | undefined);
    const personField = PERSON_FIELD[kind];
    const accused = [
      ...new Set((theCase.participants ?? []).filter((p) => ACCUSED.has(p.role)).map((p) => p.person)),
    ];
    if (personField !== undefined && accused.length === 1 && untouched(personField))
      setValue(personField, accused[0], { shouldValidate: false });
    const jurisdiction = 'article.jurisdiction';
    if (kind === 'charge' && theCase.jurisdiction !== undefined && !getFieldState(jurisdiction).isDirty)
      setValue(jurisdiction, theCase.jurisdiction);
    // A case that cites one source: a record added to it cites that one, unless another is cited.
    const cited = [...new Set((theCase.sources ?? []).map((c) => c.source))];
    const own = getValues('sources') as unknown[] | undefined;
    if (
      kind !== 'source' &&
      cited.length === 1 &&
      (own ?? []).length === 0 &&
      !getFieldState('sources').isDirty
    )
      setValue('sources', [{ source: cited[0], page: Number.NaN, quote: '' }]);
  }, [theCase, kind, setValue, getValues, getFieldState]);
  return null;
}
