import type { AuthorityRole } from './authority-mentions.ts';
import type { PartialDate } from '../../core/dates/partial-date.ts';
import type { Duration } from '../../core/dates/duration.ts';
import type { FoundArticle } from '../../core/law/article-finder.ts';
import type { MeasureKind } from '../../core/law/law-procedure.ts';
import type { OffenceElement } from '../../core/law/law-elements.ts';
import type { TextRange } from '../extract/suggestion.ts';
import type { MentionedKind } from './measure-mentions.ts';
import type { NamedPerson } from './name-mentions.ts';

/** What a draft reads a text against: the jurisdiction's articles by title, its kinds of measure and of penalty. */
export interface DraftLaw {
  jurisdiction: string;
  /** The criminal code's articles and parts whose titles hold the words, best first. */
  findArticles(text: string): FoundArticle[];
  /** The measure kinds, with the words sources use for them. */
  measures: readonly MeasureKind[];
  /** The kinds of penalty a sentence may be of, with the words sources use for them ("in prison"). */
  sentenceTypes?: readonly MentionedKind[];
  /** The elements of an article's offence as in force on a day (the latest law data without one). */
  elements?(
    article: { code: string; article: string; part?: string },
    onDay: string | undefined,
  ): readonly OffenceElement[] | undefined;
}

/** The sentence a drafted fact was read from, to be quoted in its citation. */
export type DraftQuote = TextRange & { text: string };

/**
 * How a date not written in full was worked out: counted from a date the text gives just before ("the next day", "two
 * weeks later", "the following month", `next_day`); its year taken as the nearest (`no_year`); a length before a later
 * step, about that month (`length_before_step`); after the events the charges are about and before the step that ended
 * the charge (`events_to_step`) or the first hearing that tried it (`events_to_hearing`); after those events and at
 * least a measure's length before the latest news (`events_to_news`), or, for a measure, on or after a day the text shows
 * the person at liberty (`liberty_to_news`); a charge sent to court after it was brought and
 * by the first hearing that tried it (`charge_to_trial`); a text written on or after the latest day it tells of as
 * past and before the first it tells of as to come (`news_to_next`); a claim's conduct as the events the charge it
 * serves is brought for (`events_charged`).
 */
export type DateReason =
  | 'no_year'
  | 'length_before_step'
  | 'events_to_step'
  | 'events_to_hearing'
  | 'events_to_news'
  | 'liberty_to_news'
  | 'charge_to_trial'
  | 'news_to_next'
  | 'next_day'
  | 'events_charged';

/** A day as the text gives it, and whether its year (or the day itself) was worked out rather than written. */
export interface DraftDate {
  date: PartialDate;
  /** Written without a year, or worked out from another date and a length ("two months after"). */
  isInferred: boolean;
  /** How it was worked out, when it was: the researcher is told what to check. */
  because?: DateReason;
}

/** An element of an offence, as the law data titles it, for a claim to assert. */
export interface DraftElement {
  key: string;
  titles: Record<string, string>;
}

/** What a charge is brought for, as the text words it, and when those acts took place where the text dates them. */
export interface DraftConduct {
  /** The acts in the text's words ("his alleged role in the January 2022 protests in Almaty"). */
  text: string;
  /** When they took place: the events the words name, the earliest where they name more than one. */
  on?: DraftDate;
  quote: DraftQuote;
}

export interface DraftCharge {
  article?: { code: string; article: string; part?: string };
  /** The elements of the article's offence, as the law data in force on its day lists them, where it does. */
  elements?: DraftElement[];
  /** The offence as the text words it; empty when it cites the article by number. */
  label: string;
  /** The article is the one whose title holds the text's words: the text does not cite it. */
  isArticleByTitle?: boolean;
  began: 'brought' | 'reclassification' | 'rebrought';
  /** The earlier drafted charge (its index) a reclassification or a bringing again follows. */
  from?: number;
  date?: DraftDate;
  /** When it was sent to court, where a hearing the text tells of as held tried it: by that hearing. */
  sentToCourt?: DraftDate;
  /** The sentence that dates it, where it is not the one that names it ("He was first charged on 11 March"). */
  dateQuote?: DraftQuote;
  /** When it was dropped, as the sentence quoted says ("On 24 May the police dropped the case"). */
  dropped?: { date: DraftDate; quote: DraftQuote };
  /** What it is brought for, as the text words it, and when (`chargeConduct`). */
  conduct?: DraftConduct;
  quote: DraftQuote;
}

