import { firstWords, formatPartialDate } from '../../../lib/format.ts';
import { languageOf } from '../../../lib/locale.ts';
import { titleIn as titleInLanguage } from '../../../../../src/core/common/titles.ts';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { MatrixAllegation, MatrixCharge, MatrixGap } from '../api/get-matrix.ts';

type Titles = MatrixCharge['elements'][number]['titles'];

/** The article as charged, in the reader's language ("ч. 1 ст. 272"); the given text for a section that is no charge. */
export function articleLabel(intl: IntlShape, c: Pick<MatrixCharge, 'article' | 'articleText'>): string {
  const { article, part } = c.article;
  if (article === '') return c.articleText;
  return part !== undefined
    ? intl.formatMessage({ id: 'article.withPart' }, { article, part })
    : intl.formatMessage({ id: 'article.plain' }, { article });
}

/** A title in the reader's language, else English. */
/**
 * A title in the reader's language ("ru" for a page formatted as "ru-RU"), else the one they read next, else
 * English: the law data's own choice (`titleIn` of the core).
 */
export const titleIn = (titles: Titles, locale: string): string =>
  titleInLanguage(titles, languageOf(locale)) ?? titles.en;

/** The gaps of one allegation, said in words (and marked, not by colour alone). */
function AllegationGaps({ gaps }: { gaps: MatrixGap[] }) {
  if (gaps.length === 0) return null;
  return (
    <ul className="matrix-flags">
      {gaps.map((g) => (
        <li key={`${g.kind}-${g.element ?? ''}`} className="matrix-flag">
          <span aria-hidden="true">⚠ </span>
          <FormattedMessage id={`matrix.flag.${g.kind}`} values={{ element: g.element ?? '' }} />
        </li>
      ))}
    </ul>
  );
}

/**
 * How a claim of speech was assessed against the standards, where it was: "Assessed as protected expression:
 * calling for political reforms is not a crime".
 */
export function SpeechAssessed({ assessment }: { assessment: MatrixAllegation['speechAssessment'] }) {
  const intl = useIntl();
  if (assessment === undefined) return null;
  return (
    <p className="matrix-assessed" data-speech-assessed={assessment.finding}>
      <FormattedMessage
        id="matrix.assessed"
        values={{ finding: intl.formatMessage({ id: `forms.speechFinding.${assessment.finding}` }) }}
      />
      {assessment.reasoning !== undefined && (
        <>
          : <span className="record-text">{assessment.reasoning}</span>
        </>
      )}
    </p>
  );
}

/** What an item of evidence is and who put it forward: "(video, prosecution)", or the prosecution's own expert. */
export function EvidenceWho({
  item,
}: {
  item: { isProsecutionExpert: boolean; type: string; side: string };
}) {
  return (
    <span className="muted">
      (
      {item.isProsecutionExpert ? (
        <FormattedMessage id="matrix.prosecutionExpert" />
      ) : (
        <>
          <FormattedMessage id={`matrix.evidenceType.${item.type}`} />
          {', '}
          <FormattedMessage id={`matrix.side.${item.side}`} />
        </>
      )}
      )
    </span>
  );
}

/** When the conduct a claim alleges took place, as the document says: "(4 January 2022)", "(January 2022)". */
export function ConductOn({ date }: { date: string }) {
  const intl = useIntl();
  return (
    <span className="muted" data-conduct-on>
      {' '}
      <FormattedMessage id="matrix.conductOn" values={{ date: formatPartialDate(intl, date) }} />
    </span>
  );
}

/** What the record notes of a claim, beside it: a source's answer to it is read with the claim, not apart. */
export function ClaimNote({ note }: { note: string | undefined }) {
  if (note === undefined || note.trim() === '') return null;
  return (
    <p className="matrix-claim-note" data-claim-note>
      <FormattedMessage
        id="matrix.claimNote"
        values={{ note: <span className="record-text">{note}</span> }}
      />
    </p>
  );
}

/** The anchor of a claim's item on the page, which the elements it asserts point to. */
const claimAnchor = (a: MatrixAllegation) => `claim-${a.allegation.replace(/[^A-Za-z0-9-]/g, '-')}`;

