import type { Allegation } from '../allegation/allegation.ts';
import { broughtAgainAfterReplaced, type Charge } from '../charge/charge.ts';
import { dayBounds, comparePartialDates } from '../dates/partial-date.ts';
import type { Evidence } from '../evidence/evidence.ts';
import { chargeArticleText, foldChargeState } from '../facts/charge-history.ts';
import type { OffenceElement } from '../law/law-elements.ts';
import type { LegalKnowledge } from '../law/legal-knowledge.ts';
import type { RecordKind } from '../record/record-kinds.ts';
import { findGaps } from './matrix-gaps.ts';
import { isProtectedSpeech } from './matrix.ts';
import type {
  ElementStatus,
  IndictmentMatrix,
  MatrixAllegation,
  MatrixCharge,
  MatrixElement,
  MatrixEvidence,
  MatrixLooseEvidence,
  MatrixWithheld,
} from './matrix.ts';

/** What the matrix is built from: the case's charges, allegations and evidence as the reader sees them. */
export interface MatrixInput {
  case: { id: string; jurisdiction: string };
  charges: readonly Charge[];
  allegations: readonly Allegation[];
  evidence: readonly Evidence[];
  /** Records of the case withheld from the reader, counted per kind. */
  withheld?: Partial<Record<RecordKind, number>>;
  /** The pages of the documents the allegations are read from, where known and seen by the reader. */
  pageCounts?: ReadonlyMap<string, number>;
}

/** The part of the law data the matrix reads. */
export type ElementsSource = Pick<LegalKnowledge, 'offenceElements'>;

const LIVE_STATES = new Set(['live', 'in_court', 'suspended']);

/** Builds the indictment matrix: pure, from records already filtered to what the reader may see. */
export function buildMatrix(input: MatrixInput, law: ElementsSource): IndictmentMatrix {
  const links = linksByAllegation(input.evidence);
  const rows = new Map(
    input.allegations.map((a) => [
      a.id,
      allegationRow(a, links.get(a.id) ?? [], input.pageCounts?.get(a.document)),
    ]),
  );
  const chargeIds = new Set(input.charges.map((c) => c.id));
  // Live charges first: they are what the defendant still answers; the others follow, said to be no longer live.
  // Of those alike, the charges the claims serve first (what the indictment argues), then by the day of the act or
  // the first step.
  const argued = new Set(input.allegations.map((a) => a.charge));
  const charges = [...input.charges]
    .sort(
      (a, b) =>
        Number(chargeState(b).isLive) - Number(chargeState(a).isLive) ||
        Number(argued.has(b.id)) - Number(argued.has(a.id)) ||
        elementsDay(a).localeCompare(elementsDay(b)) ||
        a.id.localeCompare(b.id),
    )
    .map((charge) =>
      chargeRow(
        charge,
        input.allegations.filter((a) => a.charge === charge.id).map((a) => rows.get(a.id)!),
        input.case.jurisdiction,
        law,
        broughtAgainAfterReplaced(charge, input.charges, {
          isBrought: (c) => chargeState(c).state !== 'not_yet_brought',
          defendantOf: (c) => c.defendant,
        }) !== undefined,
      ),
    );
  const unattached = input.allegations
    .filter((a) => a.charge === undefined || !chargeIds.has(a.charge))
    .map((a) => rows.get(a.id)!);
  const withheld = withheldNote(input.withheld);
  const claims = new Set(input.allegations.map((a) => a.id));
  const unlinked = input.evidence
    .filter((item) => !item.links.some((l) => claims.has(l.allegation)))
    .map((item): MatrixLooseEvidence => ({
      evidence: item.id,
      title: item.title,
      type: item.type,
      side: item.side,
      ...(item.commissionedBy !== undefined ? { commissionedBy: item.commissionedBy } : {}),
      isProsecutionExpert: isProsecutionExpert(item),
      ...(item.description !== undefined ? { description: item.description } : {}),
    }));
  return {
    case: input.case.id,
    jurisdiction: input.case.jurisdiction,
    charges,
    unattached,
    unlinked,
    gaps: findGaps(charges, unattached, input.allegations),
    isCertain: withheld === undefined,
    ...(withheld !== undefined ? { withheld } : {}),
  };
}

/** An expert opinion the prosecution commissioned (or put forward, where who commissioned it is not said). */
const isProsecutionExpert = (item: Evidence) =>
  item.type === 'expert_opinion' && (item.commissionedBy ?? item.side) === 'prosecution';

/** Each allegation's evidence links, with the item they come from. */
function linksByAllegation(evidence: readonly Evidence[]) {
  const out = new Map<string, { item: Evidence; link: Evidence['links'][number] }[]>();
  for (const item of evidence)
    for (const link of item.links) {
      const list = out.get(link.allegation) ?? [];
      list.push({ item, link });
      out.set(link.allegation, list);
    }
  return out;
}

