import { useWatch } from 'react-hook-form';
import { useIntl } from 'react-intl';
import { titleIn } from '../../../../../src/core/common/titles.ts';
import { useCaseJurisdiction, useLawVocabulary } from '../api/law.ts';
import { SelectField, TextField } from './fields.tsx';
import { languageOf } from '../../../lib/locale.ts';

type Vocabulary = 'measures' | 'sentenceTypes' | 'regimes';

/**
 * A choice among the words of the case's own law (its restraint measures, sentence types or regimes), from the law
 * data of the case's jurisdiction: worded by the catalogue where it knows the key, else by the law data's title in
 * the reader's language. A value the record holds stays offered; a case whose jurisdiction the law data does not
 * hold takes the word typed.
 */
export function LawChoiceField({
  name,
  label,
  vocabulary,
  messages,
  allowEmpty = false,
}: {
  name: string;
  label: string;
  vocabulary: Vocabulary;
  messages: string;
  allowEmpty?: boolean;
}) {
  const intl = useIntl();
  const jurisdiction = useCaseJurisdiction();
  const law = useLawVocabulary(jurisdiction);
  const current = useWatch({ name }) as string | undefined;
  if (law.isError) return <TextField name={name} label={label} />;
  const terms = law.data?.[vocabulary] ?? [];
  const labels: Record<string, string> = {};
  for (const term of terms) {
    const id = `${messages}.${term.key}`;
    labels[term.key] =
      id in intl.messages
        ? intl.formatMessage({ id })
        : (titleIn(term.titles, languageOf(intl.locale)) ?? term.key);
  }
  const options = terms.map((t) => t.key);
  if (current !== undefined && current !== '' && !options.includes(current)) {
    options.push(current);
    labels[current] = current;
  }
  return (
    <SelectField
      name={name}
      label={label}
      options={options}
      labels={labels}
      allowEmpty={allowEmpty || options.length === 0}
    />
  );
}
