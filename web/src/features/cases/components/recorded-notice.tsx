import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { KeptText } from '../../forms/lib/quick-case-saved.ts';

/**
 * Over a case just recorded from a source: what was saved, counted, for the researcher to hold against the form
 * they filled; every fact of it cites the source. A source added to a case already recorded says what it added, and
 * for how many of the records the case held it is now cited too.
 */
export function RecordedNotice({
  counts,
  cited,
  kept,
  checked,
  next,
  isBeside = false,
}: {
  counts: Record<string, number>;
  cited: number | undefined;
  kept: KeptText | undefined;
  /** Of the rows read from the text, how many were ticked as checked beside their sentences before saving. */
  checked?: { ticked: number; rows: number } | undefined;
  /** Where to read on: the source beside the facts, to check them against it, or, from there, the case page. */
  next?: { to: string; label: string } | undefined;
  /** Shown over the source read beside the facts, whose own hint says how to check them: what was saved only. */
  isBeside?: boolean;
}) {
  const intl = useIntl();
  const parts = (
    [
      'charge',
      'measure',
      'hearing',
      'decision',
      'allegation',
      'event',
      'evidence',
      'person',
      'organisation',
      'source',
      'document',
    ] as const
  )
    .filter((kind) => (counts[kind] ?? 0) > 0)
    .map((kind) => intl.formatMessage({ id: `case.recorded.${kind}` }, { count: counts[kind] }));
  const records = intl.formatList(parts, { type: 'conjunction' });
  const said =
    cited === undefined
      ? [intl.formatMessage({ id: isBeside ? 'case.recorded.saved' : 'case.recorded' }, { records })]
      : parts.length === 0
        ? [
            intl.formatMessage(
              { id: cited > 0 ? 'case.recorded.intoNothing' : 'case.recorded.intoUnchanged' },
              { cited },
            ),
          ]
        : [
            intl.formatMessage({ id: 'case.recorded.into' }, { records }),
            ...(cited > 0 ? [intl.formatMessage({ id: 'case.recorded.citedToo' }, { cited })] : []),
          ];
  // The text pasted, kept as the new source's copy, or why it was not.
  const copy =
    kept === undefined
      ? []
      : [
          kept.kept
            ? intl.formatMessage({ id: 'case.recorded.textKept' })
            : intl.formatMessage({ id: 'case.recorded.textNotKept' }, { why: kept.why }),
        ];
  // What was checked before saving, beside the same sentences the records now cite: read again for the rest.
  const ticks =
    checked === undefined
      ? []
      : [
          intl.formatMessage(
            { id: 'case.recorded.checked' },
            { ...checked, all: checked.ticked === checked.rows ? 'yes' : 'no' },
          ),
        ];
  return (
    <p role="status" className="saved-notice recorded-notice">
      {[...said, ...copy, ...ticks].join(' ')}
      {next !== undefined && (
        <>
          {' '}
          <Link to={next.to}>{intl.formatMessage({ id: next.label })}</Link>
        </>
      )}
    </p>
  );
}
