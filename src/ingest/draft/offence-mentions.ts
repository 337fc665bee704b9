import type { FoundArticle } from '../../core/law/article-finder.ts';
import { extractCitations } from '../extract/citations.ts';
import { mergeCitationLaw } from '../extract/law-context.ts';
import type { TextRange } from '../extract/suggestion.ts';
import type { TextSentence } from './text-sentences.ts';
import { CLAIM } from './allegation-mentions.ts';

/** An offence a sentence names: by its article ("ч. 1 ст. 272"), or in words a law's titles hold, with the article. */
export interface OffenceMention extends TextRange {
  sentence: number;
  /** The offence as the text words it; empty for a citation by number. */
  label: string;
  article?: { code: string; article: string; part?: string };
  /** The article is the one whose title holds the words, not one the text cites. */
  isByTitle: boolean;
}

/** Words of a sentence about charges or a judgment on them, without which a quoted phrase is only a quote. */
const CHARGE_WORDS =
  /charg|accus|indict|suspect|offen[cs]e|article|convict|acquit|sentenced|guilty|обвин|подозр|уголовн|стат[ьейи]|осуд|осужд|оправда|виновн|приговор|айып|күдік|қылмыс|бап|кінәлі|сотта|ақта/iu;
/** A phrase in quotation marks of any of the usual kinds. */
const QUOTED = /[“«"„]([^”»"“„«]{3,200})[”»"“]/gu;
/** Between a citation and the words after it that name its offence: brackets, quotes, the code's abbreviation. */
const AFTER_CITATION = /^[\s(«"“„]*(?:(?:УК|ҚК|CC)(?:\s*\p{Lu}{2})?)?[\s(«"“„,:–—-]*$/u;
/** Between words naming an offence and the citation after them: "… under Article", "… по статье". */
const BEFORE_CITATION =
  /^[^.;]{0,60}?(?:\bunder\b|\bper\b|\bпо\b|предусмотренн|бойынша)[^.;]{0,20}$|^[\s”"»]*\(\s*$/iu;

const CHARGED_WITH_WORDS =
  /charged with|charges? of|accused of|indicted for|обвиня\p{L}* в|обвинени\p{L}* в|айыпта/iu;

/** An offence named after the words that charge with it, up to the end of the clause. */
const CHARGED_WITH =
  /(?:charged with|charges? of|accused of|indicted for|suspected of|обвиняется в|обвинени[еяю] в|подозревается в|по обвинению в)\s+([^.;:“”«»"„()]{3,120})/giu;

// Words that name no offence, so that a phrase is measured by the words that may: the country's name stands in
// titles ("treason against the Republic of Kazakhstan") without naming what the offence is.
const FILLER = new Set(['the', 'and', 'for', 'with', 'его', 'для', 'как', 'мен', 'және']);
const COUNTRY =
  /^(?:kazakhstan|republic|казахстан\p{L}*|республик\p{L}*|қазақстан\p{L}*|республика\p{L}*)$/iu;

/** Just before a quoted name, the word that makes it an organisation's: "the party «Alga, Kazakhstan»". */
const ORGANISATION_BEFORE =
  /(?:\bparty|\bmovement|organi[sz]ation|\bgroup|association|foundation|\bmedia outlet|парти\p{L}*|движени\p{L}*|организаци\p{L}*|объединени\p{L}*|фонд\p{L}*|издани\p{L}*|ұйым\p{L}*|қозғалыс\p{L}*|партия\p{L}*)\s*$/iu;

/**
 * Whether quoted words are a statement rather than an offence's name: they have a verb that states ("are", "was",
 * "является"). A comma inside the quotes says nothing: American English puts the sentence's there ("riots,").
 */
function isStatement(quoted: string): boolean {
  return STATING.test(quoted);
}
const STATING =
  /(?<![\p{L}])(?:is|are|was|were|will|has|have|had|являет\p{L}*|был[аио]?|будет|болып табылады)(?![\p{L}])/iu;

/**
 * The article a phrase names by its title, when it is as short as an offence's name (eight words that count, at
 * most) and the titles hold enough of it: two of its words, or one long one ("insulting", "extremism"); a quote
 * that merely shares a short word with a title ("new") is not an offence.
 */
function articleOfWords(phrase: string, find: (text: string) => FoundArticle[]): FoundArticle | undefined {
  const words = phrase
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 3 && !FILLER.has(w.toLowerCase()) && !COUNTRY.test(w));
  if (words.length === 0 || words.length > 8) return undefined;
  const found = find(words.join(' '));
  // Of those that hold as many of its words, the one whose title says least else is the one it names.
  const best = found
    .filter((f) => f.matched === found[0]?.matched)
    .sort((a, b) => titleLength(a) - titleLength(b))[0];
  if (best === undefined) return undefined;
  const hasLongWord = words.some((w) => w.length >= 6);
  return best.matched >= 2 || (hasLongWord && best.matched === 1) ? best : undefined;
}

const titleLength = (f: FoundArticle) =>
  Math.min(...Object.values(f.titles).map((t) => t.split(/\s+/).length), Number.MAX_SAFE_INTEGER);

/**
 * The offences the sentences of a text name, in order: the articles cited by number (those of the general part,
 * which only qualify another, left out), and, in a sentence about charges, the phrases in quotes or after "charged
 * with" whose words an article's title holds.
 */
export function offenceMentions(
  sentences: readonly TextSentence[],
  jurisdiction: string,
  find: (text: string) => FoundArticle[],
): OffenceMention[] {
  const law = mergeCitationLaw([], { jurisdiction, code: 'cc' });
  const out: OffenceMention[] = [];
  sentences.forEach((s, i) => {
    const found: OffenceMention[] = [];
    for (const c of extractCitations(s.text, law)) {
      const v = c.value;
      if (v.qualifies !== undefined || (v.code.code !== undefined && v.code.code !== 'cc')) continue;
      found.push({
        sentence: i,
        start: s.start + c.start,
        end: s.start + c.end,
        label: '',
        article: { code: 'cc', article: v.article, ...(v.part !== undefined ? { part: v.part } : {}) },
        isByTitle: false,
      });
    }
    if (CHARGE_WORDS.test(s.text)) {
      const phrases = [...s.text.matchAll(QUOTED)];
      const named = phrases.length > 0 ? phrases : [...s.text.matchAll(CHARGED_WITH)];
      for (const m of named) {
        const words = (m[1] ?? '').trim().replace(/[\s,.;:!?]+$/u, '');
        const at = m.index + m[0].indexOf(words);
        if (found.some((f) => f.start <= s.start + at && f.end >= s.start + at)) continue;
        // A party's or a movement's name in quotes is a name, not an offence; words someone said ("The charges
        // against him are baseless," said…) are a statement, not an offence's name.
        if (ORGANISATION_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index))) continue;
        if (isStatement(m[1] ?? '')) continue;
        // A phrase with figures in it (a date, an amount) is a quote of something else.
        if (/\p{N}/u.test(words)) continue;
        const article = articleOfWords(words, find);
        // The words beside a citation are its label, whatever article their words suggest ("ч. 3 ст. 293 УК
        // («подготовка к участию…»)", "“disseminating false information” under Article 207.3", "“fraud” (Article
        // 247(4))"), with the law data or without, as are those of the same article elsewhere in the sentence.
        const phraseEnd = at + words.length;
        const cited =
          found.find(
            (f) =>
              f.label === '' &&
              f.end - s.start <= at &&
              AFTER_CITATION.test(s.text.slice(f.end - s.start, at)),
          ) ??
          found.find(
            (f) =>
              f.label === '' &&
              f.start - s.start >= phraseEnd &&
              BEFORE_CITATION.test(s.text.slice(phraseEnd, f.start - s.start)),
          ) ??
          found.find(
            (f) => f.label === '' && article !== undefined && f.article?.article === article.article,
          );
        if (cited !== undefined) {
          cited.label = words;
          continue;
        }
        // Words quoted from a claim of the prosecution ("According to the indictment, his article “contained
        // statements humiliating the national dignity”") are the claim's, not an offence named by its title.
        if (article === undefined || (CLAIM.test(s.text) && !CHARGED_WITH_WORDS.test(s.text))) continue;
        found.push({
          sentence: i,
          start: s.start + at,
          end: s.start + at + words.length,
          label: words,
          isByTitle: true,
          article: {
            code: article.code,
            article: article.article,
            ...(article.part !== undefined ? { part: article.part } : {}),
          },
        });
      }
    }
    out.push(...found.sort((a, b) => a.start - b.start));
  });
  return out;
}
