import { useContext, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { AsReadContext, useIsLaidOut } from './quick-case-as-read.tsx';
import { useIntoCase } from './quick-case-into.tsx';

/**
 * The form's boxes under the source's text, folded under one line until a text fills them: the quickest way is to
 * paste the text, and a newcomer is not asked to read a long empty form first. Opened, the form is filled by hand;
 * added to a case, or once filled from a text, it stands open.
 */
export function ByHandFold({ children }: { children: ReactNode }) {
  const { into } = useIntoCase();
  const { text } = useContext(AsReadContext);
  if (into !== '' || text !== '') return <>{children}</>;
  return (
    <details className="all-laid-out by-hand" data-by-hand>
      <summary>
        <FormattedMessage id="quick.byHand" />
      </summary>
      {children}
    </details>
  );
}

/**
 * What is said only until the form is filled from a text: how to go about it, and how dates are typed. Once the text
 * is laid out as read, the form's status says what to check, and each date says what it was read as.
 */
export function UntilLaidOut({ children }: { children: ReactNode }) {
  return useIsLaidOut() ? null : <>{children}</>;
}

/** The quickest way through, for one who has not used the form before; gone once the text is laid out as read. */
export function QuickSteps() {
  const { into } = useIntoCase();
  return (
    <UntilLaidOut>
      <ol className="quick-steps">
        {['paste', 'check', 'save'].map((step) => (
          <li key={step}>
            {/* Added to a case, the rows it holds are not to check, and saving adds to it. */}
            <FormattedMessage
              id={into !== '' && step !== 'paste' ? `quick.into.steps.${step}` : `quick.steps.${step}`}
            />
          </li>
        ))}
      </ol>
    </UntilLaidOut>
  );
}
