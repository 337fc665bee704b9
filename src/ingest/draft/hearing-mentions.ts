import { dayBounds, type PartialDate } from '../../core/dates/partial-date.ts';
import type { DraftCharge, DraftHearing } from './draft-types.ts';
import { asWritten, quoteOf, SAID_ON, sentenceOf, textBetween, within } from './draft-text.ts';
import { VERDICT_WORDS } from './verdict-mentions.ts';
import type { OffenceMention } from './offence-mentions.ts';
import type { TextDate } from './text-dates.ts';
import type { TextSentence } from './text-sentences.ts';

// The hearings a text tells of: held, or to come, with their kinds and the charges they try.

// "суд" and the Kazakh "сот" as words of their own or beginning one ("судом", "сотта"), not inside one
// ("государство") nor beginning another ("судьба", "сотрудники", "сотни").
const HEARING_WORDS =
  /\btrial|hearing|court session|appeal|verdict|sentenced|(?<!\p{L})(?:рай|гор|обл)?суд(?!ь)|заседани|процесс|приговор|апелляц|(?<!\p{L})сот(?![нтро]|ы[йм])|отырыс|үкім|шағым/iu;
/** A court in English, which holds a hearing when it orders or extends a measure ("the court extended…"). */
const COURT = /\bcourt\b|\bjudge\b/iu;
const FUTURE_WORDS =
  /\bset (?:to|for)\b|\bwill\b|scheduled|is due|expected|adjourned (?:\p{L}+ ){0,3}until|postponed (?:\p{L}+ ){0,3}(?:to|until)|resume|\bis to be\b|\bnext (?:hearing|session)|назначен|состоится|будет|возобнов|отложен\p{L}* (?:до|на)|рассмотрит|начнётся|начнется|пройдёт|пройдет|продолжится|следующ\p{L}* (?:судебн\p{L}* )?заседани|өтеді|жалғасады|белгіленген|қарайды|келесі/iu;
/** Kazakh puts the verb after the date: "26 ақпанға белгіленген" (set for 26 February). */
const FUTURE_AFTER = /^[^.;,]{0,20}?(?:белгіленген|белгіленді|өтеді|жалғасады|қаралады|қарайды)/iu;
/** The end of a term a court set ("extended his detention until 16 May", "до 16 мая", "16 мамырға дейін"). */
const UNTIL_BEFORE = /(?:\buntil|\btill|(?<!\p{L})до)\s*$/iu;
const UNTIL_AFTER = /^\p{L}{0,3}\s*(?:дейін|шейін)/iu;
/** A review of a judgment or a measure by a higher court: an appeal's hearing, not a verdict. */
const APPEAL =
  /appeal|cassation|upheld|overturned|апелляц|кассац|обжал|опротест|оставил\p{L}* (?:\p{L}+ )?(?:без изменени|в силе)|отменил\p{L}* (?:\p{L}+ )?приговор|судебн\p{L}* коллеги|шағым/iu;
const SENT_TO_COURT =
  /(?:направлен\p{L}*|передан\p{L}*|поступил\p{L}*) в суд|sent to (?:the )?court|referred to (?:the )?court|сотқа (?:жіберілді|жолданды)/giu;
const FIRST_SET =
  /(?:initially|originally|first|первоначально|изначально)\s+(?:scheduled|set|planned|назначен\p{L}*)\s+(?:for|on|на)\s*$/iu;
const ADJOURNED = /adjourn|postpon|отложил|отложен|перенес|перенёс|кейінге қалдыр/iu;
/** An appeal or a complaint lodged, which is not its hearing; and words of its hearing. */
const LODGED =
  /lodged|\bfiled\b|\bappealed\b|submitted|подал\p{L}*|обжаловал\p{L}*|шағым (?:берді|түсірді)|шағымданды/iu;
const HEARD = /\bhear|hearing|session|заседани|рассмотр|отырыс|қара(?:лады|йды)/iu;
/** Words of an arrest just before a day, with no court's: the day of the arrest, no hearing. */
const ARRESTED = /задерж\p{L}*|detained|arrested|ұсталд\p{L}*|ұстал\p{L}*/iu;
const COURT_WORD = /court|суд|сот/iu;
/** "since", "с", "from": the start of a period, no hearing. */
const SINCE = /(?:\bsince|\bfrom|(?<!\p{L})с|(?<!\p{L})со)\s*$/iu;
const THOSE = /\b(?:those|these|them)\b|по ним|по этим|этим обвинениям|осы/iu;
export const DETENTION_REVIEW =
  /remanded|extended (?:his|her|their|the) (?:detention|custody|house arrest)|ordered\b[^.;]{0,120}?\b(?:held|detained|placed)\b|placed (?:him|her|them) under house arrest|санкционир|продлил\p{L}* (?:срок|арест|содержани)|мер\p{L}* пресечения|(?:отправил|поместил|заключил)\p{L}* (?:\p{L}+ )?(?:в сизо|под стражу|под домашний арест)|measure of restraint|transferred (?:him|her|them) to house arrest|арестовал|қамауға алуға санкция|қамауға алды|ұстауға қамады|мерзімін[^.;]{0,60}?ұзартты|бұлтартпау шара/iu;
/** Words of a court ordering or extending a measure for a term: the length with them is the term, not how long it ran. */
export const ORDERED_FOR =
  /\b(?:ordered|remanded|sanctioned|authori[sz]ed|extended)\b|for a (?:term|period) of|\bplaced (?:him|her|them) under house arrest for\b|санкционир|продлил|продлен|избрал|арестовал|сроком|мерзім|қамауға алуға санкция|ұзартты/iu;

