import { useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { casePath } from '../../../lib/url-state.ts';
import { keptRows, type QuickCaseValues } from '../lib/quick-case.ts';
import { LISTS } from '../lib/quick-case-into.ts';
import { useIntoCase } from './quick-case-into.tsx';

// Where the form of one source is laid over a case: the button that lays it, and the notice over the form.

/**
 * Beside a case already recorded of the person the text names: add the text to it rather than record it again. The
 * person is then the one recorded (who, if the case does not name them yet, is added to it as a defendant).
 */
export function AddToCaseButton({
  caseId,
  title,
  person,
}: {
  caseId: string;
  title: string;
  person: string;
}) {
  const { setValue } = useFormContext();
  const add = () => {
    setValue('person.existing', person, { shouldDirty: true });
    setValue('into', caseId);
  };
  return (
    <button type="button" className="link-button add-to-case" onClick={add}>
      <FormattedMessage id="quick.into.add" />
      <span className="visually-hidden">: {title}</span>
    </button>
  );
}

/**
 * At the top of the form, while the text is added to a case: which case, how many of the rows it holds already, what
 * saving does, and the way back to recording the text as a case of its own.
 */
export function IntoCaseNotice() {
  const { into, held, matches, isUnread, changes } = useIntoCase();
  const { setValue } = useFormContext();
  // The rows counted are those that record something: an empty row is left out when saving.
  const values = useWatch() as QuickCaseValues;
  if (into === '') return null;
  const rows = LISTS.flatMap((list) => keptRows(values, list).map((i) => values[list][i] as { id: string }));
  const all = rows.length;
  const title = (held?.case.record['title'] as string | undefined) ?? into;
  return (
    <div className="notice into-case" role="status">
      <p>
        <FormattedMessage
          id="quick.into.notice"
          values={{
            title: (
              <Link to={casePath(into)} target="_blank" rel="noopener noreferrer" className="record-text">
                {title}
              </Link>
            ),
          }}
        />
      </p>
      {isUnread && (
        <p className="field-error">
          <FormattedMessage id="quick.into.unread" />
        </p>
      )}
      {held !== undefined && all > 0 && (
        <p>
          <FormattedMessage
            id="quick.into.counts"
            values={{ held: rows.filter((r) => matches.has(r.id)).length, all }}
          />
          {/* Said before saving: a text the case holds all of, citing it already, leaves nothing to do. */}
          {changes === 0 && (
            <>
              {' '}
              <strong className="into-nothing">
                <FormattedMessage id="quick.into.nothing" />
              </strong>{' '}
              <Link to={casePath(into)} data-back-to-case>
                <FormattedMessage id="quick.into.back" />
              </Link>
            </>
          )}
        </p>
      )}
      <p>
        <button type="button" className="link-button" onClick={() => setValue('into', '')}>
          <FormattedMessage id="quick.into.leave" />
        </button>
      </p>
    </div>
  );
}