export interface DraftMeasure {
  kind: string;
  /** The length the text gives it, as written. */
  duration?: string;
  /** The day it began, where a sentence naming it gives one: the day ordered, or the day another was changed to it. */
  from?: DraftDate;
  /** Still in force as the text tells it ("remains under house arrest"). */
  isOngoing: boolean;
  quotes: DraftQuote[];
}

export interface DraftHearing {
  kind: 'detention_review' | 'preliminary' | 'trial_session' | 'verdict' | 'appeal';
  date: DraftDate;
  status: 'held' | 'scheduled';
  /** The drafted charges (their indexes) it tries, where the text says. */
  charges: number[];
  quote: DraftQuote;
}

/** A verdict the text tells of: its day, whether it convicted, on which charges, and its sentence as written. */
export interface DraftVerdict {
  date: DraftDate;
  outcome: 'convicted' | 'acquitted';
  /** The drafted charges (their indexes) it decided: those its sentence names, else every charge still standing. */
  charges: number[];
  /** Its sentence names no charge: the charges still standing (none reclassified into another) are taken. */
  isEveryCharge: boolean;
  /** The penalty, when it convicted: its kind (a key of the law data), its length as written, and if suspended. */
  sentence?: { type?: string; term?: string; isSuspended: boolean };
  quote: DraftQuote;
}

/** A claim of the prosecution the text reports ("The prosecutor argues that…"), to be checked and completed. */
export interface DraftAllegation {
  /** The claim's own words, in a line: what the prosecution says the defendant did. */
  summary: string;
  /** Words said or published ("uploaded videos… calling on…"), or an act. */
  type: 'act' | 'speech';
  /** The drafted charge (its index) it serves: the one its sentence names, else the last brought that stands. */
  charge?: number;
  /** The elements of that charge's offence (their keys) it asserts, by its words, its purpose and its intent. */
  elements: string[];
  quote: DraftQuote;
  /**
   * For speech the text itself judges no crime ("Calling for political reforms is not a crime"): the source's
   * assessment of it as protected expression, its words, and the sentence saying it.
   */
  assessment?: { finding: 'protected'; reasoning: string; quote: DraftQuote };
  /** When the conduct took place: the events its sentence, or its charge's, dates (`conductDates`). */
  conductOn?: DraftDate;
  /**
   * For a claim read from an indictment: the text's own answer to it, its sentences saying what the indictment lacks
   * or does not say (`sourceAnswers`), as one note, and those sentences.
   */
  answer?: { note: string; quotes: DraftQuote[] };
  /** The document the text tells of (its index in `documents`) the claim is made in: its sentence names it. */
  document?: number;
}

/** A document of the prosecution the text tells of without being it: the indictment, with its pages if given. */
export interface DraftDocument {
  kind: 'indictment';
  pageCount?: number;
  /** The first sentence naming it. */
  quote: DraftQuote;
}

/**
 * An item of evidence the text tells of: an expert opinion a side commissioned, or a video or post a claim of the
 * prosecution rests on, with the claims (their indexes) it is put forward for.
 */
/** The longest term the text says charges carry ("The charge carries a maximum 10-year prison sentence"). */
export interface DraftStatedMaximum {
  max: Duration;
  /** The charges (their indexes) it speaks of: named in its sentence, or in the sentence before it. */
  charges: number[];
  quote: DraftQuote;
}

