// Unfinished offences, complicity, parts in doubt, new outcomes and several origins, through an import.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { before, test } from 'node:test';
import type { Actor } from '../actor.ts';
import { openSession } from '../access/session.ts';
import { caseFacts } from '../case/case-facts.service.ts';
import { isDomainError } from '../errors.ts';
import type { LegalKnowledge } from '../law/legal-knowledge.ts';
import { readBundle } from '../../exchange/bundle-reader.ts';
import { loadLegalKnowledge } from '../../store/law-files.ts';
import { forEachStore, steppingClock } from '../../../test/support/stores.ts';
import { importBundle } from './import.service.ts';

const EDITOR: Actor = { id: 'user:aigerim', roles: ['editor'] };
const at = (article: string, part?: string) => ({
  jurisdiction: 'kz',
  code: 'cc',
  article,
  ...(part !== undefined ? { part } : {}),
});
const brought = (date: string) => ({ kind: 'brought', date, sources: [{ source: 'source:s' }] });

function charge(id: string, article: object, lifecycle: object[], more: object = {}) {
  return { id, case: 'case:c', defendant: 'person:p', article, lifecycle, ...more };
}

function bundle(
  originOfD: object = [
    { kind: 'rebrought', from: ['charge:a'] },
    { kind: 'reclassification', from: ['charge:b'] },
  ],
) {
  return {
    format: 'casewatch-bundle',
    formatVersion: 3,
    sources: [
      { id: 'source:s', kind: 'document', title: 'Indictment' },
      { id: 'source:press', kind: 'document', title: 'Press report' },
    ],
    persons: [
      { id: 'person:p', names: [{ value: 'Person P', script: 'Latn', language: 'en', kind: 'native' }] },
    ],
    cases: [{ id: 'case:c', jurisdiction: 'kz', title: 'Case C' }],
    charges: [
      charge('charge:a', at('274', '1'), [brought('2022-01-10'), { kind: 'dropped', date: '2022-03-01' }]),
      charge('charge:b', at('272', '2'), [
        brought('2022-01-10'),
        { kind: 'reclassified', date: '2022-04-01', successors: ['charge:d'] },
      ]),
      charge('charge:d', at('272', '1'), [brought('2022-04-05')], {
        origin: originOfD,
        stage: {
          kind: 'attempt',
          qualifier: { article: '24', part: '3' },
          sources: [{ source: 'source:s' }],
        },
        role: { kind: 'organiser', qualifier: { article: '28', part: '3' } },
      }),
      charge('charge:e', at('274'), [brought('2022-01-10')], {
        partsInDoubt: [
          { part: '2', sources: [{ source: 'source:s' }] },
          { part: '3', sources: [{ source: 'source:press' }] },
        ],
      }),
      charge('charge:f', at('272', '3'), [
        brought('2022-01-10'),
        { kind: 'released_from_liability', date: '2022-03-10', ground: 'amnesty' },
      ]),
      charge('charge:g', at('405', '1'), [
        brought('2022-01-10'),
        { kind: 'sent_to_court', date: '2022-02-01' },
        { kind: 'outcome_unknown', date: '2022-03-01' },
      ]),
    ],
  };
}

const fromBundle = (b: object) =>
  readBundle(Readable.from([Buffer.from(JSON.stringify(b, null, 2))]), 'p.json');

let law: LegalKnowledge;
before(() => {
  law = loadLegalKnowledge('data/law');
});

forEachStore('stages, roles, parts in doubt, outcomes and origins through an import', (getStore) => {
  const deps = () => ({ session: openSession(getStore(), EDITOR), law });

  test('they import, and the facts read them back', async () => {
    const report = await importBundle(deps(), fromBundle(bundle()), { file: 'p.json' });
    assert.equal(report.counts.charge, 6);
    const facts = await caseFacts({ ...deps(), clock: steppingClock() }, 'case:c', '2022-05-01');
    const exposure = new Map(facts.exposure.charges.map((e) => [e.charge, e]));
    assert.equal(exposure.get('charge:d')?.maxImprisonment?.text, '7 years 6 months');
    assert.equal(exposure.get('charge:d')?.role?.title, 'organiser');
    assert.equal(exposure.get('charge:e')?.maxImprisonment?.text, 'at least 3 years, at most 5 years');
    assert.equal(exposure.get('charge:f'), undefined);
    assert.equal(exposure.get('charge:g')?.isLive, 'possibly');
    const charges = new Map(facts.charges.map((c) => [c.id, c]));
    assert.equal(charges.get('charge:e')?.article, 'Art. 274, part 2 or 3');
    assert.equal(charges.get('charge:f')?.state, 'released_from_liability');
    assert.equal(charges.get('charge:f')?.end?.ground, 'amnesty');
    assert.equal(charges.get('charge:g')?.state, 'outcome_unknown');
    // The record's latest date (its inferred horizon) is the day charge:d was brought: live since, unconfirmed.
    assert.deepEqual(charges.get('charge:d')?.daysLive, { min: 1, max: 27 });
    assert.deepEqual(facts.lineage[0]?.links.map((l) => `${l.from} ${l.kind}`).sort(), [
      'charge:a rebrought',
      'charge:b reclassification',
    ]);
  });

  test('an origin in a list that its predecessor does not hand over is refused at its place', async () => {
    const bad = bundle([
      { kind: 'rebrought', from: ['charge:a'] },
      { kind: 'merger', from: ['charge:b'] },
    ]);
    let caught: unknown;
    await importBundle(deps(), fromBundle(bad), { file: 'p.json' }).catch((e: unknown) => (caught = e));
    assert.ok(isDomainError(caught), `expected a DomainError, got ${String(caught)}`);
    assert.deepEqual(
      caught.issues.map((i) => `${i.path}: ${i.message}`),
      [
        '$.charges[2].origin[1].kind: a "merger" origin needs a "merged" step on "charge:b", which hands this charge over in a "reclassified" step',
      ],
    );
    assert.equal(await getStore().reader.count('charge'), 0, 'nothing is written');
  });
});
