import type { DraftCharge } from './draft-types.ts';
import { asWritten, quoteOf, within } from './draft-text.ts';
import { isTermEnd } from './hearing-mentions.ts';
import type { OffenceMention } from './offence-mentions.ts';
import type { TextDate } from './text-dates.ts';
import type { TextSentence } from './text-sentences.ts';

// Charges the text says were dropped, and brought again after: "On 24 May the police dropped the case …; on 27
// September the prosecutor's office overturned that decision and the charge was re-filed."

export const DROPPED =
  /\bdropped\b|\bdismissed\b|\bclosed the (?:case|investigation)|\bwithdr[ae]w\b|прекрат\p{L}* (?:\p{L}+ )?(?:дел|преследовани)|снят\p{L}* обвинени|снял\p{L}* обвинени|отказал\p{L}* от обвинени|қысқарт|тоқтат/iu;
const REFILED =
  /re-?filed|re-?instated|re-?opened|revived|brought again|charged again|возобнов\p{L}*|вновь предъяв\p{L}*|повторно предъяв\p{L}*|қайта қозға\p{L}*|қайта айып/iu;
/** A sentence that reclassifies says "dropped" of the charge it changes ("dropped an identical charge, reclassifying…"). */
const RECLASSIFYING = /reclassif|requalif|переквалифи|қайта сарала/iu;
/** Words of a whole case or every charge, not one named: "dropped the case", "all charges", "уголовное дело". */
const WHOLE = /\bcase\b|\bcharges\b|\binvestigation\b|дел[оа]|обвинения|все обвинени|іс\p{L}*/iu;
/** Words of one charge not named by its article ("withdrew the insult charge"): the one standing, if only one. */
const ONE = /\bcharge\b|обвинени[ея]|айып/iu;

/** Words that a charge stands still, after it in its clause. */
const REMAINS = /remain|stands|still|остал\p{L}*|в силе|сохран\p{L}*|күшінде/iu;
/** The words of a sentence after a place, up to the end of its clause. */
const textAfter = (s: TextSentence, at: number) => (/^[^,;.]*/u.exec(s.text.slice(at - s.start)) ?? [''])[0];

/** The one date of a sentence, not the end of a term a court set; undefined where it has none or several. */
function onlyDate(sentences: readonly TextSentence[], s: TextSentence, dates: readonly TextDate[]) {
  const inside = dates.filter((d) => within(d, s) && d.until === undefined && !isTermEnd(sentences, d));
  return inside.length === 1 ? inside[0] : undefined;
}

/**
 * The charges the text says were dropped on a day it gives, each with the sentence saying so; and, where a later
 * sentence says the charge was brought again (re-filed, revived, "возобновили"), that bringing as a row of its own
 * following the one dropped. A charge a sentence names is the one dropped; one naming none drops the charges of the
 * sentences before it still standing. A sentence that reclassifies drops nothing.
 */
export function droppedAndBroughtAgain(
  charges: DraftCharge[],
  sentences: readonly TextSentence[],
  dates: readonly TextDate[],
  offences: readonly OffenceMention[],
  rowOf: ReadonlyMap<OffenceMention, DraftCharge>,
): void {
  const firstSentence = new Map<DraftCharge, number>();
  for (const o of offences) {
    const row = rowOf.get(o);
    if (row !== undefined && !firstSentence.has(row)) firstSentence.set(row, o.sentence);
  }
  sentences.forEach((s, i) => {
    if (!DROPPED.test(s.text) || RECLASSIFYING.test(s.text)) return;
    const day = onlyDate(sentences, s, dates);
    if (day === undefined) return;
    // Of those it names, not one said to stand still ("обвинение по ст. 402 осталось в силе").
    const named = [
      ...new Set(
        offences
          .filter((o) => o.sentence === i && !REMAINS.test(textAfter(s, o.end)))
          .map((o) => rowOf.get(o)),
      ),
    ];
    const before = charges.filter(
      (c) =>
        (firstSentence.get(c) ?? Infinity) < i && c.began !== 'reclassification' && c.dropped === undefined,
    );
    const dropped = (
      named.length > 0
        ? named
        : WHOLE.test(s.text)
          ? before
          : ONE.test(s.text) && before.length === 1
            ? before
            : []
    ).filter((c): c is DraftCharge => c !== undefined && c.dropped === undefined);
    for (const charge of dropped) charge.dropped = { date: asWritten(day), quote: quoteOf(s) };
    // Brought again in a later sentence that names no other offence.
    const again = sentences.findIndex(
      (later, j) => j > i && REFILED.test(later.text) && !offences.some((o) => o.sentence === j),
    );
    const later = sentences[again];
    if (later === undefined) return;
    const when = onlyDate(sentences, later, dates);
    for (const charge of dropped)
      charges.push({
        ...(charge.article !== undefined ? { article: charge.article } : {}),
        label: charge.label,
        ...(charge.isArticleByTitle === true ? { isArticleByTitle: true } : {}),
        began: 'rebrought',
        from: charges.indexOf(charge),
        ...(when !== undefined ? { date: asWritten(when) } : {}),
        quote: quoteOf(later),
      });
  });
}
