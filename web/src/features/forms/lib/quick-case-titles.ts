import type { IntlShape } from 'react-intl';
import { dayBounds, isPartialDate } from '../../../../../src/core/dates/partial-date.ts';
import { formatPartialDate } from '../../../lib/format.ts';
import { RU_MONTH } from '../../../../../src/ingest/extract/dates.ts';
import { textDates } from '../../../../../src/ingest/draft/text-dates.ts';
import type { QuickCharge } from './quick-case.ts';
import { JOINED, sentencesOf } from '../../../lib/text-as-read.ts';

const isDate = (d: string) => d !== '' && isPartialDate(d);

/** "Art. 272(1)": a charge row's article as the form names it, or '' when none is given yet. */
export function quickArticleName(intl: IntlShape, charge: QuickCharge | undefined): string {
  const ref = charge?.article;
  if (ref === undefined || ref.article.trim() === '') return '';
  return intl.formatMessage(
    { id: 'quick.article' },
    { article: ref.part !== '' ? `${ref.article}(${ref.part})` : ref.article },
  );
}

/** "Charge 1 (Art. 272(1))": how a row of the form names another. */
export function quickChargeName(intl: IntlShape, charge: QuickCharge | undefined, i: number): string {
  const article = quickArticleName(intl, charge);
  const row = intl.formatMessage({ id: 'quick.chargeN' }, { n: i + 1 });
  return article === '' ? row : `${row} (${article})`;
}

/**
 * A title for a new source that has none of its own, made of the person's name, the charge it leads with, and the
 * source's date, or else the day of its latest news, said as such ("Zhanbolat Mamay, charged again with “organizing
 * mass riots”: report with news up to 26 January 2023"). `publishedOn` is the date typed for the source, not one
 * worked out from its text, which would title it by a range.
 */
export function sourceTitleOf(
  intl: IntlShape,
  name: string,
  publishedOn: string,
  confirmedOn: string,
  charges: readonly QuickCharge[] = [],
): string {
  // What the report tells of, where it leads with a charge: "Zhanbolat Mamay, charged again with “…”".
  const lead = latestCharge(charges);
  const person =
    lead === undefined || lead.label.trim() === ''
      ? name.trim()
      : intl.formatMessage(
          { id: 'quick.sourceTitleCharged' },
          { name: name.trim(), offence: lead.label.trim(), again: lead.began === 'rebrought' ? 'yes' : 'no' },
        );
  if (isDate(publishedOn))
    return intl.formatMessage(
      { id: 'quick.sourceTitleSuggestion' },
      { name: person, date: formatPartialDate(intl, publishedOn) },
    );
  if (isDate(confirmedOn))
    return intl.formatMessage(
      { id: 'quick.sourceTitleNews' },
      { name: person, date: formatPartialDate(intl, confirmedOn) },
    );
  return intl.formatMessage({ id: 'quick.sourceTitleUndated' }, { name: person });
}

/**
 * A title for the case, made of the person's name and the first charge as the source words it ("Zhanbolat Mamay:
 * “organizing mass riots” and other charges"), or else the charges' articles, or the name alone.
 */
export function caseTitleOf(intl: IntlShape, name: string, charges: readonly QuickCharge[]): string {
  const article = (c: QuickCharge) => quickArticleName(intl, c);
  const cited = charges.filter((c) => c.article.article.trim() !== '');
  const [first] = charges.filter((c) => c.label.trim() !== '');
  if (first !== undefined) {
    // The other charges, each once: by its words, or by its article where it has none.
    const key = (c: QuickCharge) => c.label.trim().toLowerCase() || article(c);
    const others = new Set(
      charges.filter((c) => c.article.article.trim() !== '' || c.label.trim() !== '').map(key),
    );
    others.delete(key(first));
    return intl.formatMessage(
      { id: 'quick.titleOffence' },
      { name, offence: first.label.trim(), others: others.size },
    );
  }
  const articles = [...new Set(cited.map(article))];
  return articles.length > 0
    ? intl.formatMessage({ id: 'quick.titleSuggestion' }, { name, articles: intl.formatList(articles) })
    : name;
}

/** The rows a summary of the text is made of: each with the sentence (or sentences) it was read from, and its day. */
interface SummaryRows {
  charges: readonly QuickCharge[];
  measures: readonly { quote?: string; from: string; because?: readonly string[] }[];
  hearings: readonly { quote?: string; date: string }[];
}

