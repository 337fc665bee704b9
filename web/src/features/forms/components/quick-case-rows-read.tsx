import { createContext, useContext, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { useIsAllLaidOut } from './quick-case-as-read.tsx';
import { useIntoCase } from './quick-case-into.tsx';
import { QUOTING } from '../lib/quick-case-as-read.ts';

/** The lists of rows a text fills below the person's own: each row laid out above beside its sentence. */
const READ_LISTS = QUOTING.filter((list) => list !== 'affiliations');

/** Inside the one line the rows read from the text are folded under: a list's own fold would be a second. */
const RowsReadContext = createContext(false);

/** Whether the rows are folded already under the one line of the rows read from the text. */
export const useIsInRowsRead = () => useContext(RowsReadContext);

/**
 * The lists of a new case's rows, folded under one line once every row read from the text is laid out above beside
 * its sentence: those rows are read, checked and changed there, once, and not listed here again (`AtItsLine`); the
 * fold is opened to add what the text does not give. Rows typed by hand, or a case added to, leave the lists open.
 */
export function RowsReadFold({ children }: { children: ReactNode }) {
  const { held } = useIntoCase();
  const lists = useWatch({ name: READ_LISTS }) as ({ quote?: string }[] | undefined)[];
  const rows = lists.flatMap((list) => list ?? []);
  const isAllLaidOut = useIsAllLaidOut(rows);
  if (held !== undefined || !isAllLaidOut) return <>{children}</>;
  return (
    <details className="all-laid-out rows-read" data-rows-read>
      <summary>
        <FormattedMessage id="quick.rowsRead.add" />
      </summary>
      <RowsReadContext.Provider value={true}>{children}</RowsReadContext.Provider>
    </details>
  );
}