export interface DraftEvidence {
  type: 'expert_opinion' | 'video' | 'photo' | 'post';
  side: 'prosecution' | 'defence' | 'court' | 'unknown';
  commissionedBy?: 'prosecution' | 'defence' | 'court';
  /** As the text names it: "Expert analyses commissioned by the prosecution", "Videos (Facebook)". */
  title: string;
  /** What an expert opinion found, as its sentence goes on to say ("Concluded that Mamay “promoted…”"). */
  description?: string;
  allegations: number[];
  quote: DraftQuote;
}

/** An authority the text names by its own name, with what it did where the text says. */
export interface DraftAuthority {
  name: string;
  role: AuthorityRole;
  /** The first sentence naming it. */
  quote: DraftQuote;
  /** The drafted charges (their indexes) it brought: those drafted from a sentence naming it. */
  charges: number[];
  /** For a court, the drafted hearings (their indexes) it held: those drafted from a sentence naming it. */
  hearings: number[];
}

/** The kinds of organisation a text ties a person to by their role in it (a party, a movement, an NGO, a media outlet). */
export type AffiliationKind = 'party' | 'movement' | 'ngo' | 'media' | 'other';

/**
 * An organisation the text ties a drafted person to by their role in it ("the opposition leader of the unregistered
 * Democratic Party of Kazakhstan, Zhanbolat Mamay"), where first said.
 */
export interface DraftAffiliation {
  /** The drafted person (their index in `persons`). */
  person: number;
  /** The organisation's name as the text writes it ("Democratic Party of Kazakhstan"). */
  name: string;
  /** The person's role in it as the text words it ("opposition leader", "member"). */
  role: string;
  kind: AffiliationKind;
  /** The text says it works without registration ("unregistered", "незарегистрированной"). */
  isUnregistered: boolean;
  quote: DraftQuote;
}

/** The kinds of public event a text's words name (of those an event record takes). */
export type EventKind = 'protest' | 'riot' | 'election' | 'referendum';

/**
 * A public event the text tells of beside the case (the protests a charge is about, the elections ahead), dated as
 * the text dates it, with its place and its dead where the text gives them.
 */
export interface DraftEvent {
  kind: EventKind;
  /** As the text names it: "January 2022 protests", "parliamentary elections". */
  title: string;
  start: DraftDate;
  place?: { name?: string; country?: string };
  /** The dead the text counts, and the sentence counting them. */
  deaths?: { value: number; qualifier: 'exact' | 'at_least' | 'about'; quote: DraftQuote };
  quote: DraftQuote;
}

/**
 * A case as one source's text tells it, for a researcher to check and complete: never a record by itself. Each
 * fact quotes the sentence it was read from; what the text does not say is left out, not guessed.
 */
/** A person the text names, with the sentence each of their spellings is first written in, where it is written so. */
export interface DraftPerson extends NamedPerson {
  writtenAt: { name: string; quote: DraftQuote }[];
}

export interface CaseDraft {
  persons: DraftPerson[];
  charges: DraftCharge[];
  measures: DraftMeasure[];
  hearings: DraftHearing[];
  /** The verdicts the text tells of, in the order of their days. */
  verdicts: DraftVerdict[];
  /** The prosecution's claims the text reports, in its order. */
  allegations: DraftAllegation[];
  /** The investigators, prosecutors and courts the text names. */
  authorities: DraftAuthority[];
  /** The organisations the text ties the persons to: a party they lead, a movement they belong to. */
  affiliations: DraftAffiliation[];
  /** The public events the text dates: protests, riots, elections, referendums. */
  events: DraftEvent[];
  /** The items of evidence the text tells of: expert opinions, the videos and posts a claim rests on. */
  evidence: DraftEvidence[];
  /** The prosecution's documents the text tells of, the claims it reports being made in them. */
  documents: DraftDocument[];
  /** The longest terms the text says its charges carry, to be set against the law's. */
  statedMaximums: DraftStatedMaximum[];
  /** The latest day the text names that has passed: how recent its news is, unless the source's date is known. */
  latest?: DraftDate;
  /**
   * When the text was written, where its own date is not given and it names a day to come: on or after its latest
   * news and before that day.
   */
  written?: DraftDate;
}
