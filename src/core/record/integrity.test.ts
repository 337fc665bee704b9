import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ArticleRef } from '../law/law.ts';
import { IntegrityChecker, type IntegrityLaw } from './integrity.ts';
import type { StoredLineage } from './lineage-check.ts';
import { RECORD_KINDS, type RecordKind, type RecordOf } from './record-kinds.ts';

const parse = <K extends RecordKind>(kind: K, value: unknown): RecordOf<K> =>
  RECORD_KINDS[kind].schema.parse(value) as RecordOf<K>;
const person = (id: string) =>
  parse('person', { id, names: [{ value: id, script: 'Latn', language: 'en', kind: 'native' }] });
const kase = (id: string, extra: object = {}) =>
  parse('case', { id, jurisdiction: 'kz', title: id, ...extra });
const charge = (id: string, lifecycle: object[], extra: object = {}) =>
  parse('charge', {
    id,
    case: 'case:a',
    defendant: 'person:a',
    article: { jurisdiction: 'kz', code: 'cc', article: '272', part: '1' },
    lifecycle,
    ...extra,
  });
const measure = (id: string, steps: object[], extra: object = {}) =>
  parse('measure', { id, case: 'case:a', person: 'person:a', kind: 'custody', steps, ...extra });
const brought = (date: string) => ({ kind: 'brought', date });

function base(): IntegrityChecker {
  const checker = new IntegrityChecker({ file: 'b.json' });
  checker.add('person', person('person:a'), 0);
  checker.add('case', kase('case:a'), 0);
  return checker;
}

const summary = (checker: IntegrityChecker, existing?: (kind: RecordKind, id: string) => boolean) =>
  checker.finish(existing ? { existing } : {}).map((i) => `${i.code} ${i.path}: ${i.message}`);

