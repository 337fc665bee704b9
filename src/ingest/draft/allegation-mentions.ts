import { dayBounds } from '../../core/dates/partial-date.ts';
import type { DraftAllegation, DraftCharge, DraftQuote } from './draft-types.ts';
import type { TextSentence } from './text-sentences.ts';
import { standingCharges } from './verdict-mentions.ts';
import { assertedElements } from './element-mentions.ts';
import type { OffenceElement } from '../../core/law/law.ts';

// What the prosecution says the defendant did, as a text reports it ("The prosecutor argues that…", "the
// indictment asserts that…", "по версии следствия…"): each such sentence is an allegation to check, on the charge
// it names, else the charge brought last that still stands.

/** Words that report a claim of the prosecution, in English, Russian and Kazakh. */
export const CLAIM =
  /(?:prosecut\p{L}*|indictment|investigat\p{L}*|charge sheet)\s+(?:\p{L}+\s+){0,3}?(?:argues?|argued|asserts?|asserted|alleges?|alleged|claims?|claimed|contends?|contended|states?|stated)\s+that\b|according to the (?:indictment|(?:prosecut|investigat)\p{L}*(?:['’]s\s+office)?)|по версии (?:следствия|обвинения|прокуратуры)|(?:обвинени\p{L}*|прокурор\p{L}*|прокуратур\p{L}*|следстви\p{L}*|обвинительн\p{L}* акт\p{L}*|обвинительн\p{L}* заключени\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:утвержда\p{L}*|считает|заявля\p{L}*|указыва\p{L}*)|согласно обвинительн\p{L}*(?:\s+(?:заключени|акт)\p{L}*)?|айыптау\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:бойынша|айтылған|мәлімдейді)|тергеу нұсқасы бойынша/iu;

/** Words of what someone said or published: an allegation about speech. */
const SPEECH =
  /video|post(?:ed|s)?\b|facebook|instagram|telegram|youtube|\bcall(?:s|ed|ing)?\b|said|statement|speech|interview|misinform|spread|publish|\breports?\b|message|incit|\bwrote\b|видео|призыв|пост\p{L}*|заявлени|высказыва|публикац|выступ|репортаж|сообщени|бейне|үндеу|жариял|мақала/iu;

/** Where a claim's own words begin, just after the words that report it ("… утверждает, что"). */
const THAT = /^\s*,?\s*(?:that|что|будто)\s+/iu;

/** Between two claims of one sentence: "…, that …", "…, and that …", "…, что …", "… и что …". */
const ANOTHER_THAT = /,\s*(?:and\s+)?that\s+|,?\s+и\s+что\s+|,\s*что\s+/iu;

// A line holds at most a thousand characters: a claim longer than that is cut, and says so with an ellipsis.
const MAX_SUMMARY = 990;

/**
 * The allegations a text reports: each sentence with words that report a claim of the prosecution, its own words
 * (after "that") as its summary, a claim each where it makes several ("that …, that …, and that …"); about speech
 * where it tells of words said or published, else an act. `namedCharges` gives the drafted charges a sentence names;
 * a sentence naming none serves the one standing charge whose words it shares, else the charge brought last that no
 * later row reclassified.
 */
export function allegationsOf(
  sentences: readonly TextSentence[],
  charges: readonly DraftCharge[],
  namedCharges: (sentence: number) => number[],
  quoteOf: (s: TextSentence) => DraftQuote,
  about: {
    /** The person the claims are about, by the name a claim says instead of "he" or "she". */
    subject?: string;
    /** The elements of a drafted charge's offence (by its index), where the law data holds them. */
    elementsOf?: (charge: number) => readonly OffenceElement[] | undefined;
  } = {},
): DraftAllegation[] {
  const standing = standingCharges(charges);
  // The charge brought last, by the latest day its bringing may lie on; of those alike, the last drafted.
  const lastDay = (i: number) => {
    const date = charges[i]?.date?.date;
    return date === undefined ? '' : dayBounds(date).latest;
  };
  const latest = [...standing].sort((a, b) => lastDay(a).localeCompare(lastDay(b)) || a - b).at(-1);
  return sentences.flatMap((s, i) => {
    const claim = CLAIM.exec(s.text);
    if (claim === null) return [];
    const rest = s.text.slice(claim.index + claim[0].length);
    const that = THAT.exec(rest);
    const own = (that === null ? rest.replace(/^\s*,\s*/u, '') : rest.slice(that[0].length)).trim();
    const [named] = namedCharges(i);
    const charge = named ?? sharingWords(s.text, charges, standing) ?? latest;
    // "… argues that he did A, that he said B, and that he did C": a claim each, from the same sentence.
    const claims = (own !== '' ? own : s.text).split(ANOTHER_THAT).filter((c) => c.trim() !== '');
    // A purpose the sentence's claims open with is the purpose of each ("in order to organise riots, he did A,
    // that he said B").
    const purpose = PURPOSE.exec(own)?.[0];
    const elements = charge === undefined ? undefined : about.elementsOf?.(charge);
    return claims.map((claim) => {
      const words = ownWords(claim, about.subject, purpose);
      return {
        summary: oneLine(words),
        type: SPEECH.test(claim) ? ('speech' as const) : ('act' as const),
        ...(charge !== undefined ? { charge } : {}),
        elements: elements === undefined ? [] : assertedElements(words, purpose, elements),
        quote: quoteOf(s),
      };
    });
  });
}

/** A purpose a claim opens with ("in order to organise mass riots, he uploaded…"): the charge's, not the act's. */
const PURPOSE = /^\s*(?:in order to|so as to|с целью|для того,? чтобы|чтобы)\s+[^,]{3,120},\s*/iu;
/** A pronoun a claim opens with, for the person it is about. */
const PRONOUN = /^(?:he|she|они|он|она)(?=\s)/iu;

/**
 * A claim in its own words, standing alone: what it says was done, the person by their name where it opens with a
 * pronoun ("He misinformed the crowd" is "Mamay misinformed the crowd"), and the purpose its sentence opens with
 * after it ("Mamay uploaded videos…, in order to organize mass riots"): what the prosecution says the act was for.
 */
function ownWords(claim: string, subject: string | undefined, purpose: string | undefined): string {
  const acted = claim.replace(PURPOSE, '').trim();
  const named = subject === undefined || subject === '' ? acted : acted.replace(PRONOUN, subject);
  const aim = purpose?.replace(/[\s,]+$/u, '').trim() ?? '';
  if (aim === '') return named;
  const end = /[.!?…]+$/u.exec(named)?.[0] ?? '';
  const body = named.slice(0, named.length - end.length).replace(/[\s,;:]+$/u, '');
  return `${body}, ${aim.charAt(0).toLocaleLowerCase()}${aim.slice(1)}${end}`;
}

/** A word's first letters, as its forms share them ("extremist", "extremism"; "экстремистск…"). */
const stems = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 6)
      .map((w) => w.slice(0, 6)),
  );

/**
 * The one standing charge whose words a claim shares ("he posted messages that justified the actions of extremist
 * groups" serves "public calls for extremist activity", not the fraud charged beside it), or undefined.
 */
function sharingWords(claim: string, charges: readonly DraftCharge[], standing: readonly number[]) {
  const said = stems(claim);
  const sharing = standing.filter((i) => [...stems(charges[i]?.label ?? '')].some((w) => said.has(w)));
  return sharing.length === 1 ? sharing[0] : undefined;
}

/** A text as one line of at most MAX_SUMMARY characters, cut at a word's end with an ellipsis, its first letter raised. */
function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const raised = line.charAt(0).toLocaleUpperCase() + line.slice(1);
  if (raised.length <= MAX_SUMMARY) return raised;
  const cut = raised.slice(0, MAX_SUMMARY - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_SUMMARY / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}
