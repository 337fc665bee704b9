import type { ReactNode } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl } from 'react-intl';
import { quickArticleName, quickChargeName } from '../lib/quick-case-titles.ts';
import { broughtAgainOver, type QuickCaseValues, type QuickCharge, type RowList } from '../lib/quick-case.ts';
import { rowWorkedOut } from '../lib/quick-case-draft.ts';
import { articlePairKey } from '../lib/quick-case-added.ts';
import { isAsDrafted, isChangedFromDraft, isRetyped } from '../lib/quick-case-changed.ts';
import { DraftedFrom } from './quick-case-text.tsx';
import { RowSummary, useLawTitle } from './quick-case-row-summary.tsx';
import { RowInCase, useIntoCase, useIsHeld } from './quick-case-into.tsx';
import { useIsAllLaidOut } from './quick-case-as-read.tsx';
import { useIsInRowsRead } from './quick-case-rows-read.tsx';
import { AtItsLine, useRemoveRow } from './quick-case-at-line.tsx';

/**
 * A list of rows of one kind, each in its own titled group with its remove button, and a button that adds one:
 * `legend` names the list, `row` each row ("Charge {n}"), `remove` its button; `add` names and makes a new row.
 */
export function Rows({
  name,
  legend,
  hint,
  row,
  remove,
  add,
  children,
}: {
  name: RowList;
  legend: string;
  hint?: string;
  row: string;
  remove: string;
  add: (count: number) => { label: string; make: () => Record<string, unknown> };
  children: (i: number, count: number) => ReactNode;
}) {
  const { control } = useFormContext();
  const rows = useFieldArray({ control, name });
  const removeRow = useRemoveRow(rows.remove);
  const adding = add(rows.fields.length);
  const kind = name.slice(0, -1);
  return (
    <fieldset className="field-group">
      <legend>
        <FormattedMessage id={legend} />
      </legend>
      {name === 'charges' && <ArticlesByTitleNote />}
      <AllHeldFold
        list={name}
        count={rows.fields.length}
        hint={
          hint !== undefined && (
            <p className="hint">
              <FormattedMessage id={hint} />
            </p>
          )
        }
      >
        {rows.fields.map((field, i) => (
          <AtItsLine key={field.id} place={`${name}.${String(i)}`}>
            <fieldset className={`field-group ${kind}-row`} {...{ [`data-${kind}-row`]: i }}>
              <legend>
                <FormattedMessage id={row} values={{ n: i + 1 }} />
              </legend>
              <RowInCase list={name} i={i} />
              {name === 'charges' && <ReplacedBroughtAgain i={i} />}
              <RowDraftedFrom
                list={name}
                i={i}
                above={i > 0 ? (rows.fields[i - 1] as { quote?: string }).quote : undefined}
              />
              {/* A row filled from the text is folded to what it records, to be read against its sentence; it is
              changed, or removed, opened. */}
              {(field as { quote?: string }).quote !== undefined ? (
                <details className="row-fold">
                  <summary>
                    <RowMark list={name} i={i} /> <RowChange list={name} i={i} />
                  </summary>
                  {children(i, rows.fields.length)}
                  <RemoveRow onRemove={() => removeRow(i)} message={remove} n={i + 1} />
                </details>
              ) : (
                <>
                  {children(i, rows.fields.length)}
                  {(name !== 'charges' || rows.fields.length > 1) && (
                    <RemoveRow onRemove={() => removeRow(i)} message={remove} n={i + 1} />
                  )}
                </>
              )}
            </fieldset>
          </AtItsLine>
        ))}
      </AllHeldFold>
      <button type="button" className="link-button" onClick={() => rows.append(adding.make())}>
        <FormattedMessage id={adding.label} />
      </button>
    </fieldset>
  );
}

/** A row's sentence and how its dates were worked out; not the latter for a row the case holds already. */
function RowDraftedFrom({ list, i, above }: { list: RowList; i: number; above: string | undefined }) {
  return <DraftedFrom name={`${list}.${String(i)}`} above={above} isHeld={useIsHeld(list, i)} />;
}

