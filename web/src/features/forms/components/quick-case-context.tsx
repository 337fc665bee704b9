import { useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { firstWords } from '../../../lib/format.ts';
import { asSentence, holdsSentence, withSentence, withoutSentence } from '../lib/quick-case-context.ts';

/**
 * After a sentence of the text no row was read from: that nothing records it, and a button that keeps it in the
 * case's summary in the source's words (context: "most of them in Almaty", "no independent parties are allowed"), or
 * takes it out again, in the text's order. A stretch that is no sentence (a photograph's credit) is left without one.
 */
export function UnreadLine({ stretch, text }: { stretch: string; text: string }) {
  const intl = useIntl();
  const { setValue } = useFormContext();
  const summary = (useWatch({ name: 'summary' }) as string | undefined) ?? '';
  const sentence = asSentence(stretch);
  if (sentence === undefined) return null;
  const isKept = holdsSentence(summary, sentence);
  const words = firstWords(sentence, 40);
  const change = () =>
    setValue('summary', isKept ? withoutSentence(summary, sentence) : withSentence(summary, sentence, text), {
      shouldDirty: true,
    });
  return (
    <span className="as-read-unread" data-unread={isKept ? 'kept' : 'none'}>
      <FormattedMessage id={isKept ? 'quick.context.kept' : 'quick.context.none'} />{' '}
      <button
        type="button"
        className="link-button"
        aria-label={intl.formatMessage(
          { id: isKept ? 'quick.context.removeLabel' : 'quick.context.addLabel' },
          { words },
        )}
        onClick={change}
      >
        <FormattedMessage id={isKept ? 'quick.context.remove' : 'quick.context.add'} />
      </button>
    </span>
  );
}
