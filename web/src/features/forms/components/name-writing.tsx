import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { nameWriting } from '../lib/name-script.ts';

/**
 * Sets a new name's script and language from the letters typed, until the user chooses them: "Жанболат Мамай"
 * is Cyrillic and Russian, "Zhanbolat Mamay" Latin. A name the record already held keeps what it says.
 */
export function NameWritingFollower({ index }: { index: number }) {
  const { setValue, getFieldState, formState } = useFormContext();
  const value = useWatch({ name: `names.${index}.value` }) as string | undefined;
  const held = (formState.defaultValues?.['names'] as { value?: string }[] | undefined)?.[index]?.value;
  useEffect(() => {
    if (held !== undefined && held !== '') return;
    const writing = nameWriting(value ?? '');
    if (writing === undefined) return;
    const follow = (field: string, next: string | undefined) => {
      const name = `names.${index}.${field}`;
      if (next !== undefined && !getFieldState(name).isDirty) setValue(name, next);
    };
    follow('script', writing.script);
    follow('language', writing.language);
  }, [value, held, index, setValue, getFieldState]);
  return null;
}
