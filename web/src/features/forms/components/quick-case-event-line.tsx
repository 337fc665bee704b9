import { useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { firstWords, formatPartialDate } from '../../../lib/format.ts';
import { regionName } from '../../../lib/regions.ts';
import type { QuickEvent } from '../lib/quick-case-events.ts';
import type { QuickEvidence } from '../lib/quick-case-evidence.ts';
import { isTheTexts } from '../lib/quick-case-changed.ts';
import { detail, LineParts, ownWords } from './quick-case-line-parts.tsx';

/**
 * An event's line beside its sentence in the text as the form read it: what it is, its name, when, where and its
 * dead.
 */
export function EventLine({ i }: { i: number }) {
  const intl = useIntl();
  const row = useWatch({ name: `events.${String(i)}` }) as QuickEvent | undefined;
  if (row === undefined) return null;
  const place = [row.placeName.trim(), row.country.trim() === '' ? '' : regionName(intl, row.country.trim())]
    .filter((p) => p !== '')
    .join(', ');
  const parts = [
    row.title.trim(),
    intl.formatMessage({ id: `forms.eventKind.${row.kind}` }),
    row.start === '' ? '' : formatPartialDate(intl, row.start),
    place,
    Number.isInteger(row.deaths)
      ? intl.formatMessage(
          { id: 'quick.row.dead' },
          {
            count: row.deaths,
            qualifier: intl.formatMessage({ id: `forms.qualifier.${row.deathsQualifier}` }),
          },
        )
      : '',
    // Its description, by its first words: read from the text, the sentence just above.
    (row.description ?? '').trim() === ''
      ? ''
      : intl.formatMessage({ id: 'quick.row.described' }, { words: firstWords(row.description, 50) }),
  ];
  return <LineParts parts={parts} />;
}

/**
 * Under an event's line beside its sentence, where the text dates it by the season of its own news ("this spring"):
 * that it does, folded under one line as a span a date the text does not give is, the line saying the season already.
 */
export function EventDated({ i }: { i: number }) {
  const because = useWatch({ name: `events.${String(i)}.because` }) as string[] | undefined;
  if (!(because ?? []).includes('season_of_news')) return null;
  return (
    <details className="inferred span-reasons">
      <summary>
        <FormattedMessage id="quick.inferred.spanWhy" />
      </summary>
      <p>
        <FormattedMessage id="quick.inferred.season_of_news" />
      </p>
    </details>
  );
}

/**
 * An item of evidence's line beside its sentence: its name, what it is, who put it forward (and who had it made),
 * the claims it is put forward for, and what it is said to show.
 */
export function EvidenceLine({ i }: { i: number }) {
  const intl = useIntl();
  const [row, claims] = useWatch({ name: [`evidence.${String(i)}`, 'allegations'] }) as [
    QuickEvidence | undefined,
    { id: string }[] | undefined,
  ];
  if (row === undefined) return null;
  const names = claimNames(intl, row.allegations, claims);
  const parts = [
    row.title.trim(),
    intl.formatMessage({ id: `forms.evidenceType.${row.type}` }),
    // Who put it forward, unless it is who had it made, said next.
    row.commissionedBy === row.side ? '' : intl.formatMessage({ id: `forms.evidenceSide.${row.side}` }),
    row.commissionedBy === ''
      ? ''
      : intl.formatMessage(
          { id: 'quick.row.commissionedBy' },
          { side: intl.formatMessage({ id: `forms.evidenceSide.${row.commissionedBy}` }) },
        ),
    // Where there are claims and the text ties it to none, a line in full says so: a claim to tick is the
    // researcher's judgement, not the text's, and nothing was missed; said briefly, a line says only what it ties.
    names.length > 0
      ? intl.formatMessage({ id: 'quick.row.supports' }, { claims: intl.formatList(names) })
      : (claims ?? []).length > 0
        ? detail(intl.formatMessage({ id: 'quick.row.supportsNone' }))
        : '',
    // What it is said to show ("Concluded that …"), as the row records it, in a line in full: the text's own words
    // while they are as it gave them, in the sentence just above.
    detail(isTheTexts(row, 'description') ? ownWords(row.description) : row.description.trim()),
  ];
  return <LineParts parts={parts} />;
}

/** The names ("Allegation 2") of the claims' rows a row ties to, by their ids, in the order they are ticked. */
export function claimNames(
  intl: IntlShape,
  ids: readonly string[],
  claims: readonly { id: string }[] | undefined,
): string[] {
  return ids.flatMap((id) => {
    const at = (claims ?? []).findIndex((a) => a.id === id);
    return at >= 0 ? [intl.formatMessage({ id: 'quick.allegationN' }, { n: at + 1 })] : [];
  });
}
