import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Allegation } from '../allegation/allegation.ts';
import type { Evidence } from '../evidence/evidence.ts';
import type { OffenceElement } from '../law/law-elements.ts';
import { chargeRecord } from '../../../test/support/record-fixtures.ts';
import { buildMatrix, type ElementsSource, type MatrixInput } from './matrix-builder.ts';
import type { GapKind, IndictmentMatrix } from './matrix.ts';

const el = (key: string, kind: OffenceElement['kind'] = 'conduct'): OffenceElement => ({
  key,
  kind,
  titles: { en: `title of ${key}`, ru: `название ${key}` },
});
/** Law data that knows 272(1) with three elements, from 2015 on, and nothing else. */
const law: ElementsSource = {
  offenceElements: (_j, _c, article, part, onDate) =>
    article === '272' && part === '1' && onDate >= '2015-01-01'
      ? [el('organising'), el('violence', 'circumstance'), el('intent', 'intent')]
      : undefined,
};
const charge = chargeRecord('charge:a', 'case:a');

function allegation(id: string, overrides: Partial<Allegation> = {}): Allegation {
  return {
    id,
    case: 'case:a',
    document: 'source:indictment',
    charge: 'charge:a',
    type: 'act',
    summary: `summary of ${id}`,
    elements: [],
    visibility: 'public',
    sources: [],
    ...overrides,
  };
}
function evidence(id: string, links: Evidence['links'], overrides: Partial<Evidence> = {}): Evidence {
  return {
    id,
    case: 'case:a',
    type: 'video',
    side: 'prosecution',
    title: `title of ${id}`,
    links,
    visibility: 'public',
    sources: [],
    ...overrides,
  };
}
function build(input: Partial<MatrixInput>): IndictmentMatrix {
  return buildMatrix(
    {
      case: { id: 'case:a', jurisdiction: 'kz' },
      charges: [charge],
      allegations: [],
      evidence: [],
      ...input,
    },
    law,
  );
}
const kinds = (m: IndictmentMatrix, kind: GapKind) => m.gaps.filter((g) => g.kind === kind);

