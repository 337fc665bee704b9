import { useEffect } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state.tsx';
import { matrixCsvUrl, useCaseTitle, useMatrix, type Matrix } from '../api/get-matrix.ts';
import { articleLabel, EvidenceWho, MatrixChargeSection, titleIn } from './matrix-charge.tsx';
import '../matrix.css';
import { languageOf } from '../../../lib/locale.ts';
import { caseViewPath } from '../../../lib/url-state.ts';
import { chargeWhen } from '../lib/charge-when.ts';
import { RECORD_GAP_KINDS } from '../../../../../src/core/matrix/matrix.ts';

type Gap = Matrix['gaps'][number];

/**
 * The gaps as listed: the charges no claim is recorded for (`charge_unargued`) said in one line, where the first of
 * them stood, for they are one finding (the source tells no claim on them), not one each; the others as they are.
 */
function unarguedAsOne(gaps: readonly Gap[]): (Gap | Gap[])[] {
  const unargued = gaps.filter((g) => g.kind === 'charge_unargued');
  if (unargued.length < 2) return [...gaps];
  return gaps.flatMap<Gap | Gap[]>((g) =>
    g.kind !== 'charge_unargued' ? [g] : g === unargued[0] ? [unargued] : [],
  );
}

/** The gaps of the whole matrix in words, each naming what it concerns. */
function GapList({ matrix: m }: { matrix: Matrix }) {
  const intl = useIntl();
  const { locale } = intl;
  const elementTitle = (charge: string | undefined, key: string | undefined) => {
    const el = m.charges.find((c) => c.charge === charge)?.elements.find((e) => e.key === key);
    return el ? titleIn(el.titles, locale) : (key ?? '');
  };
  const articleOf = (charge: string | undefined) => {
    const c = m.charges.find((x) => x.charge === charge);
    return c ? articleLabel(intl, c) : '';
  };
  // A claim is quoted in its gap: the quotation marks within it become single ones, a quote within a quote.
  const summaryOf = (id: string | undefined) =>
    (
      [...m.charges.flatMap((c) => c.allegations), ...m.unattached].find((a) => a.allegation === id)
        ?.summary ?? ''
    )
      .replace(/“/gu, '‘')
      .replace(/”/gu, '’');
  // The gaps of a charge no longer live (reclassified, dropped, decided) are not the case's to answer now: listed
  // apart, folded, and not counted with the others.
  const isLive = (g: Matrix['gaps'][number]) =>
    g.charge === undefined || m.charges.find((c) => c.charge === g.charge)?.isLive !== false;
  const live = m.gaps.filter(isLive);
  const past = m.gaps.filter((g) => !isLive(g));
  // What the prosecution's case lacks is read apart from what the record does not hold yet (a charge's claims not
  // recorded, speech not assessed), which is the researcher's to add, not a finding about the indictment.
  const ofCase = live.filter((g) => !RECORD_GAP_KINDS.has(g.kind));
  const ofRecord = live.filter((g) => RECORD_GAP_KINDS.has(g.kind));
  const list = (gaps: Matrix['gaps']) => (
    <ul>
      {unarguedAsOne(gaps).map((g, i) =>
        Array.isArray(g) ? (
          <li key={i} className="matrix-gap matrix-gap-charge_unargued">
            <span aria-hidden="true">⚠ </span>
            <FormattedMessage
              id="matrix.gap.chargesUnargued"
              values={{ count: g.length, articles: intl.formatList(g.map((x) => articleOf(x.charge))) }}
            />
          </li>
        ) : (
          <li key={i} className={`matrix-gap matrix-gap-${g.kind}`}>
            <span aria-hidden="true">⚠ </span>
            <FormattedMessage
              id={`matrix.gap.${g.kind}`}
              values={{
                article: articleOf(g.charge),
                element: elementTitle(g.charge, g.element),
                key: g.element ?? '',
                allegation: <span className="record-text">{summaryOf(g.allegation)}</span>,
              }}
            />
          </li>
        ),
      )}
    </ul>
  );
  return (
    <section aria-labelledby="matrix-gaps" className="matrix-gaps">
      <h2 id="matrix-gaps">
        <FormattedMessage
          id="matrix.gaps"
          values={{ count: unarguedAsOne(ofCase).length + unarguedAsOne(ofRecord).length }}
        />
      </h2>
      {!m.isCertain && (
        <p className="matrix-uncertain">
          <FormattedMessage id="matrix.gapsUncertain" />
        </p>
      )}
      {(
        [
          ['case', ofCase],
          ['record', ofRecord],
        ] as const
      ).map(
        ([group, gaps]) =>
          gaps.length > 0 && (
            <section key={group} className={`matrix-gaps-${group}`} data-gaps={group}>
              <h3>
                <FormattedMessage
                  id={group === 'case' ? 'matrix.gapsCase' : 'matrix.gapsRecord'}
                  values={{ count: unarguedAsOne(gaps).length }}
                />
              </h3>
              {list(gaps)}
            </section>
          ),
      )}
      {past.length > 0 && (
        <details className="matrix-gaps-past" data-gaps-past>
          <summary>
            <FormattedMessage id="matrix.gapsPast" values={{ count: unarguedAsOne(past).length }} />
          </summary>
          {list(past)}
        </details>
      )}
    </section>
  );
}

