import { dayBounds, namedBounds, type PartialDate } from '../../core/dates/partial-date.ts';
import type {
  CaseDraft,
  DraftAuthority,
  DraftCharge,
  DraftDate,
  DraftHearing,
  DraftLaw,
} from './draft-types.ts';
import {
  broughtBeforeTrial,
  earlierBy,
  eventDates,
  sentBeforeTrial,
  startedWithin,
  writtenBetween,
  type Events,
} from './implied-dates.ts';
import { affiliationMentions } from './affiliation-mentions.ts';
import { DROPPED, droppedAndBroughtAgain } from './dropped-charges.ts';
import { sourceAssessments } from './speech-assessments.ts';
import { allegationsOf } from './allegation-mentions.ts';
import { conductDates } from './conduct-dates.ts';
import { chargeConduct } from './charge-conduct.ts';
import { sourceAnswers } from './source-answers.ts';
import { claimsOfDocuments, documentMentions } from './document-mentions.ts';
import { statedMaximums } from './penalty-mentions.ts';
import { libertyDays } from './liberty-dates.ts';
import { eventMentions } from './event-mentions.ts';
import { evidenceMentions } from './evidence-mentions.ts';
import { authorityMentions } from './authority-mentions.ts';
import { measureMentions } from './measure-mentions.ts';
import { measuresOf } from './measure-dates.ts';
import { namedPersons, writtenAt } from './name-mentions.ts';
import { offenceMentions, type OffenceMention } from './offence-mentions.ts';
import { datelineOf, textDates, type TextDate } from './text-dates.ts';
import { textDurations, type TextDuration } from './text-durations.ts';
import { textSentences, type TextSentence } from './text-sentences.ts';
import { asWritten, quoteOf, SAID_ON, textBetween, within } from './draft-text.ts';
import { hearingsOf, isTermEnd } from './hearing-mentions.ts';
import { VERDICT_WORDS, verdictsOf } from './verdict-mentions.ts';

export type * from './draft-types.ts';

