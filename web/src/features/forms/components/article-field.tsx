import { useId, useState } from 'react';
import { get, useFormContext, useWatch } from 'react-hook-form';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { dayBounds, isPartialDate } from '../../../../../src/core/dates/partial-date.ts';
import { titleIn, type LanguageTitles } from '../../../../../src/core/common/titles.ts';
import { findCitations } from '../../../../../src/core/search/search-text.ts';
import { formatTermBounds, type MoneyUnitWords } from '../../../lib/format.ts';
import {
  useArticleDescription,
  useArticlesByTitle,
  type ArticleDescription,
  type FoundArticle,
} from '../api/article.ts';
import { bareArticle } from '../lib/bare-article.ts';
import { FieldGroup, TextField } from './fields.tsx';
import { languageOf } from '../../../lib/locale.ts';

/** A title in the reader's language, else English, else the first the law data gives. */
const titleFor = (intl: IntlShape, titles: LanguageTitles | undefined) =>
  titleIn(titles, languageOf(intl.locale));

type Part = ArticleDescription['parts'][number];

/** "imprisonment 4 to 10 years", in the reader's language. */
export function penaltyText(
  intl: IntlShape,
  penalty: Part['penalties'][number],
  money?: MoneyUnitWords,
): string {
  const name = titleFor(intl, penalty.titles) ?? penalty.type;
  if (penalty.life === true && penalty.max === undefined) return name;
  const { min, max } = penalty;
  const range =
    max !== undefined ? formatTermBounds(intl, { ...(min !== undefined ? { min } : {}), max }, money) : '';
  const life = penalty.life === true ? ` · ${intl.formatMessage({ id: 'term.life' })}` : '';
  return `${name} ${range}${life}`.trim();
}

/** One line per part: its title, its penalties (or that the data lacks them), its gravity. */
function PartLine({ part, money }: { part: Part; money: MoneyUnitWords | undefined }) {
  const intl = useIntl();
  const title = titleFor(intl, part.titles);
  const penalties = part.isPenaltyUnknown
    ? intl.formatMessage({ id: 'forms.article.penaltyUnknown' })
    : part.penalties.map((p) => penaltyText(intl, p, money)).join('; ');
  const gravity = titleFor(intl, part.gravity?.titles);
  return (
    <li>
      {part.part !== undefined && <FormattedMessage id="forms.article.part" values={{ part: part.part }} />}
      {title !== undefined && (part.part !== undefined ? <> · {title}</> : title)}
      {(part.part !== undefined || title !== undefined) && ': '}
      {penalties}
      {gravity !== undefined && <span className="muted"> ({gravity})</span>}
    </li>
  );
}

/**
 * What the law data says of the article typed, or what it lacks: shown as the article is typed. Folded among many
 * rows, only the part chosen is shown, and every part's penalties are a click away.
 */
function ArticleSummary({
  described,
  isFolded,
  part,
}: {
  described: ArticleDescription;
  isFolded: boolean;
  part: string | undefined;
}) {
  const intl = useIntl();
  const title = titleFor(intl, described.titles);
  const known = described.known;
  const lines = (parts: ArticleDescription['parts']) => (
    <ul>
      {parts.map((p) => (
        <PartLine key={p.part ?? ''} part={p} money={described.moneyUnit} />
      ))}
    </ul>
  );
  const chosen = described.parts.filter((p) => part !== undefined && part !== '' && p.part === part);
  return (
    <div className="hint article-summary" role="status" data-known={known}>
      <strong>{described.label}</strong>
      {title !== undefined && <> · {title}</>}
      {known === 'sanctioned' && !isFolded && lines(described.parts)}
      {known === 'sanctioned' && isFolded && (
        <>
          {lines(chosen)}
          <details className="article-parts">
            <summary>
              <FormattedMessage id="forms.article.allParts" values={{ count: described.parts.length }} />
            </summary>
            {lines(described.parts)}
          </details>
        </>
      )}
      {known !== 'sanctioned' && (
        <p className="warning-text">
          <FormattedMessage
            id={`forms.article.${known === 'unknown' ? `unknown.${described.reason ?? 'article'}` : known}`}
            values={{ law: described.excludedBy ?? '' }}
          />
        </p>
      )}
    </div>
  );
}

