import { useMemo, useState, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { formatPartialDate } from '../../../lib/format.ts';
import { additionKey, additionsOf, checkedCount, type Addition } from '../lib/quick-case-added.ts';
import { assertedText, tickedElements } from '../lib/quick-case-allegations.ts';
import type { QuickCaseValues } from '../lib/quick-case.ts';
import { quickChargeName } from '../lib/quick-case-titles.ts';
import { rowReasonTexts, workedOutReasonText } from '../lib/quick-case-worked-out.ts';
import { PLACE_NAMES } from './quick-case-as-read.tsx';
import { useOpenAtLine } from './quick-case-at-line.tsx';
import { ArticlePair } from './quick-case-row-list.tsx';
import { ownWordsShort } from './quick-case-line-parts.tsx';

/** The kinds of what the form added, in the order they are checked, each under its heading. */
const KINDS: readonly Addition['kind'][] = ['counted', 'article', 'year', 'span', 'reading'];

/**
 * Under what was filled from a text: everything the form added to what the text says, by kind (dates counted from its
 * words, articles found by the charges' words, years added, dates the text does not give, its reading of what each
 * claim asserts), each said in full where it stands, with a box to tick once checked and a button that shows its row
 * beside its sentence. How many are ticked is counted: the rest of what was filled is the text's own words. The
 * ticks are the researcher's while the form is open: read again, the form asks again.
 */
export function AddedByForm({ isToCheck }: { isToCheck: (row: { id: string }) => boolean }) {
  const values = useWatch() as QuickCaseValues;
  const additions = useMemo(() => additionsOf(values, isToCheck), [values, isToCheck]);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  if (additions.length === 0) return null;
  const count = additions.length;
  const done = checkedCount(additions, checked);
  const tick = (key: string, isChecked: boolean) =>
    setChecked((before) => {
      const after = new Set(before);
      if (isChecked) after.add(key);
      else after.delete(key);
      return after;
    });
  return (
    <section className="added-by-form" aria-labelledby="added-heading" data-added={`${done}/${count}`}>
      <h3 id="added-heading">
        <FormattedMessage id="quick.added.heading" />
      </h3>
      <p className="hint">
        <FormattedMessage id="quick.added.hint" />
      </p>
      <p className="added-count" aria-live="polite">
        <FormattedMessage
          id={done === count ? 'quick.added.allChecked' : 'quick.added.count'}
          values={{ checked: done, count }}
        />
      </p>
      {KINDS.map((kind) => {
        const ofKind = additions.filter((addition) => addition.kind === kind);
        return (
          ofKind.length > 0 && (
            <div key={kind} className="added-kind" data-added-kind={kind}>
              <h4>
                <FormattedMessage id={`quick.added.kind.${kind}`} />
              </h4>
              <ul>
                {ofKind.map((addition) => {
                  const key = additionKey(addition);
                  return (
                    <AddedItem
                      key={key}
                      addition={addition}
                      isChecked={checked.has(key)}
                      onTick={(isChecked) => tick(key, isChecked)}
                    />
                  );
                })}
              </ul>
            </div>
          )
        );
      })}
    </section>
  );
}

function AddedItem({
  addition,
  isChecked,
  onTick,
}: {
  addition: Addition;
  isChecked: boolean;
  onTick: (isChecked: boolean) => void;
}) {
  const intl = useIntl();
  const values = useWatch() as QuickCaseValues;
  const openAtLine = useOpenAtLine();
  const [place = ''] = addition.places;
  const name = rowsName(intl, values, addition.places);
  // Its row is opened under its line, beside its sentence, to be checked and changed there; "Done" comes back here.
  // A date counted is checked in the box holding it, brought into focus.
  const show = (from: HTMLElement) => {
    openAtLine(place, from);
    if (addition.kind !== 'counted') return;
    window.setTimeout(() => {
      const box = document.querySelector<HTMLInputElement>(
        `[data-at-line="${place}"] input[data-worked-out]`,
      );
      box?.focus();
      box?.scrollIntoView({ block: 'center' });
    }, 50);
  };
  return (
    <li className={isChecked ? 'is-checked' : undefined} data-added-item={place}>
      <span className="added-text">{additionText(intl, values, addition, name)}</span>{' '}
      <label className="added-tick">
        <input type="checkbox" checked={isChecked} onChange={(event) => onTick(event.target.checked)} />{' '}
        <FormattedMessage id="quick.added.checked" />
        <span className="visually-hidden">: {name}</span>
      </label>{' '}
      <button type="button" className="link-button" onClick={(event) => show(event.currentTarget)}>
        <FormattedMessage id="quick.added.show" />
        <span className="visually-hidden">: {name}</span>
      </button>
    </li>
  );
}

/** What the form added, said in full: what it is in, and how it was worked out or read. */
function additionText(intl: IntlShape, values: QuickCaseValues, addition: Addition, name: string): ReactNode {
  const [place = ''] = addition.places;
  const [list = '', at = '0'] = place.split('.');
  const i = Number(at);
  switch (addition.kind) {
    case 'article': {
      const rows = addition.places.map((p) => Number(p.split('.')[1]));
      const charge = values.charges[rows[0] ?? 0];
      return charge === undefined ? name : <ArticlePair charge={charge} rows={rows} />;
    }
    case 'counted':
    case 'span': {
      const { counted, spans } = rowReasonTexts(intl, values, place);
      return `${name}: ${[...counted, ...spans].join(' ')}`;
    }
    case 'year': {
      const row = (values[list as keyof QuickCaseValues] as Record<string, unknown>[] | undefined)?.[i];
      const value = row?.[list === 'measures' ? 'from' : list === 'events' ? 'start' : 'date'];
      const date = typeof value === 'string' ? value : '';
      const how =
        list === 'events'
          ? intl.formatMessage({ id: 'quick.inferred.season_of_news' })
          : workedOutReasonText(intl, values, place, 'no_year');
      return `${name}, ${formatPartialDate(intl, date)}: ${how}`;
    }
    case 'reading': {
      const claim = values.allegations[i];
      const charge = values.charges.find((c) => c.id === claim?.charge);
      const words = ownWordsShort(claim?.summary ?? '');
      const short = typeof words === 'string' ? words : 'own' in words ? (words.short ?? words.own) : '';
      return `${name} (${short}): ${claim === undefined ? '' : assertedText(intl, charge, tickedElements(claim))}`;
    }
  }
}

/** The name of the rows ("Charge 2 (Art. 400)", "Charges 4 and 5", "Hearing 2") at their places in the form. */
function rowsName(intl: IntlShape, values: QuickCaseValues, places: readonly string[]): string {
  const [list = 'charges', at = '0'] = (places[0] ?? '').split('.');
  const i = Number(at);
  if (list === 'charges' && places.length > 1)
    return intl.formatMessage(
      { id: 'quick.chargesN' },
      { count: places.length, rows: intl.formatList(places.map((p) => String(Number(p.split('.')[1]) + 1))) },
    );
  if (list === 'charges') return quickChargeName(intl, values.charges[i], i);
  return intl.formatMessage({ id: PLACE_NAMES[list as keyof typeof PLACE_NAMES] }, { n: i + 1 });
}