function RemoveRow({ onRemove, message, n }: { onRemove: () => void; message: string; n: number }) {
  return (
    <button type="button" className="link-button" onClick={onRemove}>
      <FormattedMessage id={message} values={{ n }} />
    </button>
  );
}

/**
 * Said once for the charges, not under each: the articles the text does not cite, each found by its title, set out
 * as pairs of the text's words and the article's title, to be read at one glance; charges with the same words and
 * article (one brought again) make one pair.
 */
function ArticlesByTitleNote() {
  const charges = useWatch({ name: 'charges' }) as QuickCharge[];
  // Laid over a case, a charge it holds keeps its own article: not one to check.
  const { matches } = useIntoCase();
  const found = charges.flatMap((c, i) =>
    (c.because ?? []).includes('article_by_title') && !matches.has(c.id) ? [{ c, i }] : [],
  );
  if (found.length === 0) return null;
  const pairs = new Map<string, { c: QuickCharge; rows: number[] }>();
  for (const { c, i } of found) {
    const key = articlePairKey(c);
    const pair = pairs.get(key) ?? { c, rows: [] };
    pair.rows.push(i);
    pairs.set(key, pair);
  }
  return (
    <div className="hint inferred articles-by-title" data-articles-by-title>
      <p>
        <FormattedMessage id="quick.articlesByTitle" values={{ count: found.length }} />
      </p>
      <ul>
        {[...pairs.values()].map(({ c, rows }) => (
          <li key={rows.join()}>
            <ArticlePair charge={c} rows={rows} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** "Charges 1 and 3: “organizing mass riots” → Art. 272(1), Organising mass riots". */
function ArticlePair({ charge, rows }: { charge: QuickCharge; rows: readonly number[] }) {
  const intl = useIntl();
  const title = useLawTitle(charge);
  const names = intl.formatMessage(
    { id: 'quick.chargesN' },
    { count: rows.length, rows: intl.formatList(rows.map((i) => String(i + 1))) },
  );
  return (
    <>
      {names}: {charge.label.trim() !== '' && <q>{charge.label.trim()}</q>} →{' '}
      <strong>{quickArticleName(intl, charge)}</strong>
      {title !== undefined && <>, {title}</>}
    </>
  );
}

/** What opening a folded row is for: to change it, or, for one the case holds already, to see the text's reading. */
function RowChange({ list, i }: { list: RowList; i: number }) {
  return (
    <span className="row-change">
      <FormattedMessage id={useIsHeld(list, i) ? 'quick.row.see' : 'quick.row.change'} />
    </span>
  );
}

/**
 * A row's line, and after it its marks: whether a date of it was counted from the text's words, to be checked first,
 * whether its article was found by its words, whether its year was added or it was typed over. A row the case the
 * text is added to holds already keeps the case's dates: it is not to check.
 */
export function RowMark({ list, i }: { list: RowList; i: number }) {
  const { getValues } = useFormContext();
  // Watched so that it follows the boxes a measure's dates are worked out from.
  useWatch({ name: [list, 'measures', 'confirmedOn'] });
  const isHeld = useIsHeld(list, i);
  const worked = rowWorkedOut(getValues() as QuickCaseValues, list, i);
  // The case's own record is said above the sentence; what the text gives is not saved for it (the notice above the
  // rows says so once), and not repeated.
  if (isHeld)
    return (
      <span className="row-mark in-case">
        <FormattedMessage id="quick.row.inCase" />
      </span>
    );
  const row = (getValues() as QuickCaseValues)[list][i];
  // A day and month the text writes without its year is as it says but for the year, which the mark says too.
  const yearAdded = ((row as { because?: string[] } | undefined)?.because ?? []).includes('no_year');
  // A row changed since it was filled (a box typed over, a charge ticked) is the researcher's, not the text's; a note
  // on how its dates are known leaves them the text's (a claim's note is what it says, drafted from the text).
  // A date counted from the text's words is checked first. One the text does not give is said so in the line
  // itself, the span it allows being kept: nothing to check, and no mark.
  const mark =
    worked === 'counted'
      ? 'quick.row.checkFirst'
      : isRetyped(row) || isChangedFromDraft(row, list === 'allegations' ? [] : ['note'])
        ? 'quick.row.typed'
        : yearAdded && worked !== 'span'
          ? 'quick.row.yearAdded'
          : undefined;
  // A charge whose article the text does not cite, found by its words in an article's title, says so: the article
  // is the form's reading, not the source's, until the researcher changes it.
  const isArticleFound =
    list === 'charges' &&
    ((row as { because?: string[] } | undefined)?.because ?? []).includes('article_by_title') &&
    row !== undefined &&
    isAsDrafted(row, 'article');
  const found = isArticleFound && (
    <>
      {' '}
      <span className="row-tag article-found">
        <FormattedMessage id="quick.row.articleFound" />
      </span>
    </>
  );
  // The marks follow what the line records, as notes on it: the line is read first as what will be saved.
  return (
    <>
      <RowSummary list={list} i={i} />
      {found}
      {mark !== undefined && (
        <>
          {' '}
          <span
            className={
              worked === 'counted'
                ? 'row-mark worked-out'
                : mark === 'quick.row.yearAdded'
                  ? 'row-mark year-added'
                  : 'row-mark'
            }
          >
            <FormattedMessage id={mark} />
          </span>
        </>
      )}
    </>
  );
}

/**
 * On a charge that took another's place, when a later row brings that other again: the text does not say what
 * became of this one (dropped when the first came back, or pending beside it), which the researcher may know.
 */
function ReplacedBroughtAgain({ i }: { i: number }) {
  const intl = useIntl();
  const charges = useWatch({ name: 'charges' }) as QuickCharge[];
  // Laid over a case, one the case holds keeps its own record.
  const isHeld = useIsHeld('charges', i);
  const row = charges[i];
  const again = broughtAgainOver(charges, i);
  if (isHeld || row === undefined || again === undefined) return null;
  return (
    <p className="hint replaced-again">
      <FormattedMessage
        id="quick.row.replacedBroughtAgain"
        values={{
          again: quickChargeName(intl, charges[again], again),
          replaced: quickChargeName(intl, charges[Number(row.from)], Number(row.from)),
          later: intl.formatMessage({ id: 'quick.then' }),
        }}
      />
    </p>
  );
}

/**
 * Laid over a case that holds every row of a list already, the rows are folded under one line saying so: they are
 * the case's own, not to check, and are opened only to see them. So are the rows of a list all read from the text
 * laid out above, where each has its line beside its sentence: they are opened only to change one, or to add one.
 */
function AllHeldFold({
  list,
  count,
  hint,
  children,
}: {
  list: RowList;
  count: number;
  hint: ReactNode;
  children: ReactNode;
}) {
  const { held, matches } = useIntoCase();
  const rows = useWatch({ name: list }) as { id: string; quote?: string }[] | undefined;
  const isAllHeld = held !== undefined && count > 0 && (rows ?? []).every((row) => matches.has(row.id));
  // Folded already under the one line of all the rows read from the text, a list is not folded a second time.
  const isInRowsRead = useIsInRowsRead();
  const isAllLaidOut = useIsAllLaidOut(rows ?? []) && !isInRowsRead;
  if (isAllHeld)
    return (
      <>
        {hint}
        <details className="all-held">
          <summary>
            <span className="row-mark in-case">
              <FormattedMessage id="quick.row.inCase" />
            </span>{' '}
            <FormattedMessage id="quick.into.allHeld" values={{ count }} />
          </summary>
          {children}
        </details>
      </>
    );
  if (held === undefined && count > 0 && isAllLaidOut)
    return (
      <details className="all-laid-out" data-all-laid-out={list}>
        <summary>
          <FormattedMessage id={`quick.asRead.folded.${list}`} values={{ count }} />{' '}
          <span className="row-change">
            <FormattedMessage id="quick.row.change" />
          </span>
        </summary>
        {hint}
        {children}
      </details>
    );
  return (
    <>
      {hint}
      {children}
    </>
  );
}
