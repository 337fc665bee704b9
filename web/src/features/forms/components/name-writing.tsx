import { useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { nameKindOf, nameWriting } from '../lib/name-script.ts';

/**
 * Sets a new name's script, language and kind from the letters typed, until the user chooses them: "Жанболат
 * Мамай" is Cyrillic, Russian and the native form; "Zhanbolat Mamay" Latin, English and, as the records are of
 * people and bodies whose names are first written in Cyrillic, a transliteration (`latinKind`: a person's; an
 * organisation's English name is a translation). A name the record already held keeps what it says.
 */
export function NameWritingFollower({
  index,
  latinKind,
}: {
  index: number;
  /** The kind of a name written in English Latin letters. */
  latinKind: 'transliteration' | 'translation';
}) {
  const { setValue, getValues, getFieldState, formState } = useFormContext();
  // What this set, so that a value it set is not taken for the user's choice when the letters change again.
  const followed = useRef<Record<string, unknown>>({});
  const value = useWatch({ name: `names.${index}.value` }) as string | undefined;
  const held = (formState.defaultValues?.['names'] as { value?: string }[] | undefined)?.[index]?.value;
  useEffect(() => {
    if (held !== undefined && held !== '') return;
    const writing = nameWriting(value ?? '');
    if (writing === undefined) return;
    const follow = (field: string, next: string | undefined) => {
      const name = `names.${index}.${field}`;
      const isUsers = getFieldState(name).isDirty && getValues(name) !== followed.current[name];
      if (next === undefined || isUsers) return;
      followed.current[name] = next;
      setValue(name, next);
    };
    follow('script', writing.script);
    follow('language', writing.language);
    follow('kind', nameKindOf(writing, latinKind));
  }, [value, held, index, latinKind, setValue, getValues, getFieldState]);
  return null;
}