/**
 * The hearings: each date of a sentence about a trial or hearing. One is to come when words of the future stand
 * between it and the date before it ("is set to resume on February 6") or it lies after the source's date. The
 * charges it tries are those the sentence names, or, when it says "those", the ones the sentence before named.
 * They are listed by their days, the first first.
 */
export function hearingsOf(
  sentences: readonly TextSentence[],
  dates: readonly TextDate[],
  offences: readonly OffenceMention[],
  charges: readonly DraftCharge[],
  rowOf: ReadonlyMap<OffenceMention, DraftCharge>,
  publishedOn: PartialDate | undefined,
): DraftHearing[] {
  const indexes = (list: readonly OffenceMention[]) => [
    ...new Set(
      list.flatMap((o) => {
        const row = rowOf.get(o);
        return row === undefined ? [] : [charges.indexOf(row)];
      }),
    ),
  ];
  const out: DraftHearing[] = [];
  sentences.forEach((s, i) => {
    // "the case was sent to court" tells of no hearing, nor "her lawyer lodged an appeal" of one heard.
    const said = s.text.replace(SENT_TO_COURT, '');
    if (!HEARING_WORDS.test(said) && !(COURT.test(said) && DETENTION_REVIEW.test(said))) return;
    if (LODGED.test(said) && !HEARD.test(said)) return;
    const own = offences.filter((o) => o.sentence === i);
    const before = offences.filter(
      (o) => o.sentence === Math.max(-1, ...offences.filter((x) => x.sentence < i).map((x) => x.sentence)),
    );
    const tried = own.length > 0 ? indexes(own) : THOSE.test(s.text) ? indexes(before) : [];
    const kind = DETENTION_REVIEW.test(s.text)
      ? 'detention_review'
      : APPEAL.test(s.text)
        ? 'appeal'
        : /verdict|sentenced|приговор|үкім/iu.test(s.text) || VERDICT_WORDS.test(s.text)
          ? 'verdict'
          : /preliminary|предварительн|алдын ала/iu.test(s.text)
            ? 'preliminary'
            : 'trial_session';
    // "detained on 26 April; the next day a court…": the day counted from is not the hearing's, the next day is.
    const inside = dates.filter((x) => within(x, s));
    const next = inside.find((x) => x.isNextDay === true);
    let from = Math.max(
      s.start,
      ...inside.filter((x) => next !== undefined && x.end <= next.start).map((x) => x.end),
    );
    for (const d of next === undefined ? inside : inside.filter((x) => x.start >= next.start)) {
      const after = textBetween(s, d.end, s.end);
      // The day a term ordered ends is no hearing, nor the day of an arrest or the start of a period ("его
      // задержали 6 ноября, а 8 ноября суд санкционировал арест", "с 21.09.2022 она находилась под домашним арестом").
      const lead = textBetween(s, from, d.start);
      if (kind === 'detention_review' && isTermEnd(sentences, d)) continue;
      // Nor the day something was said of it ("his lawyer told RFE/RL on June 21").
      const isSaid = SAID_ON.test(textBetween(s, Math.max(s.start, d.start - 60), d.start));
      const isLodged = (ARRESTED.test(lead) || LODGED.test(lead)) && !COURT_WORD.test(lead);
      // Nor a day a hearing was first set for and then moved ("initially scheduled for 28 March, was postponed").
      const isMoved = FIRST_SET.test(lead);
      if (isLodged || SINCE.test(lead) || isSaid || isMoved) {
        from = d.end;
        continue;
      }
      const isFuture =
        FUTURE_WORDS.test(textBetween(s, from, d.start)) ||
        FUTURE_AFTER.test(after) ||
        (publishedOn !== undefined && dayBounds(d.date).earliest > dayBounds(publishedOn).latest);
      // A day whose hearing was adjourned to a verdict to come ("On May 20, the court adjourned the hearing until
      // June 3, when the verdict is expected") was a session of the trial; the verdict is the later day's.
      const later = inside.find((x) => x.start > d.end);
      const isAdjourned = ADJOURNED.test(textBetween(s, d.end, later?.start ?? s.end));
      out.push({
        kind: kind === 'verdict' && isAdjourned ? 'trial_session' : kind,
        date: asWritten(d),
        status: isFuture ? 'scheduled' : 'held',
        charges: tried,
        quote: quoteOf(s),
      });
      from = d.end;
    }
  });
  // In the order they were held, as a report of a verdict may tell of the trial that led to it after it; a hearing
  // told of twice ("the hearings of 4, 11 and 25 October … The hearing of 11 October was adjourned") is one.
  const once: DraftHearing[] = [];
  for (const h of out) {
    const same = once.find((o) => o.kind === h.kind && o.date.date === h.date.date && o.status === h.status);
    if (same === undefined) once.push(h);
    else same.charges = [...new Set([...same.charges, ...h.charges])];
  }
  return once
    .map((h, i) => ({ h, i, day: dayBounds(h.date.date).earliest }))
    .sort((a, b) => a.day.localeCompare(b.day) || a.i - b.i)
    .map(({ h }) => h);
}

/** A date that ends a term a court ordered or extended ("extended his detention until 16 May"). */
export function isTermEnd(sentences: readonly TextSentence[], d: TextDate): boolean {
  const s = sentenceOf(sentences, d);
  if (s === undefined || !(DETENTION_REVIEW.test(s.text) || ORDERED_FOR.test(s.text))) return false;
  return (
    UNTIL_BEFORE.test(textBetween(s, s.start, d.start)) || UNTIL_AFTER.test(textBetween(s, d.end, s.end))
  );
}