/**
 * The indictment matrix of a case: per charge, the offence's elements as rows, the allegations and evidence
 * under each, the gaps marked in words and colour; a CSV to download and a layout to print or save as PDF.
 */
export function MatrixPage({ id }: { id: string }) {
  const intl = useIntl();
  const matrix = useMatrix(id);
  const title = useCaseTitle(id);
  useEffect(() => {
    document.title = `${intl.formatMessage({ id: 'matrix.title' })} · ${title.data ?? id} · ${intl.formatMessage({ id: 'app.name' })}`;
  }, [title.data, id, intl]);
  if (!matrix.data) return <QueryState error={matrix.error} notFound="error.caseNotFound" />;
  const m = matrix.data;
  // Charges under one article are told apart by when each was brought.
  const told = m.charges.map((c) => ({
    label: `${articleLabel(intl, c)}|${c.label ?? ''}`,
    broughtOn: c.broughtOn,
  }));
  const whenOf = (c: Matrix['charges'][number]) => {
    const i = m.charges.indexOf(c);
    const mine = told[i];
    return mine === undefined ? undefined : chargeWhen(intl, told, mine);
  };
  return (
    <article className="matrix-page">
      <header>
        <p className="muted matrix-actions">
          <Link to={caseViewPath(id)}>
            <FormattedMessage id="matrix.backToCase" />
          </Link>
        </p>
        <h1>
          <FormattedMessage id="matrix.title" />
        </h1>
        {title.data !== undefined && <p className="record-text matrix-case-title">{title.data}</p>}
        <p className="matrix-actions">
          <a href={matrixCsvUrl(id, languageOf(intl.locale))} download className="button">
            <FormattedMessage id="matrix.downloadCsv" />
          </a>{' '}
          <button type="button" onClick={() => window.print()}>
            <FormattedMessage id="matrix.print" />
          </button>
        </p>
        <p className="muted">
          <FormattedMessage id="matrix.legend" />
        </p>
      </header>
      {m.withheld !== undefined && (
        <p role="note" className="matrix-withheld">
          <FormattedMessage id="matrix.withheld" />
        </p>
      )}
      {m.charges.map((c) => (
        <MatrixChargeSection key={c.charge} charge={c} gaps={m.gaps} when={whenOf(c)} />
      ))}
      {m.unattached.length > 0 && (
        <MatrixChargeSection
          charge={{
            charge: '',
            article: { jurisdiction: m.jurisdiction, code: '', article: '' },
            articleText: intl.formatMessage({ id: 'matrix.unattached' }),
            state: 'live',
            isLive: true,
            isFateUnknown: false,
            onDate: '',
            hasElementData: false,
            elements: [],
            allegations: m.unattached,
          }}
          gaps={m.gaps.filter((g) => g.charge === undefined).map((g) => ({ ...g, charge: '' }))}
        />
      )}
      {m.unlinked.length > 0 && (
        <section className="matrix-unlinked" aria-labelledby="matrix-unlinked">
          <h2 id="matrix-unlinked">
            <FormattedMessage id="matrix.unlinked" values={{ count: m.unlinked.length }} />
          </h2>
          <p className="hint">
            <FormattedMessage id="matrix.unlinkedHint" />
          </p>
          <ul>
            {m.unlinked.map((e) => (
              <li key={e.evidence} data-unlinked={e.evidence}>
                <span className="record-text">{e.title}</span> <EvidenceWho item={e} />
                {e.description !== undefined && <div className="record-text muted">{e.description}</div>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <GapList matrix={m} />
    </article>
  );
}