/** The articles whose titles hold the words typed, each a button that fills in its number and part. */
function ArticlesByTitle({
  found,
  onPick,
}: {
  found: readonly FoundArticle[];
  onPick: (found: FoundArticle) => void;
}) {
  const intl = useIntl();
  return (
    <div className="hint articles-by-title" role="status">
      <FormattedMessage id="forms.article.byTitle" />
      <ul>
        {found.map((f) => {
          const number = f.part !== undefined ? `${f.article}(${f.part})` : f.article;
          const title = titleFor(intl, f.titles);
          const of = f.part !== undefined ? titleFor(intl, f.articleTitles) : undefined;
          return (
            <li key={`${f.code}:${number}`}>
              <button type="button" className="link-button" onClick={() => onPick(f)}>
                <FormattedMessage id="forms.article.pick" values={{ number }} />
              </button>{' '}
              {title}
              {of !== undefined && <span className="muted"> ({of})</span>}
              {f.known !== 'sanctioned' && (
                <span className="muted">
                  {' · '}
                  <FormattedMessage id={`forms.article.found.${f.known}`} />
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The day the law is read as of: the act's earliest day, else the day the charge was brought. */
function lawDay(actDate: unknown, brought: unknown): string | undefined {
  for (const date of [actDate, brought])
    if (typeof date === 'string' && isPartialDate(date)) return dayBounds(date).earliest;
  return undefined;
}

/**
 * A charge's article: typed as it is cited ("ч. 1 ст. 272 УК РК", "272(1)", "272-бап 1-бөлігі"), which fills the
 * number and part, or field by field; beneath it, what the law data says of it as of the act's day.
 */
export function ArticleField({
  name = 'article',
  dates = ['actDate.date', 'lifecycle.0.date'],
  isFolded = false,
}: {
  /** The field holding the article (a charge's `article`, or a row's in a list of charges). */
  name?: string;
  /** The fields whose first date gives the day the law is read as of: the act's, then the charge's bringing. */
  dates?: readonly [string, string];
  /**
   * The jurisdiction, code, number and part boxes folded under what they hold, for a form of many rows where the
   * article is typed as cited; they open by themselves when one of them has a problem.
   */
  isFolded?: boolean;
} = {}) {
  const intl = useIntl();
  const { setValue } = useFormContext();
  // The offence as the source words it is the charge's label, shown in the box and kept when it is not a citation.
  const labelName = name.endsWith('article') ? `${name.slice(0, -'article'.length)}label` : `${name}Label`;
  const label = (useWatch({ name: labelName }) as string | undefined) ?? '';
  const [cited, setCited] = useState(label);
  const [shownLabel, setShownLabel] = useState(label);
  // A label set from elsewhere (a charge brought again takes the earlier one's) shows in the box left as it was.
  if (label !== shownLabel) {
    setShownLabel(label);
    if (cited === shownLabel) setCited(label);
  }
  // The words an article was picked for: kept in the box as the source words the offence, the list then closed.
  const [pickedFor, setPickedFor] = useState<string | undefined>(label !== '' ? label : undefined);
  const hintId = `${useId()}-cited-hint`;
  const [jurisdiction, code, article, part, actDate, brought] = useWatch({
    name: [`${name}.jurisdiction`, `${name}.code`, `${name}.article`, `${name}.part`, ...dates],
  }) as (string | undefined)[];
  const on = lawDay(actDate, brought);
  const described = useArticleDescription({
    jurisdiction: jurisdiction ?? '',
    code: code ?? '',
    article: article ?? '',
    ...(part !== undefined && part !== '' ? { part } : {}),
    ...(on !== undefined ? { on } : {}),
  });
  const isUnread =
    cited.trim() !== '' && findCitations(cited).citations.length === 0 && bareArticle(cited) === undefined;
  const found = useArticlesByTitle(jurisdiction ?? '', isUnread ? cited : '');
  const readCitation = (text: string) => {
    setCited(text);
    const found = findCitations(text).citations[0] ?? bareArticle(text);
    const options = { shouldDirty: true, shouldValidate: true };
    // Words that name the offence are its label; a citation ("Art. 274") is not.
    const words = found === undefined ? text.trim() : '';
    setShownLabel(words);
    setValue(labelName, words, { shouldDirty: true });
    if (found === undefined) return;
    setValue(`${name}.article`, found.article, options);
    setValue(`${name}.part`, found.part ?? '', options);
  };
  return (
    <FieldGroup legend="forms.charge.article">
      <label className="field">
        <span>{intl.formatMessage({ id: 'forms.article.cited' })}</span>
        <input
          value={cited}
          onChange={(e) => readCitation(e.target.value)}
          placeholder={intl.formatMessage({ id: 'forms.article.citedExample' })}
          aria-describedby={isFolded ? undefined : hintId}
        />
        {/* Folded among many rows, the form says once how an article is typed. */}
        {!isFolded && (
          <span id={hintId} className="muted">
            <FormattedMessage id="forms.article.citedHint" />
          </span>
        )}
        {isUnread &&
          (found.data?.length === 0 || (found.data === undefined && found.fetchStatus === 'idle')) && (
            <span className="warning-text" role="status">
              <FormattedMessage id="forms.article.notRecognised" />
            </span>
          )}
      </label>
      {isUnread && pickedFor !== cited && found.data !== undefined && found.data.length > 0 && (
        <ArticlesByTitle
          found={found.data}
          onPick={(picked) => {
            const options = { shouldDirty: true, shouldValidate: true };
            setValue(`${name}.code`, picked.code, options);
            setValue(`${name}.article`, picked.article, options);
            setValue(`${name}.part`, picked.part ?? '', options);
            setPickedFor(cited);
          }}
        />
      )}
      {isFolded ? (
        <ArticleBoxesFolded name={name} values={[jurisdiction, code, article, part]} />
      ) : (
        <ArticleBoxes name={name} />
      )}
      {described.data !== undefined && (
        <ArticleSummary described={described.data} isFolded={isFolded} part={part} />
      )}
    </FieldGroup>
  );
}

/** The article's parts, box by box. */
function ArticleBoxes({ name }: { name: string }) {
  return (
    <div className="row">
      <TextField name={`${name}.jurisdiction`} label="forms.case.jurisdiction" />
      <TextField name={`${name}.code`} label="forms.charge.code" />
      <TextField name={`${name}.article`} label="forms.charge.articleNumber" />
      <TextField name={`${name}.part`} label="forms.charge.part" />
    </div>
  );
}

/** The article's boxes under a line saying what they hold ("kz · cc · 272 · 1"), open where one has a problem. */
function ArticleBoxesFolded({ name, values }: { name: string; values: (string | undefined)[] }) {
  const { formState } = useFormContext();
  const hasProblem = ['jurisdiction', 'code', 'article', 'part'].some(
    (part) => get(formState.errors, `${name}.${part}`) !== undefined,
  );
  const held = values.filter((v) => v !== undefined && v !== '').join(' · ');
  return (
    <details className="article-boxes" open={hasProblem || undefined}>
      <summary>
        <FormattedMessage id="forms.article.boxes" /> <span className="muted">{held}</span>
      </summary>
      <ArticleBoxes name={name} />
    </details>
  );
}
