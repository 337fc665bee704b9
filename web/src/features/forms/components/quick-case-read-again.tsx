import { FormattedMessage } from 'react-intl';

/**
 * Asked when the text is read again over rows an earlier reading filled and the researcher has changed since: the
 * new reading replaces them, and those changes with them; the rows added by hand stay.
 */
export function ReadAgainQuestion({
  asked,
  onReplace,
  onKeep,
}: {
  asked: { rows: number; changed: number };
  onReplace: () => void;
  onKeep: () => void;
}) {
  return (
    <div className="notice read-again" role="alertdialog" aria-labelledby="read-again-question">
      <p id="read-again-question">
        <FormattedMessage
          id="quick.readAgain.question"
          values={{ read: asked.rows, changed: asked.changed }}
        />
      </p>
      <p>
        <button type="button" className="button" onClick={onReplace} autoFocus>
          <FormattedMessage id="quick.readAgain.replace" />
        </button>{' '}
        <button type="button" className="link-button" onClick={onKeep}>
          <FormattedMessage id="quick.readAgain.keep" />
        </button>
      </p>
    </div>
  );
}
