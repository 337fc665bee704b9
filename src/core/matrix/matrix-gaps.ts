import type { Allegation } from '../allegation/allegation.ts';
import {
  isProtectedSpeech,
  type ElementStatus,
  type GapKind,
  type MatrixAllegation,
  type MatrixCharge,
  type MatrixGap,
} from './matrix.ts';

/** The gap each standing of an element is, but support, and how it is said of the element's title. */
const ELEMENT_GAPS: Partial<Record<ElementStatus, { kind: GapKind; says: (title: string) => string }>> = {
  uncovered: { kind: 'element_uncovered', says: (t) => `no allegation asserts the element "${t}"` },
  unsupported: {
    kind: 'element_unsupported',
    says: (t) => `the element "${t}" is asserted but no evidence is put forward for it`,
  },
  protected_speech: {
    kind: 'element_protected_speech',
    says: (t) =>
      `the only evidence put forward for the element "${t}" is for words assessed as protected expression`,
  },
  commissioned_only: {
    kind: 'element_only_commissioned',
    says: (t) => `the element "${t}" rests only on expert opinion the prosecution commissioned`,
  },
};

/**
 * The gaps of a matrix, charge by charge and then for allegations serving no charge: elements no allegation
 * covers, elements asserted with no supporting evidence, allegations nothing supports or only the prosecution's
 * own experts do, speech never assessed as speech, elements the article does not have, allegations with no charge.
 */
export function findGaps(
  charges: readonly MatrixCharge[],
  unattached: readonly MatrixAllegation[],
  allegations: readonly Allegation[],
): MatrixGap[] {
  const gaps: MatrixGap[] = [];
  for (const charge of charges) {
    const where = `${charge.articleText} (${charge.charge})`;
    // A charge no claim is recorded for has one gap, not one for each element: what the prosecution says of it
    // is not in the record (a short source may tell of the charge alone).
    if (charge.allegations.length === 0 && charge.elements.length > 0)
      gaps.push({
        kind: 'charge_unargued',
        charge: charge.charge,
        message: `${where}: no allegation of the prosecution on this charge is recorded`,
      });
    for (const element of charge.allegations.length === 0 ? [] : charge.elements) {
      const gap = ELEMENT_GAPS[element.status];
      if (gap !== undefined)
        gaps.push({
          kind: gap.kind,
          charge: charge.charge,
          element: element.key,
          message: `${where}: ${gap.says(element.titles.en)}`,
        });
    }
    const keys = new Set(charge.elements.map((e) => e.key));
    for (const a of charge.allegations) {
      gaps.push(...allegationGaps(a, charge.charge));
      if (!charge.hasElementData) continue;
      for (const key of a.elements.filter((k) => !keys.has(k)))
        gaps.push({
          kind: 'element_not_in_article',
          charge: charge.charge,
          allegation: a.allegation,
          element: key,
          message: `${a.allegation} names the element "${key}", which ${charge.articleText} does not have`,
        });
    }
  }
  const named = new Map(allegations.map((a) => [a.id, a]));
  for (const a of unattached) {
    gaps.push(...allegationGaps(a, undefined));
    if (named.get(a.allegation)?.charge === undefined)
      gaps.push({
        kind: 'allegation_without_charge',
        allegation: a.allegation,
        message: `${a.allegation} serves no charge`,
      });
  }
  return gaps;
}

/**
 * The gaps of one allegation on its own: its support, and for speech whether it was assessed; none for speech assessed
 * as protected expression, which its elements' standing says.
 */
function allegationGaps(a: MatrixAllegation, charge: string | undefined): MatrixGap[] {
  const at = charge !== undefined ? { charge } : {};
  const gaps: MatrixGap[] = [];
  const support = a.evidence.filter((e) => e.stance === 'supports');
  // Words assessed as protected expression are no crime, whatever evidence is put forward that they were said: how
  // well it supports them is no gap of the prosecution's case.
  if (isProtectedSpeech(a)) return gaps;
  if (support.length === 0)
    gaps.push({
      kind: 'allegation_unsupported',
      ...at,
      allegation: a.allegation,
      message: `${a.allegation}: no evidence is put forward for "${a.summary}"`,
    });
  else if (support.every((e) => e.isProsecutionExpert))
    gaps.push({
      kind: 'only_commissioned_expert',
      ...at,
      allegation: a.allegation,
      evidence: support.map((e) => e.evidence),
      message: `${a.allegation}: the only support is expert opinion the prosecution commissioned`,
    });
  if (a.type === 'speech' && a.speechAssessment === undefined)
    gaps.push({
      kind: 'speech_unassessed',
      ...at,
      allegation: a.allegation,
      message: `${a.allegation}: speech with no assessment of whether it was protected expression`,
    });
  return gaps;
}