/** One allegation, numbered as on its charge, in full, with its gaps and all the evidence bearing on it. */
function AllegationItem({
  allegation: a,
  n,
  gaps,
}: {
  allegation: MatrixAllegation;
  n: number;
  gaps: MatrixGap[];
}) {
  const evidence = a.evidence;
  return (
    <li className="matrix-allegation" id={claimAnchor(a)}>
      <p>
        <strong className="matrix-claim-n">
          <FormattedMessage id="matrix.allegationN" values={{ n }} />
        </strong>{' '}
        <span className="matrix-type">
          <FormattedMessage id={`matrix.type.${a.type}`} />
        </span>{' '}
        <span className="record-text">{a.summary}</span>
        {a.conductOn !== undefined && <ConductOn date={a.conductOn} />}
        {a.passage !== undefined && a.documentPageCount !== 1 && (
          <span className="muted">
            {' '}
            (<FormattedMessage id="matrix.page" values={{ page: a.passage.page }} />)
          </span>
        )}
      </p>
      <SpeechAssessed assessment={a.speechAssessment} />
      <ClaimNote note={a.note} />
      <AllegationGaps gaps={gaps.filter((g) => g.allegation === a.allegation)} />
      {evidence.length === 0 ? (
        <p className="matrix-none">
          <FormattedMessage id="matrix.noEvidence" />
        </p>
      ) : (
        <ul className="matrix-evidence">
          {evidence.map((e) => (
            <EvidenceStance key={e.evidence} item={e} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** How an item of evidence bears on a claim: "Supports: Videos (Facebook) (video, prosecution)". */
function EvidenceStance({ item: e }: { item: MatrixAllegation['evidence'][number] }) {
  return (
    <li className={`matrix-stance matrix-stance-${e.stance}`}>
      <span className="matrix-stance-word">
        <FormattedMessage id={`matrix.stance.${e.stance}`} />
      </span>
      {': '}
      <span className="record-text">{e.title}</span> <EvidenceWho item={e} />
    </li>
  );
}

/**
 * Under an element, the claims asserting it, each by its number, a link to it in full below, with the evidence
 * bearing on that element: a claim asserting several elements is written out once, not under each.
 */
function AssertedBy({
  claims,
  element,
  numberOf,
}: {
  claims: readonly MatrixAllegation[];
  element: string;
  numberOf: (a: MatrixAllegation) => number;
}) {
  // An element no claim asserts has its standing say so: no empty list beside it.
  if (claims.length === 0) return null;
  return (
    <ul className="matrix-asserted-by">
      {claims.map((a) => {
        const evidence = a.evidence.filter((e) => e.elements.includes(element));
        return (
          <li key={a.allegation}>
            <a href={`#${claimAnchor(a)}`}>
              <FormattedMessage id="matrix.allegationN" values={{ n: numberOf(a) }} />
            </a>{' '}
            {/* Its first words, so that the table is read without following each link to the claim in full. */}
            <span className="matrix-claim-lead">{firstWords(a.summary, 70)}</span>
            {evidence.length > 0 && (
              <ul className="matrix-evidence">
                {evidence.map((e) => (
                  <EvidenceStance key={e.evidence} item={e} />
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** One charge: its elements as rows, each with its standing and the allegations and evidence under it. */
export function MatrixChargeSection({
  charge: c,
  gaps,
  when,
}: {
  charge: MatrixCharge;
  gaps: MatrixGap[];
  /** When it was brought, where another charge of the case is under the same article: the year, or the day. */
  when?: string | undefined;
}) {
  const intl = useIntl();
  const { locale } = intl;
  const mine = gaps.filter((g) => g.charge === c.charge);
  const keys = new Set(c.elements.map((e) => e.key));
  const rest = c.allegations.filter((a) => !a.elements.some((k) => keys.has(k)));
  const asserting = c.allegations.filter((a) => !rest.includes(a));
  const numberOf = (a: MatrixAllegation) => c.allegations.indexOf(a) + 1;
  const headingId = `matrix-${c.charge.replace(/[^A-Za-z0-9-]/g, '-')}`;
  return (
    <section className="matrix-charge" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {articleLabel(intl, c)}
        {c.label !== undefined && <span className="record-text"> {c.label}</span>}
        {when !== undefined && <span className="matrix-when"> · {when}</span>}
      </h2>
      <p className={c.isLive ? 'matrix-live' : 'matrix-not-live'}>
        {c.isLive ? (
          <FormattedMessage id={c.isFateUnknown ? 'matrix.liveFateUnknown' : 'matrix.live'} />
        ) : (
          <FormattedMessage
            id="matrix.notLive"
            values={{ state: intl.formatMessage({ id: `step.${c.state}` }) }}
          />
        )}
      </p>
      {!c.hasElementData && (
        <p className="muted">
          <FormattedMessage id="matrix.noElementData" values={{ article: articleLabel(intl, c) }} />
        </p>
      )}
      {/* A charge no claim is recorded for is one gap: its elements are listed, not each marked as one. */}
      {c.elements.length > 0 && c.allegations.length === 0 && (
        <p className="matrix-unargued">
          <span aria-hidden="true">⚠ </span>
          <FormattedMessage
            id="matrix.unargued"
            values={{ elements: c.elements.map((el) => titleIn(el.titles, locale)).join('; ') }}
          />
        </p>
      )}
      {c.elements.length > 0 && c.allegations.length > 0 && (
        <div className="table-scroll" role="region" tabIndex={0} aria-labelledby={headingId}>
          <table className="matrix-table">
            <thead>
              <tr>
                <th scope="col">
                  <FormattedMessage id="matrix.col.element" />
                </th>
                <th scope="col">
                  <FormattedMessage id="matrix.col.standing" />
                </th>
                <th scope="col">
                  <FormattedMessage id="matrix.col.allegations" />
                </th>
              </tr>
            </thead>
            <tbody>
              {c.elements.map((el) => (
                <tr key={el.key} className={`matrix-row matrix-${el.status}`}>
                  <th scope="row">{titleIn(el.titles, locale)}</th>
                  <td
                    className="matrix-status"
                    data-label={intl.formatMessage({ id: 'matrix.col.standing' })}
                  >
                    <span aria-hidden="true">{el.status === 'supported' ? '✓ ' : '⚠ '}</span>
                    <FormattedMessage id={`matrix.status.${el.status}`} />
                    {el.contradictedBy.length > 0 && (
                      <p className="matrix-contradicted">
                        <FormattedMessage
                          id="matrix.contradicted"
                          values={{ count: el.contradictedBy.length }}
                        />
                      </p>
                    )}
                  </td>
                  <td data-label={intl.formatMessage({ id: 'matrix.col.allegations' })}>
                    <AssertedBy
                      claims={c.allegations.filter((a) => a.elements.includes(el.key))}
                      element={el.key}
                      numberOf={numberOf}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {c.elements.length > 0 && asserting.length > 0 && (
        <ClaimList heading="matrix.claims" claims={asserting} numberOf={numberOf} gaps={mine} />
      )}
      {rest.length > 0 && (
        <ClaimList
          heading={c.hasElementData ? 'matrix.otherAllegations' : 'matrix.allegations'}
          // Claims recorded from a text, their elements not ticked yet: why the elements above read as gaps.
          hint={c.hasElementData ? 'matrix.otherAllegationsHint' : undefined}
          claims={rest}
          numberOf={numberOf}
          gaps={mine}
        />
      )}
      {c.allegations.length === 0 && c.elements.length === 0 && (
        <p className="muted">
          <FormattedMessage id="matrix.noAllegations" />
        </p>
      )}
    </section>
  );
}

/** A charge's claims under a heading, each once, in full, numbered as on the charge. */
function ClaimList({
  heading,
  hint,
  claims,
  numberOf,
  gaps,
}: {
  heading: string;
  hint?: string | undefined;
  claims: readonly MatrixAllegation[];
  numberOf: (a: MatrixAllegation) => number;
  gaps: MatrixGap[];
}) {
  return (
    <>
      <h3>
        <FormattedMessage id={heading} />
      </h3>
      {hint !== undefined && (
        <p className="hint">
          <FormattedMessage id={hint} />
        </p>
      )}
      <ul className="matrix-allegations matrix-claims">
        {claims.map((a) => (
          <AllegationItem key={a.allegation} allegation={a} n={numberOf(a)} gaps={gaps} />
        ))}
      </ul>
    </>
  );
}
