import { useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import type { QuickCaseValues } from '../lib/quick-case.ts';
import { isDatedAlike, rowReasonTexts } from '../lib/quick-case-worked-out.ts';
import type { Drafted } from '../lib/quick-case-draft.ts';
import { isRetyped } from '../lib/quick-case-changed.ts';

/**
 * How a row's dates were worked out rather than read, a line each; said in a word where they were worked out as the
 * row above's. None for a row the case the text is added to holds already, which keeps its own dates. A date counted
 * from the text's words ("just two months after") is said as it stands, to be checked against them; a date the text
 * does not give at all, kept as the span what it says allows, is said folded under one line: the row's line says it
 * already. The year added to a day written without one is said by the row's mark, and how, once, above the text.
 */
export function RowReasons({ name, isHeld = false }: { name: string; isHeld?: boolean }) {
  const intl = useIntl();
  const drafted = useWatch({ name }) as Drafted | undefined;
  const values = useWatch() as QuickCaseValues;
  if (drafted === undefined || isHeld) return null;
  if (isWorkedAsAbove(values, name))
    return (
      <p className="inferred">
        <FormattedMessage id="quick.inferred.asAbove" />
      </p>
    );
  const { counted, spans } = rowReasonTexts(intl, values, name);
  return (
    <>
      {counted.map((line) => (
        <p key={line} className="inferred">
          {line}
        </p>
      ))}
      {spans.length > 0 && (
        <details className="inferred span-reasons">
          <summary>
            <FormattedMessage id="quick.inferred.spanWhy" />
          </summary>
          {spans.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </details>
      )}
    </>
  );
}

/**
 * Whether a charge's dates were worked out as the row above's were, from the same things to the same days (the
 * lesser charges of one sentence, tried at one hearing): then said once, above, and here in a word.
 */
function isWorkedAsAbove(values: QuickCaseValues, name: string): boolean {
  const [list, at] = name.split('.');
  const i = Number(at);
  if (list !== 'charges' || !(i > 0)) return false;
  const row = values.charges[i];
  const above = values.charges[i - 1];
  const reasons = (row?.because ?? []).filter((r) => r !== 'article_by_title');
  return (
    reasons.length > 0 &&
    !isRetyped(row) &&
    !isRetyped(above) &&
    isDatedAlike(values, `charges.${String(i - 1)}`, name)
  );
}