describe('the indictment matrix', () => {
  test('an element no allegation asserts is uncovered; one asserted with supporting evidence is not', () => {
    const m = build({
      allegations: [allegation('a:1', { elements: ['organising', 'intent'] })],
      evidence: [evidence('e:1', [{ allegation: 'a:1', stance: 'supports' }])],
    });
    assert.deepEqual(
      kinds(m, 'element_uncovered').map((g) => g.element),
      ['violence'],
    );
    assert.deepEqual(kinds(m, 'element_unsupported'), []);
    assert.deepEqual(
      m.charges[0]?.elements.map((e) => [e.key, e.status]),
      [
        ['organising', 'supported'],
        ['violence', 'uncovered'],
        ['intent', 'supported'],
      ],
    );
  });

  test('an element whose evidence is for words assessed as protected expression alone rests on protected speech', () => {
    const speech = (finding?: 'protected' | 'not_protected') =>
      build({
        allegations: [
          allegation('a:1', {
            type: 'speech',
            elements: ['organising'],
            ...(finding !== undefined ? { speechAssessment: { finding, sources: [] } } : {}),
          }),
        ],
        evidence: [evidence('e:video', [{ allegation: 'a:1', stance: 'supports' }])],
      });
    const organising = (m: IndictmentMatrix) => m.charges[0]?.elements.find((e) => e.key === 'organising');
    assert.equal(organising(speech('protected'))?.status, 'protected_speech');
    assert.deepEqual(
      kinds(speech('protected'), 'element_protected_speech').map((g) => g.element),
      ['organising'],
    );
    // Protected, the claim's own support is no gap: whether its words were said is not what makes them a crime.
    assert.deepEqual(kinds(speech('protected'), 'allegation_unsupported'), []);
    assert.deepEqual(
      kinds(
        build({
          allegations: [
            allegation('a:1', {
              type: 'speech',
              elements: ['organising'],
              speechAssessment: { finding: 'protected', sources: [] },
            }),
          ],
        }),
        'allegation_unsupported',
      ),
      [],
    );
    // Unassessed, or assessed as not protected, the evidence put forward stands as it is.
    assert.equal(organising(speech())?.status, 'supported');
    assert.equal(organising(speech('not_protected'))?.status, 'supported');
  });

  test('evidence for words assessed as protected is set aside, and what is left decides the element', () => {
    const expert = { type: 'expert_opinion' as const, commissionedBy: 'prosecution' as const };
    const protectedSpeech = allegation('a:videos', {
      type: 'speech',
      elements: ['organising'],
      speechAssessment: { finding: 'protected', sources: [] },
    });
    const unassessed = allegation('a:crowd', { type: 'speech', elements: ['organising'] });
    const organising = (m: IndictmentMatrix) =>
      m.charges[0]?.elements.find((e) => e.key === 'organising')?.status;
    // The videos back protected words; the prosecution's experts back both claims: left standing are the experts.
    const experts = build({
      allegations: [protectedSpeech, unassessed],
      evidence: [
        evidence('e:video', [{ allegation: 'a:videos', stance: 'supports' }]),
        evidence(
          'e:expert',
          [
            { allegation: 'a:videos', stance: 'supports' },
            { allegation: 'a:crowd', stance: 'supports' },
          ],
          expert,
        ),
      ],
    });
    assert.equal(organising(experts), 'commissioned_only');
    // A witness for the unassessed claim stands on its own.
    const witness = build({
      allegations: [protectedSpeech, unassessed],
      evidence: [
        evidence('e:video', [{ allegation: 'a:videos', stance: 'supports' }]),
        evidence('e:witness', [{ allegation: 'a:crowd', stance: 'supports' }], { type: 'witness_statement' }),
      ],
    });
    assert.equal(organising(witness), 'supported');
    // Experts for protected words alone: the element rests on protected speech, the graver want.
    const onlyProtected = build({
      allegations: [protectedSpeech],
      evidence: [evidence('e:expert', [{ allegation: 'a:videos', stance: 'supports' }], expert)],
    });
    assert.equal(organising(onlyProtected), 'protected_speech');
  });

  test('evidence linked to no allegation the reader sees is listed apart, not lost', () => {
    const m = build({
      allegations: [allegation('a:1', { elements: ['organising'] })],
      evidence: [
        evidence('e:linked', [{ allegation: 'a:1', stance: 'supports' }]),
        evidence('e:loose', [], {
          type: 'expert_opinion',
          commissionedBy: 'prosecution',
          description: 'found X',
        }),
        evidence('e:withheld-claim', [{ allegation: 'a:unseen', stance: 'supports' }]),
      ],
    });
    assert.deepEqual(
      m.unlinked.map((e) => [e.evidence, e.isProsecutionExpert, e.description ?? null]),
      [
        ['e:loose', true, 'found X'],
        ['e:withheld-claim', false, null],
      ],
    );
  });

  test('a charge no allegation serves is one gap, not one for each of its elements', () => {
    const m = build({ allegations: [] });
    assert.deepEqual(
      m.gaps.map((g) => [g.kind, g.charge]),
      [['charge_unargued', 'charge:a']],
    );
    // Its elements still stand as no allegation asserts them.
    assert.deepEqual(
      m.charges[0]?.elements.map((e) => e.status),
      ['uncovered', 'uncovered', 'uncovered'],
    );
  });

  test('a link narrowed to some elements leaves the others asserted but unsupported', () => {
    const m = build({
      allegations: [allegation('a:1', { elements: ['organising', 'violence', 'intent'] })],
      evidence: [
        evidence('e:1', [{ allegation: 'a:1', stance: 'supports', elements: ['organising', 'intent'] }]),
        evidence('e:2', [{ allegation: 'a:1', stance: 'does_not_address', elements: ['violence'] }]),
      ],
    });
    assert.deepEqual(
      kinds(m, 'element_unsupported').map((g) => g.element),
      ['violence'],
    );
    assert.deepEqual(kinds(m, 'allegation_unsupported'), []);
  });

  test('contradicting evidence is shown against the element and is not support', () => {
    const m = build({
      allegations: [allegation('a:1', { elements: ['organising'] })],
      evidence: [evidence('e:1', [{ allegation: 'a:1', stance: 'contradicts' }], { side: 'defence' })],
    });
    const row = m.charges[0]?.elements.find((e) => e.key === 'organising');
    assert.deepEqual(row?.contradictedBy, ['e:1']);
    assert.equal(row?.status, 'unsupported');
    assert.equal(m.charges[0]?.allegations[0]?.evidence[0]?.stance, 'contradicts');
    assert.equal(kinds(m, 'allegation_unsupported').length, 1);
  });

  test('support only from expert opinion the prosecution commissioned is a gap; other support is not', () => {
    const expert = { type: 'expert_opinion', commissionedBy: 'prosecution' } as const;
    const only = build({
      allegations: [allegation('a:1', { elements: ['intent'] })],
      evidence: [evidence('e:1', [{ allegation: 'a:1', stance: 'supports' }], expert)],
    });
    assert.deepEqual(kinds(only, 'only_commissioned_expert')[0]?.evidence, ['e:1']);
    // The element it asserts stands on those experts alone, which its standing says, as a gap of its own.
    const intent = (m: IndictmentMatrix) => m.charges[0]?.elements.find((e) => e.key === 'intent');
    assert.equal(intent(only)?.status, 'commissioned_only');
    assert.deepEqual(
      kinds(only, 'element_only_commissioned').map((g) => g.element),
      ['intent'],
    );
    const mixed = build({
      allegations: [allegation('a:1', { elements: ['intent'] })],
      evidence: [
        evidence('e:1', [{ allegation: 'a:1', stance: 'supports' }], expert),
        evidence('e:2', [{ allegation: 'a:1', stance: 'supports' }]),
      ],
    });
    assert.deepEqual(kinds(mixed, 'only_commissioned_expert'), []);
    assert.equal(intent(mixed)?.status, 'supported');
    assert.deepEqual(kinds(mixed, 'element_only_commissioned'), []);
    const defenceExpert = build({
      allegations: [allegation('a:1', { elements: ['intent'] })],
      evidence: [
        evidence('e:1', [{ allegation: 'a:1', stance: 'supports' }], {
          type: 'expert_opinion',
          commissionedBy: 'defence',
        }),
      ],
    });
    assert.deepEqual(kinds(defenceExpert, 'only_commissioned_expert'), []);
  });

  test('speech with no assessment is a gap; assessed speech and acts are not', () => {
    const m = build({
      allegations: [
        allegation('a:speech', { type: 'speech', elements: ['organising'] }),
        allegation('a:assessed', {
          type: 'speech',
          speechAssessment: { finding: 'protected', sources: [] },
        }),
        allegation('a:act'),
      ],
    });
    assert.deepEqual(
      kinds(m, 'speech_unassessed').map((g) => g.allegation),
      ['a:speech'],
    );
  });

  test('an element the article does not have, and an allegation with no charge, are gaps', () => {
    const m = build({
      allegations: [
        allegation('a:1', { elements: ['organising', 'arson'] }),
        allegation('a:free', { charge: undefined }),
      ],
    });
    assert.deepEqual(
      kinds(m, 'element_not_in_article').map((g) => [g.allegation, g.element]),
      [['a:1', 'arson']],
    );
    assert.deepEqual(
      kinds(m, 'allegation_without_charge').map((g) => g.allegation),
      ['a:free'],
    );
    assert.deepEqual(
      m.unattached.map((a) => a.allegation),
      ['a:free'],
    );
  });

  test('an article the data holds no elements for still lists its allegations, and names no element gap', () => {
    const other = chargeRecord('charge:b', 'case:a', {
      article: { jurisdiction: 'kz', code: 'cc', article: '999' },
      lifecycle: [
        { kind: 'brought', date: '2022', sources: [] },
        { kind: 'dropped', date: '2022-11~', sources: [] },
      ],
    });
    const m = build({
      charges: [other],
      allegations: [allegation('a:1', { charge: 'charge:b', elements: ['anything'] })],
    });
    const row = m.charges[0];
    assert.equal(row?.hasElementData, false);
    assert.equal(row?.isLive, false);
    assert.equal(row?.state, 'dropped');
    assert.equal(row?.onDate, '2022-01-01');
    // When it was first brought, as recorded, partial as it is.
    assert.equal(row?.broughtOn, other.lifecycle[0]?.date);
    assert.deepEqual(
      row?.allegations.map((a) => a.allegation),
      ['a:1'],
    );
    assert.deepEqual(kinds(m, 'element_not_in_article'), []);
    assert.deepEqual(kinds(m, 'element_uncovered'), []);
  });

  test('a charge that replaced one later brought again is live as far as the record says, its fate unknown', () => {
    const first = chargeRecord('charge:first', 'case:a', {
      lifecycle: [
        { kind: 'brought', date: '2022', sources: [] },
        { kind: 'reclassified', date: '2022-11~', successors: ['charge:assembly'], sources: [] },
      ],
    });
    const assembly = chargeRecord('charge:assembly', 'case:a', {
      article: { jurisdiction: 'kz', code: 'cc', article: '400' },
      origin: { kind: 'reclassification', from: ['charge:first'] },
      lifecycle: [{ kind: 'brought', date: '2022-11~', sources: [] }],
    });
    const again = chargeRecord('charge:again', 'case:a', {
      origin: { kind: 'rebrought', from: ['charge:first'] },
      lifecycle: [{ kind: 'brought', date: '2023-01-26', sources: [] }],
    });
    const fate = (m: IndictmentMatrix) => m.charges.map((c) => [c.charge, c.isLive, c.isFateUnknown]);
    // Live charges first, each by the day it was brought; the charge no longer live after them.
    assert.deepEqual(fate(build({ charges: [first, assembly, again] })), [
      ['charge:assembly', true, true],
      ['charge:again', true, false],
      ['charge:first', false, false],
    ]);
    // Without the charge brought again, or once the replacing charge is dropped, its fate is not in question.
    assert.deepEqual(fate(build({ charges: [first, assembly] }))[0], ['charge:assembly', true, false]);
    const dropped = {
      ...assembly,
      lifecycle: [...assembly.lifecycle, { kind: 'dropped' as const, date: '2023-01-26', sources: [] }],
    };
    assert.deepEqual(
      fate(build({ charges: [first, dropped, again] })).find(([id]) => id === 'charge:assembly'),
      ['charge:assembly', false, false],
    );
  });

  test('of the live charges, those the claims serve come first: what the indictment argues, then the rest by day', () => {
    const insult = chargeRecord('charge:a-insult', 'case:a', {
      article: { jurisdiction: 'kz', code: 'cc', article: '378' },
      lifecycle: [{ kind: 'brought', date: '2022-03', sources: [] }],
    });
    const falsehood = chargeRecord('charge:b-false', 'case:a', {
      article: { jurisdiction: 'kz', code: 'cc', article: '274' },
      lifecycle: [{ kind: 'brought', date: '2022-02', sources: [] }],
    });
    const riots = chargeRecord('charge:c-riots', 'case:a', {
      lifecycle: [{ kind: 'brought', date: '2023-01-26', sources: [] }],
    });
    const m = build({
      charges: [insult, falsehood, riots],
      allegations: [allegation('a:1', { charge: 'charge:c-riots' })],
    });
    assert.deepEqual(
      m.charges.map((c) => c.charge),
      ['charge:c-riots', 'charge:b-false', 'charge:a-insult'],
    );
  });

  test('withheld charges, allegations or evidence make the matrix uncertain; other kinds do not', () => {
    assert.equal(build({}).isCertain, true);
    assert.equal(build({ withheld: { measure: 2 } }).isCertain, true);
    const m = build({ withheld: { allegation: 1 } });
    assert.equal(m.isCertain, false);
    assert.deepEqual(m.withheld?.records, [{ kind: 'allegation', count: 1 }]);
  });

  test('a charge is read on its act date when it has one', () => {
    const early = chargeRecord('charge:a', 'case:a', {
      actDate: { date: '2014-05', sources: [] },
      lifecycle: [{ kind: 'brought', date: '2016-01-01', sources: [] }],
    });
    const m = build({ charges: [early] });
    assert.equal(m.charges[0]?.onDate, '2014-05-01');
    assert.equal(m.charges[0]?.hasElementData, false);
  });

  test("an allegation carries its document's pages where they are known, and only then", () => {
    const m = build({
      allegations: [
        allegation('a:1'),
        allegation('a:2', { document: 'source:text', passage: { page: 1, quote: 'words' } }),
      ],
      pageCounts: new Map([['source:text', 1]]),
    });
    const pages = m.charges[0]?.allegations.map((a) => [a.allegation, a.documentPageCount]);
    assert.deepEqual(pages, [
      ['a:1', undefined],
      ['a:2', 1],
    ]);
  });

  test('an allegation carries what the record notes of it, and no empty note', () => {
    const m = build({
      allegations: [
        allegation('a:1', { note: 'The indictment does not say he called for violence.' }),
        allegation('a:2', { note: '  ' }),
        allegation('a:3'),
      ],
    });
    assert.deepEqual(
      m.charges[0]?.allegations.map((a) => [a.allegation, a.note]),
      [
        ['a:1', 'The indictment does not say he called for violence.'],
        ['a:2', undefined],
        ['a:3', undefined],
      ],
    );
  });
});