function allegationRow(
  a: Allegation,
  links: readonly { item: Evidence; link: Evidence['links'][number] }[],
  pageCount: number | undefined,
): MatrixAllegation {
  const evidence: MatrixEvidence[] = links.map(({ item, link }) => ({
    evidence: item.id,
    title: item.title,
    type: item.type,
    side: item.side,
    ...(item.commissionedBy !== undefined ? { commissionedBy: item.commissionedBy } : {}),
    stance: link.stance,
    elements:
      link.elements === undefined ? [...a.elements] : link.elements.filter((e) => a.elements.includes(e)),
    isProsecutionExpert: isProsecutionExpert(item),
    ...(item.reliability !== undefined ? { reliability: item.reliability.rating } : {}),
    ...(link.note !== undefined ? { note: link.note } : {}),
  }));
  return {
    allegation: a.id,
    type: a.type,
    summary: a.summary,
    document: a.document,
    ...(pageCount !== undefined ? { documentPageCount: pageCount } : {}),
    ...(a.passage !== undefined ? { passage: a.passage } : {}),
    ...(a.conductOn !== undefined ? { conductOn: a.conductOn } : {}),
    ...(a.note !== undefined && a.note.trim() !== '' ? { note: a.note } : {}),
    elements: [...a.elements],
    ...(a.speechAssessment !== undefined ? { speechAssessment: a.speechAssessment } : {}),
    evidence,
  };
}

/** The day a charge's elements are read for: its act date, else its first step (the earliest day either can be). */
export function elementsDay(charge: Charge): string {
  const first = [...charge.lifecycle].sort((a, b) => comparePartialDates(a.date, b.date))[0];
  const date = charge.actDate?.date ?? first?.date;
  return date === undefined ? '1970-01-01' : dayBounds(date).earliest;
}

/** The date of a charge's first step as recorded, partial as it is. */
function broughtOn(charge: Charge): { broughtOn?: string } {
  const first = [...charge.lifecycle].sort((a, b) => comparePartialDates(a.date, b.date))[0];
  return first === undefined ? {} : { broughtOn: first.date };
}

/** The charge's state after its steps in date order, and whether it is still live. */
export function chargeState(charge: Charge): { state: string; isLive: boolean } {
  const steps = [...charge.lifecycle].sort((a, b) => comparePartialDates(a.date, b.date));
  const state = foldChargeState(steps.map((s) => s.kind));
  return { state, isLive: LIVE_STATES.has(state) };
}

function chargeRow(
  charge: Charge,
  allegations: MatrixAllegation[],
  jurisdiction: string,
  law: ElementsSource,
  isReplacedBroughtAgain: boolean,
): MatrixCharge {
  const onDate = elementsDay(charge);
  const { article } = charge;
  const state = chargeState(charge);
  const known = law.offenceElements(
    article.jurisdiction || jurisdiction,
    article.code,
    article.article,
    article.part,
    onDate,
  );
  return {
    charge: charge.id,
    article,
    articleText: chargeArticleText(charge),
    ...(charge.label !== undefined ? { label: charge.label } : {}),
    ...state,
    isFateUnknown: state.isLive && isReplacedBroughtAgain,
    onDate,
    ...broughtOn(charge),
    hasElementData: known !== undefined,
    elements: (known ?? []).map((e) => elementRow(e, allegations)),
    allegations,
  };
}

function elementRow(element: OffenceElement, allegations: readonly MatrixAllegation[]): MatrixElement {
  const asserting = allegations.filter((a) => a.elements.includes(element.key));
  const bearing = (stance: string) => [
    ...new Set(
      asserting.flatMap((a) =>
        a.evidence
          .filter((e) => e.stance === stance && e.elements.includes(element.key))
          .map((e) => e.evidence),
      ),
    ),
  ];
  const supportedBy = bearing('supports');
  // Evidence the prosecution's own experts gave: support the defence may rightly question.
  const commissioned = new Set(
    asserting.flatMap((a) => a.evidence.filter((e) => e.isProsecutionExpert).map((e) => e.evidence)),
  );
  // Evidence put forward for words assessed as protected expression supports nothing punishable: it is set aside.
  // What is left standing decides: none, and the element rests on protected speech alone; only the prosecution's own
  // experts, and it rests on them alone.
  const standing = [
    ...new Set(
      asserting
        .filter((a) => !isProtectedSpeech(a))
        .flatMap((a) =>
          a.evidence
            .filter((e) => e.stance === 'supports' && e.elements.includes(element.key))
            .map((e) => e.evidence),
        ),
    ),
  ];
  const status: ElementStatus =
    asserting.length === 0
      ? 'uncovered'
      : supportedBy.length === 0
        ? 'unsupported'
        : standing.length === 0
          ? 'protected_speech'
          : standing.every((id) => commissioned.has(id))
            ? 'commissioned_only'
            : 'supported';
  return {
    key: element.key,
    kind: element.kind,
    titles: element.titles,
    ...(element.alternatives !== undefined ? { alternatives: element.alternatives } : {}),
    status,
    allegations: asserting.map((a) => a.allegation),
    supportedBy,
    contradictedBy: bearing('contradicts'),
  };
}

const WITHHELD_KINDS: readonly RecordKind[] = ['charge', 'allegation', 'evidence'];

function withheldNote(withheld: Partial<Record<RecordKind, number>> | undefined): MatrixWithheld | undefined {
  const records = WITHHELD_KINDS.flatMap((kind) => {
    const count = withheld?.[kind] ?? 0;
    return count > 0 ? [{ kind, count }] : [];
  });
  if (records.length === 0) return undefined;
  return {
    records,
    note:
      'Part of this case is withheld at your access level. The matrix shows what you may see; a withheld ' +
      'charge, allegation or item of evidence may cover an element or support an allegation, so no gap is certain.',
  };
}
