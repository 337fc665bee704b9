import type { AllegationType, Passage, SpeechAssessment } from '../allegation/allegation.ts';
import type { ChargeStepKind } from '../charge/charge.ts';
import type { EvidenceSide, EvidenceStance, EvidenceType } from '../evidence/evidence.ts';
import type { ArticleRef } from '../law/law.ts';
import type { ElementKind } from '../law/law-elements.ts';
import type { RecordKind } from '../record/record-kinds.ts';
import type { PartialDate } from '../dates/partial-date.ts';

/** An element's title per language code, as the law data gives it (always English). */
export type Titles = { en: string } & Record<string, string>;

/** One item of evidence as it bears on one allegation: its stance and the elements the link covers. */
export interface MatrixEvidence {
  evidence: string;
  title: string;
  type: EvidenceType;
  side: EvidenceSide;
  commissionedBy?: EvidenceSide;
  stance: EvidenceStance;
  /** The allegation's elements this link bears on (the link's own list, or all of the allegation's). */
  elements: string[];
  /** True for an expert opinion the prosecution commissioned. */
  isProsecutionExpert: boolean;
  reliability?: string;
  note?: string;
}

/** An item of evidence of the case linked to no allegation the reader may see: put forward, for nothing named. */
export interface MatrixLooseEvidence {
  evidence: string;
  title: string;
  type: EvidenceType;
  side: EvidenceSide;
  commissionedBy?: EvidenceSide;
  isProsecutionExpert: boolean;
  description?: string;
}

/** One allegation with the evidence linked to it. */
export interface MatrixAllegation {
  allegation: string;
  type: AllegationType;
  summary: string;
  document: string;
  /** The document's pages, where recorded and the reader may see it: a page is worth naming in one of several. */
  documentPageCount?: number;
  passage?: Passage;
  /** When the conduct alleged took place, as the document says. */
  conductOn?: PartialDate;
  elements: string[];
  speechAssessment?: SpeechAssessment;
  /** What the record notes of the claim: a source's answer to it ("the indictment does not say he called for violence"). */
  note?: string;
  evidence: MatrixEvidence[];
}

/**
 * Where an element stands: no allegation asserts it, allegations do with no supporting evidence, only expert
 * opinion the prosecution commissioned supports it, the evidence put forward for it is for words assessed as
 * protected expression alone, or other evidence supports it.
 */
export type ElementStatus =
  'uncovered' | 'unsupported' | 'commissioned_only' | 'protected_speech' | 'supported';

/** One element of the charged offence, with the allegations asserting it and how the evidence bears on it. */
export interface MatrixElement {
  key: string;
  kind: ElementKind;
  titles: Titles;
  alternatives?: Titles[];
  status: ElementStatus;
  allegations: string[];
  supportedBy: string[];
  contradictedBy: string[];
}

/** One charge of the case, its offence's elements and the allegations serving it. */
export interface MatrixCharge {
  charge: string;
  article: ArticleRef;
  articleText: string;
  label?: string;
  /** The last step of its life and whether it is still live (not dropped, reclassified, decided…). */
  state: string;
  isLive: boolean;
  /**
   * Live as far as the record says, but it took the place of a charge later brought again: what became of it
   * (dropped when the first came back, or pending beside it) is not recorded.
   */
  isFateUnknown: boolean;
  /** The day the elements were read for: the act date, or the charge's first step. */
  onDate: string;
  /** When it was first brought, as recorded (a partial date): how charges under one article are told apart. */
  broughtOn?: string;
  /** False when the law data holds no elements for the article: the allegations are still listed. */
  hasElementData: boolean;
  elements: MatrixElement[];
  allegations: MatrixAllegation[];
}

/** What a gap is: the findings a researcher reads the matrix for. */
export const GAP_KINDS = [
  'charge_unargued',
  'element_uncovered',
  'element_unsupported',
  'allegation_unsupported',
  'only_commissioned_expert',
  'element_only_commissioned',
  'element_protected_speech',
  'speech_unassessed',
  'element_not_in_article',
  'allegation_without_charge',
] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** Speech assessed as protected expression: no crime, whatever evidence is put forward that it was said. */
export const isProtectedSpeech = (a: Pick<MatrixAllegation, 'type' | 'speechAssessment'>): boolean =>
  a.type === 'speech' && a.speechAssessment?.finding === 'protected';

/**
 * The gaps that are the record's to fill rather than findings about the prosecution's case: claims of a charge not
 * recorded, speech not assessed, a claim on no charge or naming an element its article lacks.
 */
export const RECORD_GAP_KINDS: ReadonlySet<GapKind> = new Set([
  'charge_unargued',
  'speech_unassessed',
  'allegation_without_charge',
  'element_not_in_article',
]);

/** One gap, with what it concerns (a charge, an element, an allegation, the evidence behind it). */
export interface MatrixGap {
  kind: GapKind;
  charge?: string;
  element?: string;
  allegation?: string;
  evidence?: string[];
  message: string;
}

/** What of the case the reader may not see that could change the matrix: counts only, never ids. */
export interface MatrixWithheld {
  records: { kind: RecordKind; count: number }[];
  note: string;
}

/** The indictment matrix of a case: per charge, elements × allegations × evidence, and the gaps. */
export interface IndictmentMatrix {
  case: string;
  jurisdiction: string;
  charges: MatrixCharge[];
  /** Allegations that serve no charge the reader can see (none named, or the charge is withheld). */
  unattached: MatrixAllegation[];
  /** The case's evidence linked to no allegation the reader may see: shown, so that it is not lost to the matrix. */
  unlinked: MatrixLooseEvidence[];
  gaps: MatrixGap[];
  /** False when records are withheld from the reader: a gap may be filled by what they cannot see. */
  isCertain: boolean;
  withheld?: MatrixWithheld;
}

/** A step kind or the state a charge is in, as the matrix names it. */
export type ChargeState = ChargeStepKind | 'live' | 'in_court' | 'suspended' | 'not_yet_brought';