/**
 * A summary the text offers: the sentence of the charge brought last first, then every other sentence its charges,
 * measures and hearings were read from, in the text's order (`text`, the one pasted), each once and each with its
 * years written in; undefined when no charge quotes one. The source's own words, to be made one's own.
 */
export function textSummary(rows: SummaryRows, text: string): string | undefined {
  const lead = latestCharge(rows.charges);
  if (lead?.quote === undefined) return undefined;
  // A charge read from several sentences (the one dating it, the one saying what it carries) leads with its own.
  const [first = ''] = sentencesOf(lead.quote);
  const near = new Map<string, string>();
  const read = [
    ...rows.charges.map((c) => ({ quote: c.quote, day: c.date })),
    // A measure whose start is bounded by a day the text shows the person at liberty quotes that sentence first (a
    // photograph's caption): cited for the bound, it tells nothing of the prosecution.
    ...rows.measures.map((m) => ({
      quote: m.because?.includes('liberty_to_news')
        ? sentencesOf(m.quote ?? '')
            .slice(1)
            .join(JOINED)
        : m.quote,
      day: m.from,
    })),
    ...rows.hearings.map((h) => ({ quote: h.quote, day: h.date })),
  ];
  // A row read from two sentences quotes them joined: each is a sentence of its own here.
  for (const { quote, day } of read)
    for (const sentence of sentencesOf(quote ?? ''))
      if (sentence.trim() !== '' && sentence !== first && !near.has(sentence))
        near.set(sentence, day !== '' ? day : lead.date);
  const at = (sentence: string) => {
    const i = text.indexOf(sentence);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const rest = [...near.keys()].sort((a, b) => at(a) - at(b));
  return [withYears(first, lead.date), ...rest.map((s) => withYears(s, near.get(s) ?? lead.date))].join(' ');
}

/** The charge brought last (not by reclassification) that quotes its sentence of the text. */
function latestCharge(charges: readonly QuickCharge[]): QuickCharge | undefined {
  const latest = (c: QuickCharge) => (isPartialDate(c.date) ? dayBounds(c.date).latest : '');
  return charges
    .filter((c) => c.quote !== undefined && c.quote !== '' && c.began !== 'reclassification')
    .sort((a, b) => latest(b).localeCompare(latest(a)))[0];
}

const RUSSIAN_MONTH = new RegExp(RU_MONTH, 'iu');

/**
 * A sentence with the year added, in square brackets, to each date it gives without one ("on January 26" → "on
 * January 26 [2023]", "26 января" → "26 января [2023 года]", "26 қаңтарда" → "[2023 жылғы] 26 қаңтарда"), and to a
 * season it names by the time of its news ("this spring" → "this spring [2023]"), the year the one its row was read
 * with (`near`): out of its text, the sentence keeps saying when, and says what was added to its words.
 */
export function withYears(sentence: string, near: string): string {
  const dates = textDates(sentence, isPartialDate(near) ? near : undefined).filter((d) => d.isYearRead);
  let out = sentence;
  for (const d of [...dates].reverse()) {
    const year = d.date.slice(0, 4);
    const written = out.slice(d.start, d.end);
    // The year added in square brackets, as words added to a quotation are: the source's own words stay as written.
    const dated = !/\p{Script=Cyrillic}/u.test(written)
      ? `${written} [${year}]`
      : RUSSIAN_MONTH.test(written)
        ? `${written} [${year} года]`
        : `[${year} жылғы] ${written}`;
    out = out.slice(0, d.start) + dated + out.slice(d.end);
  }
  return withSeasonYear(out, near);
}

/**
 * A sentence with the year added to the season or the year it names by the time of its own news ("this spring" →
 * "this spring [2023]", "этой весной" → "этой весной [2023 года]"): out of its text, "this" says nothing.
 */
function withSeasonYear(sentence: string, near: string): string {
  if (!isPartialDate(near)) return sentence;
  const year = dayBounds(near).latest.slice(0, 4);
  return sentence
    .replace(/\bthis (?:spring|summer|autumn|fall|winter|year)\b/giu, (said) => `${said} [${year}]`)
    .replace(/(?:этой|этим) (?:весной|летом|осенью|зимой)/giu, (said) => `${said} [${year} года]`)
    .replace(/в этом году/giu, (said) => `${said} [${year}]`);
}
