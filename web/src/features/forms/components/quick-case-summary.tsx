import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { displayName } from '../../../../../src/core/common/names.ts';
import { languageOf } from '../../../lib/locale.ts';
import { useStoredRecord } from '../api/records.ts';
import type { QuickCaseValues, QuickCharge } from '../lib/quick-case.ts';
import { caseTitleOf, sourceTitleOf, textSummary } from '../lib/quick-case-titles.ts';
import { holdsSentence } from '../lib/quick-case-context.ts';

/**
 * Under a summary that does not hold them: the text's sentences of its charges, measures and hearings, the charge
 * brought last first, taken with a click to start it, to be made one's own.
 */
export function SuggestedSummary() {
  const { setValue } = useFormContext();
  const [summary, charges, measures, hearings, text] = useWatch({
    name: ['summary', 'charges', 'measures', 'hearings', 'source.text'],
  }) as [string, QuickCharge[], QuickCaseValues['measures'], QuickCaseValues['hearings'], string | undefined];
  const sentences = textSummary({ charges, measures, hearings }, text ?? '');
  // Sentences kept for their context may be in the summary already: these start it, before them.
  if (sentences === undefined || holdsSentence(summary, sentences)) return null;
  const rest = summary.trim();
  return (
    <Suggestion
      kind="summary"
      onTake={() =>
        setValue('summary', rest === '' ? sentences : `${sentences}\n${rest}`, { shouldDirty: true })
      }
      // The sentences are read in the text laid out above; the offer says which they are, not the sentences again.
      offer={<FormattedMessage id="quick.summarySentence" />}
    >
      <FormattedMessage id="quick.useSummary" />
    </Suggestion>
  );
}

/**
 * A value offered under an empty box, taken into it with one click: the button (`children`) names it, or, for a
 * long one, says what it does after the value, shown as text (`offer`).
 */
function Suggestion({
  kind,
  onTake,
  offer,
  children,
}: {
  kind: 'summary' | 'title';
  onTake: () => void;
  offer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <p className={`hint suggested-${kind}`}>
      {offer !== undefined && <>{offer} </>}
      <button type="button" className={offer === undefined ? 'link-button' : undefined} onClick={onTake}>
        {children}
      </button>
    </p>
  );
}

/**
 * Under an empty title of a new source: one made of the person's name and the source's date (or its latest news),
 * taken with a click ("Zhanbolat Mamay: report of 26 January 2023"), for a text that has no title of its own.
 */
export function SuggestedSourceTitle() {
  const intl = useIntl();
  const { setValue } = useFormContext();
  const [title, name, publishedOn, confirmedOn, because, charges] = useWatch({
    name: ['source.title', 'person.name', 'source.publishedOn', 'confirmedOn', 'source.because', 'charges'],
  }) as [string, string, string, string, string[] | undefined, QuickCaseValues['charges']];
  if (title.trim() !== '' || name.trim() === '') return null;
  // A date worked out from the text is a range: the latest news names the source better.
  const suggestion = sourceTitleOf(
    intl,
    name,
    because === undefined ? publishedOn : '',
    confirmedOn,
    charges,
  );
  return (
    <Suggestion kind="title" onTake={() => setValue('source.title', suggestion, { shouldDirty: true })}>
      <FormattedMessage id="quick.useTitle" values={{ title: suggestion }} />
    </Suggestion>
  );
}

/**
 * Under a source's title made from the text, which gives none, while the box holds it: that it was made, and is to
 * be replaced by the source's own where it has one, since every fact saved cites the source by it.
 */
export function MadeSourceTitle() {
  const [title, made] = useWatch({ name: ['source.title', 'source.madeTitle'] }) as [
    string,
    string | undefined,
  ];
  if (made === undefined || title !== made) return null;
  return (
    <p className="hint inferred made-title">
      <FormattedMessage id="quick.madeSourceTitle" />
    </p>
  );
}

/**
 * Under an empty title: one made of the person's name and the charges, taken with a click ("Zhanbolat Mamay:
 * “organizing mass riots” and other charges"), for a researcher who would otherwise compose one.
 */
export function SuggestedTitle() {
  const intl = useIntl();
  const { setValue } = useFormContext();
  const [title, existing, typed, charges] = useWatch({
    name: ['title', 'person.existing', 'person.name', 'charges'],
  }) as [string, string, string, QuickCaseValues['charges']];
  const stored = useStoredRecord('person', existing !== '' ? existing : undefined);
  const names = stored.data?.record.names;
  const storedName =
    names !== undefined && names.length > 0 ? displayName(names, languageOf(intl.locale)) : '';
  const name = existing !== '' ? storedName : typed.trim();
  if (title.trim() !== '' || name === '') return null;
  const suggestion = caseTitleOf(intl, name, charges);
  return (
    <Suggestion kind="title" onTake={() => setValue('title', suggestion, { shouldDirty: true })}>
      <FormattedMessage id="quick.useTitle" values={{ title: suggestion }} />
    </Suggestion>
  );
}
