import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PresentedCase, PresentedCaseFacts } from '../api/get-case.ts';
import { warningText } from './warning-text.ts';

export type CaseWarning = PresentedCaseFacts['warnings'][number];

/** For an editor: what each warning still to look at offers (noting it as it stands). */
export type WarningActions = (warning: CaseWarning) => ReactNode;

/**
 * The warnings of the case's facts: those still to look at, each with what an editor may do about it, then those
 * noted as they stand, apart and quieter, each with the note saying why (not hidden: the question is still open).
 */
export function CaseWarnings({
  warnings,
  file,
  actions,
}: {
  warnings: readonly CaseWarning[];
  file: PresentedCase;
  actions?: WarningActions | undefined;
}) {
  const intl = useIntl();
  const open = warnings.filter((w) => w.acknowledged === undefined);
  const noted = warnings.filter((w) => w.acknowledged !== undefined);
  return (
    <div className="warnings" data-fact="warnings">
      <h3>
        <FormattedMessage id="facts.warnings" />
      </h3>
      {/* Read after saving a text years old, a warning measured from today is not taken for a mistake in it. */}
      {open.length > 0 && (
        <p className="hint">
          <FormattedMessage id="facts.warningsHint" />
        </p>
      )}
      {open.length === 0 ? (
        <p>
          <FormattedMessage id={noted.length === 0 ? 'facts.noWarnings' : 'facts.noOpenWarnings'} />
        </p>
      ) : (
        <ul>
          {open.map((w, i) => (
            <li key={i} data-warning={`${w.code} ${w.record}`}>
              {warningText(intl, w, file)}
              {actions?.(w)}
            </li>
          ))}
        </ul>
      )}
      {noted.length > 0 && (
        <>
          <h4>
            <FormattedMessage id="facts.notedWarnings" values={{ count: noted.length }} />
          </h4>
          <ul className="noted-warnings">
            {noted.map((w, i) => (
              <li key={i} data-warning={`${w.code} ${w.record}`}>
                {warningText(intl, w, file)}{' '}
                <span className="noted">
                  <FormattedMessage id="facts.notedAs" values={{ note: w.acknowledged?.note ?? '' }} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