const RECLASSIFIED = /reclassif|requalif|re-qualif|переквалифи|қайта сарала/iu;
/** "The prosecutor's office", "прокуратура", "прокуратура": a prosecuting office the words do not name. */
const UNNAMED_PROSECUTOR =
  /(?:the\s+)?prosecutor(?:[’']s)?\s+office|(?<!\p{L})прокуратур\p{L}*|прокуратурасы/iu;
const BROUGHT_AGAIN =
  /\bnew\b|\bagain\b|re-?(?:filed|brought|opened|instated)|identical|вновь|снова|повторно|нов(?:ое|ого|ым)\s+обвинени|қайта/iu;

const sameArticle = (a: DraftCharge, o: OffenceMention) =>
  a.article !== undefined && o.article !== undefined
    ? a.article.article === o.article.article
    : a.label.toLowerCase() === o.label.toLowerCase();

/**
 * Drafts a case from the text of a source (a dispatch, a court report) in English, Russian or Kazakh: the person
 * it names most, the charges with their articles and how each began (a charge reclassified, one brought again),
 * the restraint measures with their lengths, the hearings held and to come with the charges they try, the
 * verdicts with their sentences, the
 * authorities, the organisations the persons belong to, and how recent its news is. `publishedOn`, when known,
 * dates what the text writes without a year.
 */
export function draftCase(text: string, law: DraftLaw, given?: PartialDate): CaseDraft {
  const sentences = textSentences(text);
  // A text that dates itself (a dateline, a page's date) was written that day: it tells of nothing done on it.
  // The text's dates are read again only when it dates itself, its yearless days then read from that day.
  const read = textDates(text, given);
  const dateline = given === undefined ? datelineOf(text, read) : undefined;
  const publishedOn = given ?? dateline?.date;
  const dates = (dateline === undefined ? read : textDates(text, publishedOn)).filter(
    (d) => dateline === undefined || d.start !== dateline.start,
  );
  // A year of a date ("31 мая 2023 года", "2024 жылғы") is no length of time.
  const durations = textDurations(text).filter((d) => !dates.some((x) => x.start < d.end && x.end > d.start));
  const offences = offenceMentions(sentences, law.jurisdiction, (t) => law.findArticles(t));
  const events = eventDates(sentences, dates, offences);
  const charges = chargesOf(offences, sentences, dates, durations, events);
  chargedOn(charges, sentences, dates, offences);
  droppedAndBroughtAgain(charges, sentences, dates, offences, OFFENCE_ROWS.get(charges) ?? new Map());
  const hearings = hearingsOf(
    sentences,
    dates,
    offences,
    charges,
    OFFENCE_ROWS.get(charges) ?? new Map(),
    publishedOn,
  );
  broughtBeforeTrial(charges, hearings, events);
  sentBeforeTrial(charges, hearings, events);
  const scheduled = new Set(hearings.filter((h) => h.status === 'scheduled').map((h) => h.date.date));
  // Nor is the end of a term a court set news of the day: the term may run past the text.
  const past = dates.filter((d) => !scheduled.has(d.date) && !isTermEnd(sentences, d));
  const latest =
    publishedOn !== undefined
      ? { date: publishedOn, isInferred: false }
      : past
          .sort((a, b) =>
            dayBounds(a.until ?? a.date).latest < dayBounds(b.until ?? b.date).latest ? -1 : 1,
          )
          .map((d) => asWritten(d, d.until ?? d.date))
          .at(-1);
  const measures = measuresOf(measureMentions(sentences, law.measures), sentences, durations, dates);
  const persons = namedPersons(text);
  // The days the text shows the person at liberty (a dated caption of them speaking) bound when custody began.
  const free = libertyDays(
    sentences,
    dates,
    persons[0] === undefined ? [] : [persons[0].name, ...persons[0].otherNames],
  );
  startedWithin(measures, durations, events, latest, free);
  const written =
    dateline !== undefined
      ? { date: dateline.date, isInferred: false }
      : publishedOn === undefined
        ? writtenBetween(latest, hearings)
        : undefined;
  const rowOf = OFFENCE_ROWS.get(charges);
  const chargesNamedIn = (i: number) => [
    ...new Set(
      offences.flatMap((o) => {
        const row = o.sentence === i ? rowOf?.get(o) : undefined;
        return row === undefined ? [] : [charges.indexOf(row)];
      }),
    ),
  ];
  const verdicts = verdictsOf(
    { sentences, dates, durations, charges, chargesNamedIn, asWritten, quoteOf },
    law.sentenceTypes ?? [],
  );
  // The elements of each charge's offence as in force on the latest day it may have been brought.
  const elements = charges.map((c) => {
    const day = c.date ?? latest;
    return c.article === undefined
      ? undefined
      : law.elements?.(c.article, day === undefined ? undefined : dayBounds(day.date).latest);
  });
  // A claim that opens with "he" or "she" is said with the surname of the person the text names most.
  const drafted = allegationsOf(sentences, charges, chargesNamedIn, quoteOf, {
    subject: persons[0]?.name.split(' ').at(-1),
    elementsOf: (i) => elements[i],
  });
  // Speech the text itself judges no crime is assessed so, as the source's own assessment.
  const assessed = sourceAssessments(sentences, drafted, quoteOf);
  // Its conduct dated by the events the text charges it as part of.
  const conducted = conductDates(drafted, charges, events);
  // What each charge is brought for, and when, as the text words it.
  const conducts = chargeConduct(charges, events);
  // What the text says the indictment lacks, on the claims read from it.
  const answered = sourceAnswers(sentences, drafted, quoteOf);
  // The indictment the text tells of, and the claims it reports as made in it.
  const documents = documentMentions(sentences, quoteOf);
  const madeIn = claimsOfDocuments(documents, drafted);
  const claims = drafted.map((claim, i) => {
    const assessment = assessed.get(i);
    const conductOn = conducted[i];
    const answer = answered.get(i);
    const document = madeIn[i];
    return {
      ...claim,
      ...(assessment !== undefined ? { assessment } : {}),
      ...(conductOn !== undefined ? { conductOn } : {}),
      ...(answer !== undefined ? { answer } : {}),
      ...(document !== undefined ? { document } : {}),
    };
  });
  return {
    // Each spelling cites the first sentence that writes it so ("Zhanbolat Mamai" a photo's caption).
    persons: persons.map((p) => ({ ...p, writtenAt: writtenAt(sentences, [p.name, ...p.otherNames]) })),
    charges: charges.map((c, i) => {
      const listed = elements[i];
      const conduct = conducts[i];
      return {
        ...c,
        ...(listed !== undefined
          ? { elements: listed.map((e) => ({ key: e.key, titles: { ...e.titles } })) }
          : {}),
        ...(conduct !== undefined ? { conduct } : {}),
      };
    }),
    measures,
    hearings,
    verdicts,
    allegations: claims,
    authorities: authoritiesOf(sentences, charges, hearings),
    affiliations: affiliationMentions(sentences, persons),
    events: eventMentions(sentences, dates, latest),
    evidence: evidenceMentions(sentences, claims),
    documents,
    statedMaximums: statedMaximums(sentences, chargesNamedIn, quoteOf),
    ...(latest !== undefined ? { latest } : {}),
    ...(written !== undefined ? { written } : {}),
  };
}

const CHARGE_VERB = /charg|accus|indict|обвин|айып/iu;
/** A charge dated by a sentence that names no offence: "was first charged on 11 March 2024". */
const CHARGED_ON =
  /(?:charged|indicted|обвинени\p{L}* предъявлен\p{L}*|предъявил\p{L}* обвинени\p{L}*|айып тағылды)(?:\s+(?:him|her|them|ему|ей|им))?\s+(?:on\s+)?$/iu;

/**
 * Charges the sentences naming them leave undated, dated by a later sentence that says when the person was charged
 * and names no offence, where one charge of those before it is undated: "… under Article 274 …, his lawyer said. He
 * was first charged on 11 March 2024 over a post."
 */
function chargedOn(
  charges: DraftCharge[],
  sentences: readonly TextSentence[],
  dates: readonly TextDate[],
  offences: readonly OffenceMention[],
): void {
  const rowOf = OFFENCE_ROWS.get(charges) ?? new Map<OffenceMention, DraftCharge>();
  sentences.forEach((s, i) => {
    if (offences.some((o) => o.sentence === i)) return;
    const day = dates.find((d) => within(d, s) && CHARGED_ON.test(textBetween(s, s.start, d.start)));
    const before = new Set(offences.filter((o) => o.sentence < i).map((o) => rowOf.get(o)));
    const undated = charges.filter((c) => before.has(c) && c.began === 'brought' && c.date === undefined);
    const [only] = undated;
    if (day === undefined || only === undefined || undated.length !== 1) return;
    only.date = asWritten(day);
    only.dateQuote = quoteOf(s);
  });
}

/**
 * The authorities the text names; one that investigates or prosecutes brought the charges drafted from a sentence
 * naming it with a word that charges ("the Almaty City Prosecutor's office on January 26 charged…"); the one
 * prosecuting office named, the charge a sentence reclassifying by "the prosecutor's office" brought.
 */
function authoritiesOf(
  sentences: readonly TextSentence[],
  charges: readonly DraftCharge[],
  hearings: readonly DraftHearing[],
): DraftAuthority[] {
  const mentions = authorityMentions(sentences);
  // "The prosecutor's office", named by no name, in a sentence that reclassifies a charge, is the one prosecuting
  // office the text names by its name, where it names one only: it made the charge the reclassification brought.
  const isOneProsecuting = mentions.filter((a) => a.role === 'prosecuting').length === 1;
  const reclassifying = isOneProsecuting
    ? sentences.flatMap((s, i) => (UNNAMED_PROSECUTOR.test(s.text) && RECLASSIFIED.test(s.text) ? [i] : []))
    : [];
  return mentions.flatMap((a) => {
    const [first] = a.sentences;
    const sentence = first === undefined ? undefined : sentences[first];
    if (sentence === undefined) return [];
    const brings = a.role === 'prosecuting' || a.role === 'investigating';
    const charged = a.sentences.filter((i) => CHARGE_VERB.test(sentences[i]?.text ?? ''));
    return [
      {
        name: a.name,
        role: a.role,
        quote: quoteOf(sentence),
        charges: brings
          ? charges.flatMap((c, i) =>
              charged.some((n) => sentences[n]?.start === c.quote.start) ||
              (a.role === 'prosecuting' &&
                c.began === 'reclassification' &&
                reclassifying.some((n) => sentences[n]?.start === c.quote.start))
                ? [i]
                : [],
            )
          : [],
        // A court held the hearings drafted from a sentence naming it.
        hearings: a.role.startsWith('court')
          ? hearings.flatMap((h, i) =>
              a.sentences.some((n) => sentences[n]?.start === h.quote.start) ? [i] : [],
            )
          : [],
      },
    ];
  });
}

/**
 * The date a sentence gives a charge: its only one, or the one written nearest the word that charges. A sentence
 * that convicts on the charge and does not say when it was brought gives none: the charge was brought before.
 */
function chargeDate(s: TextSentence, dates: readonly TextDate[], events: Events): DraftDate | undefined {
  const inside = dates.filter(
    (d) =>
      within(d, s) &&
      d.until === undefined &&
      !events.dates.has(d) &&
      !SAID_ON.test(textBetween(s, Math.max(s.start, d.start - 40), d.start)),
  );
  const verb = CHARGE_VERB.exec(s.text);
  // A sentence of a verdict or of a charge dropped dates that, not the bringing of what it names.
  if (VERDICT_WORDS.test(s.text) || DROPPED.test(s.text)) return undefined;
  const at = verb === null ? undefined : s.start + verb.index;
  if (inside.length > 1 && at === undefined) return undefined;
  const [nearest] = [...inside].sort((a, b) =>
    at === undefined ? 0 : Math.abs(a.end - at) - Math.abs(b.end - at),
  );
  return nearest === undefined ? undefined : asWritten(nearest);
}

/**
 * The charges in the order they began. An offence named after a reclassifying word reclassifies the charge named
 * before it; when the text says that charge is new, brought again or identical, it is the second bringing of one
 * that was reclassified, and the first is drafted before the reclassification, undated unless the text dates it.
 * A reclassification "two months after" a dated charge is dated by the length: about that month.
 */
function chargesOf(
  offences: readonly OffenceMention[],
  sentences: readonly TextSentence[],
  dates: readonly TextDate[],
  durations: readonly TextDuration[],
  events: Events,
): DraftCharge[] {
  const rows: DraftCharge[] = [];
  const mentioned = new Map<OffenceMention, DraftCharge>();
  for (const o of offences) {
    const s = sentences[o.sentence] as TextSentence;
    const date = chargeDate(s, dates, events);
    const cue = RECLASSIFIED.exec(s.text);
    const isTarget = cue !== null && o.start - s.start > cue.index;
    const earlier = [...rows].reverse().find((r) => !sameArticle(r, o));
    const base = {
      ...(o.article !== undefined ? { article: o.article } : {}),
      label: o.label,
      ...(o.isByTitle ? { isArticleByTitle: true } : {}),
      quote: quoteOf(s),
    };
    if (isTarget && earlier !== undefined) {
      const at = rows.indexOf(earlier);
      const isAgain = BROUGHT_AGAIN.test(s.text) || BROUGHT_AGAIN.test(earlier.quote.text);
      if (isAgain && earlier.began === 'brought') {
        // The charge named before is the one brought again: its first bringing comes first, then this.
        const first: DraftCharge = { ...earlier, quote: quoteOf(s) };
        delete first.date;
        const reclassified: DraftCharge = { ...base, began: 'reclassification', from: at };
        const when = earlierBy(s, durations, earlier.date);
        if (when !== undefined) reclassified.date = when;
        // Brought after the events it is about, and before it was reclassified.
        if (events.earliest !== undefined && when !== undefined) {
          // Before the reclassification, by the last of the days it is dated to.
          const by = namedBounds(when.date).latest;
          if (events.earliest <= by)
            first.date = { date: `[${events.earliest}..${by}]`, isInferred: true, because: 'events_to_step' };
        }
        const again: DraftCharge = { ...earlier, began: 'rebrought', from: at };
        rows.splice(at, 1, first, reclassified, again);
        renumber(rows, at, 2);
        // The sentences that named it before tell of its bringing again: they name that row now.
        for (const [named, row] of mentioned) if (row === earlier) mentioned.set(named, again);
        mentioned.set(o, reclassified);
        continue;
      }
      const row: DraftCharge = { ...base, began: 'reclassification', from: at, ...(date ? { date } : {}) };
      rows.push(row);
      mentioned.set(o, row);
      continue;
    }
    const same = rows.findIndex((r) => sameArticle(r, o));
    if (same >= 0 && (date === undefined || rows[same]?.date?.date === date.date)) {
      mentioned.set(o, rows[same] as DraftCharge);
      continue;
    }
    const row: DraftCharge =
      same >= 0 && BROUGHT_AGAIN.test(s.text)
        ? { ...base, began: 'rebrought', from: same, ...(date ? { date } : {}) }
        : { ...base, began: 'brought', ...(date ? { date } : {}) };
    rows.push(row);
    mentioned.set(o, row);
  }
  OFFENCE_ROWS.set(rows, mentioned);
  return rows;
}

/** Which drafted charge each offence mention stands for, kept beside the rows for the hearings to read. */
const OFFENCE_ROWS = new WeakMap<DraftCharge[], Map<OffenceMention, DraftCharge>>();

/** After rows were inserted at `at`, the references past it move by `by` (except the ones just written). */
function renumber(rows: DraftCharge[], at: number, by: number): void {
  rows.forEach((row, i) => {
    if (i <= at + by || row.from === undefined) return;
    if (row.from > at) row.from += by;
  });
}
