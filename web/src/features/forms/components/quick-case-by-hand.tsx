import { useContext, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { AsReadContext } from './quick-case-as-read.tsx';
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