describe('IntegrityChecker', () => {
  test('a clean set of records has no issues, and issues carry the file', () => {
    const checker = base();
    checker.add(
      'charge',
      charge('charge:1', [
        brought('2022-11'),
        { kind: 'convicted', date: '2023-05-10' },
        { kind: 'amnestied', date: '2024' },
      ]),
      0,
    );
    assert.deepEqual(checker.finish(), []);
    const bad = base();
    bad.add('person', person('person:a'), 1);
    assert.equal(bad.finish()[0]?.file, 'b.json');
  });

  test('reports duplicate ids within a kind, naming the first', () => {
    const checker = base();
    checker.add('person', person('person:a'), 1);
    checker.add('case', kase('person:a'), 1);
    assert.deepEqual(summary(checker), [
      'reference.duplicate $.persons[1].id: duplicate person id "person:a" (first at $.persons[0])',
    ]);
  });

  test('reports references to nothing, forward references and ids in the database are fine', () => {
    const checker = base();
    checker.add('charge', charge('charge:1', [brought('2022')], { defendant: 'person:nobody' }), 0);
    checker.add(
      'charge',
      charge('charge:2', [
        { ...brought('2022'), decision: 'decision:later' },
        { kind: 'amended', date: '2023', authority: 'org:db' },
      ]),
      1,
    );
    checker.add(
      'decision',
      parse('decision', {
        id: 'decision:later',
        case: 'case:a',
        kind: 'verdict',
        date: '2023',
        defendant: 'person:a',
      }),
      0,
    );
    assert.deepEqual(
      checker.unresolved(),
      new Map([
        ['person', new Set(['person:nobody'])],
        ['organisation', new Set(['org:db'])],
      ]),
    );
    assert.deepEqual(
      summary(checker, (kind, id) => kind === 'organisation' && id === 'org:db'),
      [
        'reference.dangling $.charges[0].defendant: "person:nobody" refers to no person in the bundle or the database',
      ],
    );
  });

  test('a forward reference is settled when its target comes; dangling ones name their path, in file order', () => {
    const checker = base();
    checker.add('charge', charge('charge:2', [brought('2022')], { case: 'case:gone' }), 7);
    checker.add(
      'charge',
      charge('charge:1', [{ ...brought('2022'), decision: 'decision:d' }], { case: 'case:gone' }),
      3,
    );
    assert.deepEqual(
      checker.unresolved(),
      new Map([
        ['case', new Set(['case:gone'])],
        ['decision', new Set(['decision:d'])],
      ]),
    );
    checker.add(
      'decision',
      parse('decision', {
        id: 'decision:d',
        case: 'case:a',
        kind: 'verdict',
        date: '2023',
        defendant: 'person:a',
      }),
      0,
    );
    assert.deepEqual(checker.unresolved(), new Map([['case', new Set(['case:gone'])]]));
    assert.deepEqual(summary(checker), [
      'reference.dangling $.charges[3].case: "case:gone" refers to no case in the bundle or the database',
      'reference.dangling $.charges[7].case: "case:gone" refers to no case in the bundle or the database',
    ]);
  });

  test('dangling references of several kinds come in file order, whatever order the records came in', () => {
    const checker = base();
    // A bundle may list its collections in any order; these reach the checker measures first.
    checker.add(
      'measure',
      measure('measure:1', [{ kind: 'ordered', date: '2022' }], { case: 'case:gone' }),
      0,
    );
    checker.add('charge', charge('charge:5', [brought('2022')], { defendant: 'person:gone' }), 5);
    checker.add('charge', charge('charge:1', [brought('2022')], { case: 'case:gone' }), 1);
    checker.add(
      'person',
      parse('person', { ...person('person:b'), sources: [{ source: 'source:gone' }] }),
      2,
    );
    assert.deepEqual(
      checker.finish().map((i) => `${i.code} ${i.path}`),
      [
        'reference.dangling $.persons[2].sources[0].source',
        'reference.dangling $.charges[1].case',
        'reference.dangling $.charges[5].defendant',
        'reference.dangling $.measures[0].case',
      ],
    );
  });

  test('charge steps: certainly out of order is an error, possibly out of order is not', () => {
    const checker = base();
    checker.add(
      'charge',
      charge('charge:1', [
        brought('2022-11-07'),
        { kind: 'amended', date: '2022-11' },
        { kind: 'sent_to_court', date: '2022-10-01' },
      ]),
      3,
    );
    checker.add(
      'charge',
      charge('charge:2', [brought('2022-11-07'), { kind: 'amended', date: '2022-11-01~' }]),
      4,
    );
    assert.deepEqual(summary(checker), [
      'date.order $.charges[3].lifecycle[2].date: step "sent_to_court" (2022-10-01) is before step 0 "brought" (2022-11-07)',
    ]);
  });

  test('charge steps: the first is brought; nothing follows a terminal step but an amnesty after a conviction', () => {
    const checker = base();
    checker.add('charge', charge('charge:1', [{ kind: 'amended', date: '2022' }]), 0);
    checker.add(
      'charge',
      charge('charge:2', [
        brought('2022'),
        { kind: 'dropped', date: '2022' },
        { kind: 'resumed', date: '2023' },
      ]),
      1,
    );
    checker.add(
      'charge',
      charge('charge:3', [
        brought('2022'),
        { kind: 'acquitted', date: '2022' },
        { kind: 'amnestied', date: '2023' },
      ]),
      2,
    );
    assert.deepEqual(summary(checker), [
      `validation.invalid $.charges[0].lifecycle[0].kind: a charge's first step must be "brought", not "amended"`,
      'validation.invalid $.charges[1].lifecycle[2].kind: step "resumed" comes after the terminal step 1 "dropped"',
      'validation.invalid $.charges[2].lifecycle[2].kind: step "amnestied" comes after the terminal step 1 "acquitted"',
    ]);
  });

  test('charge lineage: a handover needs successors, and each must name its predecessor', () => {
    const checker = base();
    checker.add(
      'charge',
      charge('charge:old', [
        brought('2022'),
        { kind: 'reclassified', date: '2023-01', successors: ['charge:new', 'charge:stray'] },
      ]),
      0,
    );
    checker.add(
      'charge',
      charge('charge:new', [brought('2023-01')], {
        origin: { kind: 'reclassification', from: ['charge:old'] },
      }),
      1,
    );
    checker.add('charge', charge('charge:stray', [brought('2023-01')]), 2);
    checker.add('charge', charge('charge:merged', [brought('2022'), { kind: 'merged', date: '2023' }]), 3);
    assert.deepEqual(summary(checker), [
      'validation.invalid $.charges[0].lifecycle[1].successors[1]: successor "charge:stray" must name "charge:old" in origin.from',
      'validation.invalid $.charges[3].lifecycle[1].successors: a "merged" step needs the successor charges',
    ]);
  });

  test('charge lineage from the other end: an origin needs the matching step on the charge it names', () => {
    const checker = base();
    // Claims a reclassification the earlier charge never made (it was dropped).
    checker.add(
      'charge',
      charge('charge:claims', [brought('2023-02')], {
        origin: { kind: 'reclassification', from: ['charge:dropped'] },
      }),
      0,
    );
    checker.add(
      'charge',
      charge('charge:dropped', [brought('2022'), { kind: 'dropped', date: '2023-01' }]),
      1,
    );
    // The step is a reclassification, the origin says merger.
    checker.add(
      'charge',
      charge('charge:old', [
        brought('2022'),
        { kind: 'reclassified', date: '2023-01', successors: ['charge:merged'] },
      ]),
      2,
    );
    checker.add(
      'charge',
      charge('charge:merged', [brought('2023-01')], { origin: { kind: 'merger', from: ['charge:old'] } }),
      3,
    );
    // Re-brought after a drop needs no step; a charge of its own lineage is refused.
    checker.add(
      'charge',
      charge('charge:again', [brought('2023-03')], {
        origin: { kind: 'rebrought', from: ['charge:dropped'] },
      }),
      4,
    );
    checker.add(
      'charge',
      charge(
        'charge:self',
        [brought('2022'), { kind: 'reclassified', date: '2023-01', successors: ['charge:self'] }],
        { origin: { kind: 'reclassification', from: ['charge:self'] } },
      ),
      5,
    );
    assert.deepEqual(summary(checker), [
      'validation.invalid $.charges[0].origin.from[0]: "charge:dropped" has no "reclassified" step naming "charge:claims" among its successors',
      'validation.invalid $.charges[3].origin.kind: a "merger" origin needs a "merged" step on "charge:old", which hands this charge over in a "reclassified" step',
      'validation.invalid $.charges[5].origin.from[0]: a charge cannot come from itself',
      'validation.invalid $.charges[5].lifecycle[1].successors[0]: a charge cannot be its own successor',
    ]);
  });

  test("a charge's article must be of its case's jurisdiction, whenever the case is seen", () => {
    const checker = new IntegrityChecker();
    checker.add('person', person('person:a'), 0);
    checker.add('charge', charge('charge:early', [brought('2022')], { case: 'case:zz' }), 0);
    checker.add('case', kase('case:zz', { jurisdiction: 'zz' }), 0);
    checker.add('case', kase('case:a'), 1);
    checker.add('charge', charge('charge:late', [brought('2022')], { case: 'case:zz' }), 1);
    checker.add('charge', charge('charge:fits', [brought('2022')]), 2);
    checker.add('charge', charge('charge:stored', [brought('2022')], { case: 'case:db' }), 3);
    assert.deepEqual(
      checker
        .finish({ existing: () => true, jurisdictionOf: (id) => (id === 'case:db' ? 'ru' : undefined) })
        .map((i) => `${i.code} ${i.path}: ${i.message}`),
      [
        'law.unknown_article $.charges[1].article.jurisdiction: an article of jurisdiction "kz" on a case of jurisdiction "zz"',
        'law.unknown_article $.charges[0].article.jurisdiction: an article of jurisdiction "kz" on a case of jurisdiction "zz"',
        'law.unknown_article $.charges[3].article.jurisdiction: an article of jurisdiction "kz" on a case of jurisdiction "ru"',
      ],
    );
  });

  test('lineage and measure kinds are checked when what they need was written and let go', () => {
    const law: IntegrityLaw = {
      jurisdictions: () => ['kz'],
      articleKnowledge: () => ({ kind: 'sanctioned' }),
      measure: (jurisdiction, key) => (jurisdiction === 'kz' && key === 'custody' ? { key } : undefined),
    };
    const checker = new IntegrityChecker({ law });
    checker.add('person', person('person:a'), 0);
    checker.add('case', kase('case:a'), 0);
    // A successor seen before its predecessor, then written and forgotten.
    checker.add(
      'charge',
      charge('charge:new', [brought('2023-01')], {
        origin: { kind: 'reclassification', from: ['charge:old'] },
      }),
      0,
    );
    checker.add('charge', charge('charge:plain', [brought('2023-01')]), 1);
    checker.forget('charge', ['charge:new', 'charge:plain']);
    checker.forget('case', ['case:a']);
    const later = [
      charge('charge:old', [
        brought('2022'),
        { kind: 'reclassified', date: '2023-01', successors: ['charge:new', 'charge:plain'] },
      ]),
      measure('measure:1', [{ kind: 'ordered', date: '2022' }], { kind: 'exile' }),
    ];
    // The batch asks for the forgotten case's jurisdiction (its measure's kind depends on it).
    checker.confirmJurisdiction('case:a', 'kz');
    checker.confirm('case', ['case:a']);
    checker.confirm('person', ['person:a']);
    checker.add('charge', later[0] as RecordOf<'charge'>, 2);
    checker.add('measure', later[1] as RecordOf<'measure'>, 0);
    assert.deepEqual([...(checker.unresolved().get('charge') ?? [])].sort(), ['charge:new', 'charge:plain']);
    const lineages = new Map<string, StoredLineage>([
      ['charge:new', { origins: [{ kind: 'reclassification', from: ['charge:old'] }], handovers: [] }],
      ['charge:plain', { origins: [], handovers: [] }],
    ]);
    assert.deepEqual(
      checker
        .finish({ existing: () => true, lineageOf: (id) => lineages.get(id) })
        .map((i) => `${i.code} ${i.path}: ${i.message}`),
      [
        'validation.invalid $.measures[0].kind: unknown measure kind "exile" for jurisdiction kz',
        'validation.invalid $.charges[2].lifecycle[1].successors[1]: successor "charge:plain" must name "charge:old" in origin.from',
      ],
    );
  });

  test('measures and registrations: first step ordered, steps in order, planned end not before the order, a change names its successor', () => {
    const checker = base();
    checker.add('measure', measure('measure:1', [{ kind: 'extended', date: '2022-03' }]), 0);
    checker.add(
      'measure',
      measure('measure:2', [
        { kind: 'ordered', date: '2022-03-10', plannedEnd: '2022-02' },
        { kind: 'extended', date: '2022-03-01' },
        { kind: 'changed', date: '2022-04' },
      ]),
      1,
    );
    // An end before the order, with a vague step between that fits both.
    checker.add(
      'measure',
      measure('measure:3', [
        { kind: 'ordered', date: '2023-02-01' },
        { kind: 'extended', date: '2023' },
        { kind: 'ended', date: '2023-01-05' },
      ]),
      2,
    );
    checker.add(
      'organisation',
      parse('organisation', {
        id: 'organisation:party',
        kind: 'party',
        names: [{ value: 'Party', script: 'Latn', language: 'en', kind: 'native' }],
        registration: [
          { status: 'registered', date: '2020-05-01' },
          { status: 'liquidated', date: '2019-01-01' },
        ],
      }),
      0,
    );
    assert.deepEqual(summary(checker), [
      `validation.invalid $.measures[0].steps[0].kind: a measure's first step must be "ordered", not "extended"`,
      'date.order $.measures[1].steps[1].date: step "extended" (2022-03-01) is before step 0 "ordered" (2022-03-10)',
      'date.order $.measures[1].steps[0].plannedEnd: the planned end (2022-02) is before the order (2022-03-10)',
      'validation.invalid $.measures[1].steps[2].successor: a "changed" step needs the successor measure',
      'date.order $.measures[2].steps[2].date: step "ended" (2023-01-05) is before step 0 "ordered" (2023-02-01)',
      'date.order $.organisations[0].registration[1].date: step "liquidated" (2019-01-01) is before step 0 "registered" (2020-05-01)',
    ]);
  });

  test('ends before starts: events, periods, hearings, decisions', () => {
    const checker = new IntegrityChecker();
    checker.add(
      'event',
      parse('event', { id: 'event:1', kind: 'protest', title: 'x', start: '2022-01-04', end: '2022-01-02' }),
      0,
    );
    checker.add(
      'event',
      parse('event', { id: 'event:2', kind: 'protest', title: 'x', start: '2022-01~', end: '2021-12-20' }),
      1,
    );
    checker.add(
      'person',
      parse('person', {
        ...person('person:x'),
        affiliations: [{ organisation: 'org:p', role: 'leader', period: { from: '2020', to: '2019' } }],
      }),
      0,
    );
    checker.add(
      'case',
      kase('case:x', {
        participants: [{ person: 'person:x', role: 'defendant', period: { from: '2022-05', to: '2022-04' } }],
      }),
      0,
    );
    checker.add(
      'hearing',
      parse('hearing', {
        id: 'hearing:1',
        case: 'case:x',
        kind: 'trial_session',
        date: '2023-02-06',
        status: 'held',
        nextDate: '2023-01',
      }),
      0,
    );
    checker.add(
      'decision',
      parse('decision', {
        id: 'decision:1',
        case: 'case:x',
        kind: 'verdict',
        date: '2023-04-14',
        defendant: 'person:x',
        enteredIntoForce: '2023-03',
      }),
      0,
    );
    assert.deepEqual(
      summary(checker, () => true),
      [
        'date.order $.events[0].end: the end (2022-01-02) is before the start (2022-01-04)',
        'date.order $.persons[0].affiliations[0].period.to: "to" (2019) is before "from" (2020)',
        'date.order $.cases[0].participants[0].period.to: "to" (2022-04) is before "from" (2022-05)',
        'date.order $.hearings[0].nextDate: the next date (2023-01) is before the hearing (2023-02-06)',
        'date.order $.decisions[0].enteredIntoForce: entry into force (2023-03) is before the decision (2023-04-14)',
      ],
    );
  });

  test('with legal knowledge: unknown articles and measure kinds unknown in the case jurisdiction', () => {
    const law: IntegrityLaw = {
      jurisdictions: () => ['kz'],
      articleKnowledge: (ref: ArticleRef) =>
        ref.article === '272' ? { kind: 'sanctioned' } : { kind: 'unknown', reason: 'article' },
      measure: (jurisdiction, key) => (jurisdiction === 'kz' && key === 'custody' ? { key } : undefined),
    };
    const checker = new IntegrityChecker({ law });
    checker.add(
      'measure',
      measure('measure:early', [{ kind: 'ordered', date: '2022' }], { kind: 'exile', case: 'case:db' }),
      0,
    );
    checker.add('case', kase('case:a'), 0);
    checker.add(
      'charge',
      charge('charge:1', [brought('2022')], {
        article: { jurisdiction: 'kz', code: 'cc', article: '999', part: '1' },
      }),
      0,
    );
    checker.add(
      'measure',
      measure('measure:1', [{ kind: 'ordered', date: '2022' }], { kind: 'house_arrest' }),
      1,
    );
    checker.add('measure', measure('measure:2', [{ kind: 'ordered', date: '2022' }]), 2);
    assert.deepEqual(
      checker
        .finish({ existing: () => true, jurisdictionOf: (id) => (id === 'case:db' ? 'kz' : undefined) })
        .map((i) => `${i.code} ${i.path}: ${i.message}`),
      [
        'validation.invalid $.measures[1].kind: unknown measure kind "house_arrest" for jurisdiction kz',
        'validation.invalid $.measures[0].kind: unknown measure kind "exile" for jurisdiction kz',
      ],
    );
    // The unknown article is no issue: the charge imports, with a warning naming its place.
    assert.deepEqual(
      checker.takeWarnings().map((i) => `${i.code} ${i.record} ${i.path}: ${i.message}`),
      [
        'law.unknown_article charge:1 $.charges[0].article: kz CC 999(1): penalty unknown: not in the law data (neither its sanction nor its title)',
      ],
    );
  });

  test('a part in doubt the law data lacks, of an article it has, is a warning at that part; of an unknown article, only the article is', () => {
    const law: IntegrityLaw = {
      jurisdictions: () => ['kz'],
      articleKnowledge: (ref: ArticleRef) =>
        ref.article === '274' && (ref.part === undefined || ref.part === '2' || ref.part === '3')
          ? { kind: 'sanctioned' }
          : ref.article === '274'
            ? { kind: 'unknown', reason: 'part' }
            : { kind: 'unknown', reason: 'article' },
      measure: () => undefined,
    };
    const checker = new IntegrityChecker({ law });
    const inDoubt = (parts: string[]) => parts.map((part) => ({ part, sources: [] as { source: string }[] }));
    checker.add(
      'charge',
      charge('charge:1', [brought('2022')], {
        article: { jurisdiction: 'kz', code: 'cc', article: '274' },
        partsInDoubt: inDoubt(['2', '9']),
      }),
      0,
    );
    checker.add(
      'charge',
      charge('charge:2', [brought('2022')], {
        article: { jurisdiction: 'kz', code: 'cc', article: '999' },
        partsInDoubt: inDoubt(['1', '2']),
      }),
      1,
    );
    checker.finish({ existing: () => true, jurisdictionOf: () => 'kz' });
    assert.deepEqual(
      checker.takeWarnings().map((i) => `${i.record} ${i.path}`),
      ['charge:1 $.charges[0].partsInDoubt[1].part', 'charge:2 $.charges[1].article'],
    );
  });

  test('what the law data lacks is a warning: an unknown article, code or jurisdiction, an excluded article; a title alone is enough', () => {
    const entry = { article: '130', titles: { ru: 'Клевета' }, division: 'special' as const };
    const law: IntegrityLaw = {
      jurisdictions: () => ['kz'],
      articleKnowledge: (ref) =>
        ref.jurisdiction !== 'kz'
          ? { kind: 'unknown', reason: 'jurisdiction' }
          : ref.code !== 'cc'
            ? { kind: 'unknown', reason: 'code' }
            : ref.article === '147'
              ? { kind: 'indexed', entry: { ...entry, article: '147', titles: { ru: 'Нарушение' } } }
              : ref.article === '130'
                ? {
                    kind: 'excluded',
                    entry: { ...entry, excluded: { law: 'Закон РК от 26.06.2020 № 349-VI' } },
                  }
                : { kind: 'sanctioned' },
      measure: () => undefined,
    };
    const checker = new IntegrityChecker({ law, file: 'b.json' });
    checker.add('person', person('person:a'), 0);
    checker.add('case', kase('case:a'), 0);
    checker.add('case', kase('case:ru', { jurisdiction: 'ru' }), 1);
    const under = (id: string, article: object, extra: object = {}) =>
      charge(id, [brought('2022')], { article: { jurisdiction: 'kz', code: 'cc', ...article }, ...extra });
    checker.add('charge', under('charge:indexed', { article: '147', part: '1' }), 0);
    checker.add('charge', under('charge:excluded', { article: '130' }), 1);
    checker.add('charge', under('charge:coao', { code: 'coao', article: '488', part: '6' }), 2);
    checker.add(
      'charge',
      charge('charge:ru', [brought('2022')], {
        case: 'case:ru',
        article: { jurisdiction: 'ru', code: 'uk', article: '212', part: '2' },
      }),
      3,
    );
    // A measure on a case of a jurisdiction the law data lacks: its kind cannot be checked, and is not.
    checker.add(
      'measure',
      measure('measure:ru', [{ kind: 'ordered', date: '2022' }], { case: 'case:ru' }),
      0,
    );
    assert.deepEqual(checker.finish({ existing: () => true }), []);
    assert.deepEqual(
      checker.takeWarnings().map((i) => `${i.record} ${i.file} ${i.path}: ${i.message}`),
      [
        'case:ru b.json $.cases[1].jurisdiction: no law data for jurisdiction "ru": its charges\' penalties, measures\' kinds, credit and limits are not known',
        'charge:excluded b.json $.charges[1].article: kz CC 130: the article was excluded from the code by Закон РК от 26.06.2020 № 349-VI (check the date of the act); penalty unknown: not in the law data',
        'charge:coao b.json $.charges[2].article: kz COAO 488(6): penalty unknown: not in the law data (no articles of code "coao" in the law data of kz)',
        'charge:ru b.json $.charges[3].article: ru UK 212(2): penalty unknown: not in the law data (no law data for jurisdiction "ru")',
      ],
    );
  });
});
